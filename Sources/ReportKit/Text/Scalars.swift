/// Unicode scalar values of a text, the working form of every stage: offsets into it are the JSON offsets.
public typealias Scalars = [UInt32]

extension String {
  /// The text's Unicode scalar values.
  public var scalarValues: Scalars {
    var copy = self
    return copy.withUTF8 { u in
      // Decode UTF-8 by hand: the string is valid, so lead bytes say the length.
      var out = Scalars()
      out.reserveCapacity(u.count)
      var i = 0
      let n = u.count
      while i < n {
        let b = UInt32(u[i])
        if b < 0x80 {
          out.append(b)
          i += 1
        } else if b < 0xE0 {
          out.append((b & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F))
          i += 2
        } else if b < 0xF0 {
          out.append((b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F))
          i += 3
        } else {
          out.append((b & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F))
          i += 4
        }
      }
      return out
    }
  }

  /// Makes a string from scalar values; invalid values become U+FFFD.
  public init<C: Collection>(scalarValues: C) where C.Element == UInt32 {
    // Arrays and their slices (every caller in the pipeline) are read through a raw buffer: the two passes
    // then cost no bounds check or index step per scalar.
    if let made = scalarValues.withContiguousStorageIfAvailable({ String(encoding: $0) }) {
      self = made
      return
    }
    self.init(encoding: scalarValues)
  }

  /// UTF-8 written into storage of the exact size: appending scalar by scalar is ten times slower, and
  /// outputs of up to 15 bytes (470亿元, most metrics) stay small strings with no allocation.
  private init<C: Collection>(encoding scalars: C) where C.Element == UInt32 {
    var n = 0
    for c in scalars { n += UTF8Encoding.length(c) }
    self = String(unsafeUninitializedCapacity: n) { buf in
      var k = 0
      for c in scalars { UTF8Encoding.write(c, into: buf, at: &k) }
      return k
    }
  }
}

/// UTF-8 encoding of one scalar value, shared by every place that writes text out of scalars.
enum UTF8Encoding {
  /// Bytes `c` takes (U+FFFD's 3 for a surrogate or an out-of-range value).
  @inline(__always) static func length(_ c: UInt32) -> Int {
    c < 0x80 ? 1 : (c < 0x800 ? 2 : (c < 0x10000 || c > 0x10FFFF ? 3 : 4))
  }

  /// Writes `c` at `k` and advances `k`; the buffer has room for `length(c)` more bytes.
  @inline(__always) static func write(_ c: UInt32, into buf: UnsafeMutableBufferPointer<UInt8>, at k: inout Int) {
    var c = c
    if c >= 0xD800 && c < 0xE000 || c > 0x10FFFF { c = 0xFFFD }
    if c < 0x80 {
      buf[k] = UInt8(c)
      k += 1
    } else if c < 0x800 {
      buf[k] = UInt8(0xC0 | (c >> 6))
      buf[k + 1] = UInt8(0x80 | (c & 0x3F))
      k += 2
    } else if c < 0x10000 {
      buf[k] = UInt8(0xE0 | (c >> 12))
      buf[k + 1] = UInt8(0x80 | ((c >> 6) & 0x3F))
      buf[k + 2] = UInt8(0x80 | (c & 0x3F))
      k += 3
    } else {
      buf[k] = UInt8(0xF0 | (c >> 18))
      buf[k + 1] = UInt8(0x80 | ((c >> 12) & 0x3F))
      buf[k + 2] = UInt8(0x80 | ((c >> 6) & 0x3F))
      buf[k + 3] = UInt8(0x80 | (c & 0x3F))
      k += 4
    }
  }
}

/// Character classes over scalar values, written as constants so hot loops never build `Character`s.
public enum Scalar {
  /// LF.
  public static let newline: UInt32 = 0x0A

  /// A Han ideograph (CJK Unified Ideographs and extension A).
  @inline(__always) public static func isHan(_ c: UInt32) -> Bool {
    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF)
  }

  /// ASCII 0-9.
  @inline(__always) public static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

  /// ASCII letter.
  @inline(__always) public static func isASCIILetter(_ c: UInt32) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
  }

  /// Space, tab, U+3000, no-break space.
  @inline(__always) public static func isBlank(_ c: UInt32) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x3000 || c == 0xA0 || c == 0x2002 || c == 0x2003 || c == 0x2009
  }

  /// Full-width and CJK punctuation (、。，；：？！（）“”‘’《》【】…—).
  @inline(__always) public static func isCJKPunctuation(_ c: UInt32) -> Bool {
    (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
      || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0x201C || c == 0x201D
      || c == 0x2018 || c == 0x2019 || c == 0x2026 || c == 0x2014 || c == 0x00B7
  }

  /// Ends a sentence: 。！？；!?; and the line break.
  @inline(__always) public static func endsSentence(_ c: UInt32) -> Bool {
    c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0x0A || c == 0x21 || c == 0x3F || c == 0x3B
  }

  /// The value of a Chinese numeral digit (零〇一二两三…九), nil otherwise.
  @inline(__always) public static func chineseDigit(_ c: UInt32) -> Int? {
    switch c {
    case 0x96F6, 0x3007: return 0  // 零 〇
    case 0x4E00: return 1  // 一
    case 0x4E8C, 0x4E24: return 2  // 二 两
    case 0x4E09: return 3  // 三
    case 0x56DB: return 4  // 四
    case 0x4E94: return 5  // 五
    case 0x516D: return 6  // 六
    case 0x4E03: return 7  // 七
    case 0x516B: return 8  // 八
    case 0x4E5D: return 9  // 九
    default: return nil
    }
  }

  /// 十 百 千 as powers of ten.
  @inline(__always) public static func chineseSmallUnit(_ c: UInt32) -> Int? {
    switch c {
    case 0x5341: return 1  // 十
    case 0x767E: return 2  // 百
    case 0x5343: return 3  // 千
    default: return nil
    }
  }
}

extension RandomAccessCollection where Element == UInt32, Index == Int {
  /// Whether `w` occurs in it as a run. Naive: the haystacks are sentences and headings, the needles words.
  func containsRun(_ w: Scalars) -> Bool { firstRun(of: w) != nil }

  /// The indices of the first run equal to `w`, nil when there is none (or `w` is empty).
  func firstRun(of w: Scalars) -> Range<Int>? {
    guard !w.isEmpty, count >= w.count else { return nil }
    return (startIndex...(endIndex - w.count)).first { run(w, at: $0) }.map { $0..<($0 + w.count) }
  }

  /// The indices of the last run equal to `w`, nil when there is none (or `w` is empty).
  func lastRun(of w: Scalars) -> Range<Int>? {
    guard !w.isEmpty, count >= w.count else { return nil }
    return (startIndex...(endIndex - w.count)).reversed().first { run(w, at: $0) }.map { $0..<($0 + w.count) }
  }

  /// Whether `w` stands at `i` (the caller checked that it fits).
  @inline(__always) private func run(_ w: Scalars, at i: Int) -> Bool {
    guard self[i] == w[0] else { return false }
    var k = 1
    while k < w.count && self[i + k] == w[k] { k += 1 }
    return k == w.count
  }
}
