/// The date a document states for itself: a dated subtitle (——2024年3月5日在…), a date line under the title
/// (（2023年4月12日）) or after the signature (2018年11月19日, 二〇一八年十一月十九日). The month and day may be
/// missing (（2023年5月）).
public struct DocumentDate: Hashable, Sendable {
  /// The year.
  public var year: Int
  /// 1…12, nil when only the year is written.
  public var month: Int?
  /// 1…31, nil when only the month is written.
  public var day: Int?
  /// The words it was read from.
  public var text: String

  /// The day, when the text names one.
  public var dayValue: Day? {
    guard let m = month, let d = day else { return nil }
    return Day(year, m, d)
  }

  /// Makes a date.
  public init(year: Int, month: Int?, day: Int?, text: String) {
    self.year = year
    self.month = month
    self.day = day
    self.text = text
  }
}

/// Reads dates written as 2024年3月5日 or 二〇二四年三月五日.
enum DateReader {
  /// The date at the start of `s[i...]`: a year (four Arabic or Chinese digits) before 年, then optionally
  /// a month before 月 and a day before 日; with where it ends. nil unless a year with 年 and a month are there.
  static func date(_ s: ArraySlice<UInt32>, at i: Int) -> (date: (year: Int, month: Int, day: Int?), end: Int)? {
    guard let (y, afterYear) = year(s, at: i), afterYear < s.endIndex, s[afterYear] == 0x5E74 else { return nil }  // 年
    guard let (m, afterMonth) = small(s, at: afterYear + 1), (1...12).contains(m), afterMonth < s.endIndex,
      s[afterMonth] == 0x6708  // 月
    else { return nil }
    if let (d, afterDay) = small(s, at: afterMonth + 1), (1...31).contains(d), afterDay < s.endIndex,
      s[afterDay] == 0x65E5 || s[afterDay] == 0x53F7  // 日 号
    {
      return ((y, m, d), afterDay + 1)
    }
    return ((y, m, nil), afterMonth + 1)
  }

  /// A line that holds nothing but a date, perhaps in brackets: 「2018年11月19日」, 「（2023年4月12日）」,
  /// 「（2023年5月）」, 「二〇一八年十一月十九日」.
  static func dateLine(_ s: ArraySlice<UInt32>) -> DocumentDate? {
    guard s.count >= 6, s.count <= 20 else { return nil }
    guard let (a, b) = HeaderLines.unbracketed(s) else { return nil }
    guard let (d, end) = date(s[a..<b], at: a), end == b else { return nil }
    return DocumentDate(year: d.year, month: d.month, day: d.day, text: String(scalarValues: s))
  }

  /// The first date written anywhere in `s` (a subtitle: ——2024年3月5日在…会议上).
  static func firstDate(in s: ArraySlice<UInt32>) -> DocumentDate? {
    var i = s.startIndex
    while i + 6 <= s.endIndex {
      if Scalar.isDigit(s[i]) || s[i] == 0x4E8C, i == s.startIndex || !Scalar.isDigit(s[i - 1]), let (d, end) = date(s, at: i) {
        return DocumentDate(year: d.year, month: d.month, day: d.day, text: String(scalarValues: s[i..<end]))
      }
      i += 1
    }
    return nil
  }

  /// Four digits, Arabic or Chinese (二〇二四), as a year from 1949 to 2100.
  static func year(_ s: ArraySlice<UInt32>, at i: Int) -> (Int, Int)? {
    guard i + 4 <= s.endIndex else { return nil }
    var v = 0
    for k in i..<(i + 4) {
      if Scalar.isDigit(s[k]) {
        v = v * 10 + Int(s[k] - 0x30)
      } else if let d = Scalar.chineseDigit(s[k]), s[k] != 0x4E24 {  // 〇 零 一…九, not 两
        v = v * 10 + d
      } else {
        return nil
      }
    }
    if i + 4 < s.endIndex, Scalar.isDigit(s[i + 4]) { return nil }
    return (1949...2100).contains(v) ? (v, i + 4) : nil
  }

  /// A month or day: one or two Arabic digits, or a Chinese numeral up to 三十一 (十一, 二十六).
  static func small(_ s: ArraySlice<UInt32>, at i: Int) -> (Int, Int)? {
    guard i < s.endIndex else { return nil }
    if Scalar.isDigit(s[i]) {
      var k = i
      var v = 0
      while k < s.endIndex, Scalar.isDigit(s[k]), k - i < 2 {
        v = v * 10 + Int(s[k] - 0x30)
        k += 1
      }
      if k < s.endIndex, Scalar.isDigit(s[k]) { return nil }
      return (v, k)
    }
    var k = i
    var v = 0
    var tens = false
    while k < s.endIndex, k - i < 3 {
      if s[k] == 0x5341 {  // 十
        guard !tens else { break }
        v = (v == 0 ? 1 : v) * 10
        tens = true
      } else if let d = Scalar.chineseDigit(s[k]), d > 0, s[k] != 0x4E24 {
        guard v % 10 == 0, !(v > 0 && !tens) else { break }
        v += d
      } else {
        break
      }
      k += 1
    }
    return k > i && v > 0 ? (v, k) : nil
  }
}
