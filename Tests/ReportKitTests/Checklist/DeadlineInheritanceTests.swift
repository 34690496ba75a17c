import Testing
@testable import ReportKit

/// 完成时限: from the task's own words, else the headings above it, else a work report's year.
@Suite struct DeadlineInheritanceTests {
  /// A 2025 work report (its review part is 2024's): a section of four paragraph tasks, and a section whose
  /// heading names a period.
  static let report = """
    各位代表：
    一、2024年工作回顾
    过去一年，我们完成了各项任务。
    二、2025年工作安排
    （一）推进产业发展
    建设新型工业化示范区。年底前建成10个园区。
    推动数字经济发展。到2027年，数字经济核心产业增加值占比达到12%。
    培育新兴产业集群。比2020年翻一番。
    今年将开展“十五五”规划编制工作。要深入分析“十五五”时期新的阶段性特征。
    （二）“十五五”时期重点任务
    谋划一批重大工程项目。
    """

  private func deadlines(_ text: String, year: Int? = nil) throws -> [String: ChecklistDeadline?] {
    let c = ChecklistSupport.checklist([try ChecklistSupport.report(text, year: year)])
    return Dictionary(uniqueKeysWithValues: c.rows.map { ($0.id, $0.deadline) })
  }

  @Test func ownWordsThenHeadingsThenPart() throws {
    let d = try deadlines(Self.report)
    // The paragraphs are lines 1…4 of （一） (its heading is line 0).
    #expect(d.count == 5)
    // 年底前 sets a deadline: the end of the report year.
    #expect(d["d1/二/（一）/p1"]??.text == "年底前")
    #expect(d["d1/二/（一）/p1"]??.interval?.end == Day(2025, 12, 31))
    #expect(d["d1/二/（一）/p1"]??.basis == .text)
    // 到2027年 is the task's own, even past the report year.
    #expect(d["d1/二/（一）/p2"]??.interval?.end == Day(2027, 12, 31))
    // 比2020年 ended before 2025: a reference, so the part heading's 2025年 applies.
    #expect(d["d1/二/（一）/p3"]??.text == "2025年")
    #expect(d["d1/二/（一）/p3"]??.basis == .part)
    // 今年 and “十五五”时期 only name times: the earlier one, this year.
    #expect(d["d1/二/（一）/p4"]??.text == "今年")
    #expect(d["d1/二/（一）/p4"]??.interval?.end == Day(2025, 12, 31))
    // The section heading's period, 2026–2030, before the part's year.
    #expect(d["d1/二/（二）/p1"]??.basis == .heading)
    #expect(d["d1/二/（二）/p1"]??.interval == DayInterval(start: Day(2026, 1, 1), end: Day(2030, 12, 31)))
  }

  @Test func aWorkReportWithNoDeadlineWordsFallsBackToItsYear() throws {
    let text = "各位代表：\n一、过去一年工作回顾\n过去一年，我们完成了各项任务。\n二、主要任务\n（一）稳定经济增长\n扩大有效投资。加快项目建设。"
    let d = try deadlines(text, year: 2025)
    let only = try #require(d["d1/二/（一）/p1"] ?? nil)
    #expect(only.basis == .reportYear)
    #expect(only.text == "2025年")
    #expect(only.interval == DayInterval(start: Day(2025, 1, 1), end: Day(2025, 12, 31)))
    #expect(only.display == "2025年底前")
  }

  @Test func anArticleHasNoYearToFallBackTo() throws {
    // No 各位代表, no 政府工作报告: a department's article; its 下一步 tasks name no deadline.
    let text = "强化项目建设\n2021年以来，我们推进了项目建设。\n下一步，我们将重点做好以下工作。\n1. 完善项目推进机制。建立月调度制度。"
    let d = try deadlines(text, year: 2022)
    #expect(d.count == 1)
    #expect(d.values.first! == nil)
  }

  @Test(arguments: [
    (Day(2025, 12, 31), "2025年底前"), (Day(2025, 6, 30), "2025年6月底前"), (Day(2024, 2, 29), "2024年2月底前"),
    (Day(2025, 3, 5), "2025年3月5日前"),
  ])
  func displayedAsAReaderSaysIt(end: Day, text: String) {
    let d = ChecklistDeadline(text: "x", interval: DayInterval(start: Day(2025, 1, 1), end: end), basis: .text)
    #expect(d.display == text)
  }
}
