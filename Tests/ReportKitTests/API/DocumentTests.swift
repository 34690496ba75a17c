import Testing
@testable import ReportKit

/// A small plan with two sentences, a figure, a deadline and a target, run through the extractor.
private let document: Document = {
  var doc = Document(id: "d1", text: "一、2022年工作安排\n力争今年底光伏安装率达50%。全年新增就业1.2万人。")
  doc.year = 2022
  var d: [Diagnostic] = []
  doc.outline = Segmenter().segment(doc.scalars, diagnostics: &d)
  Extractor(rules: .builtin).extract(&doc)
  return doc
}()

@Test func sequentialIdsPrintAndParse() {
  #expect(FigureID(12).description == "f12")
  #expect(DeadlineID(3).description == "t3")
  #expect(TargetID(1).description == "g1")
  #expect(SentenceID(40).description == "s40")
  #expect(FigureID("f12") == FigureID(12))
  #expect(FigureID("t12") == nil)  // another kind's prefix
  #expect(FigureID("f") == nil)
  #expect(FigureID("f0") == nil)
  #expect(FigureID(9) < FigureID(10))
}

@Test func aTargetReachesItsFigureAndDeadlineThroughTheirIds() throws {
  let t = try #require(document.targets.first)
  #expect(t.metric == "光伏安装率")
  #expect(document.figure(of: t)?.text == "50%")
  #expect(document.deadline(of: t)?.text == "今年底")
  #expect(document.deadline(of: t)?.kind == .by)
  #expect(document.target(t.id) == t)
  #expect(document.figure(FigureID(99)) == nil)
  #expect(document.sentenceText(of: t) == "力争今年底光伏安装率达50%。")
}

@Test func sentencesAreFoundByOffsetAndRole() throws {
  // The heading line, then the two sentences of the paragraph, all in the plan part 一.
  #expect(document.sentences.map { document.text(of: $0.span) } == ["一、2022年工作安排", "力争今年底光伏安装率达50%。", "全年新增就业1.2万人。"])
  let figure = try #require(document.figures.first { $0.text == "1.2万人" })
  let s = try #require(document.sentence(containing: figure.span.start))
  #expect(document.text(of: s.span) == "全年新增就业1.2万人。")
  #expect(s.role == .plan)
  #expect(s.nodeId == "一")
  #expect(s.span == figure.sentence)
  #expect(document.sentences(in: .plan).count == document.sentences.count)
  #expect(document.sentences(in: .review).isEmpty)
  #expect(document.sentence(containing: 10_000) == nil)
  #expect(document.sentences.map(\.id) == (1...document.sentences.count).map { SentenceID($0) })
}
