import Testing
@testable import ReportKit

/// One expected deadline: the phrase it is in, the report year, its text, kind and interval.
struct DeadlineRow: CustomTestStringConvertible, Sendable {
  var phrase: String
  var year: Int?
  var text: String
  var kind: String
  /// `start..end` in ISO dates, or "nil".
  var interval: String
  var testDescription: String { "\(phrase) (\(year.map(String.init) ?? "no year"))" }
}

/// Deadlines from real phrases, resolved by hand against the report year.
@Suite struct DeadlineTests {
  static let rows: [DeadlineRow] = [
    // The seed (report year 2022).
    DeadlineRow(phrase: "力争12月底前完成企业屋顶电站20MW，", year: 2022, text: "12月底前", kind: "by", interval: "2022-01-01..2022-12-31"),
    DeadlineRow(phrase: "力争今年10月底居民光伏屋顶安装率达50%，", year: 2022, text: "今年10月底", kind: "by", interval: "2022-01-01..2022-10-31"),
    DeadlineRow(phrase: "12月底达60%，", year: 2022, text: "12月底", kind: "by", interval: "2022-01-01..2022-12-31"),
    // The report year counts as year 1: 2年内 in 2022 ends 2023-12-31 (JioNLP made it a year too long).
    DeadlineRow(phrase: "2年内达80%。", year: 2022, text: "2年内", kind: "within", interval: "2022-01-01..2023-12-31"),
    DeadlineRow(phrase: "“十四五”期间，力争把辖区城管和直属单位的智慧化平台应用数据全部纳入", year: 2022, text: "“十四五”期间", kind: "during", interval: "2021-01-01..2025-12-31"),
    DeadlineRow(phrase: "力争在2030年前实现“碳达峰”", year: 2022, text: "2030年前", kind: "before", interval: "2022-01-01..2030-12-31"),
    // Not the year −38 (Duckling): 2060 is a year.
    DeadlineRow(phrase: "2060年前实现“碳中和”。", year: 2022, text: "2060年前", kind: "before", interval: "2022-01-01..2060-12-31"),
    DeadlineRow(phrase: "2022年建成餐厨废弃物和生活污泥协同处理项目二期", year: 2022, text: "2022年", kind: "year", interval: "2022-01-01..2022-12-31"),
    DeadlineRow(phrase: "2021年1-10月，284个市重大项目完成投资470亿元", year: 2022, text: "2021年1-10月", kind: "period", interval: "2021-01-01..2021-10-31"),
    DeadlineRow(phrase: "2021年以来，市发改委认真学习", year: 2022, text: "2021年以来", kind: "since", interval: "2021-01-01..2022-12-31"),
    DeadlineRow(phrase: "信用排名从去年年初97名上升至", year: 2022, text: "去年年初", kind: "period", interval: "2021-01-01..2021-03-31"),
    DeadlineRow(phrase: "上升至去年10月66名", year: 2022, text: "去年10月", kind: "month", interval: "2021-10-01..2021-10-31"),
    // Not 2024-12-31 (Duckling).
    DeadlineRow(phrase: "到2025年底，城镇化率达到60%", year: 2022, text: "到2025年底", kind: "by", interval: "2022-01-01..2025-12-31"),
    DeadlineRow(phrase: "2025年底前全面完成", year: 2022, text: "2025年底前", kind: "by", interval: "2022-01-01..2025-12-31"),
    // The corpus.
    DeadlineRow(phrase: "心设备利旧替代工程，年底前完成全部改造", year: 2024, text: "年底前", kind: "by", interval: "2024-01-01..2024-12-31"),
    DeadlineRow(phrase: "到2017年底前实现农村贫困人口脱贫", year: 2015, text: "到2017年底前", kind: "by", interval: "2015-01-01..2017-12-31"),
    DeadlineRow(phrase: "大唐700万吨露天矿一季度完成核准并开工", year: 2012, text: "一季度", kind: "period", interval: "2012-01-01..2012-03-31"),
    DeadlineRow(phrase: "去年一季度经济开局良好", year: 2024, text: "去年一季度", kind: "period", interval: "2023-01-01..2023-03-31"),
    DeadlineRow(phrase: "上半年完成核准", year: 2023, text: "上半年", kind: "period", interval: "2023-01-01..2023-06-30"),
    DeadlineRow(phrase: "下半年开工建设", year: 2023, text: "下半年", kind: "period", interval: "2023-07-01..2023-12-31"),
    DeadlineRow(phrase: "前三季度经济增长5.2%", year: 2024, text: "前三季度", kind: "period", interval: "2024-01-01..2024-09-30"),
    DeadlineRow(phrase: "第一季度完成", year: 2024, text: "第一季度", kind: "period", interval: "2024-01-01..2024-03-31"),
    DeadlineRow(phrase: "两年内实现农村稳定可靠的供电服务全覆盖", year: 2016, text: "两年内", kind: "within", interval: "2016-01-01..2017-12-31"),
    DeadlineRow(phrase: "三年内给予定额税费减免", year: 2019, text: "三年内", kind: "within", interval: "2019-01-01..2021-12-31"),
    DeadlineRow(phrase: "力争到2020年，把新城区打造成", year: 2013, text: "到2020年", kind: "by", interval: "2013-01-01..2020-12-31"),
    DeadlineRow(phrase: "——2012年2月29日在海拉尔区第十五届人民代表大会", year: 2012, text: "2012年2月29日", kind: "date", interval: "2012-02-29..2012-02-29"),
    DeadlineRow(phrase: "从5月1日起，将试点范围扩大", year: 2016, text: "5月1日", kind: "date", interval: "2016-05-01..2016-05-01"),
    DeadlineRow(phrase: "2010年以来城乡居民相对收入差距", year: 2013, text: "2010年以来", kind: "since", interval: "2010-01-01..2013-12-31"),
    DeadlineRow(phrase: "2011年是“十二五”的开局之年", year: 2012, text: "2011年", kind: "year", interval: "2011-01-01..2011-12-31"),
    DeadlineRow(phrase: "今年是“十四五”开局之年", year: 2021, text: "“十四五”开局之年", kind: "year", interval: "2021-01-01..2021-12-31"),
    DeadlineRow(phrase: "2015年是“十二五”收官之年。", year: 2016, text: "“十二五”收官之年", kind: "year", interval: "2015-01-01..2015-12-31"),
    DeadlineRow(phrase: "今年是“十四五”规划收官之年。", year: 2025, text: "“十四五”规划收官之年", kind: "year", interval: "2025-01-01..2025-12-31"),
    DeadlineRow(phrase: "今年是开局之年，做好工作意义重大", year: 2021, text: "开局之年", kind: "year", interval: "2021-01-01..2021-12-31"),
    DeadlineRow(phrase: "这是收官之年", year: 2026, text: "收官之年", kind: "year", interval: "2025-01-01..2025-12-31"),
    DeadlineRow(phrase: "“十二五”期间，累积完成全社会固定资产投资", year: 2016, text: "“十二五”期间", kind: "during", interval: "2011-01-01..2015-12-31"),
    DeadlineRow(phrase: "是“十一五”时期的2.7倍。", year: 2011, text: "“十一五”时期", kind: "during", interval: "2006-01-01..2010-12-31"),
    DeadlineRow(phrase: "“十五五”时期经济社会发展的主要目标", year: 2026, text: "“十五五”时期", kind: "during", interval: "2026-01-01..2030-12-31"),
    DeadlineRow(phrase: "\"十四五\"期间，力争", year: 2022, text: "\"十四五\"期间", kind: "during", interval: "2021-01-01..2025-12-31"),
    DeadlineRow(phrase: "十三五时期主要目标任务", year: 2016, text: "十三五时期", kind: "during", interval: "2016-01-01..2020-12-31"),
    DeadlineRow(phrase: "为“十四五”末建成千座公园", year: 2022, text: "“十四五”末", kind: "year", interval: "2025-01-01..2025-12-31"),
    DeadlineRow(phrase: "“十三五”末期营业收入翻一番", year: 2021, text: "“十三五”末期", kind: "year", interval: "2020-01-01..2020-12-31"),
    DeadlineRow(phrase: "“十四五”以来，累计建成", year: 2024, text: "“十四五”以来", kind: "since", interval: "2021-01-01..2024-12-31"),
    DeadlineRow(phrase: "年内要完成项目核准", year: 2012, text: "年内", kind: "within", interval: "2012-01-01..2012-12-31"),
    DeadlineRow(phrase: "所得税缴纳一律延缓到明年。", year: 2020, text: "到明年", kind: "by", interval: "2020-01-01..2021-12-31"),
    DeadlineRow(phrase: "还本付息政策再延长至明年3月底", year: 2020, text: "至明年3月底", kind: "by", interval: "2020-01-01..2021-03-31"),
    DeadlineRow(phrase: "数字政府建设行动方案（2021—2023年）的通知", year: 2022, text: "2021—2023年", kind: "period", interval: "2021-01-01..2023-12-31"),
    DeadlineRow(phrase: "第1个“三年行动”（2025-2027年），聚焦重点", year: 2025, text: "2025-2027年", kind: "period", interval: "2025-01-01..2027-12-31"),
    DeadlineRow(phrase: "到二〇三五年基本建成", year: 2021, text: "到二〇三五年", kind: "by", interval: "2021-01-01..2035-12-31"),
    DeadlineRow(phrase: "7月底前完成项目前期工作", year: 2012, text: "7月底前", kind: "by", interval: "2012-01-01..2012-07-31"),
    DeadlineRow(phrase: "制定2030年前碳排放达峰行动方案", year: 2021, text: "2030年前", kind: "before", interval: "2021-01-01..2030-12-31"),
    DeadlineRow(phrase: "2005年底前注册营运的黄标车", year: 2014, text: "2005年底前", kind: "by", interval: "2005-01-01..2005-12-31"),
    DeadlineRow(phrase: "今年底前完成", year: 2023, text: "今年底前", kind: "by", interval: "2023-01-01..2023-12-31"),
    DeadlineRow(phrase: "明年全面建成", year: 2017, text: "明年", kind: "year", interval: "2018-01-01..2018-12-31"),
    DeadlineRow(phrase: "（5月底完成，牵头考核单位：市审批服务局）", year: 2022, text: "5月底", kind: "by", interval: "2022-01-01..2022-05-31"),
    DeadlineRow(phrase: "1至10月规模以上工业增加值增长", year: 2022, text: "1至10月", kind: "period", interval: "2022-01-01..2022-10-31"),
    DeadlineRow(phrase: "2024年2月29日", year: 2024, text: "2024年2月29日", kind: "date", interval: "2024-02-29..2024-02-29"),
    DeadlineRow(phrase: "2022年6月底前上线", year: 2022, text: "2022年6月底前", kind: "by", interval: "2022-01-01..2022-06-30"),
    DeadlineRow(phrase: "12月31日前完成", year: 2022, text: "12月31日前", kind: "before", interval: "2022-01-01..2022-12-31"),
    // Absolute phrases resolve without a report year; by-intervals then start with their own year.
    DeadlineRow(phrase: "力争在2030年前实现“碳达峰”", year: nil, text: "2030年前", kind: "before", interval: "2030-01-01..2030-12-31"),
    DeadlineRow(phrase: "“十四五”期间，力争", year: nil, text: "“十四五”期间", kind: "during", interval: "2021-01-01..2025-12-31"),
    DeadlineRow(phrase: "2021年1-10月，", year: nil, text: "2021年1-10月", kind: "period", interval: "2021-01-01..2021-10-31"),
    // Relative phrases without a report year: no interval (and a diagnostic, tested below).
    DeadlineRow(phrase: "力争12月底前完成", year: nil, text: "12月底前", kind: "by", interval: "nil"),
    DeadlineRow(phrase: "2年内达80%", year: nil, text: "2年内", kind: "within", interval: "nil"),
    DeadlineRow(phrase: "今年10月底", year: nil, text: "今年10月底", kind: "by", interval: "nil"),
    DeadlineRow(phrase: "上半年完成", year: nil, text: "上半年", kind: "period", interval: "nil"),
    DeadlineRow(phrase: "今年是开局之年", year: nil, text: "今年", kind: "year", interval: "nil"),
  ]

