import Foundation
internal import CLibXML2

// MARK: - Document walk (SAX)

/// Writes `word/document.xml` as lines (one per paragraph or table row) from libxml2's SAX2 events.
///
/// Streaming instead of building a tree: the DOM of a report is mostly run properties (fonts, sizes)
/// that are read only to be freed again, and tree building capped DOCX reading near 12 MB/s.
final class DocumentWalker {
  /// The elements the walk reacts to (local names; the namespace is checked where it matters).
  enum Kind: UInt8 {
    case other, p, r, t, tab, br, cr, noBreakHyphen, sym, pPr, rPr, pStyle, numPr, ilvl, numId, vanish
    case tbl, tr, tc, txbxContent
    /// Subtrees that are not what a reader sees: deleted revisions, old properties, fallbacks.
    case skip
  }

  /// A paragraph being collected.
  struct Paragraph {
    var text: [UInt8] = []
    /// Lines of text boxes anchored in the paragraph, written after it.
    var extra: [UInt8] = []
    var numId: Int?
    var ilvl: Int?
    var styleId: String?
  }

  let styles: StyleTable
  var numbering: WordNumbering
  /// Element kinds from the root down to the current element.
  var stack: [Kind] = []
  var skipDepth = 0
  /// Paragraphs open now (more than one inside a text box).
  var paragraphs: [Paragraph] = []
  /// Where finished lines go: the body, a table cell or a text box, innermost last.
  var containers: [[UInt8]] = [[]]
  /// The cells of the table rows open now, innermost last.
  var rows: [[[UInt8]]] = []
  var runHidden = false
  /// Whether the current `t` element's characters are run text to keep.
  var capturing = false
  /// Namespace URIs already classified (libxml2 hands out the same pointer for the same namespace).
  var wordURI: UnsafePointer<xmlChar>?
  var mathURI: UnsafePointer<xmlChar>?

  init(styles: StyleTable, numbering: WordNumbering) {
    self.styles = styles
    self.numbering = numbering
  }

