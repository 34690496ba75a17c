/// A deadline phrase found in the text, resolved (or not) against the report year.
struct DeadlineHit: Sendable {
  var span: SourceSpan
  /// date, month, year, period, during, by, before, within, since.
  var kind: DeadlineKind
  var interval: DayInterval?
  /// The phrase is relative (今年, 12月底前, 2年内) and the report year is unknown.
  var needsYear: Bool
}

/// Reads deadline phrases at a position. The grammar is fixed here; the words come from the rules
/// (deadlines.yaml). Every interval is closed and resolves against `year`, the report year:
///
/// - `YYYY年` → the year (kind year); `YYYY—YYYY年` → both years and between (period)
/// - `YYYY年底` / `YYYY年底前` / `到YYYY年` → by: from the report year's start (or the named year's, when
///   it is earlier) to the year's end; `YYYY年前` / `之前` / `以前` → before, same interval
/// - `YYYY年以来` → since: from the year's start to the end of the report year
/// - `YYYY年M月` (month), `YYYY年M月D日` (date), `YYYY年M-N月` (period), `M月底前` (by), with the report
///   year when no year is written (the year before it inside a review part)
/// - `今年`, `明年`, `去年`… → that year; with a month, a part of the year or a suffix as above
/// - `上半年`, `一季度`, `前三季度`, `年初` → those months (period)
/// - `年底`, `年底前`, `年末` → by the report year's end; `年内` → within the report year
/// - `N年内` → within: the report year counts as year 1, so it ends on 31 December of Y+N−1
///   (`withinCountsReportYear: false` in the rules makes it Y+N)
/// - `“十四五”期间/时期` → the plan's five years (during); `末`, `收官之年` → its last year;
///   `开局之年` → its first year; alone, `开局之年` names the plan starting in the report year (or the year
///   before, which the report reviews), `收官之年` the plan ending then
struct DeadlineScanner {
  let rules: CompiledRules
  let year: Int?
  /// Year-end words (年末, 年底) name the day itself, not a time limit: a bulletin's 年末 is the stock on 31
  /// December of its year.
  var yearEndIsPoint = false

  // Scalars used by the grammar.
  static let nian: UInt32 = 0x5E74  // 年
  static let yue: UInt32 = 0x6708  // 月
  static let ri: UInt32 = 0x65E5  // 日
  static let hao: UInt32 = 0x53F7  // 号
  static let nei: UInt32 = 0x5185  // 内
  static let yi3: UInt32 = 0x4EE5  // 以
  static let dao: UInt32 = 0x5230  // 到
  static let zhi: UInt32 = 0x81F3  // 至

  /// A separator between the two ends of a range: - – — － ~ ～ 至 到.
  @inline(__always) static func isRangeDash(_ c: UInt32) -> Bool {
    c == 0x2D || c == 0x2013 || c == 0x2014 || c == 0xFF0D || c == 0x7E || c == 0xFF5E || c == 0x81F3 || c == 0x5230
      || c == 0x2015 || c == 0x2212
  }

  /// Whether a deadline may start at `c` (a cheap test before `scan`).
  @inline(__always) func mayStart(_ c: UInt32) -> Bool {
    NumeralReader.mayStart(c) || rules.mayStartDeadline(c)
  }

  /// The deadline phrase starting at `i`, if any. `inReview`: whether an offset lies in a review part
  /// (asked only for phrases without a year).
  func scan(_ s: Scalars, at i: Int, inReview: (Int) -> Bool) -> DeadlineHit? {
    let c = s[i]
    // 到2025年, 至2030年: a prefix that makes the year a deadline.
    if c == DeadlineScanner.dao || c == DeadlineScanner.zhi {
      if i > 0, s[i - 1] == 0x622A { return nil }  // 截至2021年底: the year phrase alone
      guard i + 1 < s.count, var hit = scanYearPhrase(s, at: i + 1, inReview: inReview) else { return nil }
      if hit.kind == .year {
        hit.kind = .by
        if let iv = hit.interval { hit.interval = DayInterval(start: byStart(end: iv.end), end: iv.end) }
      } else if hit.kind != .by && hit.kind != .before {
        return nil
      }
      hit.span.start = i
      return hit
    }
    if let hit = scanPlan(s, at: i) { return hit }
    if let hit = scanNamed(s, at: i, inReview: inReview) { return hit }
    return scanYearPhrase(s, at: i, inReview: inReview)
  }

  // MARK: Named periods and dates

