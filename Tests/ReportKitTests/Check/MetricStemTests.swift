import Testing
@testable import ReportKit

/// Metric keys split into stem and direction (Rules/check.yaml risingSuffixes, fallingSuffixes), and how well a
/// figure's stem names a target's.
@Suite struct MetricStemTests {
  static let rules = RuleSet.builtin.compiled

  static func stem(_ key: String) -> MetricStem { MetricStem(key, rules: rules) }

  @Test(arguments: [
    ("居民消费价格涨幅", "居民消费价格", Change.increase),
    ("单位国内生产总值能耗降低", "单位国内生产总值能耗", .decrease),
    ("国内生产总值增长", "国内生产总值", .increase),
    ("进出口总额下降", "进出口总额", .decrease),
  ])
  func aChangeWordGivesTheDirection(key: String, stem: String, direction: Change) {
    let s = MetricStemTests.stem(key)
    #expect(String(scalarValues: s.stem) == stem)
    #expect(s.direction == direction)
    #expect(!s.spansYears)
  }

  @Test func aLevelHasNoDirection() {
    let s = MetricStemTests.stem("城镇新增就业")
    #expect(String(scalarValues: s.stem) == "城镇新增就业")
    #expect(s.direction == nil)
  }

  @Test func matchesByStem() {
    let gdp = MetricStemTests.stem("国内生产总值增长")
    #expect(gdp.match(MetricStemTests.stem("国内生产总值下降")) == 1)
    // 城镇调查失业率平均 names 城镇调查失业率.
    #expect(MetricStemTests.stem("城镇调查失业率").match(MetricStemTests.stem("城镇调查失业率平均")) == 0.85)
    // GDP inside 单位国内生产总值能耗 is another metric altogether.
    #expect(MetricStemTests.stem("单位国内生产总值能耗降低").match(gdp) == 0)
    #expect(gdp.match(MetricStemTests.stem("单位国内生产总值能耗降低")) == 0)
    // A figure's metric that only ends with the target's names a part of it: a mention, below an actual.
    let income = MetricStemTests.stem("居民人均可支配收入增长")
    #expect(income.match(MetricStemTests.stem("城镇居民人均可支配收入增长")) == 0.7)
    #expect(income.match(MetricStemTests.stem("城镇居民人均可支配收入增长")) < ActualFinder.actualScore)
    #expect(gdp.match(MetricStemTests.stem("粮食产量")) == 0)
  }

  @Test func cumulativeKeysSpanYears() {
    #expect(MetricStemTests.stem("累计城镇新增就业").spansYears)
    #expect(MetricStemTests.stem("城镇新增就业累计").spansYears)
  }

  @Test func anAverageAnnualGrowthSpansYears() {
    // 年均增长 is an average over several years: no annual actual (MetricStem's own doc says so). But 年均增长 is
    // itself a rising suffix, and the longest suffix is cut first, so the 年均 check never sees it.
    let s = MetricStemTests.stem("居民人均可支配收入年均增长")
    #expect(String(scalarValues: s.stem) == "居民人均可支配收入")
    #expect(s.direction == .increase)
    #expect(s.spansYears)
  }
}
