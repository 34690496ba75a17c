import Testing
@testable import ReportKit

/// `Verdict.judge` by the convention of Rules/check.yaml: a band of 0.5 percentage points around a % target and
/// 5 % of a quantity target; ceilings met up to the target, floors exceeded past the band, about within it, a
/// ceiling metric's about met up to target + band, ranges by their ends; 超过 X counts as above X, 不到 X below.
/// Every expected status is worked out by hand from the edges.
@Suite struct VerdictTests {
  static let rules = RuleSet.builtin.compiled.check

  /// One row: the target, the actual as written (超过 → floor, 不到 → ceiling) and the status it must get.
  struct Case: Sendable, CustomTestStringConvertible {
    var comparator: Comparator
    var target: String
    var upper: String? = nil
    var percent = true
    var ceilingMetric = false
    var actual: String
    var written: Comparator? = nil
    var want: CheckStatus

    var testDescription: String {
      let t = target + (upper.map { "—" + $0 } ?? "") + (percent ? "%" : "")
      let a = (written == .floor ? "超过" : written == .ceiling ? "不到" : "") + actual
      return "\(comparator.rawValue)\(ceilingMetric ? " (ceiling metric)" : "") \(t) ← \(a): \(want.rawValue)"
    }
  }

  /// A decimal literal with an optional minus sign (ExactDecimal(literal:) reads digits only).
  static func dec(_ s: String) -> ExactDecimal {
    s.hasPrefix("-") ? ExactDecimal.of(String(s.dropFirst())).negated : .of(s)
  }

  static func judge(_ c: Case) -> Verdict {
    Verdict.judge(
      target: dec(c.target), upper: c.upper.map(dec), comparator: c.comparator, percent: c.percent,
      ceilingMetric: c.ceilingMetric, actual: dec(c.actual), actualComparator: c.written, rules: rules,
      targetText: "T", actualText: "A")
  }

  static let ceilings: [Case] = [
    // 城镇调查失业率5.5%以内: at most 5.5.
    Case(comparator: .ceiling, target: "5.5", actual: "5.1", want: .met),
    Case(comparator: .ceiling, target: "5.5", actual: "5.5", want: .met),
    Case(comparator: .ceiling, target: "5.5", actual: "5.6", want: .notMet),
    Case(comparator: .ceiling, target: "5.5", actual: "5.5", written: .floor, want: .notMet),
    Case(comparator: .ceiling, target: "5.5", actual: "5.5", written: .ceiling, want: .met),
    Case(comparator: .ceiling, target: "3", actual: "-0.1", want: .met),
    // A quantity ceiling takes no band: 1000 is the edge.
    Case(comparator: .ceiling, target: "1000", percent: false, actual: "1000", want: .met),
    Case(comparator: .ceiling, target: "1000", percent: false, actual: "1001", want: .notMet),
  ]

  static let floors: [Case] = [
    // 增长5%以上: below 5 not met, 5…5.5 met, past 5.5 exceeded.
    Case(comparator: .floor, target: "5", actual: "4.9", want: .notMet),
    Case(comparator: .floor, target: "5", actual: "5", want: .met),
    Case(comparator: .floor, target: "5", actual: "5.5", want: .met),
    Case(comparator: .floor, target: "5", actual: "5.6", want: .exceeded),
    Case(comparator: .floor, target: "5", actual: "5", written: .floor, want: .met),
    Case(comparator: .floor, target: "5", actual: "5", written: .ceiling, want: .notMet),
    Case(comparator: .floor, target: "5", actual: "5.5", written: .floor, want: .exceeded),
    // 城镇新增就业1200万人以上: the band is 60万 (5 %), so 1260万 is still met and 1261万 exceeds it.
    Case(comparator: .floor, target: "12000000", percent: false, actual: "11990000", want: .notMet),
    Case(comparator: .floor, target: "12000000", percent: false, actual: "12000000", want: .met),
    Case(comparator: .floor, target: "12000000", percent: false, actual: "12560000", want: .met),
    Case(comparator: .floor, target: "12000000", percent: false, actual: "12600000", want: .met),
    Case(comparator: .floor, target: "12000000", percent: false, actual: "12610000", want: .exceeded),
    Case(comparator: .floor, target: "12000000", percent: false, actual: "12600000", written: .floor, want: .exceeded),
    // 粮食产量1.3万亿斤以上 against 1.37万亿斤: the edge is 1.365万亿.
    Case(comparator: .floor, target: "1300000000000", percent: false, actual: "1365000000000", want: .met),
    Case(comparator: .floor, target: "1300000000000", percent: false, actual: "1370000000000", want: .exceeded),
  ]

