import Testing
@testable import ReportKit

/// Text that lost its line breaks (a report stored as one cell of a data set) is cut into paragraphs again.
private func lines(_ text: String) -> [String] {
  Normalizer().normalize(text).string.split(separator: "\n").map(String.init)
}

/// A paragraph of 142 scalars: a few of them make a text long enough (600 scalars and more) that one line break,
/// or none, is far too few for its length.
private let filler = "过去一年，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济运行总体平稳，发展质量稳步提升，"
  + "人民生活持续改善，社会大局保持稳定，各项事业取得新的进展，为今年工作打下了坚实基础。"
  + "面对复杂严峻的外部环境，全市上下迎难而上、攻坚克难，主要目标任务较好完成，高质量发展迈出新的步伐。"

@Test func blankRunsBetweenSentencesBecomeParagraphs() {
  let text = [
    "政府工作报告", "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "国务院总理 李 强", "各位代表：",
    "现在，我代表国务院，向大会报告政府工作，请予审议。", "一、2023年工作回顾", filler,
    "（一）加大宏观调控力度，推动经济运行持续好转", filler, "二、2024年政府工作任务", filler, filler,
  ]
  // Joined by two spaces (the line break of each paragraph lost), the text reads back line for line.
  #expect(lines(text.joined(separator: "  ")) == text)
  // Joined by single spaces, too: the name 「李 强」 keeps its alignment space.
  #expect(lines(text.joined(separator: " ")) == text)
  // A one-line text gets one note saying so.
  let n = Normalizer().normalize(text.joined(separator: "  "))
  #expect(n.repairs.map(\.id) == [.layoutRebuilt])
  #expect(n.repairs.first?.count == text.count)
  #expect(n.repairs.first?.offset == 0)
}

@Test func emSpaceIndentsStartParagraphs() {
  // The shape of a Stata strL cell: paragraphs joined by two spaces and a U+2003 indent.
  let text = "上海市政府工作报告  上海市市长\u{3000}龚正  各位代表：  \u{2003}\u{2003}现在，我代表上海市人民政府，向大会报告工作，请予审议。"
    + "  \u{2003}\u{2003}一、过去五年工作回顾  \u{2003}\u{2003}" + filler + "  \u{2003}\u{2003}2020年以来，" + filler
    + "  \u{2003}\u{2003}三、2023年主要任务  \u{2003}\u{2003}2023年是全面贯彻落实党的二十大精神的开局之年。" + filler
    + "  \u{2003}\u{2003}" + filler
  #expect(lines(text) == [
    "上海市政府工作报告", "上海市市长 龚正", "各位代表：", "现在，我代表上海市人民政府，向大会报告工作，请予审议。",
    "一、过去五年工作回顾", filler, "2020年以来，" + filler, "三、2023年主要任务", "2023年是全面贯彻落实党的二十大精神的开局之年。" + filler,
    filler,
  ])
}

@Test func aSingleSpaceInsideAPhraseIsNoBreak() {
  // Two spaces join the paragraphs, so single spaces are layout inside them (a PDF's spacing around numbers).
  let text = ["2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚", "各位代表：", "以全省 100 个县为基础参赛单元。", filler, filler, filler, filler]
  #expect(lines(text.joined(separator: "  ")) == [text[0], text[1], "以全省100个县为基础参赛单元。", filler, filler, filler, filler])
}

@Test func markersAfterSentenceEndsStartParagraphsWhereNothingElseDoes() {
  // Joined with nothing at all: a line marker after a sentence end opens a paragraph; 一、二、三产业 lists numerals.
  // Sentence groups cut the filler too: after the sentence that brings a paragraph to 300 scalars.
  let text = "一、2023年工作回顾" + filler + "一、二、三产业增加值分别增长4.1%、4.7%和5.8%。（一）加大宏观调控力度。" + filler
    + "二、2024年政府工作任务今年发展主要预期目标是：国内生产总值增长5%左右。" + filler + filler
  #expect(lines(text) == [
    "一、2023年工作回顾" + filler + "一、二、三产业增加值分别增长4.1%、4.7%和5.8%。", "（一）加大宏观调控力度。" + filler,
    "二、2024年政府工作任务今年发展主要预期目标是：国内生产总值增长5%左右。" + filler + filler,
  ])
}

@Test func aTextWithNoBreaksAndNoMarkersIsCutIntoSentenceGroups() {
  let sentence = "我们坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。"  // 34 scalars
  let text = String(repeating: sentence, count: 40)
  let n = Normalizer().normalize(text)
  let paragraphs = n.string.split(separator: "\n")
  // Every paragraph is whole sentences, the first group that reaches 300 scalars: 9 sentences (306).
  #expect(paragraphs.count == 5)
  #expect(paragraphs.dropLast().allSatisfy { $0.unicodeScalars.count == 9 * 34 })
  #expect(paragraphs.allSatisfy { $0.hasSuffix("。") })
  #expect(paragraphs.joined() == text)
  #expect(n.repairs.map(\.id) == [.layoutRebuilt])
}

@Test func rebuiltTextMapsBackToTheSource() {
  let source = ["政府工作报告", "各位代表：", "一、2023年工作回顾", filler, "（一）加大宏观调控力度", filler].joined(separator: "  \u{2003}")
  let n = Normalizer().normalize(source)
  let src = Array(source.unicodeScalars)
  #expect(n.scalars.count == n.sourceOffsets.count)
  for (i, v) in n.scalars.enumerated() {
    let from = src[Int(n.sourceOffsets[i])].value
    // Text scalars point at themselves; each rebuilt break at the blank run it replaced.
    if v == 0x0A { #expect(from == 0x20, "break \(i)") } else { #expect(from == v, "scalar \(i)") }
  }
}

@Test func linesWithBreaksAreLeftAlone() {
  // A document with its line breaks is not rebuilt, even where a line holds two spaces after a sentence.
  let text = "一、总体要求\n" + filler + "  " + filler + "\n二、重点任务\n" + filler
  #expect(lines(text) == ["一、总体要求", filler + filler, "二、重点任务", filler])
  #expect(Normalizer().normalize(text).repairs.isEmpty)
}

@Test func aMegabyteLineIsReadInOnePass() throws {
  // No timing here (speed lives in the benchmark): a 1 M-scalar line with neither breaks nor markers is cut
  // into sentence groups, and the pipeline reads it to the end.
  let sentence = "全年地区生产总值增长5.2%，城镇新增就业1244万人，居民收入稳步增加。"  // 37 scalars
  let text = String(repeating: sentence, count: 1_000_000 / 37 + 1)
  let info = SourceInfo(path: "big.txt", format: .text, encoding: .utf8, sha256: "")
  let report = Pipeline().process(SourceText(info: info, scalars: text.scalarValues))
  let doc = try #require(report.documents.first)
  let paragraphs = doc.scalars.split(separator: 0x0A)
  #expect(paragraphs.count == (1_000_000 / 37 + 1) / 9 + 1)
  #expect(doc.figures.count == 2 * (1_000_000 / 37 + 1))
  #expect(doc.diagnostics.contains { $0.id == .layoutRebuilt })
}