  /// 今后五年, 过去五年, 五年来 (relative periods); 春节前 (a festival); 汛期前 (a conventional date).
  private func scanNamed(_ s: Scalars, at i: Int, inReview: (Int) -> Bool) -> DeadlineHit? {
    if let m = rules.relativePeriods.longest(in: s, at: i) {
      let span = SourceSpan(start: i, end: i + m.length)
      guard let y = year else { return DeadlineHit(span: span, kind: m.value.kind, interval: nil, needsYear: true) }
      return DeadlineHit(
        span: span, kind: m.value.kind, interval: DayInterval(start: Day(y + m.value.first, 1, 1), end: Day(y + m.value.last, 12, 31)),
        needsYear: false)
    }
    if let m = rules.festivals.longest(in: s, at: i), i + m.length < s.count, s[i + m.length] == 0x524D {  // 前
      let span = SourceSpan(start: i, end: i + m.length + 1)
      guard let y = year.map({ inReview(i) ? $0 - 1 : $0 }) else {
        return DeadlineHit(span: span, kind: .before, interval: nil, needsYear: true)
      }
      guard let day = m.value[y] else { return nil }  // outside the table: no date rather than a wrong one
      let eve = day.day > 1 ? Day(y, day.month, day.day - 1) : Day.endOfMonth(y, day.month - 1)
      return DeadlineHit(span: span, kind: .before, interval: DayInterval(start: Day(y, 1, 1), end: eve), needsYear: false)
    }
    if let m = rules.namedDates.longest(in: s, at: i) {
      let span = SourceSpan(start: i, end: i + m.length)
      guard let y = year.map({ inReview(i) ? $0 - 1 : $0 }) else {
        return DeadlineHit(span: span, kind: .before, interval: nil, needsYear: true)
      }
      return DeadlineHit(
        span: span, kind: .before, interval: DayInterval(start: Day(y, 1, 1), end: Day(y, m.value.month, m.value.day)),
        needsYear: false)
    }
    return nil
  }

  // MARK: Years, months and parts of years

  private func scanYearPhrase(_ s: Scalars, at i: Int, inReview: (Int) -> Bool) -> DeadlineHit? {
    let n = s.count
    // Explicit year: 2021年, 二〇三五年, 2021-2023年.
    if let (y, end) = readYear(s, at: i) {
      // A range of years: 2021-2023年, 2021—2025年, 2021至2025年.
      if end < n, s[end] != DeadlineScanner.nian {
        guard DeadlineScanner.isRangeDash(s[end]), let (y2, end2) = readYear(s, at: end + 1), end2 < n,
          s[end2] == DeadlineScanner.nian, y2 > y
        else { return nil }
        return DeadlineHit(
          span: SourceSpan(start: i, end: end2 + 1), kind: .period,
          interval: DayInterval(start: Day(y, 1, 1), end: Day(y2, 12, 31)), needsYear: false)
      }
      guard end < n, s[end] == DeadlineScanner.nian else { return nil }
      return afterYear(s, start: i, next: end + 1, year: y, relative: false)
    }
    // Relative year: 今年, 去年, 明年…
    if let m = rules.relativeYears.longest(in: s, at: i) {
      let y = year.map { $0 + m.value }
      return afterYear(s, start: i, next: i + m.length, year: y, relative: true)
    }
    // N年内 (2年内, 两年内, 3年以内).
    if let hit = scanWithinYears(s, at: i) { return hit }
    // Bare month: 12月底前, 10月底, 1-10月, 3月15日 (the report year; the year before in a review part).
    // Asked only once a phrase is found: the review question costs a lookup in the outline.
    func bareYear() -> Int? { year.map { inReview(i) ? $0 - 1 : $0 } }
    if NumeralReader.arabicDigit(s[i]) != nil {
      return scanMonth(s, start: i, at: i, yearOf: bareYear, relative: true)
    }
    // Bare part of a year: 上半年, 一季度, 年初.
    if let m = rules.yearParts.longest(in: s, at: i) {
      return part(span: SourceSpan(start: i, end: i + m.length), months: m.value, year: bareYear(), relative: true)
    }
    // Bare 年 + suffix: 年底, 年底前, 年末, 年内.
    if s[i] == DeadlineScanner.nian, i + 1 < n, let m = rules.yearSuffixes.longest(in: s, at: i + 1) {
      guard m.value == .by || m.value == .within else { return nil }
      // 年内 after a number is N年内, read from the number; after other words (多年内) it is no deadline.
      if i > 0, NumeralReader.mayStart(s[i - 1]) || s[i - 1] == 0x591A { return nil }
      let span = SourceSpan(start: i, end: i + 1 + m.length)
      guard let y = bareYear() else { return DeadlineHit(span: span, kind: m.value, interval: nil, needsYear: true) }
      let end = Day(y, 12, 31)
      // A bulletin's 年末 (年末全市常住人口…) is the day itself.
      if yearEndIsPoint, m.value == .by, m.length == 1 {
        return DeadlineHit(span: span, kind: .date, interval: DayInterval(start: end, end: end), needsYear: false)
      }
      let start = m.value == .within ? Day(y, 1, 1) : byStart(end: end)
      return DeadlineHit(span: span, kind: m.value, interval: DayInterval(start: start, end: end), needsYear: false)
    }
    return nil
  }

