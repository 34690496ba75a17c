import Testing
@testable import ReportKit

/// One expected figure: its text, exact value, unit, qualifier ("" for none) and kind.
struct FigureRow: CustomTestStringConvertible, Sendable {
  var phrase: String
  var text: String
  var value: String
  var unit: String
  var qualifier: String
  var kind: FigureKind
  var upper: String? = nil
  /// Skip the normaliser (to see full-width digits and signs as a raw source has them).
  var raw = false
  var testDescription: String { phrase }
}

/// Figures from real phrases (the seed and the external corpus), values worked out by hand.
@Suite struct FigureTests {
  static let rows: [FigureRow] = [
    // The seed.
    FigureRow(phrase: "284个市重大项目完成投资470亿元，超序时1.7个百分点。", text: "470亿元", value: "47000000000", unit: "元", qualifier: "", kind: .money),
    FigureRow(phrase: "284个市重大项目完成投资470亿元，超序时1.7个百分点。", text: "1.7个百分点", value: "1.7", unit: "个百分点", qualifier: "", kind: .percentagePoint),
    FigureRow(phrase: "284个市重大项目完成投资470亿元，超序时1.7个百分点。", text: "284个", value: "284", unit: "个", qualifier: "", kind: .count),
    FigureRow(phrase: "53个项目获得专项债券额度170.5亿元", text: "170.5亿元", value: "17050000000", unit: "元", qualifier: "", kind: .money),
    FigureRow(phrase: "22个长江大保护项目获得贷款68.9亿元。", text: "68.9亿元", value: "6890000000", unit: "元", qualifier: "", kind: .money),
    FigureRow(phrase: "2021年累计向上争取各类资金4.45亿元。", text: "4.45亿元", value: "445000000", unit: "元", qualifier: "", kind: .money),
    FigureRow(phrase: "全镇累计兑现居民安装光伏补贴达450万元。", text: "450万元", value: "4500000", unit: "元", qualifier: "", kind: .money),
    FigureRow(phrase: "实现居民年增收约1554万元。", text: "1554万元", value: "15540000", unit: "元", qualifier: "约", kind: .money),
    FigureRow(phrase: "全镇居民屋顶光伏电站可安装30MW，", text: "30MW", value: "30", unit: "MW", qualifier: "", kind: .physical),
    FigureRow(phrase: "力争12月底前完成企业屋顶电站20MW，", text: "20MW", value: "20", unit: "MW", qualifier: "", kind: .physical),
    FigureRow(phrase: "油坊已有规模以上光伏企业近20家，", text: "20家", value: "20", unit: "家", qualifier: "近", kind: .count),
    FigureRow(phrase: "全镇登记在册的102户贫困户已全部由政府出资安装光伏屋顶助其脱贫。", text: "102户", value: "102", unit: "户", qualifier: "", kind: .count),
    FigureRow(phrase: "我市的全国文明城市信用排名从去年年初97名上升至去年10月66名。", text: "97名", value: "97", unit: "名", qualifier: "", kind: .rank),
    FigureRow(phrase: "我市的全国文明城市信用排名从去年年初97名上升至去年10月66名。", text: "66名", value: "66", unit: "名", qualifier: "", kind: .rank),
    FigureRow(phrase: "2年内安装率达40%以上，", text: "40%", value: "40", unit: "%", qualifier: "以上", kind: .percent),
    FigureRow(phrase: "细化17方面90项重点任务，", text: "90项", value: "90", unit: "项", qualifier: "", kind: .count),
    // National reports.
    FigureRow(phrase: "国内生产总值增长5%左右；", text: "5%", value: "5", unit: "%", qualifier: "左右", kind: .percent),
    FigureRow(phrase: "城镇新增就业1200万人以上，", text: "1200万人", value: "12000000", unit: "人", qualifier: "以上", kind: .count),
    FigureRow(phrase: "粮食产量1.3万亿斤以上；", text: "1.3万亿斤", value: "1300000000000", unit: "斤", qualifier: "以上", kind: .physical),
    FigureRow(phrase: "粮食产量1.39万亿斤", text: "1.39万亿斤", value: "1390000000000", unit: "斤", qualifier: "", kind: .physical),
    FigureRow(phrase: "国内生产总值超过126万亿元，增长5.2%。", text: "126万亿元", value: "126000000000000", unit: "元", qualifier: "超过", kind: .money),
    FigureRow(phrase: "城镇调查失业率全年控制在5.5%以内；", text: "5.5%", value: "5.5", unit: "%", qualifier: "以内", kind: .percent),
    FigureRow(phrase: "减轻企业负担1500多亿元。", text: "1500多亿元", value: "150000000000", unit: "元", qualifier: "多", kind: .money),
    FigureRow(phrase: "避免因灾伤亡4900余人。", text: "4900余人", value: "4900", unit: "人", qualifier: "余", kind: .count),
    FigureRow(phrase: "城镇登记失业率低于4.6%；", text: "4.6%", value: "4.6", unit: "%", qualifier: "低于", kind: .percent),
    FigureRow(phrase: "“双随机”检查事项覆盖率不低于90%。", text: "90%", value: "90", unit: "%", qualifier: "不低于", kind: .percent),
    FigureRow(phrase: "实际使用外资1363亿美元、创历史新高。", text: "1363亿美元", value: "136300000000", unit: "美元", qualifier: "", kind: .money),
    FigureRow(phrase: "集装箱吞吐量达8097万标箱、增长4.5%", text: "8097万标箱", value: "80970000", unit: "标箱", qualifier: "", kind: .physical),
    FigureRow(phrase: "能源综合生产能力达到58亿吨标准煤。", text: "58亿吨标准煤", value: "5800000000", unit: "吨标准煤", qualifier: "", kind: .physical),
    FigureRow(phrase: "外调绿电规模达450亿千瓦时，", text: "450亿千瓦时", value: "45000000000", unit: "千瓦时", qualifier: "", kind: .physical),
    FigureRow(phrase: "东海拉尔发电厂2×35万千瓦热电联产项目", text: "35万千瓦", value: "350000", unit: "千瓦", qualifier: "", kind: .physical),
    FigureRow(phrase: "合理的做好海拉尔东山组团8.8平方公里起步区的规划", text: "8.8平方公里", value: "8.8", unit: "平方公里", qualifier: "", kind: .physical),
    FigureRow(phrase: "农作物种植面积44.8万亩，", text: "44.8万亩", value: "448000", unit: "亩", qualifier: "", kind: .physical),
    FigureRow(phrase: "旅游人数达到309.5万人次，", text: "309.5万人次", value: "3095000", unit: "人次", qualifier: "", kind: .count),
    FigureRow(phrase: "是“十一五”时期的2.7倍。", text: "2.7倍", value: "2.7", unit: "倍", qualifier: "", kind: .ratio),
    FigureRow(phrase: "同比提高0.8个百分点。", text: "0.8个百分点", value: "0.8", unit: "个百分点", qualifier: "", kind: .percentagePoint),
    FigureRow(phrase: "新增74辆无人售票公交车", text: "74辆", value: "74", unit: "辆", qualifier: "", kind: .count),
    FigureRow(phrase: "冀东物贸集团年产3000辆专用车项目顺利投产", text: "3000辆", value: "3000", unit: "辆", qualifier: "", kind: .count),
    FigureRow(phrase: "农产品出口规模保持西部第1位，", text: "1位", value: "1", unit: "位", qualifier: "", kind: .rank),
    FigureRow(phrase: "综保区在国家绩效评估中从第9名提升至第2名", text: "9名", value: "9", unit: "名", qualifier: "", kind: .rank),
    FigureRow(phrase: "综保区在国家绩效评估中从第9名提升至第2名", text: "2名", value: "2", unit: "名", qualifier: "", kind: .rank),
    FigureRow(phrase: "高层次人才和急需紧缺人才3200余人，", text: "3200余人", value: "3200", unit: "人", qualifier: "余", kind: .count),
    FigureRow(phrase: "人均预期寿命达到80岁", text: "80岁", value: "80", unit: "岁", qualifier: "", kind: .duration),
    FigureRow(phrase: "在7个工作日内办结", text: "7个工作日", value: "7", unit: "个工作日", qualifier: "", kind: .duration),
    FigureRow(phrase: "推进3个月", text: "3个月", value: "3", unit: "个月", qualifier: "", kind: .duration),
    FigureRow(phrase: "农村贫困人口减少1000万以上，", text: "1000万", value: "10000000", unit: "", qualifier: "以上", kind: .other),
    // Chinese numerals and width.
    FigureRow(phrase: "新增就业一千二百万人", text: "一千二百万人", value: "12000000", unit: "人", qualifier: "", kind: .count),
    FigureRow(phrase: "吸纳两千人就业", text: "两千人", value: "2000", unit: "人", qualifier: "", kind: .count),
    FigureRow(phrase: "建成十二个示范区", text: "十二个", value: "12", unit: "个", qualifier: "", kind: .count),
    FigureRow(phrase: "投资三千五百万元", text: "三千五百万元", value: "35000000", unit: "元", qualifier: "", kind: .money),
    FigureRow(phrase: "增长百分之三十", text: "百分之三十", value: "30", unit: "%", qualifier: "", kind: .percent),
    FigureRow(phrase: "投资６８．９亿元", text: "６８．９亿元", value: "6890000000", unit: "元", qualifier: "", kind: .money, raw: true),
    FigureRow(phrase: "增长5.2％，", text: "5.2％", value: "5.2", unit: "%", qualifier: "", kind: .percent, raw: true),
    FigureRow(phrase: "新增1,200个岗位", text: "1,200个", value: "1200", unit: "个", qualifier: "", kind: .count),
    // Ranges.
    FigureRow(phrase: "经济增长4.5%—5%，在实际工作中努力争取更好结果；", text: "4.5%—5%", value: "4.5", unit: "%", qualifier: "", kind: .percent, upper: "5"),
    FigureRow(phrase: "国内生产总值增长6.5%－7%，", text: "6.5%－7%", value: "6.5", unit: "%", qualifier: "", kind: .percent, upper: "7"),
    FigureRow(phrase: "国内生产总值增长6%-6.5%；", text: "6%-6.5%", value: "6", unit: "%", qualifier: "", kind: .percent, upper: "6.5"),
    FigureRow(phrase: "每年培育3至5个示范基地", text: "3至5个", value: "3", unit: "个", qualifier: "", kind: .count, upper: "5"),
    FigureRow(phrase: "每年培育3—5个示范基地", text: "3—5个", value: "3", unit: "个", qualifier: "", kind: .count, upper: "5"),
    FigureRow(phrase: "利率从5%到6%", text: "5%到6%", value: "5", unit: "%", qualifier: "", kind: .percent, upper: "6"),
    FigureRow(phrase: "年均增长5%—5.5%，", text: "5%—5.5%", value: "5", unit: "%", qualifier: "", kind: .percent, upper: "5.5"),
    FigureRow(phrase: "补助1—2万元", text: "1—2万元", value: "10000", unit: "元", qualifier: "", kind: .money, upper: "20000"),
  ]

