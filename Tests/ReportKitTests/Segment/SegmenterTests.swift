import Testing
@testable import ReportKit

private func outline(_ text: String) -> (nodes: [Node], diagnostics: [Diagnostic]) {
  var d: [Diagnostic] = []
  let s = Normalizer().normalize(text).scalars
  return (Segmenter().segment(s, diagnostics: &d).roots, d)
}

private func flat(_ nodes: [Node]) -> [Node] { nodes.flatMap { [$0] + flat($0.children) } }

@Test func nestsEveryMarkerKindByItsLevel() {
  let text = """
    一、总体要求
    今年工作的总体要求是稳中求进。
    （一）扩大内需
    1. 促进消费
    （1）稳定大宗消费。①汽车②家电
    ① 推动汽车消费。
    ② 推动家电消费。
    （2）扩大服务消费。
    2. 扩大投资
    （二）深化改革
    二、重点任务
    """
  let (nodes, diagnostics) = outline(text)
  #expect(diagnostics.isEmpty)
  #expect(nodes.map(\.id) == ["一", "二"])
  let all = flat(nodes)
  #expect(all.map(\.id) == ["一", "一/（一）", "一/（一）/1", "一/（一）/1/（1）", "一/（一）/1/（1）/①", "一/（一）/1/（1）/②",
                            "一/（一）/1/（2）", "一/（一）/2", "一/（二）", "二"])
  #expect(all.map(\.kind) == [.part, .section, .item, .item, .item, .item, .item, .item, .section, .part])
  #expect(all.map(\.level) == [1, 2, 3, 4, 5, 5, 4, 3, 2, 1])
  let first = nodes[0]
  #expect(first.heading == "总体要求")
  #expect(first.marker == "一、")
  // A part's span runs up to the next part.
  let s = Normalizer().normalize(text).scalars
  #expect(String(scalarValues: s[first.span.start..<first.span.end]).hasSuffix("（二）深化改革"))
}

@Test func findsInlineItemsAfterSentenceBoundariesOnly() {
  let (nodes, _) = outline("1. 推进改革。一是统一是前提，唯一是关键。二是加强统筹；三是强化保障。")
  let inline = nodes[0].children
  #expect(inline.map(\.marker) == ["一是", "二是", "三是"])
  #expect(inline.map(\.id) == ["1/一是", "1/二是", "1/三是"])
  #expect(inline[0].heading == "统一是前提，唯一是关键")
}

@Test func continuesLineInitialInlineItemsAcrossParagraphs() {
  let (nodes, _) = outline("一、2023年工作回顾\n一是加大宏观调控力度。\n二是依靠创新引领。\n三是深化改革开放。")
  #expect(nodes[0].children.map(\.ordinal) == [1, 2, 3])
  #expect(nodes[0].role == .review)
}

@Test func reportsSkippedRestartedAndLateNumbering() {
  let (nodes, d) = outline("二、第二部分\n（一）甲\n（三）丙\n（一）又一\n三、第三部分")
  #expect(nodes.map(\.marker) == ["二、", "三、"])
  #expect(d.map(\.id) == ["segment.numbering-starts-late", "segment.numbering-skipped", "segment.numbering-restarted"])
  // A repeated marker under one parent gets a suffix so ids stay unique.
  #expect(nodes[0].children.map(\.id) == ["二/（一）", "二/（三）", "二/（一）#2"])
}

@Test func takesUnnumberedPartHeadingsWhenPartsAreNotNumbered() {
  let text = """
    2024年工作回顾
    过去一年，我们迎难而上，全年地区生产总值增长5.5%，完成了全年目标任务。
    2025年工作安排
    今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。
    （一）坚决维护社会和谐稳定
    （二）全力以赴稳预期促增长
    """
  let (nodes, _) = outline(text)
  #expect(nodes.map(\.heading) == ["2024年工作回顾", "2025年工作安排"])
  #expect(nodes.map(\.role) == [.review, .plan])
  #expect(nodes[1].children.map(\.marker) == ["（一）", "（二）"])
  #expect(nodes[1].children.allSatisfy { $0.role == .plan })
}

@Test func nestsAnnexNumberingUnderTheAnnex() {
  let (nodes, _) = outline("一、回顾\n正文一段，写得很长很长很长。\n二、安排\n正文二段。\n附件1\n2025年十件民生实事\n一、养老服务\n二、就业服务")
  #expect(nodes.map(\.heading) == ["回顾", "安排", "附件1"])
  #expect(nodes[2].children.map(\.id) == ["附件1/一", "附件1/二"])
}

@Test func aPlanHeadingUnderAnEarlierYearReviewsIt() {
  // Headings of the 2026 reports of 湖南/湖北: 「2025年主要工作」 looks back, 「2026年主要工作」 ahead.
  let s = Normalizer().normalize("一、2025年主要工作和“十四五”发展成就\n过去一年成绩显著。\n二、“十五五”时期主要目标\n三、2026年主要工作\n").scalars
  var d: [Diagnostic] = []
  let nodes = Segmenter().segment(s, reportYear: 2026, diagnostics: &d).roots
  #expect(nodes.map(\.role) == [.review, .plan, .plan])
  // Without a report year the words alone decide: 主要工作 is a plan word.
  #expect(Segmenter().segment(s, diagnostics: &d).roots.map(\.role) == [.plan, .plan, .plan])
}

@Test func anUnnumberedHeadingAboveNumberedPartsHoldsThem() {
  // 内蒙古 2026: a review heading, then a plan heading above the numbered parts 一、 二、, then an annex.
  let (nodes, d) = outline("""
    “十四五”时期发展成就和2025年工作回顾
    “十四五”时期内蒙古发展历程极不平凡，经济总量迈上新台阶。
    “十五五”时期主要目标和2026年重点工作
    今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。
    一、把铸牢中华民族共同体意识作为民族地区各项工作的主线
    （一）加强中华民族共有精神家园建设。
    二、全力抓好七项重点工作
    附件
    1.通过以工代赈发放劳务报酬。
    """)
  #expect(d.isEmpty)
  #expect(nodes.map(\.heading) == ["“十四五”时期发展成就和2025年工作回顾", "“十五五”时期主要目标和2026年重点工作", "附件"])
  #expect(nodes.map(\.role) == [.review, .plan, .other])
  #expect(nodes[1].children.map(\.marker) == ["一、", "二、"])
  #expect(nodes[1].children.map(\.id) == ["“十五五”时期主要目标和2026/一", "“十五五”时期主要目标和2026/二"])
  // The numbered parts take the heading's role where their own heading names none.
  #expect(nodes[1].children.map(\.role) == [.plan, .plan])
  #expect(nodes[2].children.map(\.marker) == ["1."])
}
