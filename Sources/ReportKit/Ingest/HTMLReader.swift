import Foundation
internal import CLibXML2

#if canImport(Glibc)
  import Glibc
#endif

/// Reads the main text of an HTML page (or a bare HTML fragment), leaving out the site's chrome.
enum HTMLReader {
  /// The page's main text, one paragraph (or table row) per line, and the encoding it was decoded from.
  static func text(from data: [UInt8], path: String) throws(IngestError) -> (text: String, encoding: TextEncoding) {
    let (utf8, encoding) = HTMLCharset.decode(data)
    XMLSupport.prepare()
    // The bytes are UTF-8 now, whatever the page declares: IGNORE_ENC stops libxml2 from switching to a
    // <meta charset=gb2312> half-way, which would garble the rest of the page.
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
    let lines: [UInt8]? = utf8.withUnsafeBufferPointer { buf in
      guard let base = buf.baseAddress, buf.count > 0, buf.count <= Int(Int32.max) else { return nil }
      let doc = base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
        htmlReadMemory($0, Int32(buf.count), "page.html", "UTF-8", options)
      }
      guard let doc else { return nil }
      defer { xmlFreeDoc(doc) }
      guard let root = xmlDocGetRootElement(doc) else { return nil }
      var page = PageText()
      return page.mainText(root: root)
    }
    let text = LineAssembly.finish(lines ?? [])
    if text.isEmpty { throw IngestError(path: path, reason: "no text found in the HTML page") }
    return (text, encoding)
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
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { return (UTF8Check.repaired(Array(data.dropFirst(3))), .utf8) }
    if data.starts(with: [0xFF, 0xFE]) { return (utf16ToUTF8(data.dropFirst(2), littleEndian: true), .utf16) }
    if data.starts(with: [0xFE, 0xFF]) { return (utf16ToUTF8(data.dropFirst(2), littleEndian: false), .utf16) }
    if UTF8Check.isValid(data) {
      let ascii = !data.contains { $0 >= 0x80 }
      if ascii, let d = declaredCharset(data), isGBFamily(d) { return (data, .gb18030) }
      return (data, .utf8)
    }
    return (GB18030.toUTF8(data), .gb18030)
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

