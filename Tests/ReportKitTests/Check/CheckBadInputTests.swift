import Foundation
import Testing
@testable import ReportKit

/// What check does with inputs that do not fit: documents about other things, a plan with nothing planned, no
/// progress at all. Never a crash; a warning where the input explains the empty result.
@Suite struct CheckBadInputTests {
  typealias S = CheckSupport

  /// A school notice: no review, no metric any plan names.
  static let notice = """
    关于举办2025年全市中小学生田径运动会的通知
    各区教育局，各直属学校：
    为丰富校园体育生活，经研究，决定举办2025年全市中小学生田径运动会。现将有关事项通知如下。
    一、比赛时间
    2025年5月10日至11日。
    二、比赛地点
    市体育中心田径场。
    三、参赛办法
    各校组队参赛，每队运动员不超过20人。请于4月20日前报名。

    """

  static let plan = S.plan(
    year: 2025, headline: "地区生产总值增长5%左右；城镇新增就业60万人以上；进出口稳量提质；居民收入增长和经济增长同步；国际收支保持基本平衡",
    tasks: ["建设省级算力中心。", "推进城市更新行动。", "打造国际消费中心城市。"])

  @Test func unrelatedProgressLeavesEveryItemNotMentioned() throws {
    let r = try S.check(plan: Self.plan, progress: Self.notice)
    // 2 targets, 3 goals, 3 tasks: all there, none with evidence.
    #expect(r.items.count == 8)
    #expect(r.items.map(\.kind) == [.target, .target, .goal, .goal, .goal, .task, .task, .task])
    for i in r.items {
      #expect(i.status == .notMentioned, "\(i.metric): \(i.reason)")
      #expect(i.evidence.isEmpty && i.actual == nil, "\(i.metric)")
    }
    #expect(r.summary[.notMentioned] == 8)
    #expect(S.item(r, "地区生产总值增长")?.reason == "目标 5%左右：进展文件未提及")
  }

  @Test func anUnrelatedPlanHasNothingToCheck() throws {
    // The notice as the plan: its parts are neither review nor plan, and it sets no headline target.
    let r = try S.check(plan: Self.notice, progress: S.progress(year: 2026, review: ["过去一年，全省地区生产总值增长5.2%。"]))
    #expect(r.items.isEmpty)
    #expect(S.ids(r).contains("check.no-plan"))
  }

  @Test func aPlanWithoutAPlanPartWarnsAndGivesNoItems() throws {
    // A report cut after its review: it says what was done, not what will be.
    let reviewOnly = """
      政府工作报告
      ——2025年1月15日在某省人民代表大会上
      各位代表：
      一、2024年工作回顾
      过去一年，全省地区生产总值增长5.1%，城镇新增就业58万人。
      建成省级算力中心。

      """
    let r = try S.check(plan: reviewOnly, progress: S.progress(year: 2026, review: ["过去一年，全省地区生产总值增长5.2%。"]))
    #expect(r.items.isEmpty)
    #expect(S.ids(r) == ["check.no-plan"])
    #expect(r.diagnostics[0].severity == .warning)
    #expect(r.summary.values.allSatisfy { $0 == 0 })
  }

  @Test func noProgressAtAllLeavesEveryItemNotMentioned() throws {
    let r = try S.check(plan: Self.plan, [])
    #expect(r.progress.isEmpty)
    #expect(r.items.count == 8)
    #expect(r.items.allSatisfy { $0.status == .notMentioned })
  }

  @Test func thePlanAgainstItselfFindsNoReviewOfItsOwnYear() throws {
    // The plan's own targets are no evidence: a work report's evidence is its review part, which here speaks of
    // 2024 and names none of the 2025 metrics with a figure.
    let r = try S.check(plan: Self.plan, progress: Self.plan)
    #expect(S.item(r, "地区生产总值增长")?.actual == nil)
    #expect(S.item(r, "城镇新增就业")?.actual == nil)
    // Delivered in the plan's year, it describes the year before.
    #expect(S.ids(r) == ["check.other-year"])
  }
}
