import Foundation

/// Turns the bytes of an input into decoded text, whatever the format (text, HTML, DOCX, PDF).
public struct Ingestor: Sendable {
  /// Makes an ingestor.
  public init() {}

  /// Decodes `data` that came from `path`.
  public func read(data: Data, path: String) throws(IngestError) -> SourceText {
    try read(bytes: [UInt8](data), path: path)
  }

  /// Decodes `bytes` that came from `path` (without the copy `read(data:path:)` makes); `sha256`, when the
  /// caller has hashed them already (`SourceInfo.sha256(of:)`), saves hashing them again.
  public func read(bytes: [UInt8], path: String, sha256: String? = nil) throws(IngestError) -> SourceText {
    let hash = sha256 ?? SHA256.hex(bytes)
    if !bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
      throw IngestError(path: path, kind: .empty, reason: bytes.isEmpty ? "the file is empty" : "the file holds only white space")
    }
    let format = FormatSniffer.detect(bytes)
    switch format {
    case .docx:
      let text = try DocxReader.text(from: Data(bytes), path: path)
      return try checked(SourceText(info: SourceInfo(path: path, format: .docx, encoding: .utf8, sha256: hash), text: text))
    case .pdf:
      let (text, cut) = try PDFReader.read(Data(bytes), path: path)
      var source = SourceText(info: SourceInfo(path: path, format: .pdf, encoding: .utf8, sha256: hash), text: text)
      if cut { source.warnings.append(.pagesLeftOut(after: PDFReader.maxPages, at: source.scalars.count)) }
      return try checked(source)
    case .html:
      let (text, enc, stopped) = try HTMLReader.read(bytes, path: path)
      var source = SourceText(info: SourceInfo(path: path, format: .html, encoding: enc, sha256: hash), text: text)
      if stopped { source.warnings.append(.htmlStopped(at: source.scalars.count)) }
      return try checked(source)
    case .text:
      let decoded = try TextDecoder.decode(bytes, path: path)
      try rejectBinary(decoded, path: path)
      var source = SourceText(info: SourceInfo(path: path, format: .text, encoding: decoded.encoding, sha256: hash), scalars: decoded.scalars)
      if decoded.undecodable > 0 {
        source.warnings.append(.bytesReplaced(decoded.undecodable, encoding: decoded.encoding, at: decoded.firstUndecodable))
      }
      return try checked(source)
    }
  }

  private func checked(_ s: SourceText) throws(IngestError) -> SourceText {
    if !s.scalars.contains(where: { !Scalar.isBlank($0) && $0 != 0x0A && $0 != 0x0D }) {
      throw IngestError(path: s.info.path, kind: .empty, reason: "no text found in the \(s.info.format.rawValue) file")
    }
    return s
  }

  /// Random or binary bytes decode as GB18030 without error, so judge the result: text has few control
  /// characters (1%) and few replacement or private-use characters (5%).
  private func rejectBinary(_ d: TextDecoder.Decoded, path: String) throws(IngestError) {
    let total = d.scalars.count
    guard total > 0, d.controls * 100 > total || d.replacements * 20 > total else { return }
    let line = 1 + d.scalars.prefix(max(0, d.firstBad)).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    throw IngestError(
      path: path, kind: .binary,
      reason: "not a text report: binary or undecodable bytes from line \(line) (neither UTF-8, UTF-16 nor GB18030)")
  }
}

extension DiagnosticID {
  /// Bytes the text's encoding cannot hold were read as U+FFFD.
  public static let bytesReplaced: DiagnosticID = "ingest.bytes-replaced"
  /// The HTML parser stopped before the end of the page (nesting too deep, a text node too large).
  public static let htmlStopped: DiagnosticID = "ingest.html-stopped"
  /// A PDF longer than `PDFReader.maxPages` was read up to that page.
  public static let pagesLeftOut: DiagnosticID = "ingest.pages-left-out"
}

extension Diagnostic {
  static func bytesReplaced(_ count: Int, encoding: TextEncoding, at offset: Int) -> Diagnostic {
    Diagnostic(id: .bytesReplaced, severity: .warning,
      message: "\(count) byte(s) that are not \(encoding.rawValue) were read as U+FFFD (�), the first here; the rest of the text is read as it is",
      span: SourceSpan(start: max(0, offset), end: max(0, offset) + 1))
  }
}

extension Diagnostic {
  static func pagesLeftOut(after pages: Int, at end: Int) -> Diagnostic {
    Diagnostic(id: .pagesLeftOut, severity: .warning,
      message: "the PDF has more than \(pages) pages; only the first \(pages) are read (this text ends there)",
      span: SourceSpan(start: max(0, end - 1), end: max(0, end)))
  }

  static func htmlStopped(at end: Int) -> Diagnostic {
    Diagnostic(id: .htmlStopped, severity: .warning,
      message: "the HTML parser stopped after this text (elements nested over 2,048 levels deep, or a damaged page); the rest of the page is not read",
      span: SourceSpan(start: max(0, end - 1), end: max(0, end)))
  }
}

/// Tells the container format from the first bytes.
enum FormatSniffer {
  /// The format the bytes are in.
  static func detect(_ bytes: [UInt8]) -> SourceFormat {
    // A zip, or an OLE2 compound file (a legacy .doc or an encrypted .docx), which the DOCX reader refuses
    // with the reason.
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) || isOLE2(bytes) {
      return .docx
    }
    let pdf = Array("%PDF-".utf8)
    if bytes.starts(with: pdf) { return .pdf }
    // Before the looser PDF test: a page whose first paragraph quotes %PDF-1.4 is still a page.
    if looksLikeHTML(bytes) { return .html }
    // Readers accept junk before the PDF header, within its first kilobyte.
    let head = bytes.prefix(1024)
    if let p = head.firstIndex(of: 0x25), head[p...].starts(with: pdf) { return .pdf }
    return .text
  }

  /// The first 4 KB of `bytes` as UTF-8 when a UTF-16 or UTF-32 byte-order mark opens them (a page saved as
  /// "Unicode" by Windows tools), nil otherwise.
  static func wideHead(_ bytes: [UInt8]) -> [UInt8]? {
    let head = bytes.prefix(8192)
    guard let (width, little) = HTMLCharset.wideBOM(head) else { return nil }
    let body = head.dropFirst(width == 4 ? 4 : 2)
    return width == 4 ? HTMLCharset.utf32ToUTF8(body, littleEndian: little) : HTMLCharset.utf16ToUTF8(body, littleEndian: little)
  }

  /// An OLE2 compound file: a legacy .doc, or an encrypted .docx.
  static func isOLE2(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
  }

  private static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
    if let wide = wideHead(bytes) { return looksLikeHTML(wide) }
    var i = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return false }
    let head = String(decoding: bytes[i..<min(bytes.count, i + 4096)], as: UTF8.self).lowercased()
    for tag in ["<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p>", "<p ", "<table", "<span", "<br", "<title"]
    where head.contains(tag) {
      return true
    }
    return false
  }
}
