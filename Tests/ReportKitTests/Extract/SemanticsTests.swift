import Foundation
import Testing
@testable import ReportKit

/// Figures and targets that mean what the sentence says. Each row is a sentence from a real report (the
/// report named beside it, from the external corpus) or, where marked, written here in the same style; the
/// expected values are worked out by hand from the sentence.
@Suite struct SemanticsTests {
  /// The text as the only paragraph of a part with `heading`, in a report of `year`, segmented and extracted.
  static func inPart(_ heading: String, _ text: String, year: Int = 2026, kind: DocumentKind = .workReport, dataYear: Int? = nil)
    -> Document
  {
    var doc = Document(id: "d1", text: Normalizer().normalize("\(heading)\n\(text)").string)
    doc.year = year
    doc.kind = kind
    doc.dataYear = dataYear
    var d: [Diagnostic] = []
    doc.outline = Segmenter().segment(doc.scalars, reportYear: year, diagnostics: &d)
    ExtractSupport.extractor.extract(&doc)
    return doc
  }

  static func plan(_ text: String, year: Int = 2026) -> Document { inPart("二、\(year)年工作安排", text, year: year) }
  static func review(_ text: String, year: Int = 2026) -> Document { inPart("一、\(year - 1)年工作回顾", text, year: year) }

  // MARK: 分别 lists

  @Test func respectivelyPairsSubjectsWithValuesInOrder() {
    // 福建 2026: 「接待旅游总人数、游客旅游总花费分别增长10.6%、12.6%」.
    let doc = SemanticsTests.review("大力发展文化旅游业，接待旅游总人数、游客旅游总花费分别增长10.6%、12.6%。")
    #expect(doc.figures.map(\.metric) == ["接待旅游总人数增长", "游客旅游总花费增长"])
    #expect(doc.figures.map(\.value) == [.of("10.6"), .of("12.6")])
  }

  @Test func respectivelySharesATailWrittenOnce() {
    // 河南 2025 style: the shared head noun is written once, after the last subject.
    let a = SemanticsTests.review("高技术制造业、装备制造业增加值分别增长9.4%、9.2%。")
    #expect(a.figures.map(\.metric) == ["高技术制造业增加值增长", "装备制造业增加值增长"])
    // 广东 2025: 「城镇居民、农村居民人均可支配收入分别增长4.6%、6.7%」.
    let b = SemanticsTests.review("城镇居民、农村居民人均可支配收入分别增长4.6%、6.7%。")
    #expect(b.figures.map(\.metric) == ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"])
  }

  @Test func aUnitWrittenOnceIsSharedByTheList() {
    // 云南 2026: 「蔬菜、小浆果设施产量占比分别提高15、22个百分点」.
    let doc = SemanticsTests.review("蔬菜、小浆果设施产量占比分别提高15、22个百分点。")
    #expect(doc.figures.map(\.text) == ["15", "22个百分点"])
    #expect(doc.figures.map(\.canonicalUnit) == ["个百分点", "个百分点"])
    #expect(doc.figures.map(\.kind) == [.percentagePoint, .percentagePoint])
    #expect(doc.figures.map(\.metric) == ["蔬菜设施产量占比提高", "小浆果设施产量占比提高"])
    #expect(doc.figures.map(\.change) == [.increase, .increase])
  }

