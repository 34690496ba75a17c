/// A figure found in the text, before its sentence, metric and role are known.
struct FigureHit: Sendable {
  /// Number(s), magnitude, inner 多 and unit as written; qualifiers before and after lie outside.
  var span: SourceSpan
  var value: ExactDecimal
  var upper: ExactDecimal?
  var unit: String
  var kind: FigureKind
  /// 约 / 近 / 超过… written before the number.
  var before: CompiledRules.Qualifier?
  var beforeStart: Int?
  /// 以上 / 左右 / 以内… written after the unit.
  var after: CompiledRules.Qualifier?
  var afterEnd: Int?
  /// 多 / 余 between the number and its magnitude or unit.
  var inner: CompiledRules.Qualifier?

  /// The qualifier a reader sees: after (以上, 左右) first, then before (约, 近), then inner (多).
  var qualifier: CompiledRules.Qualifier? { after ?? before ?? inner }
  /// Where scanning resumes.
  var resume: Int { afterEnd ?? span.end }
  /// Where the words before the figure end (before a before-qualifier).
  var leftEdge: Int { beforeStart ?? span.start }
}

/// What the figure scanner made of a position.
enum FigureScan {
  case figure(FigureHit)
  /// Not a figure; nothing else starts before `to` either (the rest of a numeral, 5G, 第五届).
  case skip(to: Int)
  /// A numeral too large to carry exactly.
  case overflow(SourceSpan)
  case none
}

