import Testing
@testable import ReportKit

/// Targets: planned values with metric, comparator, hedge and deadline.
@Suite struct TargetTests {
  /// The deadline a target points at.
  private func deadline(_ doc: Document, _ t: Target) -> Deadline? {
    doc.deadlines.first { $0.id == t.deadlineId }
  }

  @Test func metricCarriesOverWithItsOwnDeadlines() throws {
    let text = "1. 发展“光伏+屋顶”。在会龙、长旺两个村试点建设零碳示范村，力争今年10月底居民光伏屋顶安装率达50%，12月底达60%，2年内达80%。"
    let doc = ExtractSupport.document(text, year: 2022)
    let rate = doc.targets.filter { $0.unit == "%" }
    #expect(rate.map(\.metric) == ["居民光伏屋顶安装率", "居民光伏屋顶安装率", "居民光伏屋顶安装率"])
    #expect(rate.map(\.value) == [ExactDecimal(50), ExactDecimal(60), ExactDecimal(80)])
    #expect(rate.map { deadline(doc, $0)?.interval?.end.description } == ["2022-10-31", "2022-12-31", "2023-12-31"])
    #expect(rate.map { deadline(doc, $0)?.text } == ["今年10月底", "12月底", "2年内"])
    #expect(rate.allSatisfy { $0.hedge == "力争" && $0.comparator == .reach })
    // Each target stands in one of the document's sentences and points at its figure.
    for t in rate {
      #expect(doc.sentences.contains { $0.span == t.sentence })
      #expect(t.sentence.contains(t.span))
      #expect(doc.figures.first { $0.id == t.figureId }?.span == t.span)
    }
  }

  @Test func startingValueOfAChangeIsNoTarget() throws {
    // From the 2013 national report: 240元 is today's standard, 280元 the planned one.
    let text = "一、过去五年工作回顾\n略。\n二、今年的工作任务\n新农合和城镇居民基本医疗保险财政补助标准由每人每年240元提高到280元。全员劳动生产率从人均8.7万元提高到10万元以上。"
    let source = SourceText(info: SourceInfo(path: "t.txt", format: .text, encoding: .utf8, sha256: ""), text: text)
    let doc = try #require(Pipeline(options: .init(year: 2013)).process(source).documents.first)
    #expect(doc.targets.map(\.value) == [ExactDecimal(280), ExactDecimal(100_000)])
    #expect(doc.targets.map(\.metric) == ["新农合和城镇居民基本医疗保险财政补助标准", "全员劳动生产率"])
    #expect(doc.targets.map(\.comparator) == [.reach, .floor])
    let starts = doc.figures.filter { $0.value == ExactDecimal(240) || $0.value == ExactDecimal(87_000) }
    #expect(starts.count == 2 && starts.allSatisfy { $0.role == .actual })
  }

  @Test func floorTargetWithItsOwnMetricAndDeadline() throws {
    let text = "在全镇范围内利用企业闲置厂房屋顶建设电站，力争12月底前完成企业屋顶电站20MW，2年内安装率达40%以上，争取实现自发自用、能源自给，余电上网。"
    let doc = ExtractSupport.document(text, year: 2022)
    #expect(doc.targets.map(\.metric) == ["企业屋顶电站", "安装率"])
    let mw = try #require(doc.targets.first)
    #expect(mw.value == ExactDecimal(20))
    #expect(mw.unit == "MW")
    #expect(deadline(doc, mw)?.text == "12月底前")
    let rate = try #require(doc.targets.last)
    #expect(rate.comparator == .floor)
    #expect(rate.value == ExactDecimal(40))
    #expect(rate.hedge == "力争")
    #expect(deadline(doc, rate)?.interval?.end.description == "2023-12-31")
  }

  /// The 主要预期目标 paragraph of the 2024 national report, as printed.
  static let national2024 =
    "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右，生态环境质量持续改善。"

