import Foundation
internal import CLibXML2

#if canImport(Glibc)
  import Glibc
#endif

/// Reads the main text of an HTML page (or a bare HTML fragment), leaving out the site's chrome.
enum HTMLReader {
  /// The page's main text, one paragraph (or table row) per line, and the encoding it was decoded from.
  static func text(from data: [UInt8], path: String) throws(IngestError) -> (text: String, encoding: TextEncoding) {
    let r = try read(data, path: path)
    return (r.text, r.encoding)
  }

  /// The page's main text and encoding, and whether libxml2 stopped before the end of the page.
  static func read(_ data: [UInt8], path: String) throws(IngestError) -> (text: String, encoding: TextEncoding, stopped: Bool) {
    try XMLSupport.requireLibrary(for: path, format: "HTML")
    var (utf8, encoding) = HTMLCharset.decode(data)
    XMLSupport.prepare()
    if let (trimmed, _) = utf8.withUnsafeBytes({ AttributeLimit.trimmed($0) }) { utf8 = trimmed }
    // The bytes are UTF-8 now, whatever the page declares: IGNORE_ENC stops libxml2 from switching to a
    // <meta charset=gb2312> half-way, which would garble the rest of the page. HUGE lifts the limits that
    // silently end the page (256 levels of nesting, a text node of 10 M characters); the HTML parser
    // expands no entities of the page's own, so the "billion laughs" guard HUGE turns off has nothing to do.
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
    var stopped = false
    let lines: [UInt8]? = utf8.withUnsafeBufferPointer { buf in
      guard let base = buf.baseAddress, buf.count > 0, buf.count <= Int(Int32.max), let ctxt = htmlNewParserCtxt() else { return nil }
      defer { htmlFreeParserCtxt(ctxt) }
      let doc = base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
        htmlCtxtReadMemory(ctxt, $0, Int32(buf.count), "page.html", "UTF-8", options)
      }
      // libxml2 halts (and disables its callbacks) where a limit is reached, keeping the tree built so far.
      stopped = ctxt.pointee.disableSAX != 0
      guard let doc else { return nil }
      defer { xmlFreeDoc(doc) }
      guard let root = xmlDocGetRootElement(doc) else { return nil }
      // HUGE lets nesting go as deep as the page does; the walks below recurse, so bound it first.
      // A page nested that deep is no site template: its chrome cannot be told from its content, and each
      // level holds text of its own, so the whole page is read.
      let flattened = XMLSupport.flattenDeepNesting(root)
      var page = PageText()
      return page.mainText(root: root, wholePage: flattened)
    }
    let text = LineAssembly.finish(lines ?? [])
    if text.isEmpty { throw IngestError(path: path, kind: .empty, reason: "no text found in the HTML page") }
    return (text, encoding, stopped)
  }
}

// MARK: - Character sets

/// Finds an HTML page's character set and converts the page to UTF-8.
enum HTMLCharset {
  /// The page as UTF-8 bytes (BOM removed) and the encoding it was in.
  ///
  /// Order: a byte-order mark; then bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever
  /// the page declares (GB text is practically never valid UTF-8, while templates keep a stale
  /// charset=gb2312 after a site moved to UTF-8); everything else is read as GB18030, the superset of
  /// the gb2312/gbk/cp936 family, because pages labelled gb2312 hold GBK-only characters such as
  /// 镕 喆 堃. A pure-ASCII page is reported as GB18030 only if it declares a GB charset.
  static func decode(_ data: [UInt8]) -> (utf8: [UInt8], encoding: TextEncoding) {
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { return (HTMLCharset.repairedUTF8(Array(data.dropFirst(3))), .utf8) }
    if let (width, little) = wideBOM(data[...]) {
      // UTF-32 is reported as utf-16: the contract names the encodings met in the wild, and both are "Unicode".
      return width == 4
        ? (utf32ToUTF8(data.dropFirst(4), littleEndian: little), .utf16) : (utf16ToUTF8(data.dropFirst(2), littleEndian: little), .utf16)
    }
    if HTMLCharset.isValidUTF8(data) {
      let ascii = !data.contains { $0 >= 0x80 }
      if ascii, let d = declaredCharset(data), isGBFamily(d) { return (data, .gb18030) }
      return (data, .utf8)
    }
    return (HTMLCharset.gb18030ToUTF8(data), .gb18030)
  }

