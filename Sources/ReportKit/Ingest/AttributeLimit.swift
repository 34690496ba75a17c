/// Cuts the attributes of an element beyond a bound before libxml2 builds a tree.
///
/// libxml2 (2.9.14) checks each new attribute against all earlier ones of its element, so one element with
/// 50,000–100,000 attributes takes minutes in tree parsing (HTML pages, a .docx's styles.xml and
/// numbering.xml). No real element needs more than a handful: the rest are dropped from the bytes, and text,
/// which is never inside a tag, is untouched.
enum AttributeLimit {
  /// The most attributes kept on one element.
  static let limit = 1000

  /// `bytes` with every start tag cut to its first `limit` attributes, and how many tags were cut; nil when
  /// no tag needs it (the common case costs one scan and no copy).
  static func trimmed(_ bytes: UnsafeRawBufferPointer, limit: Int = AttributeLimit.limit) -> (bytes: [UInt8], tags: Int)? {
    let n = bytes.count
    var out: [UInt8] = []
    var copied = 0
    var tags = 0
    var i = 0
    while i < n {
      guard bytes[i] == 0x3C, i + 1 < n, isNameStart(bytes[i + 1]) else {  // <
        i += 1
        continue
      }
      var j = i + 1
      while j < n, !isSpace(bytes[j]), bytes[j] != 0x3E, bytes[j] != 0x2F { j += 1 }  // the name, to > or /
      var count = 0
      var cut = -1
      var quote: UInt8 = 0
      var inName = false
      var value = false  // after =, the next word is a value, not an attribute
      while j < n {
        let c = bytes[j]
        if quote != 0 {
          if c == quote { quote = 0 }
        } else if c == 0x22 || c == 0x27 {  // " '
          quote = c
          value = false
        } else if c == 0x3E {  // >
          break
        } else if isSpace(c) {
          inName = false
        } else if c == 0x3D {  // =
          value = true
          inName = false
        } else if value {
          // An unquoted value runs to the next space.
          while j + 1 < n, !isSpace(bytes[j + 1]), bytes[j + 1] != 0x3E { j += 1 }
          value = false
        } else if !inName && c != 0x2F {
          inName = true
          count += 1
          if count == limit + 1 { cut = j }
        }
        j += 1
      }
      if cut >= 0 {
        // Keep the tag's name and first attributes, then its end (> or />).
        let end = j - 1 >= cut && bytes[j - 1] == 0x2F ? j - 1 : j
        out.append(contentsOf: bytes[copied..<cut])
        copied = end
        tags += 1
      }
      i = j
    }
    guard tags > 0 else { return nil }
    out.append(contentsOf: bytes[copied..<n])
    return (out, tags)
  }

  @inline(__always) private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

  @inline(__always) private static func isNameStart(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
