/// A figure found in the text, before its sentence, metric and role are known.
///
/// Built with its memberwise initialiser only: built with an explicit one, each hit was copied on its way into
/// the hits and the copy destroyed (see `Figure`'s extension).
struct FigureHit: Sendable {
  /// Number(s), magnitude, inner 多 and unit as written; qualifiers before and after lie outside.
  var span: SourceSpan
  var value: ExactDecimal
  var upper: ExactDecimal?
  /// The unit's canonical name (元 for 圆, 标箱 for 标准箱): what comparisons use.
  var unit: String
  /// The unit as written.
  var writtenUnit: String
  var kind: FigureKind
  /// 约 / 近 / 超过… written before the number.
  var before: CompiledRules.Qualifier?
  var beforeStart: Int?
  /// 以上 / 左右 / 以内… written after the unit.
  var after: CompiledRules.Qualifier?
  var afterEnd: Int?
  /// 多 / 余 between the number and its magnitude or unit.
  var inner: CompiledRules.Qualifier?
  /// A number with no unit of its own that takes the unit written after the list it stands in
  /// (分别提高15、22个百分点: 15 takes 个百分点).
  var sharedUnit = false

  /// The qualifier a reader sees: after (以上, 左右) first, then before (约, 近), then inner (多).
  var qualifier: CompiledRules.Qualifier? { after ?? before ?? inner }
  /// Where scanning resumes.
  var resume: Int { afterEnd ?? span.end }
  /// Where the words before the figure end (before a before-qualifier).
  var leftEdge: Int { beforeStart ?? span.start }
}

/// What the figure scanner made of a position.
enum FigureScan {
  /// A figure, appended to the caller's hits (handed over in place: a hit carried in the result was copied
  /// three times on its way into the array); its span and where scanning resumes.
  case figure(span: SourceSpan, resume: Int)
  /// Not a figure; nothing else starts before `to` either (the rest of a numeral, 5G, 第五届).
  case skip(to: Int)
  /// A numeral too large to carry exactly.
  case overflow(SourceSpan)
  case none
}

/// Reads figures: a numeral, an optional magnitude, a unit from the rules, an optional range and qualifiers;
/// and the figures written without digits' usual shape: fractions (三分之一, 1/3), ratios (2.04∶1), ranks
/// (居全国第9, 首位), approximate numerals (八九亿, 数十亿).
///
/// Not figures: single Chinese digits (一是, 两个确立, 三项清单) unless they stand in a range (三至五个) or a
/// fraction; numbers glued to Latin letters (5G, M2, PM2.5); ordinals (第五届; but 第3名 is a rank); dotted
/// numbers (1.2.3); classes (20万吨级); numbers without a unit unless they carry a magnitude (减少1000万以上,
/// 三百万); and numbers inside stop words (一带一路, 长三角).
struct FigureScanner {
  let rules: CompiledRules
  let qualifiersAfter: WordTable<CompiledRules.Qualifier>
  let qualifiersBefore: WordTable<CompiledRules.Qualifier?>
  let qualifiersInner: WordTable<CompiledRules.Qualifier>
  let rankWords: WordTable<Bool>
  let rankNames: WordTable<Int>
  let fractionWords: WordTable<ExactDecimal>
  let durationWords: WordTable<Bool>
  let reader: NumeralReader
  let stopWords: WordTable<Bool>
  let units: WordTable<CompiledRules.Unit>

  /// Copies the tables it reads out of the rules once, so lookups in the loop touch no reference counts.
  init(rules: CompiledRules) {
    self.rules = rules
    qualifiersAfter = rules.qualifiersAfter
    qualifiersBefore = rules.qualifiersBefore
    qualifiersInner = rules.qualifiersInner
    rankWords = rules.rankWords
    rankNames = rules.rankNames
    fractionWords = rules.fractionWords
    durationWords = rules.durationWords
    reader = rules.reader
    stopWords = rules.stopWords
    units = rules.units
  }

