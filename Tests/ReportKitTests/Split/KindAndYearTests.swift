import Testing
@testable import ReportKit

/// The kind of a document and its years, each with the words it rests on.
private func document(_ text: String, year: Int? = nil) throws -> Document {
  let n = Normalizer().normalize(text)
  return try #require(Pipeline(options: .init(year: year)).outline(n).first)
}

@Test(arguments: [
  ("宜春市2022年国民经济和社会发展统计公报\n（2023年4月12日）\n一、综合\n全年全市地区生产总值3500亿元。", DocumentKind.statisticalBulletin),
  ("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n全年经济增长5.2%。", .planExecutionReport),
  ("关于印发2024年政府工作报告重点工作分工方案的通知\n各区人民政府：\n1.国内生产总值增长5%左右。（牵头单位：市发展改革委）", .taskPlan),
  ("2025年广东省政府工作报告\n——2025年1月15日在广东省第十四届人民代表大会第三次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作。", .workReport),
  ("国务院办公厅关于对国务院第五次大督查\n发现的典型经验做法给予表扬的通报\n国办发〔2018〕108号\n各省：\n现予通报。", .notice),
  // No title: the opening says it is a work report (上海 2024 as scraped starts at 各位代表).
  ("各位代表：\n现在，我代表上海市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年成绩显著。", .workReport),
  ("扛起光荣使命\n谈沁磊 孙力\n2021年以来，市发改委认真学习。\n（作者单位：镇江市发展和改革委员会）", .article),
  ("一段没有标题的文字。\n第二段。", .other),
])
func readsTheKind(text: String, kind: DocumentKind) throws {
  let d = try document(text)
  #expect(d.kind == kind)
  #expect((d.kindEvidence == nil) == (kind == .other))
}

@Test func aBulletinIsPublishedTheYearAfterTheYearItDescribes() throws {
  let d = try document("宜春市2022年国民经济和社会发展统计公报\n（2023年4月12日）\n一、综合\n全年全市地区生产总值3500亿元，比上年增长4.5%。年末全市常住人口490万人。")
  #expect(d.year == 2023)
  #expect(d.yearEvidence == "（2023年4月12日）")
  #expect(d.dataYear == 2022)
  #expect(d.dataYearEvidence == "宜春市2022年国民经济和社会发展统计公报")
  #expect(d.date == Day(2023, 4, 12))
  // All its parts report actuals.
  #expect(d.outline.roots.allSatisfy { $0.role == .review })
}

@Test func aBulletinWithoutADateIsOfTheYearAfter() throws {
  let d = try document("万载县2022年国民经济和社会发展统计公报\n一、综合\n全年全县地区生产总值250亿元。")
  #expect(d.year == 2023)
  #expect(d.dataYear == 2022)
  #expect(d.date == nil)
}

@Test func aWorkReportsDataYearIsTheYearOfItsPlan() throws {
  let d = try document("2024年政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n一、2023年工作回顾\n过去一年成绩显著。")
  #expect(d.year == 2024 && d.dataYear == 2024)
  #expect(d.dataYearEvidence == d.yearEvidence)
}

@Test func aStatedYearOutweighsPastMarkers() throws {
  // 上海 2023: 「2020年以来」 comes first; the plan part's heading and 「2023年是…」 state the year.
  let d = try document("""
    各位代表：
    一、过去五年工作回顾
    2020年以来，我们统筹疫情防控和经济社会发展。
    三、2023年主要任务
    2023年是全面贯彻落实党的二十大精神的开局之年。
    """)
  #expect(d.year == 2023)
  #expect(d.yearEvidence == "2023年是全面贯彻落实党的二十大精神的开局之年")
}

@Test func aYearStatedInAReviewPartIsTheYearReviewed() throws {
  // 「2022年是…」 in the review of a 2023 report: the heading 「2022年工作回顾」 decides (2022 + 1).
  let d = try document("各位代表：\n一、2022年工作回顾\n2022年是党和国家历史上极为重要的一年。\n二、今年工作安排\n今年是全面贯彻党的二十大精神的开局之年。")
  #expect(d.year == 2023)
  #expect(d.yearEvidence == "一、2022年工作回顾")
}

@Test func pastMarkersAloneGiveTheYearAfter() throws {
  let d = try document("扛起光荣使命\n谈沁磊 孙力\n2021年以来，市发改委认真学习。2021年1-10月，284个市重大项目完成投资470亿元。")
  #expect(d.year == 2022)
  #expect(d.yearEvidence?.hasSuffix("(the year after the one reviewed)") == true)
}

@Test func theDocumentNumberNamesTheYearOfANotice() throws {
  let d = try document("关于印发某某办法的通知\n某政办发〔2021〕82号\n各区人民政府：\n现将办法印发给你们。")
  #expect(d.year == 2021)
  #expect(d.yearEvidence == "某政办发〔2021〕82号")
  #expect(d.docNumber == "某政办发〔2021〕82号")
  #expect(d.kind == .notice)
}

@Test func aGivenYearOverridesTheText() throws {
  let d = try document("宜春市2022年国民经济和社会发展统计公报\n（2023年4月12日）\n一、综合", year: 2024)
  #expect(d.year == 2024 && d.yearEvidence == "given: 2024")
  #expect(d.dataYear == 2022)
}
