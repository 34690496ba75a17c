import Foundation
import Testing
@testable import ReportKit

/// The 2025 national work report's checklist; skipped when ../shared/corpus-external is absent.
@Suite(.enabled(if: Paths.externalCorpus != nil, "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)"))
struct NationalChecklistTests {
  static func checklist() throws -> Checklist {
    let url = try #require(ExtractSupport.external("national/china/2025.txt"))
    return ChecklistSupport.checklist([try ChecklistSupport.report(file: url)])
  }

  @Test func theHeadlineTargetsAreRows() throws {
    let c = try Self.checklist()
    // 「今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费
    // 价格涨幅2%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.4万亿斤左右；单位国内生产总值
    // 能耗降低3%左右…」: six with numbers, the two without none.
    let targets = c.targetRows.map { "\($0.metric ?? "") \($0.target ?? "")" }
    #expect(targets == [
      "国内生产总值增长 5%左右", "城镇调查失业率 5.5%左右", "城镇新增就业 ≥ 1200万人", "居民消费价格涨幅 2%左右",
      "粮食产量 1.4万亿斤左右", "单位国内生产总值能耗降低 3%左右",
    ])
    let jobs = try #require(c.targetRows.first { $0.metric == "城镇新增就业" }?.targets.first)
    #expect(jobs.value == ExactDecimal(12_000_000))
    #expect(jobs.comparator == .floor)
  }

  @Test func atLeastThirtyTasksEachDueIn2025UnlessItsTextSaysOtherwise() throws {
    let c = try Self.checklist()
    let tasks = c.rows.filter { $0.kind == .task }
    #expect(tasks.count >= 30)
    // The leads of part 三's paragraphs, as the report writes them.
    #expect(tasks.contains { $0.task == "实施提振消费专项行动" && $0.id == "d1/三/（一）/p1" })
    #expect(tasks.contains { $0.task == "实施更加积极的财政政策" })
    #expect(tasks.contains { $0.task == "稳定对外贸易发展" })
    let year = DayInterval(start: Day(2025, 1, 1), end: Day(2025, 12, 31))
    for r in c.rows {
      let d = try #require(r.deadline, "\(r.id) has no deadline")
      let interval = try #require(d.interval, "\(r.id): \(d.text) is undated")
      let inside = interval.start >= year.start && interval.end <= year.end
      #expect(inside || (d.basis == .text && r.text.contains(d.text)), "\(r.id): \(d.text) \(interval.start)…\(interval.end)")
    }
    #expect(c.diagnostics.isEmpty)
  }

  @Test func everyFormatHasTheSameRowsAndTheJSONConforms() throws {
    let c = try Self.checklist()
    let n = c.rows.count
    #expect(ChecklistSupport.checkboxLines(ChecklistMarkdownWriter.render(c)).count == n)
    #expect(Components.XLSXWriterTests.parseCSV(String(decoding: ChecklistCSVWriter.encode(c).dropFirst(3), as: UTF8.self)).count == n + 1)
    #expect(XLSXReading.rows(try XLSXReading.parts(ChecklistXLSXWriter.encode(c)), sheet: 1).count == n + 1)
    #expect(XLSXReading.rows(try XLSXReading.parts(ChecklistXLSXWriter.encode(c)), sheet: 2).count == c.targetRows.count + 1)
    let json = try JSONSerialization.jsonObject(with: Data(ChecklistJSONWriter.encode(c)))
    #expect(ChecklistWriterTests.schema.problems(json) == [])
  }
}
