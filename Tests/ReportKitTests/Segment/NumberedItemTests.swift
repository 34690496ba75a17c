import Testing
@testable import ReportKit

/// Numbered items past 99, and markers directly followed by a digit, read through the running sequence.
private func run(_ text: String, year: Int? = 2025) -> Document {
  var doc = Document(id: "d1", text: Normalizer().normalize(text).string)
  doc.year = year
  doc.outline = Segmenter().segment(doc.scalars, diagnostics: &doc.diagnostics)
  Extractor(rules: .builtin).extract(&doc)
  return doc
}

@Test func aListOf130ItemsKeepsEveryItem() {
  let text = "2024年重点工作任务清单\n" + (1...130).map { "\($0).推进第\($0)项重点工作。" }.joined(separator: "\n")
  let doc = run(text)
  let items = doc.outline.nodes.filter { $0.kind == .item }
  #expect(items.count == 130)
  #expect(items.map(\.ordinal) == Array(1...130).map { $0 })
  #expect(items.last?.marker == "130.")
  #expect(items[99].heading == "推进第100项重点工作")
  #expect(!doc.diagnostics.contains { $0.id.stage == "segment" })
}

@Test func aMarkerBeforeADigitIsTheNextItem() {
  // 四川 2025's 名词解释: item 8 is 「6个重大科技专项」; 云南 2025's item 3 is 「10种有色金属」 (with ．).
  let doc = run("""
    名词解释
    7.“两新”：是指大规模设备更新和消费品以旧换新。
    8.6个重大科技专项：是指前沿科技攻坚突破的重大专项。
    9.“两重”：是指国家重大战略实施。
    """)
  let items = doc.outline.nodes.filter { $0.kind == .item }
  #expect(items.map(\.marker) == ["7.", "8.", "9."])
  #expect(items[1].heading.hasPrefix("6个重大科技专项"))
  // 8.6 is no figure; 6个 is.
  #expect(!doc.figures.contains { $0.text.hasPrefix("8.6") })
  #expect(doc.figures.contains { $0.text == "6个" && $0.value == ExactDecimal(6) })
  // No jump from 7. to 9. is reported any more.
  #expect(!doc.diagnostics.contains { $0.id == .numberingSkipped })
}

@Test(arguments: [
  ("1.甲。\n2.乙。\n3．10种有色金属：铜、铅、锌。", "3.", "10种有色金属：铜、铅、锌"),
  ("12.甲。\n13.乙。\n14.2025年10件民生实事：加大扶持力度。", "14.", "2025年10件民生实事：加大扶持力度"),
])
func theSequenceDecidesWhereTheMarkerEnds(text: String, marker: String, heading: String) throws {
  let doc = run(text)
  let last = try #require(doc.outline.roots.last)
  #expect(last.marker == marker)
  #expect(last.heading == heading)
  #expect(doc.outline.roots.count == 3)
}

@Test func aDecimalOpeningAParagraphStaysAFigure() {
  // 湖北 2026: a paragraph opens with the growth target; no item 4 came before it, so 5.5 is a figure.
  let doc = run("三、2026年的重点工作\n经济增长5.5%左右。\n5.5%左右的预期增长目标与发展目标总体衔接。")
  #expect(doc.outline.nodes.filter { $0.kind == .item }.isEmpty)
  #expect(doc.figures.filter { $0.text == "5.5%" }.count == 2)
}

@Test func theYearAfterAMarkerIsADeadline() throws {
  let doc = run("13.甲。\n14.2025年10件民生实事：加大扶持力度。")
  let t = try #require(doc.deadlines.first)
  #expect(t.text == "2025年")
  #expect(!doc.figures.contains { $0.text.hasPrefix("14") })
}
