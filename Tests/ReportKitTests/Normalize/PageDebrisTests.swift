import Testing
@testable import ReportKit

/// Newspaper and page debris leaves the text flow with a note, and is never read as a figure.
private func norm(_ s: String) -> NormalizedText { Normalizer().normalize(s) }

@Test(arguments: [
  // Page jumps inside a paragraph close up without a trace.
  ("推动高质量（下转第7版）发展。", "推动高质量发展。", ["（下转第7版）"]),
  ("推动高质量发展。下转7版", "推动高质量发展。", ["下转7版"]),
  ("（上接第4版）（三）进一步推进高水平改革开放。", "（三）进一步推进高水平改革开放。", ["（上接第4版）"]),
  ("提供了行动指南。（下转第四版）（紧接第一版）我们坚持人民至上。", "提供了行动指南。我们坚持人民至上。", ["（下转第四版）", "（紧接第一版）"]),
  ("(转第3版)全面推进。", "全面推进。", ["(转第3版)"]),
  // A source credit closing the text goes; one inside a paragraph stays.
  ("努力为中国式现代化建设作出新贡献！\n(来源：中国政府网）", "努力为中国式现代化建设作出新贡献！", ["(来源：中国政府网）"]),
  ("作出新贡献！ （来源：解放日报）", "作出新贡献！", ["（来源：解放日报）"]),
  ("据报道（来源：新华社）全市增长5%。", "据报道（来源：新华社）全市增长5%。", []),
  // Bare page numbers on a line of their own.
  ("第一段。\n- 12 -\n第二段。", "第一段。\n第二段。", ["-12-"]),
  ("第一段。\n第3页\n第二段。", "第一段。\n第二段。", ["第3页"]),
  ("第一段。\n８\n第二段。", "第一段。\n第二段。", ["８"]),
  // Not debris: a number with a point (PM2.5 split over lines), a year, a word with 接 or 转.
  ("第一段。\n2.5\n第二段。", "第一段。\n2.5\n第二段。", []),
  ("第一段。\n2024\n第二段。", "第一段。\n2024\n第二段。", []),
  ("衔接3版规划，转5版。", "衔接3版规划，转5版。", []),
])
func removesDebris(input: String, expected: String, removed: [String]) {
  let n = norm(input)
  #expect(n.string == expected)
  #expect(n.repairs.filter { $0.id == .debrisRemoved }.map { $0.text ?? "" } == removed)
}

@Test func debrisGivesANoteAndNoFigure() throws {
  let report = Pipeline().process(SourceText(
    info: SourceInfo(path: "x.txt", format: .text, encoding: .utf8, sha256: ""),
    text: "一、2023年工作回顾\n全年增长5%。下转7版\n（上接第4版）新增就业12万人。"))
  let doc = try #require(report.documents.first)
  #expect(doc.text == "一、2023年工作回顾\n全年增长5%。\n新增就业12万人。")
  let notes = doc.diagnostics.filter { $0.id == .debrisRemoved }
  #expect(notes.map(\.message) == [
    "removed 「下转7版」 from the text (newspaper or page debris)", "removed 「（上接第4版）」 from the text (newspaper or page debris)",
  ])
  #expect(notes.allSatisfy { $0.severity == .note })
  #expect(doc.figures.map(\.text) == ["5%", "12万人"])
}