  static let reaches: [Case] = [
    // A bare value read as 达到 judges as a floor: 8% … 8.5% met.
    Case(comparator: .reach, target: "8", actual: "7.9", want: .notMet),
    Case(comparator: .reach, target: "8", actual: "8.5", want: .met),
    Case(comparator: .reach, target: "8", actual: "8.6", want: .exceeded),
  ]

  static let abouts: [Case] = [
    // 国内生产总值增长5%左右: 4.5…5.5 met.
    Case(comparator: .about, target: "5", actual: "4.4", want: .notMet),
    Case(comparator: .about, target: "5", actual: "4.5", want: .met),
    Case(comparator: .about, target: "5", actual: "5.2", want: .met),
    Case(comparator: .about, target: "5", actual: "5.5", want: .met),
    Case(comparator: .about, target: "5", actual: "5.6", want: .exceeded),
    Case(comparator: .about, target: "5", actual: "4.5", written: .ceiling, want: .notMet),
    Case(comparator: .about, target: "5", actual: "4.5", written: .floor, want: .met),
    Case(comparator: .about, target: "5", actual: "5.5", written: .floor, want: .exceeded),
    // 粮食产量1.4万亿斤左右: ±0.07万亿.
    Case(comparator: .about, target: "1400000000000", percent: false, actual: "1320000000000", want: .notMet),
    Case(comparator: .about, target: "1400000000000", percent: false, actual: "1330000000000", want: .met),
    Case(comparator: .about, target: "1400000000000", percent: false, actual: "1470000000000", want: .met),
    Case(comparator: .about, target: "1400000000000", percent: false, actual: "1480000000000", want: .exceeded),
  ]

  static let ceilingMetrics: [Case] = [
    // 居民消费价格涨幅2%左右: a ceiling in practice, met up to 2.5, whatever lies below.
    Case(comparator: .about, target: "2", ceilingMetric: true, actual: "-0.1", want: .met),
    Case(comparator: .about, target: "2", ceilingMetric: true, actual: "0", want: .met),
    Case(comparator: .about, target: "2", ceilingMetric: true, actual: "2.5", want: .met),
    Case(comparator: .about, target: "2", ceilingMetric: true, actual: "2.6", want: .notMet),
    Case(comparator: .about, target: "2", ceilingMetric: true, actual: "2.5", written: .floor, want: .notMet),
    // 城镇调查失业率5.5%左右 against 5.2%.
    Case(comparator: .about, target: "5.5", ceilingMetric: true, actual: "5.2", want: .met),
  ]

  static let ranges: [Case] = [
    // 经济增长4.5%—5%: inside met, the ends included.
    Case(comparator: .range, target: "4.5", upper: "5", actual: "4.4", want: .notMet),
    Case(comparator: .range, target: "4.5", upper: "5", actual: "4.5", want: .met),
    Case(comparator: .range, target: "4.5", upper: "5", actual: "4.8", want: .met),
    Case(comparator: .range, target: "4.5", upper: "5", actual: "5", want: .met),
    Case(comparator: .range, target: "4.5", upper: "5", actual: "5.1", want: .exceeded),
    Case(comparator: .range, target: "4.5", upper: "5", actual: "5", written: .floor, want: .exceeded),
    Case(comparator: .range, target: "4.5", upper: "5", actual: "4.5", written: .ceiling, want: .notMet),
  ]

  static let reductions: [Case] = [
    // 单位国内生产总值能耗降低3%左右, the actual in the same sense (降低5.1% is 5.1): above the band is more
    // saving than asked.
    Case(comparator: .about, target: "3", actual: "5.1", want: .exceeded),
    Case(comparator: .about, target: "3", actual: "2.5", want: .met),
    Case(comparator: .about, target: "3", actual: "2.4", want: .notMet),
    // 降低2.5%左右 against 降幅超过3%: 3 is the upper edge, and 超过 passes it.
    Case(comparator: .about, target: "2.5", actual: "3", want: .met),
    Case(comparator: .about, target: "2.5", actual: "3", written: .floor, want: .exceeded),
    // A reduction that turned into a rise (能耗上升0.5% against 降低3%) is −0.5.
    Case(comparator: .about, target: "3", actual: "-0.5", want: .notMet),
  ]

  @Test(arguments: ceilings + floors + reaches + abouts + ceilingMetrics + ranges + reductions)
  func statusFollowsTheEdges(_ c: Case) {
    #expect(VerdictTests.judge(c).status == c.want)
  }

