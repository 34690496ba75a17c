/// A number read from the text: Arabic (1,200 / 68.9 / full-width ６８), Chinese (一千二百万, 两千, 十二,
/// 二〇三五) or mixed (1.7万), with the magnitude words that follow it folded into the value.
struct NumberToken: Sendable, Equatable {
  /// First scalar of the numeral.
  var start: Int
  /// One past the numeral, its inner qualifier and its magnitude words.
  var end: Int
  /// One past the digits (before 多/余 and magnitude words).
  var digitsEnd: Int
  /// The exact value, magnitude folded in.
  var value: ExactDecimal
  /// Written (at least partly) with Chinese numerals.
  var isChinese: Bool
  /// Chinese numerals written digit by digit (二〇三五), as years are.
  var isPositional: Bool
  /// Arabic digits before the decimal point (0 for Chinese).
  var integerDigits: Int
  /// Had a decimal point.
  var hasFraction: Bool
  /// Power of ten folded in from magnitude words (万 = 4), 0 without one.
  var magnitude: Int
  /// 多 or 余 between the digits and the magnitude (5700多亿) or after the magnitude (1万多).
  var inner: SourceSpan?
  /// The numeral's value does not fit an exact 18-digit decimal below 10^18.
  var overflow: Bool
  /// The digits run on into a dotted sequence such as 1.2.3 (a version or clause number).
  var dotted: Bool
  /// The upper end of an approximate numeral: 八九亿 is 8亿 to 9亿, 数十亿 10亿 to 100亿.
  var upper: ExactDecimal? = nil
  /// For a Chinese numeral ending in a big unit (三十万, 七千亿): that unit's power (4, 8), which the lower end
  /// of a range takes when it has none (十八至三十万 is 180000 to 300000); 0 otherwise.
  var trailingPower = 0
  /// The numeral is a single digit written in Chinese (一, 两, 五; not 十): wording far more often than data.
  var isSingleChineseDigit: Bool {
    isChinese && !isPositional && magnitude == 0 && digitsEnd - start == 1 && upper == nil && value < ExactDecimal(10)
  }
}

/// Reads numerals at a position of scalar text. Magnitude words after Arabic digits and the inner
/// qualifiers (多, 余) come from the rules; the Chinese numeral grammar itself is fixed.
struct NumeralReader: Sendable {
  /// Magnitude words allowed after a numeral (万 4, 亿 8, 万亿 12, 千万 7, 百万 6).
  var magnitudes: WordTable<Int>
  /// Words that may stand between the digits and the magnitude or unit (多, 余).
  var inner: WordTable<Bool>
  /// Words that start like a magnitude but are not one: units such as 千米, 千瓦, 百分点 (3千米 is 3 km).
  var blockers: WordTable<Bool> = WordTable()

  /// The largest value an output may carry: 10^18 (beyond it, pandas' int64 and our decimal give out).
  static let limitDigits = 18

  init(magnitudes: WordTable<Int>, inner: WordTable<Bool>, blockers: WordTable<Bool> = WordTable()) {
    self.magnitudes = magnitudes
    self.inner = inner
    self.blockers = blockers
  }

  /// The reader with the standard magnitudes (万 亿 万亿 千万 百万 千 百) and inner words (多 余).
  static let standard = NumeralReader(
    magnitudes: WordTable([("万", 4), ("亿", 8), ("万亿", 12), ("千万", 7), ("百万", 6), ("千", 3), ("百", 2)]),
    inner: WordTable([("多", true), ("余", true)]),
    blockers: WordTable([("百分点", true), ("百分之", true), ("百分比", true)]))

  /// The value of an ASCII or full-width digit, nil otherwise.
  @inline(__always) static func arabicDigit(_ c: UInt32) -> Int? {
    if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
    if c >= 0xFF10 && c <= 0xFF19 { return Int(c - 0xFF10) }  // full-width ０-９
    return nil
  }