  @Test func headlineTargetsOfAWorkReport() throws {
    let doc = ExtractSupport.document(TargetTests.national2024, year: 2024)
    let got = doc.targets.map { "\($0.metric) \($0.comparator.rawValue) \($0.value) \($0.unit)" }
    #expect(
      got == [
        "国内生产总值增长 about 5 %", "城镇新增就业 floor 12000000 人", "城镇调查失业率 about 5.5 %",
        "居民消费价格涨幅 about 3 %", "粮食产量 floor 1300000000000 斤", "单位国内生产总值能耗降低 about 2.5 %",
      ])
    // 今年 in the lead-in dates every item of the list.
    #expect(doc.targets.allSatisfy { deadline(doc, $0)?.text == "今年" })
    #expect(doc.targets.allSatisfy { deadline(doc, $0)?.interval?.end.description == "2024-12-31" })
    #expect(doc.figures.allSatisfy { $0.role == .target })
  }

  @Test func restatedTargetIsNotRepeated() {
    let text = TargetTests.national2024 + "\n提出上述预期目标，综合考虑了国内外形势和各方面因素。经济增长预期目标为5%左右，考虑了促进就业增收的需要。"
    let doc = ExtractSupport.document(text, year: 2024)
    #expect(doc.targets.filter { $0.unit == "%" && $0.value == ExactDecimal(5) }.count == 1)
  }

  @Test(arguments: [
    ("今年主要预期目标是：城镇登记失业率控制在4.6%以内。", Comparator.ceiling),
    ("今年主要预期目标是：城镇登记失业率低于4.6%。", .ceiling),
    ("今年主要预期目标是：居民消费价格涨幅控制在3%。", .ceiling),
    ("今年主要预期目标是：居民消费价格涨幅控制在3.5%左右。", .about),
    ("力争各部门涉企检查事项覆盖率不低于90%。", .floor),
    ("力争研发经费投入增长超过10%。", .floor),
    ("今年主要预期目标是：经济增长4.5%—5%。", .range),
    ("力争旅游人数突破370万人次。", .floor),
    ("力争常住人口城镇化率达到60%。", .reach),
    ("力争新增就业约5万人。", .about),
    ("确保粮食产量1.3万亿斤以上。", .floor),
    ("力争债务率不超过120%。", .ceiling),
  ])
  func comparator(phrase: String, expected: Comparator) throws {
    let doc = ExtractSupport.document(phrase, year: 2024)
    let t = try #require(doc.targets.first, "no target in \(phrase)")
    #expect(t.comparator == expected)
  }

  @Test func rangeTargetCarriesBothEnds() throws {
    let doc = ExtractSupport.document("今年发展主要预期目标是：经济增长4.5%—5%，在实际工作中努力争取更好结果；", year: 2026)
    let t = try #require(doc.targets.first)
    #expect(t.metric == "经济增长")
    #expect(t.value == ExactDecimal.of("4.5"))
    #expect(t.upper == ExactDecimal(5))
    #expect(t.hedge == nil)  // 争取 comes after the value
  }

  @Test(arguments: [
    ("力争今年粮食产量达到1.4亿斤。", "力争"), ("确保完成能耗双控目标，单位能耗下降3%。", "确保"),
    ("努力争取旅游收入增长10%。", "努力争取"), ("争取新增就业5万人。", "争取"), ("今年粮食产量达到1.4亿斤。", ""),
  ])
  func hedge(phrase: String, expected: String) throws {
    let doc = ExtractSupport.document(phrase, year: 2024)
    let t = try #require(doc.targets.first, "no target in \(phrase)")
    #expect((t.hedge ?? "") == expected)
  }

  @Test func reviewFiguresAreActualsNotTargets() {
    var doc = Document(id: "d1", text: "一、2023年工作回顾\n国内生产总值增长5.2%，城镇新增就业1244万人，完成了全年预期目标。")
    doc.year = 2024
    doc.outline = Outline([
      Node(id: "一", kind: .part, marker: "一、", ordinal: 1, level: 1, heading: "2023年工作回顾",
        span: SourceSpan(start: 0, end: doc.text.unicodeScalars.count), headingSpan: SourceSpan(start: 0, end: 10),
        role: .review)
    ])
    ExtractSupport.extractor.extract(&doc)
    #expect(doc.figures.count == 2)
    #expect(doc.figures.allSatisfy { $0.role == .actual })
    #expect(doc.targets.isEmpty)
  }

  @Test func pastFiguresWithoutPartsAreActuals() {
    let doc = ExtractSupport.document("2021年1-10月，284个市重大项目完成投资470亿元，超序时1.7个百分点。", year: 2022)
    #expect(doc.figures.allSatisfy { $0.role == .actual })
    #expect(doc.targets.isEmpty)
  }

  @Test func aComparisonBaseIsNotTheDeadline() throws {
    let doc = ExtractSupport.document("力争今年地区生产总值比上年增长6%。", year: 2024)
    let t = try #require(doc.targets.first)
    #expect(deadline(doc, t)?.text == "今年")
  }

  @Test func targetsTakeTheOwnersOfTheirParagraph() throws {
    let text = "到2023年，力争工业互联网平台连接设备达到1000万台。（责任单位：省经济和信息化厅、省通信管理局）"
    let doc = ExtractSupport.document(text, year: 2021)
    let t = try #require(doc.targets.first)
    #expect(t.metric == "工业互联网平台连接设备")
    #expect(t.owners == ["省经济和信息化厅", "省通信管理局"])
    #expect(deadline(doc, t)?.text == "到2023年")
  }

  @Test func idsAreDocumentLocal() {
    let doc = ExtractSupport.document(TargetTests.national2024, year: 2024)
    #expect(doc.targets.map(\.id.description) == (1...doc.targets.count).map { "g\($0)" })
  }
}
