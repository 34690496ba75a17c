import Testing
@testable import ReportKit

/// A task's words trimmed to its lead clause, and paragraphs that lead with their task.
@Suite struct TaskWordingTests {
  @Test(arguments: [
    // 25 characters or fewer: the heading as it stands (23 here: 10 + ， + 12).
    ("借鉴营商环境评价方案，修改完善“镇合意”2.0版", "借鉴营商环境评价方案，修改完善“镇合意”2.0版"),
    // Longer: the first clause (38 characters).
    ("推进实施重点产业布局规划，提高产业链现代化水平，构建竞争力强的现代产业体系", "推进实施重点产业布局规划"),
    // 26 characters: 12 + ， + 13.
    ("继续深入开展党史学习教育，严格落实意识形态工作责任制", "继续深入开展党史学习教育"),
    // A framing clause (结合…, 在…的基础上) gives way to the next.
    ("结合我市总体布局，会同编制单位深入开展研究，编制完成《镇江市重点片区发展战略规划》", "会同编制单位深入开展研究"),
    ("在第五届国际低碳（镇江）大会成功举办的基础上，总结经验和不足，谋划下一届低碳大会事项", "总结经验和不足"),
    // 在…上 followed by a verb is the action itself, not a frame.
    ("在全方位扩大内需上持续加力，切实巩固经济稳中向好发展态势", "在全方位扩大内需上持续加力"),
    // No comma outside quotes and brackets: the whole, its closing 。 dropped.
    ("为老年人提供健康管理、医养结合服务和提升养老机构服务水平。", "为老年人提供健康管理、医养结合服务和提升养老机构服务水平"),
    ("开展“一网通办，一次办好”改革试点，推动政务服务事项全部实现网上可办", "开展“一网通办，一次办好”改革试点"),
    // A clause of under 4 characters takes the next with it.
    ("加快，推动传统产业改造提升和新兴产业培育壮大，形成新质生产力", "加快，推动传统产业改造提升和新兴产业培育壮大"),
  ])
  func lead(words: String, expected: String) {
    #expect(TaskWording.lead(words.scalarValues[...]) == expected)
  }

  @Test(arguments: [
    ("实施提振消费专项行动。制定提升消费能力、增加优质供给、改善消费环境专项措施。", "实施提振消费专项行动"),
    ("推动高质量共建“一带一路”走深走实。统筹推进重大标志性工程。", "推动高质量共建“一带一路”走深走实"),
    ("今年将开展“十五五”规划编制工作。要深入分析…", "今年将开展“十五五”规划编制工作"),
    ("加强法治政府建设。", "加强法治政府建设"),
  ])
  func paragraphLeadsWithItsTask(paragraph: String, lead: String) throws {
    let found = try #require(LeadSentence.of(paragraph.scalarValues[...]))
    #expect(String(scalarValues: found) == lead)
  }

  @Test(arguments: [
    "今年是“十四五”规划收官之年。做好政府工作，要…",  // 是: a statement
    "就业是民生之本。要完善就业优先政策。",
    "我们要以铸牢中华民族共同体意识为主线，推进中华民族共同体建设。",  // a remark, and a clause break
    "提出上述预期目标，综合考虑了国内外形势和各方面因素。",  // a clause break
    "今年发展主要预期目标是：国内生产总值增长5%左右；",
    "推进。",  // too short to be a task
    "深入贯彻落实党中央国务院关于推动高质量发展的决策部署和省委省政府的工作要求。",  // 37 characters: too long
  ])
  func paragraphDoesNotLead(paragraph: String) {
    #expect(LeadSentence.of(paragraph.scalarValues[...]) == nil)
  }
}