  /// Whether `c` may start a numeral: a digit, a Chinese digit (financial capitals too), 十 or 拾.
  @inline(__always) static func mayStart(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x30 && c <= 0x39 }
    if c >= 0xFF10 && c <= 0xFF19 { return true }
    return ChineseNumeral.digit(c) != nil || c == 0x5341 || c == 0x62FE  // 十 拾
  }

  @inline(__always) static func isDecimalPoint(_ c: UInt32) -> Bool { c == 0x2E || c == 0xFF0E }

  /// Reads the numeral starting at `i` with its inner qualifier and magnitude; nil when none starts there.
  func read(_ s: Scalars, at i: Int) -> NumberToken? {
    guard i < s.count else { return nil }
    var tok: NumberToken
    if NumeralReader.arabicDigit(s[i]) != nil {
      tok = NumeralReader.readArabic(s, at: i)
    } else if let t = NumeralReader.readChinese(s, at: i) {
      tok = t
    } else {
      return nil
    }
    foldMagnitude(s, into: &tok)
    return tok
  }

  /// Folds 多/余 and magnitude words after the digits into the token: 5700多亿 → 570000000000, inner 多.
  /// Magnitude words compose when each is larger than the one before it: 3千万亿 = 3 × 10^(7+8).
  func foldMagnitude(_ s: Scalars, into tok: inout NumberToken) {
    var j = tok.end
    if tok.isPositional { return }
    // 两个亿: a measure word between a Chinese numeral and 亿 is spoken filler.
    if tok.isChinese, j + 1 < s.count, s[j] == 0x4E2A, s[j + 1] == 0x4EBF { j += 1 }  // 个 亿
    if let m = inner.longest(in: s, at: j), magnitude(s, at: j + m.length) != nil {
      tok.inner = SourceSpan(start: j, end: j + m.length)
      j += m.length
    }
    var power = 0
    var k = j
    var last = 0
    while let m = magnitude(s, at: k), m.value > last {
      power += m.value
      last = m.value
      k += m.length
    }
    if power == 0 {
      tok.inner = nil
      return
    }
    if tok.inner == nil, let m = inner.longest(in: s, at: k) {
      tok.inner = SourceSpan(start: k, end: k + m.length)
      k += m.length
    }
    tok.magnitude += power
    tok.value = tok.value.scaled(byPowerOfTen: power)
    tok.upper = tok.upper?.scaled(byPowerOfTen: power)
    tok.trailingPower = 0
    tok.end = k
    if NumeralReader.exceedsLimit(tok.value) { tok.overflow = true }
  }

  /// The magnitude word at `k` (万, 亿, 千万…), unless a unit starting with the same characters stands there.
  private func magnitude(_ s: Scalars, at k: Int) -> (length: Int, value: Int)? {
    guard let m = magnitudes.longest(in: s, at: k) else { return nil }
    if let b = blockers.longest(in: s, at: k), b.length > m.length { return nil }
    return m
  }

  /// Whether a value reaches 10^18 or carries more than 18 significant digits.
  static func exceedsLimit(_ v: ExactDecimal) -> Bool {
    var digits = 1
    var m = v.significand.magnitude
    while m >= 10 {
      m /= 10
      digits += 1
    }
    return digits + v.exponent > limitDigits
  }

  /// Arabic digits with thousands separators (1,200) and a decimal point.
  static func readArabic(_ s: Scalars, at i: Int) -> NumberToken {
    let tok = readArabic(s, at: i, fullWidthCommas: true)
    // A full-width comma separates thousands only where the number also has an ASCII one or a decimal
    // fraction (82，225.00, 233,333，333): 「增长3，123家」 is more likely two clauses than 3123.
    if tok.usedFullWidthComma && !(tok.usedASCIIComma || tok.hasFraction) {
      return readArabic(s, at: i, fullWidthCommas: false).token
    }
    return tok.token
  }

  private static func readArabic(_ s: Scalars, at i: Int, fullWidthCommas: Bool)
    -> (token: NumberToken, usedFullWidthComma: Bool, usedASCIIComma: Bool, hasFraction: Bool)
  {
    var j = i
    var usedFullWidth = false
    var usedASCII = false
    var significand: Int64 = 0
    var exponent = 0
    var significant = 0
    var integerDigits = 0
    var hasFraction = false
    var overflow = false
    var dotted = false

    func push(_ d: Int, fraction: Bool) {
      if significand == 0 && d == 0 {
        if fraction { exponent -= 1 }
        return
      }
      if significant >= limitDigits {
        overflow = true
        if !fraction { exponent += 1 }
        return
      }
      significand = significand * 10 + Int64(d)
      significant += 1
      if fraction { exponent -= 1 }
    }

    var group = 0  // digits since the last thousands separator
    var grouped = false
    while j < s.count, let d = arabicDigit(s[j]) {
      push(d, fraction: false)
      integerDigits += 1
      group += 1
      j += 1
      // 1,200 and 12,345,678: a comma followed by exactly three digits continues the integer part,
      // when the group before it has 1-3 digits (or exactly 3 after an earlier comma).
      if j < s.count, s[j] == 0x2C || (fullWidthCommas && s[j] == 0xFF0C), grouped ? group == 3 : group <= 3 {
        let a = j + 1
        if a + 2 < s.count, arabicDigit(s[a]) != nil, arabicDigit(s[a + 1]) != nil, arabicDigit(s[a + 2]) != nil,
          a + 3 >= s.count || arabicDigit(s[a + 3]) == nil || s[a + 3] == 0x2C || s[a + 3] == 0xFF0C
        {
          if s[j] == 0x2C { usedASCII = true } else { usedFullWidth = true }
          j += 1
          group = 0
          grouped = true
        }
      }
    }
    if j + 1 < s.count, isDecimalPoint(s[j]), arabicDigit(s[j + 1]) != nil {
      hasFraction = true
      j += 1
      while j < s.count, let d = arabicDigit(s[j]) {
        push(d, fraction: true)
        j += 1
      }
      if j + 1 < s.count, isDecimalPoint(s[j]), arabicDigit(s[j + 1]) != nil { dotted = true }
    }
    let value = ExactDecimal(significand: significand, exponent: exponent)
    if exceedsLimit(value) { overflow = true }
    let token = NumberToken(
      start: i, end: j, digitsEnd: j, value: value, isChinese: false, isPositional: false,
      integerDigits: integerDigits, hasFraction: hasFraction, magnitude: 0, inner: nil, overflow: overflow,
      dotted: dotted)
    return (token, usedFullWidth, usedASCII, hasFraction)
  }

  /// Chinese numerals: 一千二百万, 两千, 十二, 一百零五, 三千五 (= 3500), 一亿二千万, the financial capitals
  /// (壹万贰仟, 肆佰叁拾萬), decimals (三点二, 零点零一), the approximate pairs 八九 and 七八十, and the
  /// positional form 二〇三五. Stops before a digit that cannot continue the number (十四五 reads 十四).
  static func readChinese(_ s: Scalars, at i: Int) -> NumberToken? {
    guard i < s.count else { return nil }
    let c0 = s[i]
    guard ChineseNumeral.digit(c0) != nil || ChineseNumeral.unit(c0) == 1 else { return nil }

    // Two digits in a row with no unit word between them.
    if let d0 = ChineseNumeral.digit(c0), i + 1 < s.count, let d1 = ChineseNumeral.digit(s[i + 1]),
      c0 != 0x4E24, s[i + 1] != 0x4E24
    {
      var j = i
      var v: Int64 = 0
      while j < s.count, j - i < 18, let d = ChineseNumeral.digit(s[j]), s[j] != 0x4E24 {
        v = v * 10 + Int64(d)
        j += 1
      }
      // A run of four reads as a number (a year: 二〇三五).
      if j - i == 4 {
        return NumberToken(
          start: i, end: j, digitsEnd: j, value: ExactDecimal(significand: v), isChinese: true, isPositional: true,
          integerDigits: 0, hasFraction: false, magnitude: 0, inner: nil, overflow: false, dotted: false)
      }
      // 八九亿, 七八十: two consecutive digits before a unit word say "eight or nine".
      if j - i == 2, d1 == d0 + 1, d0 > 0, i + 2 < s.count, let p = ChineseNumeral.unit(s[i + 2]) {
        var scale: Int64 = 1
        for _ in 0..<p { scale *= 10 }
        var tok = NumberToken(
          start: i, end: i + 3, digitsEnd: i + 3, value: ExactDecimal(significand: Int64(d0) * scale), isChinese: true,
          isPositional: false, integerDigits: 0, hasFraction: false, magnitude: 0, inner: nil, overflow: false,
          dotted: false)
        tok.upper = ExactDecimal(significand: Int64(d1) * scale)
        return tok
      }
      // Shorter runs are phrases (一二线, 三五成群).
      return nil
    }

    var high: Int64 = 0  // sum of 亿 groups
    var wan: Int64 = 0  // the 万 group
    var section: Int64 = 0  // below 万
    var current: Int64 = 0  // the pending digit
    var lastUnit = 0  // power of the last small unit (十 1, 百 2, 千 3) or big unit (万 4, 亿 8)
    var afterZero = false
    var j = i
    var overflow = false
    var sawDigitPending = false

    func mul(_ a: Int64, _ b: Int64) -> Int64 {
      let (r, o) = a.multipliedReportingOverflow(by: b)
      if o { overflow = true }
      return o ? 0 : r
    }
    func add(_ a: Int64, _ b: Int64) -> Int64 {
      let (r, o) = a.addingReportingOverflow(b)
      if o { overflow = true }
      return o ? 0 : r
    }

    loop: while j < s.count {
      let c = s[j]
      if let d = ChineseNumeral.digit(c) {
        if d == 0 {
          afterZero = true
          j += 1
          continue
        }
        if sawDigitPending { break loop }  // two digits in a row: 十四五 stops before 五
        current = Int64(d)
        sawDigitPending = true
        j += 1
        continue
      }
      guard let p = ChineseNumeral.unit(c) else { break loop }
      switch p {
      case 1, 2, 3:  // 十 百 千
        if lastUnit != 0 && lastUnit < 4 && p >= lastUnit { break loop }  // 百十 is not a number
        let digit = sawDigitPending ? current : 1
        var unitValue: Int64 = 1
        for _ in 0..<p { unitValue = mul(unitValue, 10) }
        section = add(section, mul(digit, unitValue))
        current = 0
        sawDigitPending = false
        afterZero = false
        lastUnit = p
      case 4:  // 万
        // 万 followed by 亿 is the magnitude 万亿; leave both to the magnitude table.
        if j + 1 < s.count, ChineseNumeral.unit(s[j + 1]) == 8 { break loop }
        if lastUnit == 4 || (section == 0 && current == 0 && !sawDigitPending) { break loop }
        wan = mul(add(section, current), 10_000)
        section = 0
        current = 0
        sawDigitPending = false
        afterZero = false
        lastUnit = 4
      default:  // 亿
        if section == 0 && current == 0 && wan == 0 && !sawDigitPending { break loop }
        high = mul(add(add(high, wan), add(section, current)), 100_000_000)
        wan = 0
        section = 0
        current = 0
        sawDigitPending = false
        afterZero = false
        lastUnit = 8
      }
      j += 1
    }
    if j == i { return nil }
    // 三千五 = 3500, 一万五 = 15000: a bare last digit after a unit counts one place lower.
    let bareLast = sawDigitPending && !afterZero && lastUnit >= 2
    if bareLast {
      var scale: Int64 = 1
      let p = lastUnit == 8 ? 7 : (lastUnit == 4 ? 3 : lastUnit - 1)
      for _ in 0..<p { scale = mul(scale, 10) }
      current = mul(current, scale)
    }
    var total = add(add(high, wan), add(section, current))
    var value = ExactDecimal(significand: total)
    var hasFraction = false
    // 三点二, 零点零一: 点 and digits read one by one.
    if !bareLast, j + 1 < s.count, s[j] == 0x70B9, ChineseNumeral.digit(s[j + 1]) != nil, s[j + 1] != 0x4E24 {
      var k = j + 1
      var frac: Int64 = 0
      var places = 0
      while k < s.count, places < 12, let d = ChineseNumeral.digit(s[k]), s[k] != 0x4E24 {
        frac = frac * 10 + Int64(d)
        places += 1
        k += 1
      }
      var scale: Int64 = 1
      for _ in 0..<places { scale = mul(scale, 10) }
      total = add(mul(total, scale), frac)
      value = ExactDecimal(significand: total, exponent: -places)
      hasFraction = true
      j = k
    } else if total == 0 && !afterZero {
      return nil
    }
    var tok = NumberToken(
      start: i, end: j, digitsEnd: j, value: value, isChinese: true, isPositional: false, integerDigits: 0,
      hasFraction: hasFraction, magnitude: 0, inner: nil, overflow: overflow || exceedsLimit(value), dotted: false)
    // 三十万 ends in its 万: the lower end of a range before it takes that power.
    if !hasFraction && !sawDigitPending && !bareLast && lastUnit >= 2 {
      // The last group is exactly "digit unit" (三千, 三十万 → 十万 is a group too): its power is the unit's.
      if lastUnit >= 4 && section == 0 { tok.trailingPower = lastUnit }
      if lastUnit < 4 && section % pow10(lastUnit) == 0 && section / pow10(lastUnit) < 10 && wan == 0 && high == 0 {
        tok.trailingPower = lastUnit
      }
    }
    return tok
  }
}