  @Test func respectivelyPairsBaselinesToo() {
    // Written here in the style of the budget sentences: baselines after 分别从, new values after 提高到.
    let doc = SemanticsTests.plan("城乡居民医保、基本公共卫生服务人均财政补助标准分别从202元、270元提高到209元、280元。")
    #expect(doc.figures.map(\.metric) == [
      "城乡居民医保人均财政补助标准", "基本公共卫生服务人均财政补助标准", "城乡居民医保人均财政补助标准",
      "基本公共卫生服务人均财政补助标准",
    ])
    #expect(doc.figures.map(\.role) == [.actual, .actual, .target, .target])
    #expect(doc.targets.map(\.value) == [ExactDecimal(209), ExactDecimal(280)])
  }

  // MARK: Roles

  @Test func plannedSpendingInAPlanPartIsATargetEvenBesideBiShangNian() throws {
    // 国家 2026: planned spending compares with last year and is still planned.
    let doc = SemanticsTests.plan("一般公共预算支出规模将首次达到30万亿元、比上年增加约1.27万亿元。")
    #expect(doc.figures.map(\.role) == [.target, .target])
    let increase = try #require(doc.figures.last)
    #expect(increase.change == .increase)
    #expect(increase.base?.text == "上年")
    #expect(increase.base?.interval?.end.description == "2025-12-31")
    #expect(!doc.deadlines.contains { $0.text == "上年" })  // a comparison base, not a deadline
    #expect(doc.targets.first?.metric == "一般公共预算支出规模")
  }

  @Test func achievedWordsInAPlanPartStayPlanned() {
    // 国家 2025 style: 「推进重大工程建设，全年完成投资2400亿元」 in a plan part.
    let doc = SemanticsTests.plan("推进重大工程建设，全年完成投资2400亿元。")
    #expect(doc.figures.first?.role == .target)
    #expect(doc.targets.first.flatMap { doc.deadline(of: $0)?.text } == "全年")
  }

  @Test func anEstimateInAReviewIsAnActualAndSaysSo() throws {
    // 北京 2026 style: 「主营业务收入预计达到4200亿元」 in a review part.
    let doc = SemanticsTests.review("新增软件企业超过6400家、主营业务收入预计达到4200亿元。")
    let f = try #require(doc.figures.first { $0.text == "4200亿元" })
    #expect(f.role == .actual)
    #expect(f.estimate)
    #expect(doc.figures.first { $0.text == "6400家" }?.estimate == false)
  }

  @Test func aForecastInAPlanPartIsNoTarget() throws {
    // Written here: the government forecasts, it does not set, how many graduate.
    let doc = SemanticsTests.plan("高校毕业生预计超过1170万人，要多措并举稳就业。")
    let f = try #require(doc.figures.first)
    #expect(f.estimate && f.role == .other)
    #expect(doc.targets.isEmpty)
  }

  @Test func aBulletinIsAllActuals() {
    // Written here in the style of a 统计公报: 全年 and 年末 are the bulletin's data year.
    // Published in 2023, about 2022.
    let doc = SemanticsTests.inPart(
      "一、综合", "全年地区生产总值比上年增长5.2%。年末全市常住人口达到560万人，比年初增加3万人。", year: 2023,
      kind: .statisticalBulletin, dataYear: 2022)
    #expect(doc.figures.allSatisfy { $0.role == .actual })
    #expect(doc.targets.isEmpty)
    let yearEnd = doc.deadlines.first { $0.text == "年末" }
    #expect(yearEnd?.kind == .date)
    #expect(yearEnd?.interval.map { "\($0.start)..\($0.end)" } == "2022-12-31..2022-12-31")
    let sinceJanuary = doc.figures.first { $0.text == "3万人" }
    #expect(sinceJanuary?.base?.text == "年初")
    #expect(sinceJanuary?.base?.interval.map { "\($0.start)..\($0.end)" } == "2022-01-01..2022-01-01")
  }

  // MARK: Change or level

  @Test(arguments: [
    // 国家 2026: an increment, not the level.
    ("城乡居民基础养老金月最低标准再提高20元。", "20元", Optional(Change.increase)),
    // 国家 2026: 「赤字规模比上年增加2300亿元」.
    ("赤字规模比上年增加2300亿元。", "2300亿元", .increase),
    ("单位国内生产总值能耗降低3%左右。", "3%", .decrease),
    ("一般工商业平均电价再降低10%。", "10%", .decrease),
    // A level: the change word leads to it.
    ("补助标准提高到280元。", "280元", nil),
    ("新增城镇就业1200万人以上。", "1200万人", nil),
  ])
  func changeOrLevel(sentence: String, figure: String, change: Change?) throws {
    let doc = SemanticsTests.plan(sentence)
    let f = try #require(doc.figures.first { $0.text == figure })
    #expect(f.change == change)
    if f.role == .target { #expect(doc.targets.first { $0.figureId == f.id }?.change == change) }
  }

  // MARK: Hedges

  @Test func aHedgeGovernsItsOwnClauseOnly() {
    // 国家 2026: 努力争取 follows the growth target and stands before a 「；」: it governs neither.
    let doc = SemanticsTests.plan(
      "今年发展主要预期目标是：经济增长4.5%—5%，在实际工作中努力争取更好结果；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右。")
    #expect(doc.targets.map(\.metric) == ["经济增长", "城镇调查失业率", "城镇新增就业", "居民消费价格涨幅"])
    #expect(doc.targets.map(\.hedge) == [nil, nil, nil, nil])
    // The lead-in's 今年 dates every item of the list.
    #expect(doc.targets.map { doc.deadline(of: $0)?.text } == ["今年", "今年", "今年", "今年"])
    #expect(doc.targets.map(\.deadlineInherited) == [false, true, true, true])
  }

  @Test func aHedgeCarriesOverWithinItsSentenceAndIntroducedList() {
    // The seed: 力争 governs the three values of its sentence.
    let a = ExtractSupport.document("力争今年10月底居民光伏屋顶安装率达50%，12月底达60%，2年内达80%。")
    #expect(a.targets.map(\.hedge) == ["力争", "力争", "力争"])
    // Written here: a hedge in a lead-in governs the items it introduces.
    let b = SemanticsTests.plan("力争实现以下目标：粮食产量1.4万亿斤左右；新增高标准农田4500万亩。")
    #expect(b.targets.map(\.hedge) == ["力争实现", "力争实现"])
  }

  // MARK: Deadline inheritance

  @Test func targetsTakeTheirPartsPeriod() throws {
    // 国家 2026: the part heading names the plan period; its targets inherit it.
    let doc = SemanticsTests.inPart(
      "二、“十五五”时期主要目标", "人均预期寿命达到80岁，劳动年龄人口平均受教育年限提高到11.7年。", year: 2026)
    #expect(doc.targets.count == 2)
    for t in doc.targets {
      #expect(doc.deadline(of: t)?.interval?.end.description == "2030-12-31")
      #expect(t.deadlineInherited)
    }
  }

  @Test func aDeadlineAtTheSentencesEndDatesItsValue() {
    // Written here: the deadline follows the value at the end of the sentence.
    let doc = SemanticsTests.plan("森林覆盖率达到25%，到2030年。")
    #expect(doc.targets.first.flatMap { doc.deadline(of: $0)?.text } == "到2030年")
  }

  // MARK: Metrics

  @Test(arguments: [
    // 国家 2026: a leading verb and a leading 将首次 are no part of the metric.
    ("全社会研发经费投入年均增长7%以上。", "7%", "全社会研发经费投入年均增长"),
    ("提出全社会研发经费投入年均增长7%以上。", "7%", "全社会研发经费投入年均增长"),
    ("一般公共预算支出规模将首次达到30万亿元。", "30万亿元", "一般公共预算支出规模"),
    // 国家 2026: the noun after the value measures it; never cut inside a word.
    ("设立1000亿元财政金融协同促内需专项资金。", "1000亿元", "财政金融协同促内需专项资金"),
    ("拟发行超长期特别国债1.3万亿元。", "1.3万亿元", "超长期特别国债"),
    // 海拉尔 2017 style: 总投资X的Y measures Y's investment.
    ("推进总投资10亿元的大数据项目开工建设。", "10亿元", "大数据项目总投资"),
    // Written here in that style: 新建 is part of the noun (only 建设 and 开工 end it), Latin letters inside it
    // count, 如期 ends it, and values listed with 、 before one 的 measure the noun after it.
    ("完成42条、总长度36.5公里的城市道路新建改造。", "42条", "城市道路新建改造"),
    ("完成42条、总长度36.5公里的城市道路新建改造。", "36.5公里", "城市道路新建改造总长度"),
    ("确保投资3200万元的体育中心改造工程如期完工。", "3200万元", "体育中心改造工程投资"),
    ("实施总投资8.2亿元的污水处理PPP项目。", "8.2亿元", "污水处理PPP项目总投资"),
    // 山东 2026: a count with its own words before it keeps them, whatever follows its 、 (实施 is no metric verb:
    // 实施方案 and 实施意见 are nouns).
    ("实施补链强链重点项目1900个、投资2000万元以上的技改项目3000个。", "1900个", "实施补链强链重点项目"),
    // 年度 after a year is one word: no metric starts with its 度.
    ("全面完成2024年度民生实事项目（共12项）。", "12项", "民生实事项目"),
    // How a value was computed is no part of what it measures.
    ("一般公共预算收入按可比口径增长7.5%。", "7.5%", "一般公共预算收入增长"),
  ])
  func metricsEndAtWordsAndDropVerbs(sentence: String, figure: String, metric: String) throws {
    let doc = SemanticsTests.plan(sentence)
    #expect(try #require(doc.figures.first { $0.text == figure }).metric == metric)
  }

  @Test func aComponentAfterACountOfHoldersIsTheirs() {
    // 国家 2025 review style (「规模以上工业企业达7.6万家、增加值增长3%」), and one written here with a company noun.
    let a = SemanticsTests.review("规模以上工业企业达7.6万家、增加值增长3%。")
    #expect(a.figures.map(\.metric) == ["规模以上工业企业", "规模以上工业增加值增长"])
    let b = SemanticsTests.review("高新技术企业达到1200家，营业收入增长12%。")
    #expect(b.figures.map(\.metric) == ["高新技术企业", "高新技术企业营业收入增长"])
    // Not across another clause: the component must follow the count directly.
    let c = SemanticsTests.review("高新技术企业达到1200家，全省规模以上工业营业收入增长5%。")
    #expect(c.figures.last?.metric == "规模以上工业营业收入增长")
  }

  @Test func aValueInForceNowIsNoTargetAndNamesTheNewOnesMetric() throws {
    // Written here in the style of 国家 2019 (「将制造业等行业现行16%的税率降至13%」).
    let doc = SemanticsTests.plan("将小规模纳税人现行3%的征收率降至1%，将农产品加工企业现行10%的扣除率提高到12%。")
    let three = try #require(doc.figures.first { $0.text == "3%" })
    #expect(three.metric == "小规模纳税人现行征收率" && three.role == .actual)
    #expect(doc.targets.map(\.metric) == ["小规模纳税人征收率", "农产品加工企业扣除率"])
    #expect(doc.targets.map(\.value) == [.of("1"), .of("12")])
  }

  @Test func aGenericNounIsNoMetricAndGivesNoTarget() {
    let doc = SemanticsTests.plan("全市地区生产总值迈上4万亿元新台阶。")
    #expect(!doc.targets.contains { ["台阶", "新台阶"].contains($0.metric) })
  }

  @Test(arguments: [
    ("地区生产总值增长5%左右。", "国内生产总值增长"),
    ("经济增长5%左右。", "国内生产总值增长"),
    ("GDP增长5%左右。", "国内生产总值增长"),
    ("居民消费价格涨幅3%左右。", "居民消费价格涨幅"),
    ("CPI涨幅3%左右。", "居民消费价格涨幅"),
    ("一般工商业平均电价再降低10%。", "一般工商业平均电价降低"),
  ])
  func metricKeysFoldSynonyms(sentence: String, key: String) {
    let doc = SemanticsTests.plan(sentence)
    #expect(doc.figures.first?.metricKey == key)
    #expect(doc.targets.first?.metricKey == key)
  }

  // MARK: Not targets

  @Test(arguments: [
    // 国家 2026: a count of the plan's own indicators.
    "贯彻落实党中央《建议》明确的主要目标，《纲要（草案）》细化提出20项主要指标。",
    // Written here: counts of the plan's projects and measures.
    "实施28项重大工程，出台10条措施。",
    // 江苏 2026: rhetoric.
    "只要我们勠力同心汇聚8500万江苏人民的奋进力量，就一定能够创造新的更大奇迹。",
    // A definition's threshold.
    "规模以上工业企业（年主营业务收入2000万元及以上）增加值增长6%。",
    "60岁以上人口超过3亿。",
  ])
  func noTargetsFromStructureRhetoricOrDefinitions(sentence: String) {
    let doc = SemanticsTests.plan(sentence)
    #expect(!doc.targets.contains { ["20项", "28项", "10条", "8500万", "2000万元", "60岁"].contains(doc.figure(of: $0)?.text ?? "") })
  }

  @Test func classesAreNoFigures() {
    // 青海 2026 style: 万吨级 names a class of things.
    let doc = SemanticsTests.plan("建设20万吨级泊位，打造100亿级产业集群。")
    #expect(doc.figures.isEmpty)
  }

  // MARK: Qualifiers, ranks, units

  @Test(arguments: [
    ("经济总量突破500亿元。", "500亿元", "突破"),
    ("首次突破1万亿元。", "1万亿元", "首次突破"),
    ("进出口总额超1000亿元。", "1000亿元", "超"),
    ("新增就业逾10万人。", "10万人", "逾"),
    ("新建项目100余个。", "100余个", "余"),
  ])
  func qualifiers(sentence: String, figure: String, qualifier: String) throws {
    let doc = ExtractSupport.document(sentence)
    #expect(try #require(doc.figures.first { $0.text == figure }).qualifier == qualifier)
  }

  @Test(arguments: [
    // 福建 2026.
    ("锂电池出口居全国首位。", "首位", "1"),
    ("新增国家级能效“领跑者”企业数居全国第二。", "二", "2"),
    ("数字经济规模居全国第9。", "9", "9"),
    ("跻身全国前10位。", "10位", "10"),
  ])
  func ranks(sentence: String, figure: String, value: String) throws {
    let doc = ExtractSupport.document(sentence)
    let f = try #require(doc.figures.first { $0.text == figure }, "\(doc.figures.map(\.text))")
    #expect(f.kind == .rank)
    #expect(f.value == .of(value))
  }

  @Test func priorityIsNoRank() {
    let doc = ExtractSupport.document("始终把人民生命安全摆在首位。")
    #expect(doc.figures.isEmpty)
  }

  @Test(arguments: [
    ("发射卫星3颗。", "3颗", "颗", FigureKind.count, "3"),
    ("粮食播种面积达到460千公顷。", "460千公顷", "千公顷", .physical, "460"),
    ("细颗粒物平均浓度降至30μg/m³。", "30μg/m³", "微克/立方米", .physical, "30"),
    ("最低工资标准提高到2100元/人月。", "2100元/人月", "元/人月", .money, "2100"),
    ("战略性新兴产业营业收入占比超过三分之一。", "三分之一", "", .ratio, "0.333333333333"),
    ("清偿比例达到1/3以上。", "1/3", "", .ratio, "0.333333333333"),
    // 云南 2026: a ratio of two terms.
    ("农产品加工产值与农业总产值之比提升至2.5∶1。", "2.5∶1", "", .ratio, "2.5"),
    ("新建三至五个产业园。", "三至五个", "个", .count, "3"),
    // 国家 2026: durations in 年.
    ("劳动年龄人口平均受教育年限提高到11.7年。", "11.7年", "年", .duration, "11.7"),
    ("第二轮土地承包到期后再延长30年。", "30年", "年", .duration, "30"),
    ("港口集装箱吞吐量达到300万标准箱。", "300万标准箱", "标箱", .physical, "3000000"),
  ])
  func unitsKindsAndShapes(sentence: String, figure: String, canonical: String, kind: FigureKind, value: String) throws {
    let doc = ExtractSupport.document(sentence)
    let f = try #require(doc.figures.first { $0.text == figure }, "\(doc.figures.map(\.text))")
    #expect(f.canonicalUnit == canonical)
    #expect(f.kind == kind)
    #expect(f.value == .of(value))
  }

  @Test func unitsStayAsWritten() throws {
    let doc = ExtractSupport.document("吞吐量达到300万标准箱，投资2960港币，增长16.1 %。")
    #expect(doc.figures.map(\.unit) == ["标准箱", "港币", "%"])
    #expect(doc.figures.map(\.canonicalUnit) == ["标箱", "港元", "%"])
    #expect(doc.figures.last?.text == "16.1 %")  // a space of any width before % belongs to the figure
  }

  @Test(arguments: [
    ("数十亿元人民币", "十亿元", "1000000000", "10000000000"),  // 数 is the figure's qualifier
    ("八九亿韩元", "八九亿韩元", "800000000", "900000000"),
    ("十八至三十万日元", "十八至三十万日元", "180000", "300000"),
    ("一百二十到一百五十万元", "一百二十到一百五十万元", "1200000", "1500000"),
    ("七千到九千亿元", "七千到九千亿元", "700000000000", "900000000000"),
    ("两到三万港元", "两到三万港元", "20000", "30000"),
    ("从8500到3万港元", "8500到3万港元", "8500", "30000"),
  ])
  func approximateAndRangedNumerals(phrase: String, figure: String, value: String, upper: String) throws {
    let doc = ExtractSupport.document("全年完成投资\(phrase)。")
    let f = try #require(doc.figures.first { $0.text == figure }, "\(doc.figures.map(\.text))")
    #expect(f.value == .of(value))
    #expect(f.upper == .of(upper))
  }

  // MARK: Deadline phrases

  @Test(arguments: [
    // 北京 2026: the new term's five years.
    ("《纲要草案》明确了今后五年的发展目标。", "今后五年", "2026-01-01..2030-12-31"),
    ("过去五年，我们办成了一批大事。", "过去五年", "2021-01-01..2025-12-31"),
    ("五年来，经济总量跨上新台阶。", "五年来", "2021-01-01..2025-12-31"),
    ("过去一年，成绩来之不易。", "过去一年", "2025-01-01..2025-12-31"),
    // 广东 2025 style: before the report year's Spring Festival (2026: 17 February).
    ("受灾群众春节前将入住新居。", "春节前", "2026-01-01..2026-02-16"),
    // By convention, before the main flood season opens in June.
    ("汛期前完成病险水库除险加固。", "汛期前", "2026-01-01..2026-05-31"),
    ("圆满完成“十四五”规划目标任务。", "“十四五”规划", "2021-01-01..2025-12-31"),
    ("今明两年完成农村供水工程。", "今明两年", "2026-01-01..2027-12-31"),
  ])
  func deadlinePhrases(sentence: String, text: String, interval: String) throws {
    let doc = ExtractSupport.document(sentence, year: 2026)
    let d = try #require(doc.deadlines.first { $0.text == text }, "\(doc.deadlines.map(\.text))")
    #expect(d.interval.map { "\($0.start)..\($0.end)" } == interval)
  }

  @Test func baseYearsAreBasesNotDeadlines() throws {
    // 甘肃 2026 style: 比2020年 is what the value is compared with.
    let doc = ExtractSupport.document("到2025年，地区生产总值比2020年增长40%。", year: 2026)
    #expect(doc.deadlines.map(\.text) == ["到2025年"])
    let f = try #require(doc.figures.first)
    #expect(f.base?.text == "2020年")
    #expect(f.base?.interval?.start.description == "2020-01-01")
  }
}

/// Corpus-wide properties of the meaning of figures and targets.
@Suite(.enabled(if: Paths.externalCorpus != nil, "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)"))
struct SemanticsCorpusTests {
  @Test func noMetricKeepsRespectivelyAndNoTargetMeasuresAGenericNoun() throws {
    let generic: Set<String> = ["指标", "工程", "项目", "台阶", "任务", ""]
    for url in Paths.externalReports {
      for d in try Pipeline().extract(path: url.path).documents {
        let name = url.pathComponents.suffix(3).joined(separator: "/")
        #expect(!d.figures.contains { $0.metric?.contains("分别") == true }, "\(name): a metric keeps 分别")
        #expect(!d.targets.contains { generic.contains($0.metric) }, "\(name): a target measures a generic noun")
        // A target's key is its figure's, unless the figure names no metric and the target carries one over.
        for t in d.targets where d.figure(of: t)?.metricKey != nil { #expect(t.metricKey == d.figure(of: t)?.metricKey) }
      }
    }
  }
}