  /// Whether a charset label names GB2312, GBK, CP936, GB18030 or an alias of them.
  static func isGBFamily(_ label: String) -> Bool {
    let l = label.lowercased()
    return l.contains("gb2312") || l.contains("gbk") || l.contains("18030") || l.contains("936")
      || l == "gb_2312-80" || l == "euc-cn" || l == "chinese" || l == "iso-ir-58" || l == "csiso58gb231280"
  }

  /// The charset named by `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">` in the
  /// first 32 KB (lower-cased), or nil.
  static func declaredCharset(_ data: [UInt8]) -> String? {
    let window = data.prefix(32 * 1024)
    let key: [UInt8] = Array("charset".utf8)
    var i = window.startIndex
    while i + key.count < window.endIndex {
      // "charset" compared case-insensitively: OR 0x20 lower-cases ASCII letters.
      var match = true
      for k in 0..<key.count where window[i + k] | 0x20 != key[k] {
        match = false
        break
      }
      if match {
        var j = i + key.count
        while j < window.endIndex, window[j] == 0x20 || window[j] == 0x09 { j += 1 }
        if j < window.endIndex, window[j] == UInt8(ascii: "=") {
          j += 1
          while j < window.endIndex, window[j] == 0x20 || window[j] == 0x22 || window[j] == 0x27 { j += 1 }
          var name = [UInt8]()
          while j < window.endIndex, name.count < 40 {
            let c = window[j]
            let ok = (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x2D || c == 0x5F
              || c == 0x3A || c == 0x2E
            if !ok { break }
            name.append(c | (c >= 0x41 && c <= 0x5A ? 0x20 : 0))
            j += 1
          }
          if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
        }
      }
      i += 1
    }
    return nil
  }

  /// The width (2 or 4) and byte order a UTF-16 or UTF-32 byte-order mark at the start of `bytes` gives; nil
  /// without one. FF FE 00 00 is UTF-32 little-endian, not UTF-16 starting with NUL.
  static func wideBOM(_ bytes: ArraySlice<UInt8>) -> (width: Int, littleEndian: Bool)? {
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (4, true) }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (4, false) }
    if bytes.starts(with: [0xFF, 0xFE]) { return (2, true) }
    if bytes.starts(with: [0xFE, 0xFF]) { return (2, false) }
    return nil
  }

  /// UTF-32 bytes (no BOM) as UTF-8; values that are no scalar become U+FFFD.
  static func utf32ToUTF8(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(bytes.count)
    var i = bytes.startIndex
    while i + 3 < bytes.endIndex {
      let b = (UInt32(bytes[i]), UInt32(bytes[i + 1]), UInt32(bytes[i + 2]), UInt32(bytes[i + 3]))
      let v = littleEndian ? b.0 | b.1 << 8 | b.2 << 16 | b.3 << 24 : b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3
      out.append(contentsOf: String(Unicode.Scalar(v) ?? "\u{FFFD}").utf8)
      i += 4
    }
    return out
  }

  /// UTF-16 bytes (no BOM) as UTF-8; unpaired surrogates become U+FFFD.
  static func utf16ToUTF8(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
    var units = [UInt16]()
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    var out = [UInt8]()
    out.reserveCapacity(units.count * 3)
    // Unpaired surrogates become U+FFFD rather than stopping the conversion.
    _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { out.append($0) }
    return out
  }
}

/// UTF-8 validation over bytes.
extension HTMLCharset {
  /// Whether `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      let n = b.count
      while i < n {
        let c = b[i]
        if c < 0x80 { i += 1; continue }
        var need = 0
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F  // no UTF-16 surrogates
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return false
        }
        guard i + need < n else { return false }
        if b[i + 1] < lo || b[i + 1] > hi { return false }
        var k = 2
        while k <= need {
          if b[i + k] & 0xC0 != 0x80 { return false }
          k += 1
        }
        i += need + 1
      }
      return true
    }
  }

  /// `bytes` unchanged if valid, else re-encoded with each bad sequence replaced by U+FFFD.
  static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
    isValidUTF8(bytes) ? bytes : Array(String(decoding: bytes, as: UTF8.self).utf8)
  }
}