  @Test(arguments: rows)
  func figure(_ row: FigureRow) throws {
    let doc = row.raw ? ExtractSupport.raw(row.phrase) : ExtractSupport.document(row.phrase)
    let f = try #require(doc.figures.first { $0.text == row.text }, "no figure \(row.text) in \(doc.figures.map(\.text))")
    #expect(f.value.description == row.value)
    #expect(f.canonicalUnit == row.unit)
    #expect((f.qualifier ?? "") == row.qualifier)
    #expect(f.kind == row.kind)
    #expect(f.upper?.description == row.upper)
    #expect(ExtractSupport.text(doc, f.span) == f.text)
  }

  /// Names, slogans, list markers, years and versions: no figures at all.
  @Test(arguments: [
    "一是组建“198”产业强市服务架构。二是推动实体经济高质量发展。三是高标准打造“镇合意”服务品牌。",
    "5G赋能加强执法管控",
    "出台长江经济带发展工作要点和长三角一体化镇江方案",
    "继续推进“一带一路”可持续发展",
    "加强“两高”项目管理",
    "中国二氧化碳排放力争于2030年前达到峰值",
    "推进“十四五”规划纲要落地实施",
    "忠诚拥护“两个确立”，坚决做到“两个维护”",
    "坚定不移实施产业强市“一号战略”",
    "成功举办第五届国际低碳(镇江)大会暨碳达峰碳中和2021金山峰会",
    "2021年以来，市发改委认真学习",
    "修改完善“镇合意”2.0版。",
    "制定“三项清单”，设立两个村试点，开展四大领域安全督导",
    "广义货币M2增长目标",
    "PM2.5浓度下降",
    "全面提升“12345”政务热线服务水平",
    "评估等级在3A、4A、5A级的企业",
    "习近平总书记在第75届联合国大会上宣布",
    "深入贯彻党的十九届六中全会精神",
    "粮食产量实现“十二连增”",
    "围绕“一体、两翼、三带、多片区”总体布局",
    "（皖政办秘〔2021〕82号）",
    "按照第1.2.3条执行",
    "上百家企业参与，数十人受益",
    "最近3年",
  ])
  func noStrayFigures(phrase: String) {
    let doc = ExtractSupport.document(phrase)
    #expect(doc.figures.map(\.text) == [])
  }

