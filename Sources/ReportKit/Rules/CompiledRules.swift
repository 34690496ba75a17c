import Foundation

/// The rules as lookup tables, built once per rule set and shared (read-only) by every extraction.
///
/// `@unchecked Sendable`: every stored property is immutable after `init`; `NSRegularExpression` is
/// documented thread-safe for matching.
final class CompiledRules: @unchecked Sendable {
  /// A unit and what it makes of a figure.
  struct Unit: Sendable {
    var name: String
    var kind: FigureKind
    /// A rank where the context says so (第3名, 排名…66名).
    var rank: Bool
  }

  /// A qualifier word and the comparator it gives a target.
  struct Qualifier: Sendable {
    var word: String
    var comparator: Comparator
  }

  /// A five-year plan period.
  struct Plan: Sendable {
    var name: String
    var start: Int
    var end: Int
  }

  /// The tables of check.yaml.
  struct CheckRules: Sendable {
    /// The band around a % target, in percentage points.
    let percentBand: ExactDecimal
    /// The band around any other target, as a share of it.
    let quantityShare: ExactDecimal
    let ceilingMetrics: WordTable<Bool>
    /// Metric-ending change words with their sign.
    let suffixes: WordTable<Change>
    let completion: WordTable<Bool>
    let partial: WordTable<Bool>
    let shortfall: WordTable<Bool>
    let progress: WordTable<Bool>
    /// What a headline goal without a number asks, by its goal word.
    let goalWords: WordTable<Goal.Ask>
    let goalFillers: WordTable<Bool>
    /// Each convertible unit as a multiple of its base unit (吨: 2000 斤).
    let unitFactors: [String: (base: String, factor: ExactDecimal)]

    init(_ d: RuleData) {
      func set(_ name: RuleSection) -> WordTable<Bool> { WordTable(d.wordList(name).map { ($0, true) }) }
      percentBand = d.flag(.checkPercentBand)?.string.flatMap { ExactDecimal(literal: $0) } ?? ExactDecimal(significand: 5, exponent: -1)
      quantityShare = d.flag(.checkQuantityShare)?.string.flatMap { ExactDecimal(literal: $0) } ?? ExactDecimal(significand: 5, exponent: -2)
      ceilingMetrics = set(.ceilingMetrics)
      suffixes = WordTable(d.wordList(.risingSuffixes).map { ($0, Change.increase) } + d.wordList(.fallingSuffixes).map { ($0, Change.decrease) })
      completion = set(.completionWords)
      partial = set(.partialWords)
      shortfall = set(.shortfallWords)
      progress = set(.progressWords)
      goalWords = WordTable(d.entries(.goalWords).compactMap { e in Goal.Ask(rawValue: e.fields["ask"]?.string ?? "").map { (e.key, $0) } })
      goalFillers = set(.goalFillers)
      var factors: [String: (base: String, factor: ExactDecimal)] = [:]
      for e in d.entries(.unitFactors) {
        if let base = e.fields["base"]?.string, let f = ExactDecimal(literal: e.fields["factor"]?.string ?? "") { factors[e.key] = (base, f) }
      }
      unitFactors = factors
    }
  }

  /// A period relative to the report year: years [first, last] as offsets, and the deadline kind it makes.
  struct RelativePeriod: Sendable {
    var first: Int
    var last: Int
    var kind: DeadlineKind
  }

  /// A word after a plan name: 期间 (the whole plan), 末 (its last year), 开局之年 (its first).
  struct PlanSuffix: Sendable {
    var part: String
    var kind: DeadlineKind
    /// May stand without a plan name, meaning the plan holding the report year (开局之年).
    var alone: Bool
  }