  private static func utf16ToUTF8(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
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
enum UTF8Check {
  /// Whether `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
  static func isValid(_ bytes: [UInt8]) -> Bool {
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
  static func repaired(_ bytes: [UInt8]) -> [UInt8] {
    isValid(bytes) ? bytes : Array(String(decoding: bytes, as: UTF8.self).utf8)
  }
}

/// GB18030 to UTF-8 through glibc iconv.
enum GB18030 {
  /// `bytes` (GB18030, which includes GBK and GB2312) as UTF-8; each undecodable byte becomes U+FFFD
  /// and decoding resumes at the next byte, as Python's `decode('gb18030', 'replace')` does.
  static func toUTF8(_ bytes: [UInt8]) -> [UInt8] {
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
  }

  var stats: [Stats] = []
  /// Elements whose id or class names a known content container.
  var candidates: [(node: xmlNodePtr, index: Int)] = []
  var out = [UInt8]()
  /// Bytes in `out` since the last line break (no leading blanks are ever written).
  var lineHasText = false
  var pendingSpace = false
  /// Set right after a cell's tab, so the next cell does not start with a space.
  var afterTab = false
  var preDepth = 0

  mutating func mainText(root: xmlNodePtr) -> [UInt8] {
    let rootIndex = measure(root, depth: 0)
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
        if s.direct > bestDirect { bestDirect = s.direct; bestNode = node }
      }
      // A page whose text is spread thin (no element holds a tenth of it) is read whole.
      if bestDirect * 10 >= total { chosen = bestNode }
    }
    out.reserveCapacity(stats[rootIndex].text * 3 + 64)
    emit(chosen ?? root)
    return out
  }

  // MARK: Measuring

  private static let blockTags: Set<String> = [
    "p", "div", "table", "ul", "ol", "li", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "blockquote", "pre", "center", "tr", "td", "th", "main", "figure", "address", "hr", "form",
  ]
  /// Elements that never hold readable text.
  private static let junkTags: Set<String> = [
    "script", "style", "noscript", "nav", "header", "footer", "aside", "iframe", "select", "option", "button",
    "textarea", "input", "template", "svg", "canvas", "object", "embed", "head", "title", "meta", "link",
    "map", "area", "frameset", "frame", "audio", "video",
  ]
  /// Class or id fragments of page chrome (matched in lower case).
  private static let junkNames = [
    "header", "footer", "nav", "crumb", "share", "menu", "copyright", "sidebar", "toolbar", "topbar", "bottom",
  ]
  /// Class or id fragments of known content containers on Chinese government and news sites.
  private static let contentNames = [
    "ucap-content", "pages_content", "trs_editor", "zoom", "article", "content", "artibody", "main-text",
    "maintext", "text_con", "textcon", "detail", "news_text", "neirong", "zhengwen",
  ]
  /// Inline elements whose text counts as paragraph text of their parent.
  private static let inlineTags: Set<String> = [
    "span", "font", "strong", "b", "em", "i", "u", "sub", "sup", "small", "big", "a", "br", "p", "h1", "h2",
    "h3", "h4", "h5", "h6", "label",
  ]

  private static func tagName(_ node: xmlNodePtr) -> String {
    guard let n = node.pointee.name else { return "" }
    return String(cString: n).lowercased()
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

  private func isHidden(_ node: xmlNodePtr) -> Bool {
    guard let style = XMLSupport.attribute(node, "style") else { return false }
    let compact = style.lowercased().filter { $0 != " " }
    return compact.contains("display:none") || compact.contains("visibility:hidden")
  }

  private func isJunk(_ node: xmlNodePtr, tag: String) -> Bool {
    if Self.junkTags.contains(tag) { return true }
    if XMLSupport.attribute(node, "hidden") != nil || isHidden(node) { return true }
    let names = ((XMLSupport.attribute(node, "class") ?? "") + " " + (XMLSupport.attribute(node, "id") ?? ""))
      .lowercased()
    if names.count > 1 {
      for j in Self.junkNames where names.contains(j) {
        // A header block holding the page's headline is content (article-header with an <h1>).
        if j == "header" && containsHeading(node) { continue }
        // "content" names win over loose chrome words such as "bottom" in "content-bottom"…
        if j == "bottom" && Self.contentNames.contains(where: { names.contains($0) }) { continue }
        return true
      }
    }
    return false
  }

  private func containsHeading(_ node: xmlNodePtr) -> Bool {
    var c = XMLSupport.firstElement(node)
    while let n = c {
      let t = Self.tagName(n)
      if t == "h1" || t == "h2" || t == "h3" || containsHeading(n) { return true }
      c = XMLSupport.nextElement(n)
    }
    return false
  }

  /// Measures `node`'s subtree, stores the stats, tags the node with its index (`_private`), returns it.
  private mutating func measure(_ node: xmlNodePtr, depth: Int) -> Int {
    let index = stats.count
    stats.append(Stats(depth: depth))
    node.pointee._private = UnsafeMutableRawPointer(bitPattern: index + 1)
    var s = Stats(depth: depth)
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
        let tag = Self.tagName(n)
        if isJunk(n, tag: tag) {
          let j = stats.count
          stats.append(Stats(junk: true, depth: depth + 1))
          n.pointee._private = UnsafeMutableRawPointer(bitPattern: j + 1)
          continue
        }
        let k = measure(n, depth: depth + 1)
        let cs = stats[k]
        let linkText = tag == "a" ? cs.text : cs.link
        s.text += cs.text
        s.link += linkText
        s.hasBlock = s.hasBlock || cs.hasBlock || Self.blockTags.contains(tag)
        // Paragraph text of this element: inline children, and block children holding no blocks
        // themselves (<p>, or a <div> of plain text), so text split over sibling divs adds up here.
        if Self.inlineTags.contains(tag) || !cs.hasBlock { s.direct += cs.text - linkText }
      default:
        break
      }
    }
    stats[index] = s
    if names(node, match: Self.contentNames) || Self.tagName(node) == "article" {
      candidates.append((node, index))
    }
    return index
  }

  private func names(_ node: xmlNodePtr, match list: [String]) -> Bool {
    let id = XMLSupport.attribute(node, "id")?.lowercased() ?? ""
    let cls = XMLSupport.attribute(node, "class")?.lowercased() ?? ""
    if id.isEmpty && cls.isEmpty { return false }
    return list.contains { id.contains($0) || cls.contains($0) }
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
      out.append(c)
      lineHasText = true
      i += 1
    }
  }

  private mutating func emit(_ node: xmlNodePtr) {
    if let i = statsIndex(node), stats[i].junk { return }
    let tag = Self.tagName(node)
    switch tag {
    case "br":
      lineBreak()
      return
    case "tr":
      emitRow(node)
      return
    case "img":
      return
    default:
      break
    }
    let block = Self.blockTags.contains(tag) || tag == "li" || tag == "caption" || tag == "figcaption"
    if block { lineBreak() }
    if tag == "pre" { preDepth += 1 }
    emitChildren(node)
    if tag == "pre" { preDepth -= 1 }
    if block { lineBreak() }
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
      let tag = Self.tagName(cell)
      guard tag == "td" || tag == "th" else {
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
        if Self.tagName(n) == "br" { pendingSpace = true } else { emitInline(n) }
      default:
        break
      }
      c = n.pointee.next
    }
  }
}