/// GB18030 to UTF-8 through glibc iconv.
extension HTMLCharset {
  /// `bytes` (GB18030, which includes GBK and GB2312) as UTF-8; each undecodable byte becomes U+FFFD
  /// and decoding resumes at the next byte, as Python's `decode('gb18030', 'replace')` does.
  static func gb18030ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
    let cd = iconv_open("UTF-8", "GB18030")
    guard let cd, cd != iconv_t(bitPattern: -1) else {
      // No gconv module (a fully static build): Foundation's GB18030 decoder, all or nothing.
      let s = String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632))
      return s.map { Array($0.utf8) } ?? Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
    defer { iconv_close(cd) }
    var out = [UInt8]()
    out.reserveCapacity(bytes.count + bytes.count / 2 + 16)
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var input = bytes
    input.withUnsafeMutableBufferPointer { inBuf in
      guard let inBase = inBuf.baseAddress else { return }
      var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
      var inLeft = inBuf.count
      chunk.withUnsafeMutableBufferPointer { outBuf in
        let outBase = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
        while inLeft > 0 {
          var outPtr: UnsafeMutablePointer<CChar>? = outBase
          var outLeft = outBuf.count
          let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
          let err = errno
          out.append(contentsOf: UnsafeBufferPointer(start: outBuf.baseAddress, count: outBuf.count - outLeft))
          if r == -1 && err != E2BIG {
            // EILSEQ (invalid sequence) or EINVAL (truncated at the end): replace one byte and go on.
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            inPtr = inPtr.map { $0 + 1 }
            inLeft -= 1
          }
        }
      }
    }
    return out
  }
}

// MARK: - Main text

/// What the reader needs to know about an element name.
private struct TagInfo {
  /// Starts and ends a line (p, div, li, h1…, table…).
  var block = false
  /// Never holds readable text (script, style, nav, header, footer, form controls…).
  var junk = false
  /// Its text counts as paragraph text of its parent (span, font, b, a, p, h1…).
  var inline = false
  var special: Special = .none

  enum Special { case none, br, tr, cell, img, pre, a, article, heading }

  static let table: [String: TagInfo] = {
    var t: [String: TagInfo] = [:]
    for b in [
      "p", "div", "table", "ul", "ol", "li", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "section",
      "article", "blockquote", "pre", "center", "tr", "td", "th", "main", "figure", "address", "hr", "form",
      "caption", "figcaption", "tbody", "thead", "tfoot",
    ] {
      t[b, default: TagInfo()].block = true
    }
    for j in [
      "script", "style", "noscript", "nav", "header", "footer", "aside", "iframe", "select", "option", "button",
      "textarea", "input", "template", "svg", "canvas", "object", "embed", "head", "title", "meta", "link",
      "map", "area", "frameset", "frame", "audio", "video",
    ] {
      t[j, default: TagInfo()].junk = true
    }
    for i in [
      "span", "font", "strong", "b", "em", "i", "u", "sub", "sup", "small", "big", "a", "br", "p", "h1", "h2",
      "h3", "h4", "h5", "h6", "label",
    ] {
      t[i, default: TagInfo()].inline = true
    }
    t["br"]!.special = .br
    t["tr"]!.special = .tr
    t["td"]!.special = .cell
    t["th"]!.special = .cell
    t["img"] = TagInfo(special: .img)
    t["pre"]!.special = .pre
    t["a"]!.special = .a
    t["article"]!.special = .article
    for h in ["h1", "h2", "h3"] { t[h]!.special = .heading }
    return t
  }()
}

/// Picks the page's content element and writes its text, one block per line.
private struct PageText {
  /// What the measuring pass learnt about one element.
  struct Stats {
    /// Visible characters in the subtree (chrome excluded).
    var text = 0
    /// Of those, characters inside links.
    var link = 0
    /// Characters (outside links) of text nodes and paragraph-like children directly inside the element.
    var direct = 0
    /// Whether block elements (p, div, table, list, heading) are inside.
    var hasBlock = false
    /// Skipped as chrome: script, style, navigation, header, footer, share widgets…
    var junk = false
    var depth = 0
    var tag = TagInfo()
  }

