/// UTF-8 XML under construction.
struct XMLBytes {
  private(set) var bytes: [UInt8] = []

  /// Appends markup as is.
  mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

  /// Appends text escaped for an element or a double-quoted attribute.
  ///
  /// & < > " become entities; CR becomes &#13; (a parser turns a literal CR into LF); the characters XML 1.0 cannot
  /// carry at all (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF) are dropped. An underscore that
  /// starts `_xHHHH_` is written `_x005F_`: Excel reads `_xHHHH_` in cell text as the character U+HHHH.
  mutating func escaped(_ s: String) {
    let u = Array(s.utf8)
    let n = u.count
    var i = 0
    while i < n {
      let b = u[i]
      switch b {
      case 0x26: bytes.append(contentsOf: "&amp;".utf8)
      case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
      case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
      case 0x22: bytes.append(contentsOf: "&quot;".utf8)
      case 0x0D: bytes.append(contentsOf: "&#13;".utf8)
      case 0x09, 0x0A: bytes.append(b)
      case 0x00..<0x20: break
      case 0x5F where XMLBytes.startsEscapeLookalike(u, i):
        bytes.append(contentsOf: "_x005F_".utf8)
      case 0xEF where i + 2 < n && u[i + 1] == 0xBF && (u[i + 2] == 0xBE || u[i + 2] == 0xBF):
        i += 3  // U+FFFE, U+FFFF = EF BF BE, EF BF BF
        continue
      default: bytes.append(b)
      }
      i += 1
    }
  }

  /// Whether `u[i...]` is `_x` + 4 hex digits + `_`.
  private static func startsEscapeLookalike(_ u: [UInt8], _ i: Int) -> Bool {
    guard i + 6 < u.count, u[i + 1] == 0x78 || u[i + 1] == 0x58, u[i + 6] == 0x5F else { return false }
    for k in (i + 2)...(i + 5) {
      let c = u[k]
      let hex = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
      if !hex { return false }
    }
    return true
  }
}
