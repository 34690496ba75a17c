import Foundation
import Testing
@testable import ReportKit

/// The samples of Corpus/layout: a report and the same report as a data set stores it (one line, paragraphs
/// joined by spaces and U+2003 indents, a newspaper's page jump inside and its source credit at the end).
@Suite struct LayoutSampleTests {
  static func document(_ name: String) throws -> Document {
    let url = Paths.corpus.appendingPathComponent("layout/" + name)
    return try #require(try Pipeline().extract(path: url.path).documents.first)
  }

  /// What a reader compares: the tree, the year and everything extracted, with their places in the text.
  static func reading(_ d: Document) -> [String] {
    d.outline.nodes.map { "\($0.id) \($0.kind) \($0.heading) \($0.span.start)-\($0.span.end)" }
      + ["year \(d.year.map(String.init) ?? "-") \(d.yearEvidence ?? "")", "kind \(d.kind)"]
      + d.figures.map { "\($0.text) \($0.value) \($0.metric ?? "") \($0.role) \($0.span.start)" }
      + d.deadlines.map { "\($0.text) \($0.interval.map { "\($0.start)..\($0.end)" } ?? "-")" }
      + d.targets.map { "\($0.metric) \($0.comparator) \($0.value)" }
  }

  @Test func aOneLineReportReadsLikeTheReportWithItsLineBreaks() throws {
    let lines = try LayoutSampleTests.document("report.txt")
    let oneLine = try LayoutSampleTests.document("report-one-line.txt")
    #expect(oneLine.text == lines.text)
    #expect(LayoutSampleTests.reading(oneLine) == LayoutSampleTests.reading(lines))
    #expect(oneLine.header == lines.header)
    // What the layout cost is said in notes: the rebuild, the page jump (two pieces) and the source credit.
    #expect(oneLine.diagnostics.filter { $0.id.stage == "normalize" }.map(\.id)
      == [.layoutRebuilt, .debrisRemoved, .debrisRemoved, .debrisRemoved])
    #expect(oneLine.diagnostics.filter { $0.id == .debrisRemoved }.map(\.message) == [
      "removed 「下转3版」 from the text (newspaper or page debris)", "removed 「（上接第2版）」 from the text (newspaper or page debris)",
      "removed 「（来源：示范日报）」 from the text (newspaper or page debris)",
    ])
    #expect(lines.diagnostics.filter { $0.id.stage == "normalize" }.isEmpty)
  }

  @Test func aBulletinIsAllActualsOfTheYearInItsTitle() throws {
    let d = try LayoutSampleTests.document("bulletin.txt")
    #expect(d.kind == .statisticalBulletin)
    #expect((d.year, d.dataYear, d.date) == (2025, 2024, Day(2025, 3, 20)))
    #expect(d.targets.isEmpty)
    #expect(d.figures.filter { $0.nodeId != nil && !$0.nodeId!.path.hasPrefix("注释") }.allSatisfy { $0.role == .actual })
    let first = try #require(d.figures.first)
    #expect(first.text == "3280亿元" && first.metric == "地区生产总值")
    // 年末 and 比上年 describe the data year (2024) and the one before it, not the year of publication: 年末 is
    // the last day of 2024 (a stock on that day), 比上年 a base in 2023, no deadline.
    let end = try #require(d.deadlines.first { $0.text == "年末" })
    #expect(end.interval == DayInterval(start: Day(2024, 12, 31), end: Day(2024, 12, 31)))
    #expect(!d.deadlines.contains { $0.text == "上年" })
    let base = try #require(d.figures.compactMap(\.base).first { $0.text == "上年" })
    #expect(base.interval == DayInterval(start: Day(2023, 1, 1), end: Day(2023, 12, 31)))
  }

  @Test func aPlanExecutionReportReviewsLastYearsPlanAndSetsThisYears() throws {
    let d = try LayoutSampleTests.document("plan-execution.txt")
    #expect(d.kind == .planExecutionReport)
    #expect((d.year, d.dataYear) == (2025, 2025))
    #expect(d.outline.roots.map(\.role) == [.review, .plan, .plan])
    #expect(d.targets.filter { $0.nodeId == "二" }.map(\.metric) == ["地区生产总值增长", "城镇新增就业", "城镇调查失业率", "居民消费价格涨幅", "单位地区生产总值能耗下降"])
  }

  @Test func aNoticeWithATwoLineTitleKeepsItsTitleNumberAndDate() throws {
    let d = try LayoutSampleTests.document("notice.txt")
    #expect(d.header.title == "示范市人民政府办公室关于对2024年度重点工作督查发现的典型经验做法给予表扬的通报")
    #expect(d.kind == .notice)
    #expect(d.docNumber == "示政办发〔2024〕108号")
    #expect(d.date == Day(2024, 11, 26))
    #expect(d.year == 2024)
    // The signature and its date line make no part; the annex holds the list.
    #expect(d.outline.roots.map(\.heading) == ["附件"])
    #expect(d.outline.roots[0].children.map(\.marker) == ["1.", "2.", "3."])
  }

  @Test func aListOf130ItemsKeepsThemAll() throws {
    let d = try LayoutSampleTests.document("list-130.txt")
    #expect(d.outline.roots.map(\.ordinal) == Array(1...130).map { $0 })
    #expect(d.outline.roots.last?.id == "130")
    #expect(d.kind == .taskPlan)
  }

  @Test func markersBeforeDigitsFollowTheirSequence() throws {
    let d = try LayoutSampleTests.document("marker-digits.txt")
    let annex = try #require(d.outline.roots.last)
    #expect(annex.children.map(\.ordinal) == Array(1...15).map { $0 })
    #expect(annex.children[2].heading.hasPrefix("10种有色金属"))
    #expect(annex.children[7].heading.hasPrefix("6个重大科技专项"))
    #expect(annex.children[13].heading.hasPrefix("2025年10件民生实事"))
    #expect(!d.figures.contains { ["3.1", "8.6", "14.2025"].contains($0.value.description) })
    #expect(!d.diagnostics.contains { $0.id.stage == "segment" })
    // A paragraph opening with a decimal (no item 4 before it) keeps its figure.
    #expect(d.figures.filter { $0.text == "5.5%" }.count == 2)
  }

  @Test func aTextWithNoBreaksAndNoMarkersGetsParagraphsAndANote() throws {
    let d = try LayoutSampleTests.document("no-breaks.txt")
    #expect(d.scalars.split(separator: 0x0A).count == 3)
    #expect(d.diagnostics.contains { $0.id == .layoutRebuilt && $0.severity == .note })
    #expect(d.outline.isEmpty)
  }
}