  /// The lines of `xml` (each ending in "\n", blank ones included); nil if it is not XML at all.
  static func lines(of xml: [UInt8], styles: StyleTable, numbering: WordNumbering) -> [UInt8]? {
    XMLSupport.prepare()
    // libxml2's SAX path checks each attribute against the earlier ones of its element too (100,000 on one
    // element took 5.8 s): bound them as for the tree parses.
    let xml = xml.withUnsafeBytes { AttributeLimit.trimmed($0)?.bytes } ?? xml
    let walker = DocumentWalker(styles: styles, numbering: numbering)
    walker.containers[0].reserveCapacity(xml.count / 4)
    var handler = xmlSAXHandler()
    handler.initialized = UInt32(XML_SAX2_MAGIC)
    handler.startElementNs = { ctx, localname, _, uri, _, _, count, _, attributes in
      guard let ctx, let localname else { return }
      // _withUnsafeGuaranteedRef: the walker outlives the parse, so no retain/release per event.
      Unmanaged<DocumentWalker>.fromOpaque(ctx)._withUnsafeGuaranteedRef {
        $0.start(localname, uri, Int(count), attributes)
      }
    }
    handler.endElementNs = { ctx, _, _, _ in
      guard let ctx else { return }
      Unmanaged<DocumentWalker>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.end() }
    }
    handler.characters = { ctx, chars, len in
      guard let ctx, let chars else { return }
      Unmanaged<DocumentWalker>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.characters(chars, Int(len)) }
    }
    let ok: Bool = xml.withUnsafeBufferPointer { buf in
      guard let base = buf.baseAddress, buf.count > 0, buf.count < Int(Int32.max) else { return false }
      let user = Unmanaged.passUnretained(walker).toOpaque()
      guard let ctxt = xmlCreatePushParserCtxt(&handler, user, nil, 0, nil) else { return false }
      defer { xmlFreeParserCtxt(ctxt) }
      // NONET: no network for external entities. HUGE lifts the 10 MB single-chunk lookup limit (the zip
      // reader caps sizes); it is safe here because this handler has no entityDecl/getEntity callbacks,
      // so a DTD's entities are never even stored, let alone expanded ("billion laughs").
      _ = xmlCtxtUseOptions(
        ctxt,
        Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue | XML_PARSE_RECOVER.rawValue
          | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
      let status = base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
        xmlParseChunk(ctxt, $0, Int32(buf.count), 1)
      }
      return status == 0 || walker.sawParagraph
    }
    return ok ? walker.containers[0] : nil
  }

  var sawParagraph = false

  // MARK: Events

  @inline(__always) private func classify(_ name: UnsafePointer<xmlChar>) -> Kind {
    switch name[0] {
    case UInt8(ascii: "p"):
      if name[1] == 0 { return .p }
      if XMLSupport.equals(name, "pPr") { return .pPr }
      if XMLSupport.equals(name, "pStyle") { return .pStyle }
      if XMLSupport.equals(name, "pPrChange") { return .skip }
    case UInt8(ascii: "r"):
      if name[1] == 0 { return .r }
      if XMLSupport.equals(name, "rPr") { return .rPr }
      if XMLSupport.equals(name, "rPrChange") { return .skip }
    case UInt8(ascii: "t"):
      if name[1] == 0 { return .t }
      if XMLSupport.equals(name, "tab") { return .tab }
      if XMLSupport.equals(name, "tbl") { return .tbl }
      if XMLSupport.equals(name, "tr") { return .tr }
      if XMLSupport.equals(name, "tc") { return .tc }
      if XMLSupport.equals(name, "txbxContent") { return .txbxContent }
      if XMLSupport.equals(name, "tblPrChange") || XMLSupport.equals(name, "trPrChange") { return .skip }
    case UInt8(ascii: "b"):
      if XMLSupport.equals(name, "br") { return .br }
    case UInt8(ascii: "c"):
      if XMLSupport.equals(name, "cr") { return .cr }
    case UInt8(ascii: "n"):
      if XMLSupport.equals(name, "numPr") { return .numPr }
      if XMLSupport.equals(name, "numId") { return .numId }
      if XMLSupport.equals(name, "noBreakHyphen") { return .noBreakHyphen }
    case UInt8(ascii: "i"):
      if XMLSupport.equals(name, "ilvl") { return .ilvl }
    case UInt8(ascii: "s"):
      if XMLSupport.equals(name, "sym") { return .sym }
      if XMLSupport.equals(name, "sectPrChange") { return .skip }
    case UInt8(ascii: "v"):
      if XMLSupport.equals(name, "vanish") { return .vanish }
    case UInt8(ascii: "d"):
      if XMLSupport.equals(name, "del") { return .skip }
    case UInt8(ascii: "m"):
      if XMLSupport.equals(name, "moveFrom") { return .skip }
    case UInt8(ascii: "F"):
      if XMLSupport.equals(name, "Fallback") { return .skip }  // mc:Fallback repeats mc:Choice
    default:
      break
    }
    return .other
  }

  /// Whether `uri` is the WordprocessingML namespace (transitional or strict).
  private func isWord(_ uri: UnsafePointer<xmlChar>?) -> Bool {
    guard let uri else { return false }
    if uri == wordURI { return true }
    let s = String(cString: uri)
    if s.hasSuffix("wordprocessingml/2006/main") || s.hasSuffix("/wordprocessingml/main") {
      wordURI = uri
      return true
    }
    return false
  }

  private func isMath(_ uri: UnsafePointer<xmlChar>?) -> Bool {
    guard let uri else { return false }
    if uri == mathURI { return true }
    let s = String(cString: uri)
    if s.hasSuffix("/math") {
      mathURI = uri
      return true
    }
    return false
  }

  /// The value of attribute `name` among SAX2's (localname, prefix, URI, value, end) quintuples.
  private func attribute(_ name: StaticString, _ count: Int, _ attrs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?)
    -> String?
  {
    guard let attrs else { return nil }
    for i in 0..<count {
      guard let local = attrs[5 * i], XMLSupport.equals(local, name), let v = attrs[5 * i + 3],
        let e = attrs[5 * i + 4]
      else { continue }
      return String(decoding: UnsafeBufferPointer(start: v, count: e - v), as: UTF8.self)
    }
    return nil
  }

  private func intAttribute(_ count: Int, _ attrs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Int? {
    attribute("val", count, attrs).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }

  func start(
    _ name: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?, _ count: Int,
    _ attrs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    var kind = classify(name)
    let parent = stack.last ?? .other
    if skipDepth > 0 || kind == .skip {
      skipDepth += 1
      stack.append(.skip)
      return
    }
    // Math text (m:t inside m:r) is kept; DrawingML text (a:t in charts and shapes) is not.
    if kind == .t || kind == .r || kind == .p {
      if !isWord(uri) && !(kind != .p && isMath(uri)) { kind = .other }
    }
    stack.append(kind)
    switch kind {
    case .p:
      paragraphs.append(Paragraph())
      sawParagraph = true
    case .r:
      runHidden = false
    case .t:
      capturing = parent == .r && !runHidden && !paragraphs.isEmpty
    case .tab:
      if parent == .r, !runHidden { appendText([0x09]) }
    case .br, .cr:
      if parent == .r, !runHidden { appendText([0x0A]) }
    case .noBreakHyphen:
      if parent == .r, !runHidden { appendText([0x2D]) }
    case .sym:
      // Symbol-font glyphs live in the private-use area (F0xx); their look has no text meaning.
      if parent == .r, !runHidden, let hex = attribute("char", count, attrs), let v = UInt32(hex, radix: 16),
        !(0xE000...0xF8FF).contains(v), let s = Unicode.Scalar(v)
      {
        appendText(Array(String(s).utf8))
      }
    case .vanish:
      if parent == .rPr, stack.count >= 3, stack[stack.count - 3] == .r {
        let v = attribute("val", count, attrs)
        runHidden = !(v == "0" || v == "false" || v == "off")
      }
    case .pStyle:
      if parent == .pPr, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].styleId = attribute("val", count, attrs) }
    case .ilvl:
      if parent == .numPr, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].ilvl = intAttribute(count, attrs) }
    case .numId:
      if parent == .numPr, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numId = intAttribute(count, attrs) }
    case .tr:
      rows.append([])
    case .tc, .txbxContent:
      containers.append([])
    default:
      break
    }
  }

  func end() {
    guard let kind = stack.popLast() else { return }
    if kind == .skip {
      skipDepth -= 1
      return
    }
    switch kind {
    case .t:
      capturing = false
    case .p:
      if let p = paragraphs.popLast() { finish(p) }
    case .tc:
      let cell = containers.count > 1 ? containers.removeLast() : []
      if !rows.isEmpty { rows[rows.count - 1].append(Self.joinLines(cell)) }
    case .tr:
      guard var cells = rows.popLast() else { break }
      while cells.last?.isEmpty == true { cells.removeLast() }
      if cells.isEmpty { break }
      var line = [UInt8]()
      for (i, cell) in cells.enumerated() {
        if i > 0 { line.append(0x09) }
        line.append(contentsOf: cell)
      }
      line.append(0x0A)
      containers[containers.count - 1].append(contentsOf: line)
    case .txbxContent:
      let box = containers.count > 1 ? containers.removeLast() : []
      if !paragraphs.isEmpty {
        paragraphs[paragraphs.count - 1].extra.append(contentsOf: box)
      } else {
        containers[containers.count - 1].append(contentsOf: box)
      }
    default:
      break
    }
  }

  func characters(_ chars: UnsafePointer<xmlChar>, _ count: Int) {
    guard capturing, skipDepth == 0, !paragraphs.isEmpty else { return }
    paragraphs[paragraphs.count - 1].text.append(contentsOf: UnsafeBufferPointer(start: chars, count: count))
  }

  @inline(__always) private func appendText(_ bytes: [UInt8]) {
    guard !paragraphs.isEmpty else { return }
    paragraphs[paragraphs.count - 1].text.append(contentsOf: bytes)
  }

  /// Writes a finished paragraph: its list marker (if numbered), its text, then its text boxes.
  private func finish(_ p: Paragraph) {
    var text = p.text
    var numId = p.numId
    var ilvl = p.ilvl
    // Direct numbering wins; numId 0 switches a style's numbering off; otherwise the style's list applies.
    if numId == nil || ilvl == nil, let sid = p.styleId, let fromStyle = styles.numbering(of: sid) {
      if numId == nil { numId = fromStyle.numId }
      if ilvl == nil { ilvl = fromStyle.ilvl }
    }
    if let numId, numId != 0 {
      let marker = numbering.marker(numId: numId, ilvl: ilvl ?? 0)
      if !marker.isEmpty {
        var m = Array(marker.utf8)
        // Word puts a tab (w:suff) after the marker; for Chinese text nothing reads better, but
        // "1 2023" must not become "12023".
        if let last = m.last, let first = text.first(where: { $0 != 0x20 && $0 != 0x09 }),
          Self.isASCIIAlnum(last), Self.isASCIIAlnum(first)
        {
          m.append(0x20)
        }
        text.insert(contentsOf: m, at: 0)
      }
    }
    let target = containers.count - 1
    containers[target].append(contentsOf: text)
    containers[target].append(0x0A)
    containers[target].append(contentsOf: p.extra)
  }

  @inline(__always) private static func isASCIIAlnum(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }

  /// The non-empty lines of `text` joined by single spaces (a table cell's paragraphs on one line).
  private static func joinLines(_ text: [UInt8]) -> [UInt8] {
    var out = [UInt8]()
    for line in text.split(separator: 0x0A, omittingEmptySubsequences: true) {
      var l = line[...]
      while let f = l.first, f == 0x20 || f == 0x09 { l = l.dropFirst() }
      while let b = l.last, b == 0x20 || b == 0x09 { l = l.dropLast() }
      if l.isEmpty { continue }
      if !out.isEmpty { out.append(0x20) }
      // Tabs inside a cell would read as cell separators.
      out.append(contentsOf: l.map { $0 == 0x09 ? 0x20 : $0 })
    }
    return out
  }
}

