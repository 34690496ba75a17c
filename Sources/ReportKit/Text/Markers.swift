/// The enumeration styles of GB/T 9704 documents, in their usual nesting order.
public enum MarkerStyle: Int, Sendable, Comparable {
  /// 一、
  case chineseComma = 1
  /// （一） (一)
  case chineseParen = 2
  /// 1. 1． 1、
  case arabic = 3
  /// （1） (1) ⑴ 1）
  case arabicParen = 4
  /// ① ②
  case circled = 5
  /// 一是 二是
  case inlineShi = 6
  /// 第一， 第二，
  case inlineOrdinal = 7

  /// Whether the marker opens a line-level node (part, section, item) rather than an inline item.
  public var isLineMarker: Bool { rawValue <= 5 }

  /// Shallower styles sort first.
  public static func < (a: MarkerStyle, b: MarkerStyle) -> Bool { a.rawValue < b.rawValue }
}

/// A marker read from the text.
public struct Marker: Sendable, Hashable {
  /// Which numbering style.
  public var style: MarkerStyle
  /// The number it carries.
  public var ordinal: Int
  /// Length in scalars, punctuation included (一、 is 2).
  public var length: Int
}

/// Reads enumeration markers at a position, comparing scalar values only.
public enum MarkerReader {
  // 、 U+3001, （ U+FF08, ） U+FF09, ． U+FF0E, 是 U+662F, 第 U+7B2C, ， U+FF0C
  static let ideographicComma: UInt32 = 0x3001
  static let openParen: UInt32 = 0xFF08
  static let closeParen: UInt32 = 0xFF09
  static let shi: UInt32 = 0x662F
  static let di: UInt32 = 0x7B2C

  /// The marker opening a line at `i`, if any (`end` bounds the line).
  public static func lineMarker(_ s: Scalars, at i: Int, end: Int) -> Marker? {
    guard i < end else { return nil }
    let c = s[i]
    // ① … ⑳
    if c >= 0x2460 && c <= 0x2473 { return Marker(style: .circled, ordinal: Int(c - 0x2460) + 1, length: 1) }
    // ⑴ … ⒇
    if c >= 0x2474 && c <= 0x2487 { return Marker(style: .arabicParen, ordinal: Int(c - 0x2474) + 1, length: 1) }
    if c == openParen || c == 0x28 {
      if let (v, len) = readChineseOrdinal(s, at: i + 1), i + 1 + len < end, isClose(s[i + 1 + len]) {
        return Marker(style: .chineseParen, ordinal: v, length: len + 2)
      }
      if let (v, len) = readArabic(s, at: i + 1, end: end), i + 1 + len < end, isClose(s[i + 1 + len]) {
        return Marker(style: .arabicParen, ordinal: v, length: len + 2)
      }
      return nil
    }
    if Scalar.isDigit(c) {
      guard let (v, len) = readArabic(s, at: i, end: end), i + len < end else { return nil }
      let p = s[i + len]
      let after: UInt32 = i + len + 1 < end ? s[i + len + 1] : 0
      if (p == 0x2E || p == 0xFF0E) && !Scalar.isDigit(after) && after != 0 {
        return Marker(style: .arabic, ordinal: v, length: len + 1)
      }
      if p == ideographicComma && !Scalar.isDigit(after) && after != 0 {
        return Marker(style: .arabic, ordinal: v, length: len + 1)
      }
      if isClose(p) && after != 0 { return Marker(style: .arabicParen, ordinal: v, length: len + 1) }
      return nil
    }
    if c == di {
      if let (v, len) = readChineseOrdinal(s, at: i + 1), i + 1 + len < end {
        let p = s[i + 1 + len]
        if p == 0xFF0C || p == ideographicComma || p == 0x2C {
          return Marker(style: .inlineOrdinal, ordinal: v, length: len + 2)
        }
      }
      return nil
    }
    if let (v, len) = readChineseOrdinal(s, at: i), i + len < end {
      let p = s[i + len]
      if p == ideographicComma { return Marker(style: .chineseComma, ordinal: v, length: len + 1) }
      if p == shi && i + len + 1 < end { return Marker(style: .inlineShi, ordinal: v, length: len + 1) }
    }
    return nil
  }

  /// An inline marker (一是, 第一，) at `i`, accepted only after a sentence or clause boundary, so 统一是 and
  /// 唯一是 never count.
  public static func inlineMarker(_ s: Scalars, at i: Int, lineStart: Int, end: Int) -> Marker? {
    let c = s[i]
    guard c == di || Scalar.chineseDigit(c) != nil || c == 0x5341 else { return nil }
    if i > lineStart {
      // 。；：，！？、 and closing quotes/brackets end a clause.
      switch s[i - 1] {
      case 0x3002, 0xFF1B, 0xFF1A, 0xFF0C, 0xFF01, 0xFF1F, 0x201D, 0xFF09, 0x3001: break
      default: return nil
      }
    }
    guard let m = lineMarker(s, at: i, end: end), m.style == .inlineShi || m.style == .inlineOrdinal else { return nil }
    return m
  }

  /// The Arabic marker numbered `ordinal` opening a line at `i` although a digit follows its point: after
  /// item 7, 「8.6个重大科技专项」 is item 8 and 「6个…」, not the decimal 8.6; 「3.10种」 after item 2 is item 3;
  /// 「14.2025年…」 after item 13 is item 14. Only the running sequence tells these from decimals (「5.5%左右
  /// 的预期增长目标」 opens a paragraph with a figure), so the caller says which number comes next.
  public static func arabicMarker(_ s: Scalars, at i: Int, end: Int, numbered ordinal: Int) -> Marker? {
    guard ordinal > 0, let (v, len) = readArabic(s, at: i, end: end), v == ordinal, i + len + 1 < end else { return nil }
    let p = s[i + len]
    guard p == 0x2E || p == 0xFF0E || p == ideographicComma, Scalar.isDigit(s[i + len + 1]) else { return nil }
    return Marker(style: .arabic, ordinal: v, length: len + 1)
  }

  @inline(__always) private static func isClose(_ c: UInt32) -> Bool { c == closeParen || c == 0x29 }

  /// One to three ASCII digits, 1…999, as a marker number: annexes number 130 items (「130.新疆生产建设兵团…」);
  /// four digits are a year (「2024.」 is no item).
  private static func readArabic(_ s: Scalars, at i: Int, end: Int) -> (Int, Int)? {
    var j = i
    var v = 0
    while j < end, Scalar.isDigit(s[j]), j - i < 4 {
      v = v * 10 + Int(s[j] - 0x30)
      j += 1
    }
    if j == i || (j < end && Scalar.isDigit(s[j])) || v == 0 || v > 999 { return nil }
    return (v, j - i)
  }
}

/// Reads the small Chinese ordinals used in list markers: 一…九十九 (十一, 二十, 二十三). Returns value and length.
public func readChineseOrdinal(_ s: Scalars, at i: Int) -> (value: Int, length: Int)? {
  var j = i
  var value = 0
  var current = 0
  var sawAny = false
  while j < s.count, j - i < 4 {
    let c = s[j]
    if let d = Scalar.chineseDigit(c), c != 0x4E24, c != 0x96F6, c != 0x3007 {  // no 两/零 in markers
      if current != 0 { break }
      current = d
      sawAny = true
    } else if c == 0x5341 {  // 十
      if value != 0 { break }
      value = (current == 0 ? 1 : current) * 10
      current = 0
      sawAny = true
    } else {
      break
    }
    j += 1
  }
  guard sawAny else { return nil }
  let total = value + current
  return total > 0 ? (total, j - i) : nil
}
