import Testing
@testable import ReportKit

/// The tree and Markdown views and the framing of several reports.
@Suite struct WriterTests {
  static let report: Report = {
    let text = "2026年工作安排\n今年经济增长4.5%—5%，城镇新增就业1200万人以上。\n新建项目120个以上。"
    return Pipeline().process(
      SourceText(info: SourceInfo(path: "r.txt", format: .text, encoding: .utf8, sha256: String(repeating: "0", count: 64)),
        text: text))
  }()

  @Test func treeShowsRangesAndNoDoubleSpaceForAMissingUnit() {
    let tree = TreeWriter.render(WriterTests.report)
    #expect(tree.hasPrefix("r.txt · text · utf-8\n"))
    #expect(tree.contains("· 4.5%—5% = 4.5–5 % percent"))
    #expect(tree.contains("◎ 经济增长 range 4.5–5 %"))
    #expect(!tree.contains("  \n") && !tree.contains("= 4.5 %"))
  }

  @Test func markdownListsTargetsBeforeOtherFigures() {
    let md = MarkdownWriter.render(WriterTests.report)
    #expect(md.contains("source `r.txt`"))
    let target = md.range(of: "**target: 经济增长 range 4.5–5 %**")
    let figure = md.range(of: "figure: 4.5%—5% = 4.5–5 %")
    #expect(target != nil && figure != nil)
    if let t = target, let f = figure { #expect(t.lowerBound < f.lowerBound) }
  }

  @Test func oneInputIsAnObjectSeveralAnArray() {
    var one = ReportStream(format: .json, inputs: 1)
    let single = one.begin() + one.add(WriterTests.report) + one.end()
    #expect(single.first == UInt8(ascii: "{"))
    var many = ReportStream(format: .json, inputs: 2)
    let array = many.begin() + many.add(WriterTests.report) + many.add(WriterTests.report) + many.end()
    #expect(String(decoding: array.prefix(2), as: UTF8.self) == "[\n")
    #expect(String(decoding: array.suffix(3), as: UTF8.self) == "\n]\n")
    var lines = ReportStream(format: .jsonl, inputs: 2)
    #expect(lines.add(IngestError(path: "x", kind: .empty, reason: "the file is empty")).isEmpty)
  }
}

/// The writer spells decimals and days itself (no String per value); it must spell them as `ExactDecimal` and
/// `Day` describe themselves, which is what the model's other outputs use.
@Test func decimalsAndDaysAreWrittenAsTheyDescribeThemselves() {
  var values: [ExactDecimal] = [ExactDecimal(0), ExactDecimal(significand: Int64.max), ExactDecimal(significand: Int64.min + 1)]
  for s: Int64 in [1, 5, 17, 205, 19850000000, -3, -1205, 999_999_999_999] {
    for e in -14...6 { values.append(ExactDecimal(significand: s, exponent: e)) }
  }
  for v in values {
    var w = JSONWriter(pretty: false)
    w.decimal(v)
    #expect(String(decoding: w.bytes, as: UTF8.self) == v.description)
  }
  for d in [Day(2024, 1, 1), Day(2025, 12, 31), Day(999, 9, 9), Day(2030, 10, 5)] {
    var w = JSONWriter(pretty: false)
    w.day(d)
    #expect(String(decoding: w.bytes, as: UTF8.self) == "\"\(d.description)\"")
  }
}
