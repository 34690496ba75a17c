import Foundation
import Testing
@testable import ReportKit

/// Target changes on hand-made headlines and sections; every expected value is worked out from the texts.
@Suite struct TargetChangeTests {
  typealias S = DiffSupport

  private func headlines(_ old: String, _ new: String, sections: [String] = [S.consumption]) -> DocumentDiff {
    S.diff(
      S.report(year: 2025, headline: old, sections: sections), S.report(year: 2025, headline: new, sections: sections))
  }

  private func d(_ s: String) -> ExactDecimal { ExactDecimal(literal: s)! }

  @Test func headlineTargetsCompareByMetric() throws {
    // Old: GDP 5%左右, jobs 1200万人以上, unemployment 5.5%左右, CPI 3%左右, income in step, grain 1.3万亿斤以上.
    // New: GDP 4.5%—5%, jobs 1100万人以上, unemployment 5.5%以内, CPI 2%左右, income in step (与 for 和),
    // 国际收支 balanced; grain gone.
    let new = "国内生产总值增长4.5%—5%；城镇新增就业1100万人以上，城镇调查失业率5.5%以内；居民消费价格涨幅2%左右；居民收入增长与经济增长同步；国际收支保持基本平衡"
    let diff = headlines(S.headline2024, new)
    let lines = diff.targetChanges.map { t in
      "\(t.scope.rawValue) \(t.metric) \(t.direction.rawValue) \(t.old?.value?.description ?? "-")→\(t.new?.value?.description ?? "-") Δ\(t.delta?.description ?? "-")"
    }
    #expect(
      lines == [
        "headline 国内生产总值增长 lowered 5→4.5 Δ-0.5",  // a range compares by its lower end
        "headline 城镇新增就业 lowered 12000000→11000000 Δ-1000000",
        "headline 城镇调查失业率 comparator-changed 5.5→5.5 Δ0",
        "headline 居民消费价格涨幅 lowered 3→2 Δ-1",
        "headline 国际收支保持基本平衡 added -→- Δ-",
        "headline 粮食产量 dropped 1300000000000→- Δ-",
      ])
    let gdp = diff.targetChanges[0]
    #expect(gdp.old?.comparator == .about && gdp.new?.comparator == .range && gdp.new?.upper == d("5"))
    #expect(gdp.old?.unit == "%")
    #expect(gdp.old?.text == "国内生产总值增长5%左右")
    #expect(gdp.new?.text == "国内生产总值增长4.5%—5%")
    let grain = diff.targetChanges[5]
    #expect(grain.old?.unit == "斤" && grain.old?.figure == "1.3万亿斤" && grain.old?.comparator == .floor)
  }

  @Test func headlineChangesSitUnderThePartHoldingThem() throws {
    let diff = headlines(S.headline2024, S.headline2024.replacingOccurrences(of: "涨幅3%", with: "涨幅2%"))
    #expect(diff.targetChanges.count == 1)
    let part = try #require(S.change(diff, new: "二"))
    #expect(part.kind == .changed)
    #expect(part.targetChanges == diff.targetChanges)
    #expect(S.edits(part).deleted == ["3"] && S.edits(part).inserted == ["2"])
  }

  @Test func unitsAreReconciledAndABareNumberReadsAsAbout() {
    // 1200万人 and 12000000人 are one value in 人; 增长3% and 增长3%左右 one target.
    let old = "城镇新增就业1200万人以上；地方一般公共预算收入增长3%"
    let new = "城镇新增就业12000000人以上；地方一般公共预算收入增长3%左右"
    #expect(headlines(old, new).targetChanges.isEmpty)
  }

  @Test func percentAndPercentagePointsNeverCompare() {
    let comparer = TargetComparer(keys: MetricKeys(rules: .builtin))
    func goal(_ value: String, _ unit: String) -> TargetGoal {
      let side = TargetValue(
        value: d(value), unit: unit, comparator: .about, text: "单位国内生产总值能耗降低", span: SourceSpan(start: 0, end: 1))
      return TargetGoal(key: "单位国内生产总值能耗降低", keyTerms: [], metric: "单位国内生产总值能耗降低", side: side)
    }
    let c = comparer.change(goal("2.5", "%"), goal("0.5", "个百分点"), scope: .headline)
    #expect(c?.direction == .unitChanged)
    #expect(c?.delta == nil)
    #expect(comparer.change(goal("2.5", "%"), goal("2.5", "%"), scope: .headline) == nil)
  }

  @Test func rangesCompareByLowerEndThenUpperEnd() {
    let comparer = TargetComparer(keys: MetricKeys(rules: .builtin))
    func goal(_ value: String, _ upper: String?, _ c: ReportKit.Comparator) -> TargetGoal {
      let side = TargetValue(
        value: d(value), upper: upper.map(d), unit: "%", comparator: c, text: "生产总值增长", span: SourceSpan(start: 0, end: 1))
      return TargetGoal(key: "国内生产总值增长", keyTerms: [], metric: "生产总值增长", side: side)
    }
    // 浙江 2025→2026: 5.5%左右 → 5%—5.5% is lowered; 5% → 5%—5.5% is raised (same lower end, higher upper end).
    #expect(comparer.change(goal("5.5", nil, .about), goal("5", "5.5", .range), scope: .headline)?.direction == .lowered)
    #expect(comparer.change(goal("5", nil, .about), goal("5", "5.5", .range), scope: .headline)?.direction == .raised)
  }

  @Test func metricKeysFoldSynonymsAndRegionWords() {
    let keys = MetricKeys(rules: .builtin)
    #expect(keys.key(metric: "全省生产总值增长") == keys.key(metric: "国内生产总值增长"))
    #expect(keys.key(metric: "地区生产总值增长") == "国内生产总值增长")
    #expect(keys.key(metric: "全社会研发投入强度") == "全社会研发投入强度")  // 全社会 is no region
    #expect(keys.comparable("公里", "千米"))
    #expect(!keys.comparable("%", "个百分点"))
  }

  @Test func bodyTargetsCompareWithinAlignedSections() throws {
    // The consumption section keeps its words and raises its investment figure; the headline stays.
    let old = S.consumption + "安排中央预算内投资7000亿元。"
    let new = S.consumption + "安排中央预算内投资7350亿元。"
    let d2 = S.diff(
      S.report(year: 2025, headline: S.headline2024, sections: [old]),
      S.report(year: 2025, headline: S.headline2024, sections: [new]))
    #expect(d2.targetChanges.count == 1)
    let t = try #require(d2.targetChanges.first)
    #expect(t.scope == .body && t.direction == .raised && t.metric == "中央预算内投资")
    #expect(t.old?.value == d("700000000000") && t.new?.value == d("735000000000") && t.delta == d("35000000000"))
    #expect(t.old?.nodeId == "三/（一）" && t.new?.nodeId == "三/（一）")
    #expect(S.change(d2, new: "三/（一）")?.targetChanges == [t])
  }

  @Test func aHeadlineTargetThatMovedIntoTheTasksSaysWhere() throws {
    // 粮食产量 leaves the headline for the consumption section, with the same value: dropped from the headline,
    // found elsewhere, and not reported a second time as a new body target.
    let old = S.headline2024
    let new = S.headline2024.replacingOccurrences(of: "；粮食产量1.3万亿斤以上", with: "")
    let diff = S.diff(
      S.report(year: 2025, headline: old, sections: [S.consumption]),
      S.report(year: 2025, headline: new, sections: [S.consumption + "粮食产量1.3万亿斤以上。"]))
    #expect(diff.targetChanges.count == 1)
    let t = try #require(diff.targetChanges.first)
    #expect(t.direction == .dropped && t.scope == .headline)
    #expect(t.elsewhere?.nodeId == "三/（一）")
    #expect(t.elsewhere?.value == d("1300000000000"))
  }
}