  /// What follows a year (explicit or relative): a part, a month, a suffix, or nothing.
  private func afterYear(_ s: Scalars, start: Int, next j: Int, year y: Int?, relative: Bool) -> DeadlineHit? {
    let n = s.count
    let needs = relative && y == nil
    // 2022年上半年, 今年一季度, 去年年初.
    if j < n, let m = rules.yearParts.longest(in: s, at: j) {
      return part(span: SourceSpan(start: start, end: j + m.length), months: m.value, year: y, relative: relative)
    }
    // 2021年1-10月, 今年10月底, 2022年6月5日.
    if j < n, NumeralReader.arabicDigit(s[j]) != nil,
      let hit = scanMonth(s, start: start, at: j, yearOf: { y }, relative: relative)
    {
      return hit
    }
    // 今年底 reads as 今年 + 底; 2025年底前, 2030年前, 2021年以来, 今年内.
    var k = j
    if relative, k < n, s[k] == DeadlineScanner.nian { k += 1 }  // 今年年底
    if k < n, let m = rules.yearSuffixes.longest(in: s, at: k) {
      let span = SourceSpan(start: start, end: k + m.length)
      guard let y else { return DeadlineHit(span: span, kind: m.value, interval: nil, needsYear: true) }
      let end = Day(y, 12, 31)
      switch m.value {
      case .since:
        guard let ry = year else { return DeadlineHit(span: span, kind: .since, interval: nil, needsYear: true) }
        return DeadlineHit(
          span: span, kind: .since, interval: DayInterval(start: Day(y, 1, 1), end: Day(max(ry, y), 12, 31)),
          needsYear: false)
      case .within:
        // 今年内 is the year itself; 2025年内 reads as by the end of 2025.
        if relative {
          return DeadlineHit(span: span, kind: .within, interval: yearInterval(y), needsYear: false)
        }
        return DeadlineHit(span: span, kind: .by, interval: DayInterval(start: byStart(end: end), end: end), needsYear: false)
      default:
        return DeadlineHit(
          span: span, kind: m.value, interval: DayInterval(start: byStart(end: end), end: end), needsYear: false)
      }
    }
    // A year alone: 2022年建成, 今年.
    return DeadlineHit(
      span: SourceSpan(start: start, end: j), kind: .year, interval: y.map(yearInterval), needsYear: needs)
  }