  @Test(arguments: rows)
  func deadline(_ row: DeadlineRow) throws {
    let doc = ExtractSupport.document(row.phrase, year: row.year)
    let d = try #require(doc.deadlines.first { $0.text == row.text }, "no \(row.text) in \(doc.deadlines.map(\.text))")
    #expect(d.kind.rawValue == row.kind)
    #expect(d.interval.map { "\($0.start)..\($0.end)" } ?? "nil" == row.interval)
    #expect(ExtractSupport.text(doc, d.span) == d.text)
  }

  /// Phrases that look like dates but are not deadlines.
  @Test(arguments: [
    "相当于5年前1.5个百分点的增量",  // N年前 is "N years ago"
    "贷款平均利率较五年前下降",
    "“十四五”规划纲要",  // a document's name, not a period
    "这是全面贯彻党的二十大精神的开局之年",  // no five-year plan starts in 2022 or 2021
    "推进12个月的专项行动",  // 12个月 is a duration
    "第75届联合国大会",
    "碳达峰碳中和2021金山峰会",
    "多年内",
  ])
  func notADeadline(phrase: String) {
    let doc = ExtractSupport.document(phrase, year: 2024)
    #expect(doc.deadlines.map(\.text) == [])
  }

  @Test func relativePhrasesWithoutYearGiveOneDiagnostic() {
    let doc = ExtractSupport.document("力争今年10月底居民光伏屋顶安装率达50%，12月底达60%，2年内达80%。", year: nil)
    #expect(doc.deadlines.count == 3)
    #expect(doc.deadlines.allSatisfy { $0.interval == nil })
    let diags = doc.diagnostics.filter { $0.id == "extract.year-unknown" }
    #expect(diags.count == 1)
    #expect(diags.first?.span == doc.deadlines.first?.span)
  }