  let units: WordTable<Unit>
  let reader: NumeralReader
  /// Before-qualifiers; nil values are look-alikes that are not qualifiers (最近, 附近).
  let qualifiersBefore: WordTable<Qualifier?>
  let qualifiersAfter: WordTable<Qualifier>
  let qualifiersInner: WordTable<Qualifier>
  let comparatorWords: WordTable<Comparator>
  let hedges: WordTable<String>
  let rankWords: WordTable<Bool>
  /// 首位 (1), 榜首 (1): ranks written without a number.
  let rankNames: WordTable<Int>
  /// 一半 (0.5): fractions written as words.
  let fractionWords: WordTable<ExactDecimal>
  /// Words that name two subjects at once before 分别 (城乡: 城镇, 农村).
  let pairWords: WordTable<[Scalars]>
  /// 延长, 连续, 达到…: before N年 they make it a span of years.
  let durationWords: WordTable<Bool>
  let metricVerbs: WordTable<Bool>
  let metricLeading: WordTable<Bool>
  let metricTrailing: WordTable<Bool>
  let metricStops: WordTable<Bool>
  let changeWords: WordTable<Bool>
  /// 提高到, 降至…: after a value, they make it the starting point of a change (由240元提高到280元).
  let baselineWords: WordTable<Bool>
  /// 现行, 原…: right before a value whose noun a baseline word follows, the value in force now (现行16%的税率降至13%).
  let currentWords: WordTable<Bool>
  /// 增加值, 营业收入…: a metric opening with one, right after a count of holders (企业), is the holders' own.
  let componentNouns: WordTable<Bool>
  /// 企业, 公司…: what a count ends with when the next value measures a component of it.
  let holderNouns: WordTable<Bool>
  let metricCuts: WordTable<Bool>
  let planWords: WordTable<Bool>
  let actualWords: WordTable<Bool>
  let pastWords: WordTable<Bool>
  let synonyms: WordTable<Scalars>
  let relativeYears: WordTable<Int>
  let yearParts: WordTable<ClosedRange<Int>>
  let yearSuffixes: WordTable<DeadlineKind>
  /// 今后五年, 过去五年: periods named relative to the report year.
  let relativePeriods: WordTable<RelativePeriod>
  /// 春节: the festival's day in each year.
  let festivals: WordTable<[Int: Day]>
  /// 汛期前: a conventional last day.
  let namedDates: WordTable<(month: Int, day: Int)>
  /// Change words with their direction (增长 increase, 下降 decrease).
  let changeDirections: WordTable<Change>
  let changeFillers: WordTable<Bool>
  let estimateWords: WordTable<Bool>
  let genericMetrics: WordTable<Bool>
  let planItemNouns: WordTable<Bool>
  let rhetoricNouns: WordTable<Bool>
  let measureWords: WordTable<Bool>
  let metricNoise: WordTable<Bool>
  let metricHeads: WordTable<Bool>
  let notRankAfter: WordTable<Bool>
  /// 主要预期目标, 预期目标, 主要目标: the words that lead the headline paragraph, in the order they are tried.
  let headlineLeads: [Scalars]
  /// Words of a headline clause that speaks about the targets rather than setting one (更好结果).
  let headlineAsides: WordTable<Bool>
  /// What `check` reads (check.yaml).
  let check: CheckRules
  let plans: [Plan]
  let planNames: WordTable<Int>
  let planSuffixes: WordTable<PlanSuffix>
  let withinCountsReportYear: Bool
  let stopWords: WordTable<Bool>
  let stopPatterns: [NSRegularExpression]
  let ownerLabels: WordTable<Bool>
  let ownerMarkers: WordTable<Bool>
  let ownerTrim: WordTable<Bool>
  let ownerSuffixes: WordTable<Bool>
  /// Plan words and hedges (bit 1), actual words (2) and past words (4) in one table, read in one pass.
  let roleWords: WordTable<UInt8>
  /// A Bloom filter of scalar pairs that may open a deadline or an owner label without a digit (今年, 年底,
  /// 上半年, “十, 到2, 牵头): a Han candidate whose next scalar makes no such pair is passed over.
  private let pairBloom: [UInt64]
  /// First scalars of words that open a deadline phrase without a digit (今年, 年底, 上半年, 十四五, 开局之年).
  private let deadlineStarts: [UInt64]
  /// First scalars of anything the extraction loop looks at (deadline starts, digits, Chinese numerals).
  let candidateStarts: [UInt64]
  /// The extraction loop's second tests over `candidateStarts` (ExtractionRun.pairTables), made once here.
  let candidatePairTables: (pairOnly: [UInt64], digits: [UInt64])

