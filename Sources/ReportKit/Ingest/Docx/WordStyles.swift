import Foundation
internal import CLibXML2

// MARK: - Styles

/// Paragraph styles that carry list numbering (`w:style/w:pPr/w:numPr`), with their `w:basedOn` parents.
struct StyleTable {
  struct Style {
    var numId: Int?
    var ilvl: Int?
    var basedOn: String?
  }
  var styles: [String: Style] = [:]

  init() {}

  init(xml: [UInt8]) {
    xml.withUnsafeBytes { raw in
      guard let doc = XMLSupport.parseXML(raw) else { return }
      defer { xmlFreeDoc(doc) }
      var c = XMLSupport.firstElement(xmlDocGetRootElement(doc))
      while let n = c {
        if XMLSupport.isNamed(n, "style"), let id = XMLSupport.attribute(n, "styleId") {
          var s = Style()
          var k = XMLSupport.firstElement(n)
          while let e = k {
            if XMLSupport.isNamed(e, "basedOn") {
              s.basedOn = XMLSupport.attribute(e, "val")
            } else if XMLSupport.isNamed(e, "pPr"), let numPr = child(e, "numPr") {
              s.numId = child(numPr, "numId").flatMap { intAttribute($0, "val") }
              s.ilvl = child(numPr, "ilvl").flatMap { intAttribute($0, "val") }
            }
            k = XMLSupport.nextElement(e)
          }
          styles[id] = s
        }
        c = XMLSupport.nextElement(n)
      }
    }
  }

  /// The (numId, ilvl) a paragraph of style `id` gets from the style or its ancestors.
  func numbering(of id: String) -> (numId: Int, ilvl: Int?)? {
    var current: String? = id
    var depth = 0
    while let s = current.flatMap({ styles[$0] }), depth < 16 {  // the bound guards a basedOn cycle
      if let numId = s.numId { return (numId, s.ilvl) }
      current = s.basedOn
      depth += 1
    }
    return nil
  }
}


@inline(__always) func child(_ node: xmlNodePtr, _ name: StaticString) -> xmlNodePtr? {
  var c = XMLSupport.firstElement(node)
  while let n = c {
    if XMLSupport.isNamed(n, name) { return n }
    c = XMLSupport.nextElement(n)
  }
  return nil
}

@inline(__always) func intAttribute(_ node: xmlNodePtr, _ name: StaticString) -> Int? {
  XMLSupport.attribute(node, name).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
}

/// Whether an on/off property element (`<w:vanish/>`, `<w:vanish w:val="false"/>`) is on.
func isOn(_ node: xmlNodePtr) -> Bool {
  guard let v = XMLSupport.attribute(node, "val") else { return true }
  return !(v == "0" || v == "false" || v == "off")
}

