import Foundation
internal import CLibXML2

/// Reads the text layer of a Word .docx file: one paragraph per line, automatic list numbers written out.
///
/// The parts live in their own files: the zip container (`ZipArchive`), paragraph styles (`StyleTable`),
/// automatic numbering (`WordNumbering`) and the walk over `word/document.xml` (`DocumentWalker`).
enum DocxReader {
  /// The text of the document in `data` (the bytes of a .docx), one paragraph per line.
  static func text(from data: Data, path: String) throws(IngestError) -> String {
    let bytes = [UInt8](data)
    // OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1): a legacy .doc, or an encrypted .docx, which Word
    // stores as an OLE2 file with an EncryptedPackage stream.
    if FormatSniffer.isOLE2(bytes) {
      throw IngestError(path: path, kind: .unsupported, reason: "encrypted or legacy .doc file; save it as .docx without a password")
    }
    try XMLSupport.requireLibrary(for: path, format: ".docx")
    guard bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B else {  // "PK"
      throw IngestError(path: path, kind: .unsupported, reason: "not a .docx file: the bytes are not a zip archive")
    }
    var zip = try ZipArchive(bytes: bytes, path: path)
    guard let main = try mainDocument(&zip) else {
      throw IngestError(path: path, kind: .unsupported, reason: "no word/document.xml in the zip archive: not a Word document")
    }
    let documentXML = try zip.read(main)
    let numberingXML = try zip.member("word/numbering.xml").map { m throws(IngestError) in try zip.read(m) }
    let stylesXML =
      numberingXML == nil ? nil : try zip.member("word/styles.xml").map { m throws(IngestError) in try zip.read(m) }

    // Styles matter only for list numbering through a paragraph style, so they are read only when the
    // document has numbering at all.
    let styles = numberingXML == nil ? StyleTable() : (stylesXML.map { StyleTable(xml: $0) } ?? StyleTable())
    let numbering = numberingXML.map { WordNumbering(xml: $0, styles: styles) } ?? WordNumbering()
    guard let lines = DocumentWalker.lines(of: documentXML, styles: styles, numbering: numbering) else {
      throw IngestError(path: path, kind: .damaged, reason: "word/document.xml is not well-formed XML")
    }
    return LineAssembly.finish(lines)
  }

  /// The main document part: word/document.xml, else the target of the officeDocument relationship.
  private static func mainDocument(_ zip: inout ZipArchive) throws(IngestError) -> ZipArchive.Member? {
    if let m = zip.member("word/document.xml") { return m }
    // Some generators name the part differently (word/document2.xml); _rels/.rels says where it is.
    guard let rels = zip.member("_rels/.rels") else { return nil }
    let xml = try zip.read(rels)
    let target: String? = xml.withUnsafeBytes { raw in
      guard let doc = XMLSupport.parseXML(raw) else { return nil }
      defer { xmlFreeDoc(doc) }
      var c = XMLSupport.firstElement(xmlDocGetRootElement(doc))
      while let n = c {
        if XMLSupport.attribute(n, "Type")?.hasSuffix("/officeDocument") == true {
          return XMLSupport.attribute(n, "Target")
        }
        c = XMLSupport.nextElement(n)
      }
      return nil
    }
    guard var t = target else { return nil }
    while t.hasPrefix("/") { t.removeFirst() }
    return zip.member(t)
  }
}