  var stats: [Stats] = []
  /// Elements whose id or class names a known content container.
  var candidates: [(node: xmlNodePtr, index: Int)] = []
  /// Tag information by interned name pointer: libxml2 keeps one copy of each name per document.
  var tagCache: [UnsafePointer<xmlChar>: TagInfo] = [:]
  var out = [UInt8]()
  /// Whether the current line has text yet (no leading blanks are ever written).
  var lineHasText = false
  var pendingSpace = false
  /// Set right after a cell's tab, so the next cell does not start with a space.
  var afterTab = false
  var preDepth = 0

  /// The text of the content element picked from `root`'s tree, or of the whole tree with `wholePage`.
  mutating func mainText(root: xmlNodePtr, wholePage: Bool = false) -> [UInt8] {
    let rootIndex = measure(root, depth: 0, info: tagInfo(root))
    let total = stats[rootIndex].text - stats[rootIndex].link
    var chosen: xmlNodePtr? = nil
    // 1. A known content container holding a fair share of the page's text; among nested ones the
    // deepest that still holds nearly all of the best one's text (pages_content inside main-content).
    let scored = candidates.map { ($0.node, $0.index, stats[$0.index].text - stats[$0.index].link) }
    if let best = scored.map({ $0.2 }).max(), best > 0, best * 4 >= total {
      var pick: (xmlNodePtr, Int, Int)? = nil
      for c in scored where c.2 * 5 >= best * 4 {
        if pick == nil || stats[c.1].depth > stats[pick!.1].depth { pick = c }
      }
      chosen = pick?.0
    }
    // 2. Otherwise the element with the most paragraph text directly inside it (text density).
    if chosen == nil {
      var bestDirect = 0
      var bestNode: xmlNodePtr? = nil
      walkElements(root) { node, s in
        if s.direct > bestDirect {
          bestDirect = s.direct
          bestNode = node
        }
      }
      // A page whose text is spread thin (no element holds a tenth of it) is read whole.
      if bestDirect * 10 >= total { chosen = bestNode }
    }
    out.reserveCapacity(stats[rootIndex].text * 3 + 64)
    emit(wholePage ? root : chosen ?? root)
    return out
  }

  // MARK: Measuring

  /// Class or id fragments of page chrome (lower case).
  private static let junkNames: [StaticString] = [
    "header", "footer", "nav", "crumb", "share", "menu", "copyright", "sidebar", "toolbar", "topbar", "bottom",
  ]
  /// Class or id fragments of known content containers on Chinese government and news sites.
  private static let contentNames: [StaticString] = [
    "ucap-content", "pages_content", "trs_editor", "zoom", "article", "content", "artibody", "main-text",
    "maintext", "text_con", "textcon", "detail", "news_text", "neirong", "zhengwen",
  ]

  private mutating func tagInfo(_ node: xmlNodePtr) -> TagInfo {
    guard let name = node.pointee.name else { return TagInfo() }
    if let t = tagCache[name] { return t }
    let t = TagInfo.table[String(cString: name).lowercased()] ?? TagInfo()
    tagCache[name] = t
    return t
  }

  /// The bytes of attribute `name`'s value (its first text node), without copying.
  private static func rawAttribute(_ node: xmlNodePtr, _ name: StaticString) -> UnsafePointer<xmlChar>? {
    var a = node.pointee.properties
    while let attr = a {
      if let an = attr.pointee.name, XMLSupport.equals(an, name) {
        // A value-less attribute (<p hidden>) has no text node: a static empty C string stands in.
        return attr.pointee.children?.pointee.content.map { UnsafePointer($0) } ?? ("" as StaticString).utf8Start
      }
      a = attr.pointee.next
    }
    return nil
  }

  /// Whether the NUL-terminated `haystack` contains the lower-case ASCII `needle`, ignoring ASCII case
  /// and, if `skippingSpaces`, spaces in the haystack ("display: none").
  private static func contains(_ haystack: UnsafePointer<xmlChar>, _ needle: StaticString, skippingSpaces: Bool = false)
    -> Bool
  {
    let n = needle.utf8CodeUnitCount
    let q = needle.utf8Start
    var i = 0
    while haystack[i] != 0 {
      var h = i
      var k = 0
      while k < n {
        var c = haystack[h]
        if skippingSpaces { while c == 0x20 { h += 1; c = haystack[h] } }
        if c == 0 { break }
        if c >= 0x41 && c <= 0x5A { c |= 0x20 }
        if c != q[k] { break }
        h += 1
        k += 1
      }
      if k == n { return true }
      i += 1
    }
    return false
  }