/// Reads figures: a numeral, an optional magnitude, a unit from the rules, an optional range and qualifiers.
///
/// Not figures: single Chinese digits (一是, 两个确立, 三项清单), numbers glued to Latin letters (5G, M2,
/// PM2.5), ordinals (第五届; but 第3名 is a rank), dotted numbers (1.2.3), numbers without a unit unless an
/// Arabic number carries a magnitude (减少1000万以上), and numbers inside stop words (一带一路, 长三角).
struct FigureScanner {
  let rules: CompiledRules
  let qualifiersAfter: WordTable<CompiledRules.Qualifier>
  let qualifiersBefore: WordTable<CompiledRules.Qualifier?>
  let qualifiersInner: WordTable<CompiledRules.Qualifier>
  let rankWords: WordTable<Bool>
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
    reader = rules.reader
    stopWords = rules.stopWords
    units = rules.units
  }

  static let di: UInt32 = 0x7B2C  // 第
  static let qian2: UInt32 = 0x524D  // 前

  @inline(__always) static func isLatinOrDigit(_ c: UInt32) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
      || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)
  }

  @inline(__always) static func isLatin(_ c: UInt32) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)
  }

  /// Whether a figure may start at `c`: a digit, a Chinese digit, 十, or 百 of 百分之.
  @inline(__always) static func mayStart(_ c: UInt32) -> Bool {
    NumeralReader.mayStart(c) || c == 0x767E
  }

  /// The figure at `i`; `afterMarker` says a list marker ends right before it (「8.」 of 「8.6个」), so the
  /// scalar before is no part of the number.
  func scan(_ s: Scalars, at i: Int, afterMarker: Bool = false) -> FigureScan {
    let n = s.count
    let c = s[i]
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
      var hit = FigureHit(span: SourceSpan(start: i, end: end), value: value, unit: "%", kind: .percent)
      addQualifiers(s, &hit)
      return .figure(hit)
    }
    guard let tok = reader.read(s, at: i) else { return .none }
    let prev: UInt32 = i > 0 && !afterMarker ? s[i - 1] : 0x0A
    if tok.overflow { return .overflow(SourceSpan(start: i, end: tok.end)) }
    if tok.dotted || tok.isPositional { return .skip(to: tok.end) }
    if !tok.isChinese, FigureScanner.isLatinOrDigit(prev) || NumeralReader.isDecimalPoint(prev) {
      return .skip(to: tok.end)  // M2, PM2.5, G20
    }
    if tok.isChinese {
      // 一是, 两个确立: a single Chinese digit is a word, not a figure; so are 上百, 数十, 几十.
      if tok.magnitude == 0, let v = tok.value.intValue, v < 10 { return .skip(to: tok.digitsEnd) }
      if prev == 0x6570 || prev == 0x51E0 || prev == 0x4E0A { return .skip(to: tok.end) }  // 数 几 上
    }
    let ordinal = prev == FigureScanner.di

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
    var upper: ExactDecimal?
    var unit = units.longest(in: s, at: j)
    if let u = unit, !unitEndsCleanly(s, j + u.length, u.value.name) { unit = nil }
    var end = j + (unit?.length ?? 0)

    if unit == nil {
      // A range whose unit follows the second number: 3—5个, 3至5个, 6.5-7%.
      if j < n, DeadlineScanner.isRangeDash(s[j]), let r = rangeEnd(s, after: j, lower: tok) {
        value = r.lower
        upper = r.upper
        unit = r.unit
        end = r.end
      } else if !tok.isChinese && tok.magnitude > 0 && inner == nil {
        // 减少1000万以上: a magnitude without a unit still counts.
        if j < n, FigureScanner.isLatin(s[j]) { return .skip(to: j) }
        var hit = FigureHit(span: SourceSpan(start: i, end: j), value: value, unit: "", kind: .other)
        if ordinal { return .skip(to: j) }
        addQualifiers(s, &hit)
        return checked(s, hit)
      } else {
        var k = j
        while k < n, FigureScanner.isLatinOrDigit(s[k]) { k += 1 }  // 5G, 3A
        return .skip(to: max(k, tok.digitsEnd))
      }
    } else if end < n, DeadlineScanner.isRangeDash(s[end]), let r = rangeEnd(s, after: end, lower: tok), r.unit?.value.name == unit?.value.name {
      // 4.5%—5%, 5%到6%: both ends carry the unit.
      value = r.lower
      upper = r.upper
      end = r.end
    }
    guard let u = unit else { return .skip(to: end) }
    var kind = u.value.kind
    if ordinal {
      guard u.value.rank else { return .skip(to: end) }  // 第五届, 第3批
      kind = .rank
    } else if u.value.rank && (prev == FigureScanner.qian2 || rankContext(s, before: i)) {
      kind = .rank
    }
    var hit = FigureHit(
      span: SourceSpan(start: i, end: end), value: value, upper: upper, unit: u.value.name, kind: kind, inner: inner)
    addQualifiers(s, &hit)
    return checked(s, hit)
  }

  /// Rejects figures inside stop words (一带一路, 长三角, 5G…).
  private func checked(_ s: Scalars, _ hit: FigureHit) -> FigureScan {
    if stopWords.count > 0, stopWords.covers(s, hit.span.start) { return .skip(to: hit.span.end) }
    return .figure(hit)
  }

  /// Whether a unit made of Latin letters (MW, kW) ends at a word boundary: 30MWh is not 30 MW.
  private func unitEndsCleanly(_ s: Scalars, _ end: Int, _ name: String) -> Bool {
    guard end < s.count, FigureScanner.isLatin(s[end]) else { return true }
    guard let last = name.unicodeScalars.last?.value else { return true }
    return !FigureScanner.isLatin(last)
  }

  /// The upper end of a range after the dash at `dash`: its value, unit and end; the lower end takes the
  /// upper's magnitude when it has none (1—2万元 is 10000 to 20000).
  private func rangeEnd(_ s: Scalars, after dash: Int, lower: NumberToken)
    -> (lower: ExactDecimal, upper: ExactDecimal, unit: (length: Int, value: CompiledRules.Unit)?, end: Int)?
  {
    let k = dash + 1
    guard k < s.count, let t2 = reader.read(s, at: k), !t2.overflow, !t2.isPositional, !t2.dotted,
      t2.isChinese == lower.isChinese
    else { return nil }
    var j = t2.end
    if j < s.count, s[j] == DeadlineScanner.nian || s[j] == DeadlineScanner.yue { return nil }  // 5%到2025年
    if let q = qualifiersInner.longest(in: s, at: j), units.longest(in: s, at: j + q.length) != nil {
      j += q.length
    }
    let u = units.longest(in: s, at: j)
    var lo = lower.value
    if lower.magnitude == 0 && t2.magnitude > 0 { lo = lo.scaled(byPowerOfTen: t2.magnitude) }
    guard lo < t2.value else { return nil }
    return (lo, t2.value, u, j + (u?.length ?? 0))
  }

  /// A rank word earlier in the clause (排名…97名, 位次…).
  private func rankContext(_ s: Scalars, before i: Int) -> Bool {
    var j = i - 1
    let floor = max(0, i - 40)
    while j >= floor {
      if TextIndex.isClauseBreak(s[j]) { break }
      j -= 1
    }
    return rankWords.first(in: s, from: j + 1, to: i) != nil
  }

  /// Qualifiers written before the number and after the unit.
  private func addQualifiers(_ s: Scalars, _ hit: inout FigureHit) {
    if let q = qualifiersBefore.longest(in: s, endingAt: hit.span.start), let v = q.value,
      stopWords.count == 0 || !stopWords.covers(s, hit.span.start - q.length)
    {
      hit.before = v
      hit.beforeStart = hit.span.start - q.length
    }
    if let q = qualifiersAfter.longest(in: s, at: hit.span.end) {
      hit.after = q.value
      hit.afterEnd = hit.span.end + q.length
    }
  }
}

extension FigureHit {
  init(span: SourceSpan, value: ExactDecimal, upper: ExactDecimal? = nil, unit: String, kind: FigureKind,
    inner: CompiledRules.Qualifier? = nil)
  {
    self.span = span
    self.value = value
    self.upper = upper
    self.unit = unit
    self.kind = kind
    self.inner = inner
  }
}