  init(_ d: RuleData) {
    var units: [(String, Unit)] = []
    for e in d.entries(.units) {
      let kind = FigureKind(rawValue: e.fields["kind"]?.string ?? "other") ?? .other
      let u = Unit(name: e.key, kind: kind, rank: e.fields["rank"]?.bool ?? false)
      units.append((e.key, u))
      for a in e.fields["aliases"]?.strings ?? [] { units.append((a, u)) }
    }
    // Measure words count what they follow (3颗卫星, 5口井): units of kind count, listed apart for brevity.
    // A set of the spellings so far: searching the list for each classifier compared ~3,000 strings.
    var spelled = Set(units.map(\.0))
    for w in d.wordList(.classifiers) where spelled.insert(w).inserted {
      units.append((w, Unit(name: w, kind: .count, rank: false)))
    }
    self.units = WordTable(units)

    var before: [(String, Qualifier?)] = []
    var after: [(String, Qualifier)] = []
    var inner: [(String, Qualifier)] = []
    for e in d.entries(.qualifiers) {
      let q = Qualifier(word: e.key, comparator: Comparator(rawValue: e.fields["comparator"]?.string ?? "") ?? .about)
      switch e.fields["position"]?.string {
      case "before": before.append((e.key, q))
      case "after": after.append((e.key, q))
      default: inner.append((e.key, q))
      }
    }
    for w in d.wordList(.notQualifiers) { before.append((w, nil)) }
    qualifiersBefore = WordTable(before)
    qualifiersAfter = WordTable(after)
    qualifiersInner = WordTable(inner)
    let magnitudes = WordTable(d.entries(.magnitudes).map { ($0.key, $0.fields["power"]?.int ?? 0) })
    // A unit that begins with a magnitude word (千米, 千瓦, 百分点) keeps its characters: 3千米 is 3 km.
    var blockers = units.map { ($0.0, true) }.filter { w in
      let u = w.0.scalarValues
      return magnitudes.longest(in: u, at: 0).map { $0.length < u.count } ?? false
    }
    blockers += [("百分之", true), ("百分比", true)]
    reader = NumeralReader(magnitudes: magnitudes, inner: WordTable(inner.map { ($0.0, true) }), blockers: WordTable(blockers))

    comparatorWords = WordTable(
      d.entries(.comparatorWords).map { ($0.key, Comparator(rawValue: $0.fields["comparator"]?.string ?? "") ?? .reach) })
    hedges = WordTable(d.wordList(.hedges).map { ($0, $0) })
    func set(_ name: RuleSection) -> WordTable<Bool> { WordTable(d.wordList(name).map { ($0, true) }) }
    rankWords = set(.rankWords)
    rankNames = WordTable(d.entries(.rankNames).map { ($0.key, $0.fields["rank"]?.int ?? 1) })
    pairWords = WordTable(d.entries(.pairWords).map { e in (e.key, (e.fields["parts"]?.strings ?? []).map(\.scalarValues)) })
    fractionWords = WordTable(
      d.entries(.fractionWords).compactMap { e in ExactDecimal(literal: e.fields["value"]?.string ?? "").map { (e.key, $0) } })
    durationWords = set(.durationWords)
    metricVerbs = set(.metricVerbs)
    metricLeading = set(.metricLeading)
    metricTrailing = set(.metricTrailing)
    metricStops = set(.metricStops)
    changeWords = set(.changeWords)
    baselineWords = set(.baselineWords)
    currentWords = set(.currentWords)
    componentNouns = set(.componentNouns)
    holderNouns = set(.holderNouns)
    metricCuts = set(.metricCuts)
    planWords = set(.planWords)
    actualWords = set(.actualWords)
    pastWords = set(.pastWords)
    stopWords = set(.stopWords)
    ownerLabels = set(.ownerLabels)
    ownerMarkers = set(.ownerMarkers)
    ownerTrim = set(.ownerTrim)
    ownerSuffixes = set(.ownerSuffixes)

    var syn: [(String, Scalars)] = []
    for g in d.groupList(.metricSynonyms) {
      guard let head = g.words.first else { continue }
      // The head maps to itself so that a longest match starting at it wins (国内生产总值增长 stays whole).
      for w in g.words { syn.append((w, head.scalarValues)) }
    }
    synonyms = WordTable(syn)

    relativeYears = WordTable(d.entries(.relativeYears).map { ($0.key, $0.fields["offset"]?.int ?? 0) })
    yearParts = WordTable(
      d.entries(.yearParts).map { e in
        let (a, b) = e.fields["months"]?.intPair ?? (1, 12)
        return (e.key, a...b)
      })
    yearSuffixes = WordTable(
      d.entries(.yearSuffixes).map { ($0.key, DeadlineKind(rawValue: $0.fields["kind"]?.string ?? "") ?? .by) })
    relativePeriods = WordTable(
      d.entries(.relativePeriods).map { e in
        let (a, b) = e.fields["years"]?.intPair ?? (0, 0)
        return (e.key, RelativePeriod(first: a, last: b, kind: e.fields["kind"]?.string == "since" ? .since : .period))
      })
    festivals = WordTable(
      d.entries(.festivals).map { e in
        var days: [Int: Day] = [:]
        for text in e.fields["dates"]?.strings ?? [] {
          let parts = text.split(separator: "-").compactMap { Int($0) }
          if parts.count == 3 { days[parts[0]] = Day(parts[0], parts[1], parts[2]) }
        }
        return (e.key, days)
      })
    namedDates = WordTable(
      d.entries(.namedDates).map { ($0.key, (month: $0.fields["month"]?.int ?? 12, day: $0.fields["day"]?.int ?? 31)) })
    changeDirections = WordTable(
      d.wordList(.increaseWords).map { ($0, Change.increase) } + d.wordList(.decreaseWords).map { ($0, Change.decrease) })
    changeFillers = set(.changeFillers)
    estimateWords = set(.estimateWords)
    genericMetrics = set(.genericMetrics)
    planItemNouns = set(.planItemNouns)
    rhetoricNouns = set(.rhetoricNouns)
    measureWords = set(.measureWords)
    metricNoise = set(.metricNoise)
    metricHeads = set(.metricHeads)
    notRankAfter = set(.notRankAfter)
    headlineLeads = d.wordList(.headlineLeads).map(\.scalarValues)
    headlineAsides = set(.headlineAsides)
    check = CheckRules(d)
    plans = d.entries(.plans).map {
      Plan(name: $0.key, start: $0.fields["start"]?.int ?? 0, end: $0.fields["end"]?.int ?? 0)
    }
    planNames = WordTable(plans.enumerated().map { ($0.element.name, $0.offset) })
    planSuffixes = WordTable(
      d.entries(.planSuffixes).map {
        (
          $0.key,
          PlanSuffix(
            part: $0.fields["part"]?.string ?? "whole", kind: DeadlineKind(rawValue: $0.fields["kind"]?.string ?? "") ?? .during,
            alone: $0.fields["alone"]?.bool ?? false)
        )
      })
    withinCountsReportYear = d.flag(.withinCountsReportYear)?.bool ?? true
    stopPatterns = d.entries(.stopPatterns).compactMap { try? NSRegularExpression(pattern: $0.key) }

    var roles: [(String, UInt8)] = []
    var roleIndex: [String: Int] = [:]
    // Comparison words (bit 8) are read whole so that the past words inside them (比上年) do not count.
    for (name, bit) in [(RuleSection.planWords, UInt8(1)), (.hedges, 1), (.actualWords, 2), (.pastWords, 4), (.comparisonWords, 8)] {
      for w in d.wordList(name) {
        if let k = roleIndex[w] { roles[k].1 |= bit } else {
          roleIndex[w] = roles.count
          roles.append((w, bit))
        }
      }
    }
    roleWords = WordTable(roles)

    var pairs = [UInt64](repeating: 0, count: 1024)
    func pair(_ a: UInt32, _ b: UInt32) {
      let k = CompiledRules.pairHash(a, b)
      pairs[k >> 6] |= 1 << UInt64(k & 63)
    }
    func pairOf(_ w: String) {
      let u = w.unicodeScalars.map(\.value)
      if u.count >= 2 { pair(u[0], u[1]) }
    }
    for e in d.entries(.relativeYears) { pairOf(e.key) }
    for e in d.entries(.yearParts) { pairOf(e.key) }
    for e in d.entries(.yearSuffixes) { pairOf("年" + e.key) }
    for p in plans { pairOf(p.name) }
    for e in d.entries(.planSuffixes) where e.fields["alone"]?.bool == true { pairOf(e.key) }
    for w in d.wordList(.ownerLabels) { pairOf(w) }
    for e in d.entries(.rankNames) { pairOf(e.key) }
    for e in d.entries(.relativePeriods) { pairOf(e.key) }
    for e in d.entries(.festivals) { pairOf(e.key) }
    for e in d.entries(.namedDates) { pairOf(e.key) }
    let planFirsts = Set(plans.compactMap { $0.name.unicodeScalars.first?.value })
    for q: UInt32 in [0x201C, 0x22, 0x300C] { for f in planFirsts { pair(q, f) } }  // “十
    // 到/至 before a year, a relative year, a month or 年底.
    var afterTo: [UInt32] = Array(0x30...0x39) + Array(0xFF10...0xFF19) + [0x4E8C, 0x4E00, 0x5E74]  // 二〇…, 一九…, 年
    for e in d.entries(.relativeYears) { if let f = e.key.unicodeScalars.first?.value { afterTo.append(f) } }
    for to: UInt32 in [0x5230, 0x81F3] { for b in afterTo { pair(to, b) } }
    pairBloom = pairs

    var bits = [UInt64](repeating: 0, count: 1024)
    func mark(_ w: String) {
      guard let c = w.unicodeScalars.first?.value else { return }
      let k = Int(c & 0xFFFF)
      bits[k >> 6] |= 1 << UInt64(k & 63)
    }
    for e in d.entries(.relativeYears) { mark(e.key) }
    for e in d.entries(.yearParts) { mark(e.key) }
    for e in d.entries(.yearSuffixes) { mark("年" + e.key) }  // 年底, 年内: a bare year suffix
    for p in plans { mark(p.name) }
    for e in d.entries(.planSuffixes) where e.fields["alone"]?.bool == true { mark(e.key) }
    for e in d.entries(.relativePeriods) { mark(e.key) }
    for e in d.entries(.festivals) { mark(e.key) }
    for e in d.entries(.namedDates) { mark(e.key) }
    for w in ["“", "\"", "「", "第", "到", "至"] { mark(w) }
    deadlineStarts = bits
    // Every scalar a deadline or a figure may start with: digits (ASCII and full-width), Chinese digits,
    // 十, 百 (百分之). The extraction loop tests this one table before anything else.
    for c: UInt32 in 0x30...0x39 { mark(String(Unicode.Scalar(c)!)) }
    for c: UInt32 in 0xFF10...0xFF19 { mark(String(Unicode.Scalar(c)!)) }
    for w in ["零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百"] { mark(w) }
    // Financial capitals (壹贰叁…拾佰仟萬) and the ranks written without a number (首位).
    for w in ["壹", "贰", "貳", "叁", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾"] { mark(w) }
    for e in d.entries(.rankNames) { mark(e.key) }
    // Sentence marks, brackets and quotes, line breaks: the loop tracks sentences as it goes.
    for c: UInt32 in [0x0A, 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0xFF08, 0xFF09, 0x28, 0x29, 0x201C, 0x201D,
      0x300A, 0x300B, 0x3010, 0x3011]
    {
      mark(String(Unicode.Scalar(c)!))
    }
    // Owner mentions: labels and opening brackets.
    for w in d.wordList(.ownerLabels) + ["（", "("] { mark(w) }
    candidateStarts = bits
    candidatePairTables = ExtractionRun.pairTables(bits)
  }

  /// The metric with the synonyms folded (经济增长 → 国内生产总值增长, 地区生产总值 → 国内生产总值), so metrics
  /// of different reports and years compare equal.
  func canonicalMetric(_ s: Scalars) -> Scalars {
    // Up to the first synonym nothing changes: a metric with none is returned as it is, with no copy.
    var i = 0
    while i < s.count && synonyms.longest(in: s, at: i) == nil { i += 1 }
    guard i < s.count else { return s }
    var out = Scalars(s[..<i])
    out.reserveCapacity(s.count)
    while i < s.count {
      if let m = synonyms.longest(in: s, at: i) {
        out.append(contentsOf: m.value)
        i += m.length
      } else {
        out.append(s[i])
        i += 1
      }
    }
    return out
  }

  @inline(__always) static func pairHash(_ a: UInt32, _ b: UInt32) -> Int {
    Int((a &* 0x9E37_79B1 ^ b &* 0x85EB_CA77) >> 8) & 0xFFFF
  }

  /// Whether the pair `a b` may open a deadline phrase or an owner label (a Bloom filter: false means no).
  @inline(__always) func mayOpen(_ a: UInt32, _ b: UInt32) -> Bool {
    let k = CompiledRules.pairHash(a, b)
    return pairBloom[k >> 6] & (1 << UInt64(k & 63)) != 0
  }

  /// Whether a deadline phrase without a leading digit may start with `c`.
  @inline(__always) func mayStartDeadline(_ c: UInt32) -> Bool {
    let k = Int(c & 0xFFFF)
    return deadlineStarts[k >> 6] & (1 << UInt64(k & 63)) != 0
  }
}