  private mutating func isJunk(_ node: xmlNodePtr, info: TagInfo) -> Bool {
    if info.junk { return true }
    guard node.pointee.properties != nil else { return false }
    if Self.rawAttribute(node, "hidden") != nil { return true }
    if let style = Self.rawAttribute(node, "style"),
      Self.contains(style, "display:none", skippingSpaces: true)
        || Self.contains(style, "visibility:hidden", skippingSpaces: true)
    {
      return true
    }
    for attr in [Self.rawAttribute(node, "class"), Self.rawAttribute(node, "id")] {
      guard let value = attr else { continue }
      for j in Self.junkNames where Self.contains(value, j) {
        // A header block holding the page's headline is content (article-header with an <h1>).
        if j.utf8Start[0] == UInt8(ascii: "h") && containsHeading(node) { continue }
        // A content container wins over loose chrome words ("content-bottom").
        if j.utf8Start[0] == UInt8(ascii: "b") && Self.contentNames.contains(where: { Self.contains(value, $0) }) {
          continue
        }
        return true
      }
    }
    return false
  }

  private mutating func containsHeading(_ node: xmlNodePtr) -> Bool {
    var c = XMLSupport.firstElement(node)
    while let n = c {
      if tagInfo(n).special == .heading || containsHeading(n) { return true }
      c = XMLSupport.nextElement(n)
    }
    return false
  }

  private func namesContent(_ node: xmlNodePtr) -> Bool {
    guard node.pointee.properties != nil else { return false }
    for attr in [Self.rawAttribute(node, "class"), Self.rawAttribute(node, "id")] {
      guard let value = attr, value[0] != 0 else { continue }
      if Self.contentNames.contains(where: { Self.contains(value, $0) }) { return true }
    }
    return false
  }

  /// Counts visible characters (UTF-8 lead bytes that are not whitespace) of a text node.
  @inline(__always) private static func visibleCount(_ p: UnsafePointer<xmlChar>) -> Int {
    var n = 0
    var i = 0
    while p[i] != 0 {
      let c = p[i]
      if c & 0xC0 != 0x80 && c != 0x20 && c != 0x0A && c != 0x09 && c != 0x0D && c != 0x0C { n += 1 }
      i += 1
    }
    return n
  }