  /// A month phrase at `j`: M月, M月D日, M-N月, each with an optional suffix (底, 底前, 前, 以来).
  private func scanMonth(_ s: Scalars, start: Int, at j: Int, yearOf: () -> Int?, relative: Bool) -> DeadlineHit? {
    let n = s.count
    guard let (m1, e1) = readSmall(s, at: j), (1...12).contains(m1), e1 < n else { return nil }
    var k = e1
    var m2 = m1
    if s[k] != DeadlineScanner.yue {
      // 1-10月
      guard DeadlineScanner.isRangeDash(s[k]), let (b, e2) = readSmall(s, at: k + 1), (1...12).contains(b), b > m1,
        e2 < n, s[e2] == DeadlineScanner.yue
      else { return nil }
      m2 = b
      k = e2
    }
    k += 1  // past 月
    let y = yearOf()
    let needs = relative && y == nil
    if m2 != m1 {
      let span = SourceSpan(start: start, end: k)
      guard let y else { return DeadlineHit(span: span, kind: .period, interval: nil, needsYear: needs) }
      return DeadlineHit(
        span: span, kind: .period, interval: DayInterval(start: Day(y, m1, 1), end: Day.endOfMonth(y, m2)),
        needsYear: false)
    }
    // M月D日
    if k < n, let (d, e3) = readSmall(s, at: k), e3 < n, s[e3] == DeadlineScanner.ri || s[e3] == DeadlineScanner.hao {
      let y0 = y ?? 2000  // leap-year-safe stand-in for range checks only
      guard d >= 1, d <= Day.endOfMonth(y0, m1).day else { return nil }
      var end = e3 + 1
      var kind = DeadlineKind.date
      if end < n, let m = rules.yearSuffixes.longest(in: s, at: end), m.value == .before || m.value == .since {
        kind = m.value
        end += m.length
      }
      let span = SourceSpan(start: start, end: end)
      guard let y else { return DeadlineHit(span: span, kind: kind, interval: nil, needsYear: needs) }
      let day = Day(y, m1, d)
      switch kind {
      case .before: return DeadlineHit(span: span, kind: kind, interval: DayInterval(start: byStart(end: day), end: day), needsYear: false)
      case .since: return DeadlineHit(span: span, kind: kind, interval: DayInterval(start: day, end: Day(max(year ?? y, y), 12, 31)), needsYear: false)
      default: return DeadlineHit(span: span, kind: kind, interval: DayInterval(start: day, end: day), needsYear: false)
      }
    }
    // M月底前, M月底, M月前, M月以来.
    if k < n, let m = rules.yearSuffixes.longest(in: s, at: k), m.value != .within {
      let span = SourceSpan(start: start, end: k + m.length)
      guard let y else { return DeadlineHit(span: span, kind: m.value, interval: nil, needsYear: needs) }
      let end = Day.endOfMonth(y, m1)
      if m.value == .since {
        return DeadlineHit(
          span: span, kind: .since, interval: DayInterval(start: Day(y, m1, 1), end: Day(max(year ?? y, y), 12, 31)),
          needsYear: false)
      }
      return DeadlineHit(span: span, kind: m.value, interval: DayInterval(start: byStart(end: end), end: end), needsYear: false)
    }
    let span = SourceSpan(start: start, end: k)
    guard let y else { return DeadlineHit(span: span, kind: .month, interval: nil, needsYear: needs) }
    return DeadlineHit(
      span: span, kind: .month, interval: DayInterval(start: Day(y, m1, 1), end: Day.endOfMonth(y, m1)), needsYear: false)
  }

  /// N年内 / N年以内: within N years, the report year counting as the first.
  private func scanWithinYears(_ s: Scalars, at i: Int) -> DeadlineHit? {
    let n = s.count
    var value = 0
    var k = i
    if let (v, e) = readSmall(s, at: i) {
      value = v
      k = e
    } else if let t = NumeralReader.readChinese(s, at: i), !t.isPositional, let v = t.value.intValue {
      value = v
      k = t.end
    } else {
      return nil
    }
    guard (1...50).contains(value), k < n, s[k] == DeadlineScanner.nian else { return nil }
    k += 1
    if k < n, s[k] == DeadlineScanner.yi3 { k += 1 }  // 以内
    guard k < n, s[k] == DeadlineScanner.nei else { return nil }
    let span = SourceSpan(start: i, end: k + 1)
    guard let y = year else { return DeadlineHit(span: span, kind: .within, interval: nil, needsYear: true) }
    let last = rules.withinCountsReportYear ? y + value - 1 : y + value
    return DeadlineHit(
      span: span, kind: .within, interval: DayInterval(start: Day(y, 1, 1), end: Day(last, 12, 31)), needsYear: false)
  }

  // MARK: Five-year plans