  @Test func bandIsHalfAPointForRatesAndFivePercentOfQuantities() {
    let r = VerdictTests.rules
    #expect(Verdict.band(.of("5"), percent: true, rules: r) == .of("0.5"))
    #expect(Verdict.band(.of("2"), percent: true, rules: r) == .of("0.5"))
    // 1100万人 ±55万, 1.3万亿斤 ±0.065万亿, 725亿斤 ±36.25亿 (the gold's examples).
    #expect(Verdict.band(.of("11000000"), percent: false, rules: r) == .of("550000"))
    #expect(Verdict.band(.of("1300000000000"), percent: false, rules: r) == .of("65000000000"))
    #expect(Verdict.band(.of("72500000000"), percent: false, rules: r) == .of("3625000000"))
    // A band is a width: never negative.
    #expect(Verdict.band(VerdictTests.dec("-200"), percent: false, rules: r) == .of("10"))
  }

  @Test(arguments: [
    (Comparator.about, "5", "5.2", false, "目标 5%左右，实际 5.2%：在容差内（±0.5个百分点）"),
    (.about, "5", "4.4", false, "目标 5%左右，实际 4.4%：低于目标减容差（0.5个百分点）"),
    (.about, "5", "5.6", false, "目标 5%左右，实际 5.6%：高于目标加容差（0.5个百分点）"),
    (.about, "2", "-0.1", true, "目标 5%左右，实际 -0.1%：不高于目标加容差（0.5个百分点），此项目标实为上限"),
    (.ceiling, "5.5", "5.6", false, "目标 5%左右，实际 5.6%：超过上限"),
    (.floor, "5", "4.9", false, "目标 5%左右，实际 4.9%：低于目标"),
  ])
  func reasonSaysTargetActualAndWhy(comparator: Comparator, target: String, actual: String, ceiling: Bool, want: String) {
    let v = Verdict.judge(
      target: .of(target), upper: nil, comparator: comparator, percent: true, ceilingMetric: ceiling, actual: VerdictTests.dec(actual),
      actualComparator: nil, rules: VerdictTests.rules, targetText: "5%左右", actualText: "\(actual)%")
    #expect(v.reason == want)
    #expect(v.reasonEn.hasPrefix("target 5%左右, actual \(actual)%: "))
  }

  @Test func aQuantityReasonNamesTheShare() {
    let v = Verdict.judge(
      target: .of("600000"), upper: nil, comparator: .floor, percent: false, ceilingMetric: false, actual: .of("660000"),
      actualComparator: nil, rules: VerdictTests.rules, targetText: "60万人以上", actualText: "66万人")
    #expect(v.status == .exceeded)
    #expect(v.reason == "目标 60万人以上，实际 66万人：超出目标5%以上")
    #expect(v.reasonEn == "target 60万人以上, actual 66万人: above the target by more than 5%")
  }

  // MARK: Units

  @Test(arguments: [
    // 1 吨 is 2000 斤, 1 公斤 (千克) 2 斤; the way back divides.
    ("1", "吨", "斤", "2000"),
    ("12850000", "吨", "斤", "25700000000"),
    ("25700000000", "斤", "吨", "12850000"),
    ("25800000000", "斤", "吨", "12900000"),
    ("3", "公斤", "斤", "6"),
    ("7", "千克", "斤", "14"),
    ("6", "斤", "公斤", "3"),
    ("1", "斤", "公斤", "0.5"),
    ("1267", "人", "人", "1267"),
  ])
  func convertsMassUnits(value: String, from: String, to: String, want: String) {
    #expect(Checker.converted(.of(value), from: from, to: to) == .of(want))
  }

  @Test(arguments: [("%", "个百分点"), ("个百分点", "%"), ("元", "%"), ("人", "元"), ("斤", "元")])
  func unitsThatDoNotCompareGiveNothing(from: String, to: String) {
    #expect(Checker.converted(.of("5"), from: from, to: to) == nil)
  }

  @Test func tonnesAndKilogramsCompare() {
    // 公斤 and 千克 are one unit, and a 吨 is 1000 of them: both convert to 斤, so they compare with each other
    // (人均粮食占有量500公斤 against a bulletin's 493千克). Rules: unitFactors.
    #expect(Checker.converted(.of("493"), from: "千克", to: "公斤") == .of("493"))
    #expect(Checker.converted(.of("1"), from: "吨", to: "公斤") == .of("1000"))
    #expect(Checker.converted(.of("2000"), from: "公斤", to: "吨") == .of("2"))
  }
}