@inline(__always) private func pow10(_ p: Int) -> Int64 {
  var v: Int64 = 1
  for _ in 0..<p { v *= 10 }
  return v
}

/// The characters of Chinese numerals, lower-case and financial capitals alike.
enum ChineseNumeral {
  /// The value of a digit: 零〇一二两三…九 and the capitals 壹贰叁肆伍陆柒捌玖 (貳參陸 too); nil otherwise.
  @inline(__always) static func digit(_ c: UInt32) -> Int? {
    if let d = Scalar.chineseDigit(c) { return d }
    switch c {
    case 0x58F9: return 1  // 壹
    case 0x8D30, 0x8CB3: return 2  // 贰 貳
    case 0x53C1, 0x53C3: return 3  // 叁 參
    case 0x8086: return 4  // 肆
    case 0x4F0D: return 5  // 伍
    case 0x9646, 0x9678: return 6  // 陆 陸
    case 0x67D2: return 7  // 柒
    case 0x634C: return 8  // 捌
    case 0x7396: return 9  // 玖
    default: return nil
    }
  }

  /// The power of ten of a unit character: 十拾 1, 百佰 2, 千仟 3, 万萬 4, 亿億 8; nil otherwise.
  @inline(__always) static func unit(_ c: UInt32) -> Int? {
    switch c {
    case 0x5341, 0x62FE: return 1  // 十 拾
    case 0x767E, 0x4F70: return 2  // 百 佰
    case 0x5343, 0x4EDF: return 3  // 千 仟
    case 0x4E07, 0x842C: return 4  // 万 萬
    case 0x4EBF, 0x5104: return 8  // 亿 億
    default: return nil
    }
  }