  /// “十四五”期间, 十四五时期, “十三五”末, “十五五”开局之年, and 开局之年 alone.
  private func scanPlan(_ s: Scalars, at i: Int) -> DeadlineHit? {
    let n = s.count
    var k = i
    var quoted = false
    if s[k] == 0x201C || s[k] == 0x22 || s[k] == 0x300C {  // “ " 「
      k += 1
      quoted = true
    }
    if k < n, let m = rules.planNames.longest(in: s, at: k) {
      let plan = rules.plans[m.value]
      var j = k + m.length
      if quoted {
        guard j < n, s[j] == 0x201D || s[j] == 0x22 || s[j] == 0x300D else { return nil }
        j += 1
      }
      // “十四五”规划收官之年: 规划 may stand between the name and its suffix (规划期 is a suffix itself);
      // “十四五”规划纲要 names a document and is no deadline.
      if j + 1 < n, s[j] == 0x89C4, s[j + 1] == 0x5212,  // 规划
        rules.planSuffixes.longest(in: s, at: j).map({ $0.length == 2 }) ?? true, rules.planSuffixes.longest(in: s, at: j + 2) != nil
      {
        j += 2
      }
      guard j < n, let suf = rules.planSuffixes.longest(in: s, at: j) else { return nil }
      // “十四五”规划 alone is the plan's period (完成“十四五”规划目标任务), but 规划纲要 and 编制…规划 name a
      // document.
      if suf.length == 2, s[j] == 0x89C4, s[j + 1] == 0x5212 {  // 规划
        let after = j + 2
        if after + 1 < n, s[after] == 0x7EB2, s[after + 1] == 0x8981 { return nil }  // 纲要
        if i >= 2, s[i - 2] == 0x7F16, s[i - 1] == 0x5236 { return nil }  // 编制
      }
      return planHit(plan, suf.value, span: SourceSpan(start: i, end: j + suf.length))
    }
    if quoted { return nil }
    // 开局之年 alone: the plan that starts (收官之年: ends) in the report year, or failing that in the year
    // before it, which a report reviews. Other 开局之年 (党的二十大精神的开局之年) name no plan: none.
    if let suf = rules.planSuffixes.longest(in: s, at: i), suf.value.alone {
      let span = SourceSpan(start: i, end: i + suf.length)
      guard let y = year else { return DeadlineHit(span: span, kind: suf.value.kind, interval: nil, needsYear: true) }
      let edge: (CompiledRules.Plan) -> Int = { suf.value.part == "last" ? $0.end : $0.start }
      guard let plan = rules.plans.first(where: { edge($0) == y }) ?? rules.plans.first(where: { edge($0) == y - 1 })
      else { return nil }
      return planHit(plan, suf.value, span: span)
    }
    return nil
  }

  private func planHit(_ plan: CompiledRules.Plan, _ suf: CompiledRules.PlanSuffix, span: SourceSpan) -> DeadlineHit {
    let interval: DayInterval?
    switch suf.part {
    case "first": interval = yearInterval(plan.start)
    case "last": interval = yearInterval(plan.end)
    case "since":
      guard let y = year else { return DeadlineHit(span: span, kind: suf.kind, interval: nil, needsYear: true) }
      interval = DayInterval(start: Day(plan.start, 1, 1), end: Day(max(y, plan.start), 12, 31))
    default: interval = DayInterval(start: Day(plan.start, 1, 1), end: Day(plan.end, 12, 31))
    }
    return DeadlineHit(span: span, kind: suf.kind, interval: interval, needsYear: false)
  }

  // MARK: Helpers

  private func part(span: SourceSpan, months: ClosedRange<Int>, year y: Int?, relative: Bool) -> DeadlineHit {
    guard let y else { return DeadlineHit(span: span, kind: .period, interval: nil, needsYear: relative) }
    return DeadlineHit(
      span: span, kind: .period,
      interval: DayInterval(start: Day(y, months.lowerBound, 1), end: Day.endOfMonth(y, months.upperBound)),
      needsYear: false)
  }

  private func yearInterval(_ y: Int) -> DayInterval { DayInterval(start: Day(y, 1, 1), end: Day(y, 12, 31)) }

  /// Start of a by/before interval ending at `end`: the report year's first day, or the end's own year's
  /// first day when the report year is unknown or later.
  func byStart(end: Day) -> Day {
    if let y = year, y <= end.year { return Day(y, 1, 1) }
    return Day(end.year, 1, 1)
  }

  /// A year written as four Arabic digits (1900–2100) or four Chinese digits (二〇三五); value and end.
  func readYear(_ s: Scalars, at i: Int) -> (Int, Int)? {
    guard i < s.count else { return nil }
    if NumeralReader.arabicDigit(s[i]) != nil {
      var v = 0
      var k = i
      while k < s.count, let d = NumeralReader.arabicDigit(s[k]), k - i < 5 {
        v = v * 10 + d
        k += 1
      }
      guard k - i == 4, (1900...2100).contains(v) else { return nil }
      if k < s.count, NumeralReader.isDecimalPoint(s[k]) { return nil }
      return (v, k)
    }
    if let t = NumeralReader.readChinese(s, at: i), t.isPositional, let v = t.value.intValue {
      guard (1900...2100).contains(v) else { return nil }
      return (v, t.end)
    }
    return nil
  }

  /// One or two Arabic digits: value and end.
  func readSmall(_ s: Scalars, at i: Int) -> (Int, Int)? {
    guard i < s.count, let d0 = NumeralReader.arabicDigit(s[i]) else { return nil }
    var v = d0
    var k = i + 1
    if k < s.count, let d1 = NumeralReader.arabicDigit(s[k]) {
      v = v * 10 + d1
      k += 1
    }
    if k < s.count, NumeralReader.arabicDigit(s[k]) != nil || NumeralReader.isDecimalPoint(s[k]) { return nil }
    return (v, k)
  }
}