  static let di: UInt32 = 0x7B2C  // 第
  static let qian2: UInt32 = 0x524D  // 前
  static let ji2: UInt32 = 0x7EA7  // 级
  static let nian: UInt32 = 0x5E74  // 年
  static let yuan: UInt32 = 0x5143  // 元

  @inline(__always) static func isLatinOrDigit(_ c: UInt32) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
      || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)
  }

  @inline(__always) static func isLatin(_ c: UInt32) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)
  }

  /// Whether a figure may start at `c`: a digit, a Chinese digit (capitals too), 十/拾, or 百 of 百分之.
  @inline(__always) static func mayStart(_ c: UInt32) -> Bool {
    NumeralReader.mayStart(c) || c == 0x767E
  }

  /// The figure at `i`; `afterMarker` says a list marker ends right before it (「8.」 of 「8.6个」), so the
  /// scalar before is no part of the number.
  func scan(_ s: Scalars, at i: Int, afterMarker: Bool = false, into hits: inout [FigureHit]) -> FigureScan {
    let n = s.count
    let c = s[i]
    // 首位, 榜首: a rank without a number, in a rank context only (摆在首位 is a priority, not a place).
    if let r = rankNames.longest(in: s, at: i) {
      guard rankContext(s, before: i) else { return .none }
      var hit = FigureHit(span: SourceSpan(start: i, end: i + r.length), value: ExactDecimal(r.value), unit: "",
        writtenUnit: "", kind: .rank)
      addQualifiers(s, &hit)
      let (span, resume) = (hit.span, hit.resume)
      hits.append(consume hit)
      return .figure(span: span, resume: resume)
    }
    // 超过一半, 一半以上: a fraction in words, where a qualifier bounds it.
    if let w = fractionWords.longest(in: s, at: i) {
      var hit = FigureHit(span: SourceSpan(start: i, end: i + w.length), value: w.value, unit: "", writtenUnit: "", kind: .ratio)
      addQualifiers(s, &hit)
      let shared = i >= 1 && s[i - 1] == 0x5360  // 占一半
      guard hit.before != nil || hit.after != nil || shared else { return .none }
      let (span, resume) = (hit.span, hit.resume)
      hits.append(consume hit)
      return .figure(span: span, resume: resume)
    }
    // 百分之三十 = 30%.
    if c == 0x767E {
      guard i + 3 < n, s[i + 1] == 0x5206, s[i + 2] == 0x4E4B else { return .none }  // 分 之
      var value: ExactDecimal
      var end: Int
      if let t = reader.read(s, at: i + 3), !t.overflow, !t.isPositional {
        value = t.value
        end = t.end
      } else if s[i + 3] == 0x767E {
        value = ExactDecimal(100)
        end = i + 4
      } else {
        return .none
      }
      var hit = FigureHit(span: SourceSpan(start: i, end: end), value: value, unit: "%", writtenUnit: "%", kind: .percent)
      addQualifiers(s, &hit)
      let (span, resume) = (hit.span, hit.resume)
      hits.append(consume hit)
      return .figure(span: span, resume: resume)
    }
    guard var tok = reader.read(s, at: i) else { return .none }
    let prev: UInt32 = i > 0 && !afterMarker ? s[i - 1] : 0x0A
    if tok.overflow { return .overflow(SourceSpan(start: i, end: tok.end)) }
    if tok.dotted || tok.isPositional { return .skip(to: tok.end) }
    if !tok.isChinese, FigureScanner.isLatinOrDigit(prev) || NumeralReader.isDecimalPoint(prev) {
      return .skip(to: tok.end)  // M2, PM2.5, G20
    }
    // 三分之一, 四分之三: a fraction of single digits as often as not.
    if let f = fraction(s, tok) { return checked(s, consume f, into: &hits) }
    let ordinal = prev == FigureScanner.di
    let afterQian = prev == FigureScanner.qian2
    var before: (CompiledRules.Qualifier, Int)?
    if tok.isChinese {
      // 数十亿, 几百万: an approximate order of magnitude, from the word to ten times it.
      let power = tok.magnitude > 0 ? tok.magnitude : tok.trailingPower
      if prev == 0x6570 || prev == 0x51E0, tok.upper == nil, power >= 4,
        [ExactDecimal(10), ExactDecimal(100), ExactDecimal(1000)].contains(tok.value.scaled(byPowerOfTen: -power))
      {
        tok.upper = tok.value.scaled(byPowerOfTen: 1)
        before = (CompiledRules.Qualifier(word: prev == 0x6570 ? "数" : "几", comparator: .about), i - 1)
      } else if prev == 0x6570 || prev == 0x51E0 || prev == 0x4E0A {
        return .skip(to: tok.end)  // 数十, 几十, 上百: wording
      }
      // 一是, 两个确立: a single Chinese digit is a word, not a figure; but not in 三至五个, 第三, 前五.
      if tok.isSingleChineseDigit && !ChineseNumeral.isCapital(s[i]) {
        let rangeFollows = tok.end < n && DeadlineScanner.isRangeDash(s[tok.end]) && tok.end + 1 < n
          && NumeralReader.mayStart(s[tok.end + 1])
        let rankOrdinal = (ordinal || afterQian) && (rankContext(s, before: i - 1) || regionBefore(s, i - 1))
        if !rangeFollows && !rankOrdinal { return .skip(to: tok.digitsEnd) }
      }
    }

    // 5700多亿元 has its 多 inside the token; 100多个 has it before the unit.
    var j = tok.end
    var inner: CompiledRules.Qualifier?
    if let r = tok.inner, let q = qualifiersInner.longest(in: s, at: r.start) {
      inner = q.value
    } else if let q = qualifiersInner.longest(in: s, at: j), units.longest(in: s, at: j + q.length) != nil {
      inner = q.value
      j += q.length
    }
    var value = tok.value
    var upper = tok.upper
    var unitStart = j
    // 16.1 %: a space of any width before a percent sign is layout.
    if j + 1 < n, Scalar.isBlank(s[j]), s[j + 1] == 0x25 || s[j + 1] == 0x2030 { unitStart = j + 1 }
    var unit = units.longest(in: s, at: unitStart)
    if let u = unit, !unitEndsCleanly(s, unitStart + u.length, u.value.name) { unit = nil }
    var unitLength = unit?.length ?? 0
    if unit == nil { unitStart = j }
    var end = unitStart + unitLength

    if unit == nil {
      if let r = ratio(s, tok, prev: prev) { return checked(s, consume r, into: &hits) }
      if let d = duration(s, tok, at: j) { return checked(s, consume d, into: &hits) }
      // A range whose unit follows the second number: 3—5个, 3至5个, 6.5-7%, 十八至三十万日元.
      if let dash = rangeDash(s, after: j), let r = rangeEnd(s, after: dash, lower: tok) {
        value = r.lower
        upper = r.upper
        if let u = r.unit {
          unit = u.unit
          unitStart = u.start
          unitLength = u.unit.length
        }
        end = r.end
      } else if ordinal || afterQian, rankContext(s, before: i - 1) || regionBefore(s, i - 1),
        rules.notRankAfter.longest(in: s, at: tok.end) == nil  // 全国第一方阵 is a tier, not a place
      {
        // 居全国第9, 进入全国前10: a place in a ranking without 名 or 位.
        let pre = afterQian ? (CompiledRules.Qualifier(word: "前", comparator: .ceiling), i - 1) : nil
        var hit = FigureHit(
          span: SourceSpan(start: i, end: tok.end), value: value, unit: "", writtenUnit: "", kind: .rank, before: pre?.0,
          beforeStart: pre?.1)
        addQualifiers(s, &hit)
        return checked(s, consume hit, into: &hits)
      } else if (!tok.isChinese && tok.magnitude > 0 && inner == nil)
        || (tok.isChinese && tok.trailingPower >= 4 && ChineseNumeral.digit(s[i]) != nil)
      {
        // 减少1000万以上, 三百万: a magnitude without a unit still counts (a bare 千万 or 十万 does not: wording).
        if j < n, FigureScanner.isLatin(s[j]) { return .skip(to: j) }
        if ordinal || (j < n && s[j] == FigureScanner.ji2) { return .skip(to: j) }
        var hit = FigureHit(
          span: SourceSpan(start: i, end: j), value: value, upper: upper, unit: "", writtenUnit: "", kind: .other,
          before: before?.0, beforeStart: before?.1)
        addQualifiers(s, &hit)
        return checked(s, consume hit, into: &hits)
      } else if let shared = sharedUnit(s, after: j) {
        // 分别提高15、22个百分点: the first number takes the unit written after the last.
        var hit = FigureHit(
          span: SourceSpan(start: i, end: j), value: value, unit: shared.value.name, writtenUnit: shared.value.name,
          kind: shared.value.kind, sharedUnit: true)
        addQualifiers(s, &hit)
        return checked(s, consume hit, into: &hits)
      } else {
        var k = j
        while k < n, FigureScanner.isLatinOrDigit(s[k]) { k += 1 }  // 5G, 3A
        return .skip(to: max(k, tok.digitsEnd))
      }
    } else if let dash = rangeDash(s, after: end), let r = rangeEnd(s, after: dash, lower: tok),
      r.unit?.unit.value.name == unit?.value.name
    {
      // 4.5%—5%, 5%到6%, 1万元--5万元: both ends carry the unit.
      value = r.lower
      upper = r.upper
      end = r.end
    }
    guard let u = unit else { return .skip(to: end) }
    var kind = u.value.kind
    if ordinal {
      if u.value.rank || rankContext(s, before: i - 1) || regionBefore(s, i - 1) {
        kind = .rank  // 第3名; 全国第3个
      } else {
        return .skip(to: end)  // 第五届, 第3批
      }
    } else if u.value.rank && (afterQian || rankContext(s, before: i)) {
      kind = .rank
    }
    // 六十四万零一百四十三元一角七分: 角 and 分 after 元 add tenths and hundredths.
    // The scalar test first: a String comparison per figure cost more than the rest of this step.
    if let (cents, e) = jiaoFen(s, at: end), u.value.name == "元" {
      value = value.adding(cents) ?? value
      end = e
    }
    var canonical = u.value.name
    // The unit is nearly always written in its canonical spelling: that string is then shared, not built again.
    let writtenScalars = s[unitStart..<(unitStart + unitLength)]
    var written = canonical.unicodeScalars.elementsEqual(writtenScalars, by: { $0.value == $1 })
      ? canonical : String(scalarValues: writtenScalars)
    // 元/人月, 万元/亩: a rate keeps its denominator in the unit.
    if let (denominator, e) = rateDenominator(s, at: end) {
      written += denominator
      canonical += denominator
      end = e
    }
    // 20万吨级泊位, 100亿级产业集群: a class of things, not a quantity.
    if end < n, s[end] == FigureScanner.ji2 { return .skip(to: end + 1) }
    // The qualifier before goes in with the rest: a hit changed only under a condition could not be handed on
    // without a copy (`consume`).
    var pre = before
    if afterQian && kind == .rank { pre = (CompiledRules.Qualifier(word: "前", comparator: .ceiling), i - 1) }
    var hit = FigureHit(
      span: SourceSpan(start: i, end: end), value: value, upper: upper, unit: canonical, writtenUnit: written, kind: kind,
      before: pre?.0, beforeStart: pre?.1, inner: inner)
    addQualifiers(s, &hit)
    return checked(s, consume hit, into: &hits)
  }

  /// Rejects figures inside stop words (一带一路, 长三角, 5G…).
  private func checked(_ s: Scalars, _ hit: consuming FigureHit, into hits: inout [FigureHit]) -> FigureScan {
    if stopWords.count > 0, stopWords.covers(s, hit.span.start) { return .skip(to: hit.span.end) }
    let (span, resume) = (hit.span, hit.resume)
    hits.append(consume hit)
    return .figure(span: span, resume: resume)
  }

  /// Whether a unit made of Latin letters (MW, kW) ends at a word boundary: 30MWh is not 30 MW.
  private func unitEndsCleanly(_ s: Scalars, _ end: Int, _ name: String) -> Bool {
    guard end < s.count, FigureScanner.isLatin(s[end]) else { return true }
    guard let last = name.unicodeScalars.last?.value else { return true }
    return !FigureScanner.isLatin(last)
  }

  /// The position of the range dash after a number at `j` (— – - ~ 至 到, also doubled: --, ——), skipping a
  /// （含） between them; nil when no dash stands there.
  private func rangeDash(_ s: Scalars, after j0: Int) -> Int? {
    var j = j0
    if let e = inclusionMark(s, at: j) { j = e }
    guard j < s.count, DeadlineScanner.isRangeDash(s[j]) else { return nil }
    // 1万元--5万元, 2——3万: a doubled dash is one.
    while j + 1 < s.count, DeadlineScanner.isRangeDash(s[j + 1]), s[j + 1] == s[j] { j += 1 }
    return j
  }

  /// The end of 「（含）」 or 「(含)」 at `j`, which says a bound is included (50万元（含）以上).
  private func inclusionMark(_ s: Scalars, at j: Int) -> Int? {
    guard j + 2 < s.count, s[j] == 0xFF08 || s[j] == 0x28, s[j + 1] == 0x542B, s[j + 2] == 0xFF09 || s[j + 2] == 0x29 else {
      return nil
    }
    return j + 3
  }

  /// The upper end of a range after the dash at `dash`: its value, unit and end. The lower end takes the
  /// upper's magnitude when it has none and is smaller than the upper's digits: 1—2万元 is 10000 to 20000,
  /// 十八至三十万 180000 to 300000, but 从8500到3万 is 8500 to 30000.
  private func rangeEnd(_ s: Scalars, after dash: Int, lower: NumberToken)
    -> (lower: ExactDecimal, upper: ExactDecimal, unit: (start: Int, unit: (length: Int, value: CompiledRules.Unit))?, end: Int)?
  {
    let k = dash + 1
    guard k < s.count, let t2 = reader.read(s, at: k), !t2.overflow, !t2.isPositional, !t2.dotted, t2.upper == nil
    else { return nil }
    var j = t2.end
    if j < s.count, s[j] == DeadlineScanner.nian || s[j] == DeadlineScanner.yue { return nil }  // 5%到2025年
    if let q = qualifiersInner.longest(in: s, at: j), units.longest(in: s, at: j + q.length) != nil {
      j += q.length
    }
    let u = units.longest(in: s, at: j)
    var lo = lower.value
    let power = t2.magnitude > 0 ? t2.magnitude : t2.trailingPower
    if lower.magnitude == 0 && lower.trailingPower < power {
      let upperDigits = t2.value.scaled(byPowerOfTen: -power)
      if lo < upperDigits { lo = lo.scaled(byPowerOfTen: power) }
    }
    guard lo < t2.value else { return nil }
    return (lo, t2.value, u.map { (j, $0) }, j + (u?.length ?? 0))
  }

  /// 三分之一 (Chinese), 1/3 (Arabic, a proper fraction with a denominator up to 20): a ratio figure.
  private func fraction(_ s: Scalars, _ tok: NumberToken) -> FigureHit? {
    let n = s.count
    let j = tok.end
    if tok.isChinese, tok.magnitude == 0, j + 2 < n, s[j] == 0x5206, s[j + 1] == 0x4E4B,  // 分 之
      let num = reader.read(s, at: j + 2), num.isChinese, !num.isPositional, num.magnitude == 0,
      num.value < tok.value, let q = ExactDecimal.quotient(num.value, tok.value)
    {
      var hit = FigureHit(span: SourceSpan(start: tok.start, end: num.end), value: q, unit: "", writtenUnit: "", kind: .ratio)
      addQualifiers(s, &hit)
      return hit
    }
    if !tok.isChinese, !tok.hasFraction, tok.magnitude == 0, j + 1 < n, s[j] == 0x2F || s[j] == 0xFF0F,
      NumeralReader.arabicDigit(s[j + 1]) != nil
    {
      let den = NumeralReader.readArabic(s, at: j + 1)
      guard !den.hasFraction, den.end >= n || !(NumeralReader.arabicDigit(s[den.end]) != nil || s[den.end] == 0x2F),
        let d = den.value.intValue, d > 1, d <= 20, tok.value < den.value, let q = ExactDecimal.quotient(tok.value, den.value)
      else { return nil }
      var hit = FigureHit(span: SourceSpan(start: tok.start, end: den.end), value: q, unit: "", writtenUnit: "", kind: .ratio)
      addQualifiers(s, &hit)
      return hit
    }
    return nil
  }

  /// 2.04∶1 (城乡居民收入比): a ratio of two terms; its value is the first over the second. An ASCII colon
  /// counts only before 1 (10:30 is a time); three terms (10.1:43.5:46.4) are no single figure.
  private func ratio(_ s: Scalars, _ tok: NumberToken, prev: UInt32) -> FigureHit? {
    let j = tok.end
    guard !tok.isChinese, tok.magnitude == 0, j + 1 < s.count, s[j] == 0x2236 || s[j] == 0x3A,
      NumeralReader.arabicDigit(s[j + 1]) != nil, prev != 0x3A && prev != 0x2236
    else { return nil }
    let second = NumeralReader.readArabic(s, at: j + 1)
    if second.end < s.count, s[second.end] == 0x2236 || s[second.end] == 0x3A { return nil }
    if s[j] == 0x3A && second.value != ExactDecimal(1) { return nil }
    guard second.value.significand > 0, let q = ExactDecimal.quotient(tok.value, second.value) else { return nil }
    var hit = FigureHit(span: SourceSpan(start: tok.start, end: second.end), value: q, unit: "", writtenUnit: "", kind: .ratio)
    addQualifiers(s, &hit)
    return hit
  }

  /// 11.7年, 延长30年, 连续13年: a span of years where the words say so; 30年来, 3年行动 and 2021年 are not.
  private func duration(_ s: Scalars, _ tok: NumberToken, at j: Int) -> FigureHit? {
    let n = s.count
    guard j < n, s[j] == FigureScanner.nian, tok.magnitude == 0, tok.integerDigits <= 3 else { return nil }
    // 年来, 年以来, 年内, 年前, 年后, 年底, 年末, 年初, 年间, 年代, 年度, 年级, 年份: a time, not a length.
    if j + 1 < n, [0x6765, 0x4EE5, 0x5185, 0x524D, 0x540E, 0x5E95, 0x672B, 0x521D, 0x95F4, 0x4EE3, 0x5EA6, 0x7EA7, 0x4EFD]
      .contains(s[j + 1])
    {
      return nil
    }
    let said = durationWords.last(in: s, from: max(0, tok.start - 4), to: tok.start).map { $0.start + $0.length == tok.start } ?? false
    guard tok.hasFraction || said else { return nil }
    var hit = FigureHit(span: SourceSpan(start: tok.start, end: j + 1), value: tok.value, unit: "年", writtenUnit: "年", kind: .duration)
    addQualifiers(s, &hit)
    return hit
  }

  /// The unit after a list of bare numbers (15、22、30个百分点), for a number at the list's head; nil when the
  /// list does not end with one.
  private func sharedUnit(_ s: Scalars, after j0: Int) -> (length: Int, value: CompiledRules.Unit)? {
    var j = j0
    var items = 0
    while j < s.count, s[j] == 0x3001, j + 1 < s.count, NumeralReader.arabicDigit(s[j + 1]) != nil {  // 、
      let t = NumeralReader.readArabic(s, at: j + 1)
      j = t.end
      items += 1
      if items > 12 { return nil }
      if let u = units.longest(in: s, at: j) { return u }
    }
    return nil
  }

  /// 角 and 分 with the power of ten each stands for.
  private static let jiaoFenMarks: [(UInt32, Int)] = [(0x89D2, -1), (0x5206, -2)]

  /// 一角七分 after 元: the tenths and hundredths it adds, and where it ends.
  private func jiaoFen(_ s: Scalars, at j: Int) -> (ExactDecimal, Int)? {
    var k = j
    var total = ExactDecimal(0)
    for (mark, exponent) in FigureScanner.jiaoFenMarks {
      guard k + 1 < s.count, let d = ChineseNumeral.digit(s[k]), s[k + 1] == mark else { continue }
      total = total.adding(ExactDecimal(significand: Int64(d), exponent: exponent)) ?? total
      k += 2
    }
    return k > j ? (total, k) : nil
  }

  /// 「/人月」, 「/亩」 after a unit: the denominator of a rate, a unit of the rules or up to three Han
  /// characters (before a qualifier such as 左右), whichever is longer.
  private func rateDenominator(_ s: Scalars, at j: Int) -> (String, Int)? {
    guard j + 1 < s.count, s[j] == 0x2F || s[j] == 0xFF0F else { return nil }
    var k = j + 1
    while k < s.count, k - j <= 3, Scalar.isHan(s[k]) || s[k] == 0x00B7, qualifiersAfter.longest(in: s, at: k) == nil { k += 1 }
    let unitEnd = units.longest(in: s, at: j + 1).map { j + 1 + $0.length } ?? j + 1
    let end = max(k, unitEnd)
    guard end > j + 1 else { return nil }
    return ("/" + String(scalarValues: s[(j + 1)..<end]), end)
  }

  /// A rank word earlier in the clause (排名…97名, 位次…), or 全国/全省/全市 right before (全国第9).
  private func rankContext(_ s: Scalars, before i: Int) -> Bool {
    var j = i - 1
    let floor = max(0, i - 40)
    while j >= floor {
      if TextIndex.isClauseBreak(s[j]) { break }
      j -= 1
    }
    return rankWords.first(in: s, from: j + 1, to: i) != nil
  }

  /// 全国, 全省, 全市, 全区 right before 第 or 前 at `i`: 全国第9 is a place in a national ranking.
  private func regionBefore(_ s: Scalars, _ i: Int) -> Bool {
    guard i >= 2, s[i - 2] == 0x5168 else { return false }  // 全
    let c = s[i - 1]
    return c == 0x56FD || c == 0x7701 || c == 0x5E02 || c == 0x533A  // 国 省 市 区
  }

  /// Qualifiers written before the number and after the unit (a 「（含）」 between them is skipped).
  private func addQualifiers(_ s: Scalars, _ hit: inout FigureHit) {
    if hit.before == nil, let q = qualifiersBefore.longest(in: s, endingAt: hit.span.start), let v = q.value,
      stopWords.count == 0 || !stopWords.covers(s, hit.span.start - q.length)
    {
      hit.before = v
      hit.beforeStart = hit.span.start - q.length
    }
    let at = inclusionMark(s, at: hit.span.end) ?? hit.span.end
    if let q = qualifiersAfter.longest(in: s, at: at) {
      hit.after = q.value
      hit.afterEnd = at + q.length
    }
  }
}
