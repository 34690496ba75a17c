import Foundation
import Testing
@testable import ReportKit

/// A 任务分工方案 given beside a report fills the 牵头单位 of the tasks its rows quote.
@Suite struct DivisionPlanTests {
  private func rows(_ text: String) throws -> [DivisionRow] {
    let doc = try #require(try ChecklistSupport.report(text).documents.first)
    return DivisionPlanReader(rules: RuleSet.builtin.compiled).rows(of: doc)
  }

  @Test func labelledRowsGiveTheirWordsAndLeadUnits() throws {
    let r = try rows("""
      重点工作任务分工方案
      一、产业发展
      1．推进实施重点产业布局规划。（牵头单位：市发改委；责任单位：市工信局、市财政局）
      2．完善营商环境评选方案。（市信用办牵头，各相关部门按职责分工负责）
      3．加快项目建设。（责任单位：市住建局）
      4．强化统筹协调。
      """)
    // Line 4 names no unit: no row. The labels and their brackets leave the words.
    #expect(r.map(\.text) == ["推进实施重点产业布局规划", "完善营商环境评选方案", "加快项目建设"])
    // 牵头单位 before 责任单位; in a bracket, the part ending with 牵头; with no lead, the responsible units.
    #expect(r.map(\.owners) == [["市发改委"], ["市信用办"], ["市住建局"]])
  }

  @Test func aTableGivesOneRowPerLineUnderItsHeader() throws {
    // Word and HTML tables reach the text as one line per row, the cells separated by blanks.
    let r = try rows("""
      关于印发2025年重点工作任务分工方案的通知
      序号 重点任务 牵头单位 责任单位 完成时限
      1 实施提振消费专项行动 市商务局 市发改委、市财政局 2025年12月底
      2 积极扩大有效投资 市发改委、市财政局等 各区政府 2025年12月底
      说明：各单位按职责落实。
      """)
    #expect(r.map(\.text) == ["实施提振消费专项行动", "积极扩大有效投资"])
    #expect(r.map(\.owners) == [["市商务局"], ["市发改委", "市财政局"]])
  }

  @Test func aPlanIsToldByItsTitle() throws {
    let plan = try #require(try ChecklistSupport.report(file: ChecklistSupport.seedDivision).documents.first)
    #expect(plan.kind == .taskPlan)
    let seed = try ChecklistSupport.report(file: Paths.seed)
    #expect(seed.documents.map(\.kind) == [.article, .article, .article])
  }

  @Test func aRowGoesToTheTaskThatQuotesIt() {
    let tasks = ["推进实施重点产业布局规划，提高产业链现代化水平。", "完成粮食企业的公司制改革，推动价格改革。", "加强数字经济发展"]
    let rows = ["完成粮食企业的公司制改革", "推进实施重点产业布局规划", "筹办全市重大项目观摩推进现场会"]
    let m = DivisionMatcher().match(tasks: tasks.map(\.scalarValues), rows: rows.map(\.scalarValues))
    // Quoted whole: the share is 1. The third row shares no bigram's weight worth half of it with any task.
    #expect(m.map(\.tasks) == [[1], [0], []])
    #expect(m[0].score == 1)
    #expect(m[2].score < DivisionMatcher.threshold)
  }

  /// Corpus/checklist/seed-division.txt, written for the seed: seven rows quote its first article's tasks, the
  /// eighth (筹办全市重大项目观摩推进现场会, line 27) none.
  @Test func theSeedsDivisionPlanAssignsSevenTasks() throws {
    let reports = [try ChecklistSupport.report(file: Paths.seed), try ChecklistSupport.report(file: ChecklistSupport.seedDivision)]
    let c = ChecklistSupport.checklist(reports)
    let assigned = c.rows.filter { $0.ownersFrom == .divisionPlan }
    let expected: [(String, [String])] = [
      ("d1/1/一是", ["市发改委产业发展处"]),  // 牵头单位 wins over 责任单位：各辖市区发改部门
      ("d1/1/二是", ["市发改委服务业处"]),
      ("d1/1/三是", ["市数据局"]),
      ("d1/2/三是", ["市重大项目办"]),
      ("d1/4/二是", ["市信用办"]),  // （市信用办牵头，各相关部门按职责分工负责）
      ("d1/7", ["市粮食和物资储备局"]),  // item 7 has no 一是: the item is the task
      ("d1/8/一是", ["市国资委"]),
    ]
    #expect(assigned.map(\.id) == expected.map(\.0))
    #expect(assigned.map(\.owners) == expected.map(\.1))
    #expect(assigned.allSatisfy { $0.assignments.count == 1 && $0.assignments[0].sourceIndex == 1 })
    // Every other row keeps what the seed says: nobody.
    #expect(c.rows.filter { $0.ownersFrom != .divisionPlan }.allSatisfy { $0.owners.isEmpty && $0.ownersFrom == .none })
    // The plan gives no rows of its own; the seed's 31 rows are all there.
    #expect(c.rows.count == 31)
    #expect(c.sources[1].documents.map(\.use) == [.divisionPlan])
    #expect(c.sources[1].documents.first?.rows == 7)
    let unmatched = c.diagnostics.filter { $0.diagnostic.id == .checklistDivisionRowUnmatched }
    #expect(unmatched.count == 1)
    let span = try #require(unmatched.first?.diagnostic.span)
    let line = reports[1].locator.locations(ofFileOffsets: [reports[1].documents[0].offsetInFile + span.start])
    #expect(line.first?.0 == 27)
  }

  @Test func aPlanAloneAssignsNothingAndSaysSo() throws {
    let c = ChecklistSupport.checklist([try ChecklistSupport.report(file: ChecklistSupport.seedDivision)])
    #expect(c.rows.isEmpty)
    #expect(c.diagnostics.map(\.diagnostic.id) == [.checklistDivisionPlanAlone])
  }
}