  /// Measures `node`'s subtree, stores the stats, tags the node with its index (`_private`), returns it.
  private mutating func measure(_ node: xmlNodePtr, depth: Int, info: TagInfo) -> Int {
    let index = stats.count
    stats.append(Stats(depth: depth, tag: info))
    node.pointee._private = UnsafeMutableRawPointer(bitPattern: index + 1)
    var s = Stats(depth: depth, tag: info)
    var c = node.pointee.children
    while let n = c {
      defer { c = n.pointee.next }
      switch n.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = n.pointee.content {
          let v = Self.visibleCount(content)
          s.text += v
          s.direct += v
        }
      case XML_ELEMENT_NODE:
        let childInfo = tagInfo(n)
        if isJunk(n, info: childInfo) {
          let j = stats.count
          stats.append(Stats(junk: true, depth: depth + 1, tag: childInfo))
          n.pointee._private = UnsafeMutableRawPointer(bitPattern: j + 1)
          continue
        }
        let k = measure(n, depth: depth + 1, info: childInfo)
        let cs = stats[k]
        let linkText = childInfo.special == .a ? cs.text : cs.link
        s.text += cs.text
        s.link += linkText
        s.hasBlock = s.hasBlock || cs.hasBlock || childInfo.block
        // Paragraph text of this element: inline children, and block children holding no blocks
        // themselves (<p>, or a <div> of plain text), so text split over sibling divs adds up here.
        if childInfo.inline || !cs.hasBlock { s.direct += cs.text - linkText }
      default:
        break
      }
    }
    stats[index] = s
    if info.special == .article || namesContent(node) { candidates.append((node, index)) }
    return index
  }

  @inline(__always) private func statsIndex(_ node: xmlNodePtr) -> Int? {
    guard let p = node.pointee._private else { return nil }
    return Int(bitPattern: p) - 1
  }

  private func walkElements(_ node: xmlNodePtr, _ body: (xmlNodePtr, Stats) -> Void) {
    guard let i = statsIndex(node), !stats[i].junk else { return }
    body(node, stats[i])
    var c = XMLSupport.firstElement(node)
    while let n = c {
      walkElements(n, body)
      c = XMLSupport.nextElement(n)
    }
  }

  // MARK: Writing

  private mutating func lineBreak() {
    if lineHasText { out.append(0x0A) }
    lineHasText = false
    pendingSpace = false
    afterTab = false
  }

  /// Writes a text node: runs of HTML whitespace (and no-break spaces) collapse to one space, and a
  /// line never starts with a space.
  private mutating func writeText(_ p: UnsafePointer<xmlChar>) {
    var i = 0
    while p[i] != 0 {
      let c = p[i]
      if preDepth > 0 && c == 0x0A {
        lineBreak()
        i += 1
        continue
      }
      if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
        pendingSpace = true
        i += 1
        continue
      }
      if c == 0xC2 && p[i + 1] == 0xA0 {  // U+00A0 no-break space
        pendingSpace = true
        i += 2
        continue
      }
      if pendingSpace && lineHasText && !afterTab { out.append(0x20) }
      pendingSpace = false
      afterTab = false
      // Copy the run up to the next blank in one go.
      var j = i + 1
      while p[j] != 0 {
        let d = p[j]
        if d == 0x20 || d == 0x0A || d == 0x09 || d == 0x0D || d == 0x0C || d == 0xC2 { break }
        j += 1
      }
      out.append(contentsOf: UnsafeBufferPointer(start: p + i, count: j - i))
      lineHasText = true
      i = j
    }
  }

  private mutating func emit(_ node: xmlNodePtr) {
    guard let i = statsIndex(node) else { return }
    let s = stats[i]
    if s.junk { return }
    switch s.tag.special {
    case .br:
      lineBreak()
      return
    case .tr:
      emitRow(node)
      return
    case .img:
      return
    default:
      break
    }
    if s.tag.block { lineBreak() }
    if s.tag.special == .pre { preDepth += 1 }
    emitChildren(node)
    if s.tag.special == .pre { preDepth -= 1 }
    if s.tag.block { lineBreak() }
  }

  private mutating func emitChildren(_ node: xmlNodePtr) {
    var c = node.pointee.children
    while let n = c {
      switch n.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = n.pointee.content { writeText(content) }
      case XML_ELEMENT_NODE:
        emit(n)
      default:
        break
      }
      c = n.pointee.next
    }
  }

  /// A table row: simple cells on one line joined by tabs; a cell holding blocks (a layout table)
  /// is written as blocks of its own.
  private mutating func emitRow(_ row: xmlNodePtr) {
    lineBreak()
    var cellsOnLine = 0
    var c = XMLSupport.firstElement(row)
    while let cell = c {
      defer { c = XMLSupport.nextElement(cell) }
      guard let i = statsIndex(cell), !stats[i].junk else { continue }
      guard stats[i].tag.special == .cell else {
        emit(cell)
        continue
      }
      if stats[i].hasBlock {
        lineBreak()
        cellsOnLine = 0
        emitChildren(cell)
        lineBreak()
        continue
      }
      if stats[i].text == 0 { continue }
      if cellsOnLine > 0 && lineHasText {
        out.append(0x09)
        afterTab = true
      }
      // <br> inside a simple cell reads as a space, keeping the row on one line.
      emitInline(cell)
      cellsOnLine += 1
    }
    lineBreak()
  }

  private mutating func emitInline(_ node: xmlNodePtr) {
    var c = node.pointee.children
    while let n = c {
      switch n.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = n.pointee.content { writeText(content) }
      case XML_ELEMENT_NODE:
        if let i = statsIndex(n), stats[i].junk { break }
        if let i = statsIndex(n), stats[i].tag.special == .br { pendingSpace = true } else { emitInline(n) }
      default:
        break
      }
      c = n.pointee.next
    }
  }
}
