import Foundation
internal import CLibXML2

/// Small helpers over libxml2 trees shared by the HTML, DOCX and PDF readers.
enum XMLSupport {
  /// Runs `rk_xml_silence()` (which also initialises the parser) exactly once per process.
  ///
  /// A `static let` initialiser is run lazily and thread-safely by Swift, so this is the once-token:
  /// no global mutable state, and parses on many tasks at once stay correct.
  private static let silenced: Bool = {
    rk_xml_silence()
    return true
  }()

  /// Makes sure libxml2 is initialised and prints nothing; call before every parse.
  @inline(__always) static func prepare() { _ = silenced }

  /// Whether libxml2 is loaded, and why not: it is opened on first use (see CLibXML2Loader), so a system
  /// without it still reads text reports.
  private static let loadFailure: String? = rk_xml_load() == 1 ? nil : rk_xml_load_error().map { String(cString: $0) } ?? "unknown"

  /// Throws for `path` when libxml2 cannot be loaded; every reader that parses HTML or XML calls it first.
  static func requireLibrary(for path: String, format: String) throws(IngestError) {
    guard let why = loadFailure else { return }
    throw IngestError(
      path: path, kind: .toolMissing,
      reason: "reading \(format) needs libxml2, which could not be loaded (\(why)): install libxml2 (Debian: libxml2)")
  }

  /// Parses an XML document (a DOCX part, pdftotext's XHTML) from memory; nil if libxml2 cannot make a
  /// tree at all. The encoding comes from the BOM or XML declaration, UTF-8 by default.
  ///
  /// NONET keeps external DTDs and entities off the network; entities are not substituted (no NOENT),
  /// and HUGE stays off so libxml2 keeps its entity-amplification ("billion laughs") guard.
  static func parseXML(_ bytes: UnsafeRawBufferPointer) -> xmlDocPtr? {
    prepare()
    guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else { return nil }
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
      | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_RECOVER.rawValue)
    if let (trimmed, _) = AttributeLimit.trimmed(bytes) {
      return trimmed.withUnsafeBytes { t in
        xmlReadMemory(t.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(t.count), "part.xml", nil, options)
      }
    }
    return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), "part.xml", nil, options)
  }

  /// The deepest nesting the tree walks see (real pages nest about 30 levels).
  static let maxDepth = 256

  /// Moves the content of elements nested deeper than `maxDepth` up beside their ancestors, in document
  /// order, so that the readers' recursive walks stay shallow and nothing is lost: 100,000 unclosed `<div>`
  /// become a flat run of them. Iterative, and linear in the nodes. Returns whether anything was moved.
  @discardableResult
  static func flattenDeepNesting(_ root: xmlNodePtr, maxDepth: Int = XMLSupport.maxDepth) -> Bool {
    var moved = false
    var stack: [(node: xmlNodePtr, depth: Int)] = [(root, 0)]
    while let (node, depth) = stack.popLast() {
      if depth >= maxDepth {
        // Every child goes after the node (an empty shell stays): they are then siblings at this depth.
        var children: [xmlNodePtr] = []
        var c = node.pointee.children
        while let n = c {
          children.append(n)
          c = n.pointee.next
        }
        var anchor = node
        moved = moved || !children.isEmpty
        for child in children {
          xmlUnlinkNode(child)
          // The result may be a merged text node (libxml2 joins adjacent text): use what it returns.
          guard let placed = xmlAddNextSibling(anchor, child) else { continue }
          anchor = placed
          if placed.pointee.type == XML_ELEMENT_NODE { stack.append((placed, depth)) }
        }
      } else {
        var c = node.pointee.children
        while let n = c {
          if n.pointee.type == XML_ELEMENT_NODE { stack.append((n, depth + 1)) }
          c = n.pointee.next
        }
      }
    }
    return moved
  }

  /// The first element child of `node`, or nil.
  @inline(__always) static func firstElement(_ node: xmlNodePtr?) -> xmlNodePtr? {
    var c = node?.pointee.children
    while let n = c {
      if n.pointee.type == XML_ELEMENT_NODE { return n }
      c = n.pointee.next
    }
    return nil
  }

  /// The next element sibling of `node`, or nil.
  @inline(__always) static func nextElement(_ node: xmlNodePtr) -> xmlNodePtr? {
    var c = node.pointee.next
    while let n = c {
      if n.pointee.type == XML_ELEMENT_NODE { return n }
      c = n.pointee.next
    }
    return nil
  }

  /// Whether the element's local name is exactly `name` (ASCII), compared byte by byte without allocating.
  @inline(__always) static func isNamed(_ node: xmlNodePtr, _ name: StaticString) -> Bool {
    guard let p = node.pointee.name else { return false }
    return equals(p, name)
  }

  /// Whether the NUL-terminated libxml2 string `p` equals the ASCII literal `s`.
  @inline(__always) static func equals(_ p: UnsafePointer<xmlChar>, _ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    let q = s.utf8Start
    var i = 0
    while i < n {
      if p[i] != q[i] { return false }  // also stops at p's NUL, since q holds no NUL
      i += 1
    }
    return p[n] == 0
  }

  /// The value of attribute `name` (any namespace, matched by local name) as a Swift string.
  ///
  /// Reads the attribute nodes directly instead of `xmlGetProp`, which needs the namespace to match
  /// `w:val` and allocates a copy.
  static func attribute(_ node: xmlNodePtr, _ name: StaticString) -> String? {
    var a = node.pointee.properties
    while let attr = a {
      if let an = attr.pointee.name, equals(an, name) {
        guard let child = attr.pointee.children, let content = child.pointee.content else { return "" }
        if child.pointee.next == nil { return String(cString: content) }
        // An attribute value split into several nodes (entity references): concatenate them.
        var s = ""
        var c: xmlNodePtr? = child
        while let t = c {
          if let tc = t.pointee.content { s += String(cString: tc) }
          c = t.pointee.next
        }
        return s
      }
      a = attr.pointee.next
    }
    return nil
  }
}

/// Turns the UTF-8 bytes a reader produced into its result: one paragraph per line, no blank lines.
enum LineAssembly {
  /// `bytes` as a string with "\r" dropped, trailing blanks cut from each line and blank lines removed.
  ///
  /// A blank line holds only ASCII blanks, no-break spaces (C2 A0) and ideographic spaces (E3 80 80).
  static func finish(_ bytes: [UInt8]) -> String {
    var out = [UInt8]()
    out.reserveCapacity(bytes.count)
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      let n = b.count
      while i < n {
        // memchr finds the line end far faster than a Swift byte loop.
        var j = n
        if let base = b.baseAddress, let hit = memchr(base + i, 0x0A, n - i) {
          j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        // [i, j) is one line; find its last non-blank byte.
        var end = j
        while end > i {
          let c = b[end - 1]
          if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B { end -= 1; continue }
          if end - i >= 2, c == 0xA0, b[end - 2] == 0xC2 { end -= 2; continue }
          if end - i >= 3, c == 0x80, b[end - 2] == 0x80, b[end - 3] == 0xE3 { end -= 3; continue }
          break
        }
        if end > i {
          if !out.isEmpty { out.append(0x0A) }
          var k = i
          while k < end {  // copy runs between stray CRs in one go
            var r = k
            while r < end, b[r] != 0x0D { r += 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[k..<r]))
            k = r + 1
          }
        }
        i = j + 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