  @Test func qualifierLookAlikesAreNotQualifiers() throws {
    let doc = ExtractSupport.document("最近3个月新增就业")
    let f = try #require(doc.figures.first)
    #expect(f.text == "3个月")
    #expect(f.qualifier == nil)
  }

  @Test func qualifierAfterIsNotPartOfTheNextFigure() {
    // 470亿元,超序时: the 超 belongs to the next clause, never to 470亿元.
    let doc = ExtractSupport.document("完成投资470亿元,超序时1.7个百分点")
    #expect(doc.figures.map(\.text) == ["470亿元", "1.7个百分点"])
    #expect(doc.figures.map(\.qualifier) == [nil, nil])
  }

  @Test func overflowGivesADiagnosticAndNoFigure() {
    let doc = ExtractSupport.document("投资99999999999999999999亿元，增长5%。")
    #expect(doc.figures.map(\.text) == ["5%"])
    let d = doc.diagnostics.filter { $0.id == "extract.number-too-large" }
    #expect(d.count == 1)
    #expect(d.first?.span == SourceSpan(start: 2, end: 23))
  }

  @Test func rankMovesGiveTwoRanks() {
    let doc = ExtractSupport.document("我市的全国文明城市信用排名从去年年初97名上升至去年10月66名。")
    #expect(doc.figures.map(\.text) == ["97名", "66名"])
    #expect(doc.figures.allSatisfy { $0.kind == .rank })
    #expect(doc.figures.map(\.metric) == ["全国文明城市信用排名", "全国文明城市信用排名"])
  }

  @Test func namesWithoutRankWordsAreCounts() throws {
    let doc = ExtractSupport.document("招聘100名教师。")
    #expect(try #require(doc.figures.first).kind == .count)
  }

  @Test func idsAreDocumentLocalAndInTextOrder() {
    let doc = ExtractSupport.document("新增74辆公交车，投资4.45亿元，增长5%。")
    #expect(doc.figures.map(\.id.description) == ["f1", "f2", "f3"])
    #expect(doc.figures.map(\.span.start) == doc.figures.map(\.span.start).sorted())
  }

  @Test func sentenceSpanHoldsTheFigure() throws {
    let doc = ExtractSupport.document("第一句没有数字。城镇新增就业1200万人以上；居民消费价格涨幅3%左右。")
    let f = try #require(doc.figures.first)
    #expect(ExtractSupport.text(doc, f.sentence) == "城镇新增就业1200万人以上；")
  }
}
