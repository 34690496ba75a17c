/// Overlapping character pairs, the tokens of the full-text index: 新增就业 → `新增 增就 就业`.
///
/// FTS5's own tokenizers do not work for Chinese: unicode61 takes a run of Han characters as one word, and
/// trigram finds nothing for a two-character query such as 改革 or 就业, the most common kind. So the index
/// stores the pairs of each run of word characters (Han, letters, digits) separated by spaces, and a query
/// becomes a phrase of its own pairs, which matches exactly where the query's characters stand in a row.
/// A run of one character gives no pair (a one-character query is answered by scanning the text instead).
enum Bigrams {
  /// The space-separated pairs of `scalars`, as UTF-8 (ASCII letters lower-cased, as a query is).
  static func tokens(_ scalars: ArraySlice<UInt32>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(scalars.count * 7)
    var previous: UInt32? = nil
    for v in scalars {
      guard isWordScalar(v) else {
        previous = nil
        continue
      }
      let c = folded(v)
      if let p = previous {
        append(p, to: &out)
        append(c, to: &out)
        out.append(0x20)
      }
      previous = c
    }
    if out.last == 0x20 { out.removeLast() }
    return out
  }

  /// The runs of word characters of a query, lower-cased: the terms it is searched by.
  static func runs(_ scalars: [UInt32]) -> [[UInt32]] {
    var out: [[UInt32]] = []
    var run: [UInt32] = []
    for v in scalars {
      if isWordScalar(v) {
        run.append(folded(v))
      } else if !run.isEmpty {
        out.append(run)
        run = []
      }
    }
    if !run.isEmpty { out.append(run) }
    return out
  }

  /// Whether `v` is part of a word: Han, kana, hangul, ASCII letters and digits, other letters and digits.
  /// Punctuation, spaces and symbols (①, ％, ——) break runs.
  @inline(__always) static func isWordScalar(_ v: UInt32) -> Bool {
    if v < 0x80 {
      return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }
    // The common cases first: CJK Unified Ideographs and their extension A, then CJK punctuation.
    if v >= 0x4E00 && v <= 0x9FFF { return true }
    if v >= 0x3400 && v <= 0x4DBF { return true }
    if (v >= 0x3000 && v <= 0x303F) || (v >= 0xFF00 && v <= 0xFF0F) || (v >= 0x2000 && v <= 0x206F) { return false }
    guard let s = Unicode.Scalar(v) else { return false }
    return s.properties.isAlphabetic || s.properties.generalCategory == .decimalNumber
  }

  /// ASCII upper case to lower case; other scalars unchanged.
  @inline(__always) static func folded(_ v: UInt32) -> UInt32 { v >= 0x41 && v <= 0x5A ? v + 0x20 : v }

  @inline(__always) private static func append(_ v: UInt32, to out: inout [UInt8]) {
    switch v {
    case 0..<0x80:
      out.append(UInt8(v))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (v >> 6)))
      out.append(UInt8(0x80 | (v & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (v >> 12)))
      out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (v & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (v >> 18)))
      out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (v & 0x3F)))
    }
  }
}