  /// Whether `c` is a financial capital (壹, 拾, 萬…): never wording, unlike a lone 一.
  @inline(__always) static func isCapital(_ c: UInt32) -> Bool {
    Scalar.chineseDigit(c) == nil && (digit(c) != nil || (unit(c) != nil && c != 0x5341 && c != 0x767E && c != 0x5343
      && c != 0x4E07 && c != 0x4EBF))
  }
}

/// Reading numerals outside the extraction loop.
public enum Numerals {
  /// The value of a numeral written alone, magnitudes folded in: 一千二百万 → 12000000, 1.7万 → 17000,
  /// 1,200 → 1200, 68.9亿 → 6890000000. Nil when the text is not exactly one numeral or is too large.
  public static func value(of text: String) -> ExactDecimal? {
    let s = text.scalarValues
    guard let t = NumeralReader.standard.read(s, at: 0), t.end == s.count, !t.overflow, t.inner == nil else {
      return nil
    }
    return t.value
  }
}

extension ExactDecimal {
  /// The value as an `Int` when it is whole and fits, nil otherwise (2030 is stored as 203 × 10¹).
  var intValue: Int? {
    guard exponent >= 0 else { return nil }
    var v = Int(significand)
    for _ in 0..<exponent {
      let (r, o) = v.multipliedReportingOverflow(by: 10)
      if o { return nil }
      v = r
    }
    return v
  }
}