  @Test func knownYearGivesNoYearDiagnostic() {
    let doc = ExtractSupport.document("力争今年10月底居民光伏屋顶安装率达50%。", year: 2022)
    #expect(!doc.diagnostics.contains { $0.id == "extract.year-unknown" })
  }

  @Test func bareMonthsInAReviewPartBelongToTheYearBefore() {
    // A work report delivered in 2024 reviews 2023 in its part 一: 7月 there is July 2023.
    var doc = Document(id: "d1", text: "一、2023年工作回顾\n7月启动专项行动。\n二、2024年工作安排\n7月启动专项行动。")
    doc.year = 2024
    let s = doc.text.scalarValues
    let second = s.firstIndex(of: 0x4E8C)!  // 二
    doc.outline = Outline([
      Node(id: "一", kind: .part, marker: "一、", ordinal: 1, level: 1, heading: "2023年工作回顾",
        span: SourceSpan(start: 0, end: second), headingSpan: SourceSpan(start: 0, end: 10), role: .review),
      Node(id: "二", kind: .part, marker: "二、", ordinal: 2, level: 1, heading: "2024年工作安排",
        span: SourceSpan(start: second, end: s.count), headingSpan: SourceSpan(start: second, end: second + 10), role: .plan),
    ])
    ExtractSupport.extractor.extract(&doc)
    let months = doc.deadlines.filter { $0.text == "7月" }
    #expect(months.map { $0.interval?.start.description } == ["2023-07-01", "2024-07-01"])
    #expect(months.map(\.nodeId) == ["一", "二"])
  }

  @Test func withinRuleCanCountFromTheNextYear() throws {
    var base = RuleSet.builtin.data
    base.flags[.withinCountsReportYear] = (.bool(false), RuleOrigin(file: "test", line: 1, column: 1))
    let rules = RuleSet(data: base)
    var doc = Document(id: "d1", text: "2年内达80%")
    doc.year = 2022
    Extractor(rules: rules).extract(&doc)
    #expect(doc.deadlines.first?.interval?.end.description == "2024-12-31")
  }

  @Test func idsAreDocumentLocal() {
    let doc = ExtractSupport.document("2021年1-10月，力争12月底前完成，2年内达80%。")
    #expect(doc.deadlines.map(\.id.description) == ["t1", "t2", "t3"])
  }
}
