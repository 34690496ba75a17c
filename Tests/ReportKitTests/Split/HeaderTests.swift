import Testing
@testable import ReportKit

/// Header lines: titles broken over two lines, document numbers, date lines, the speaker in a subtitle's wording.
private func article(_ text: String) throws -> Article { try read(text).article }

private func read(_ text: String) throws -> (article: Article, text: Scalars) {
  let s = Normalizer().normalize(text).scalars
  return (try #require(ArticleSplitter().split(s).first), s)
}

@Test func aTitleBrokenOverTwoLinesIsJoined() throws {
  // The 2018 通报 of the external corpus: the first line stops mid-title, the second names the kind.
  let (a, s) = try read("国务院办公厅关于对国务院第五次大督查\n发现的典型经验做法给予表扬的通报\n国办发〔2018〕108号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为进一步推动党中央、国务院重大决策部署贯彻落实，国务院部署开展了第五次大督查。\n国务院办公厅\n2018年11月19日\n（此件公开发布）")
  #expect(a.header.title == "国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报")
  #expect(a.docNumber == "国办发〔2018〕108号")
  #expect(a.date == DocumentDate(year: 2018, month: 11, day: 19, text: "2018年11月19日"))
  #expect(a.date?.dayValue == Day(2018, 11, 19))
  // The body starts at the addressees.
  #expect(String(scalarValues: s[a.bodyStart...]).hasPrefix("各省、自治区"))
}

@Test func aTitlePrintedTwiceIsReadOnce() throws {
  let a = try article("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划(2021—2023年)的通知\n安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知\n（皖政办秘〔2021〕82号）\n各市人民政府，省政府各部门，各直属机构：\n现将有关政策印发给你们，请认真贯彻执行。")
  #expect(a.header.title == "安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021—2023年）的通知")
  #expect(a.docNumber == "皖政办秘〔2021〕82号")
}

@Test(arguments: [
  ("2025年1月19日在江苏省第十四届人民代表大会第三次会议上省长许昆林作政府工作报告。", "省长 许昆林", "许昆林"),
  ("2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇同志作政府工作报告。", "北京市市长 殷勇", "殷勇"),
  ("——2025年1月14日海南省省长 刘小明在海南省第七届人民代表大会第四次会议上的讲话", "海南省省长 刘小明", "刘小明"),
  ("2025年1月16日在湖北省第十四届人民代表大会第三次会议上湖北省人民政府代省长李殿勋作政府工作报告", "湖北省人民政府代省长 李殿勋", "李殿勋"),
])
func theSubtitleWordingNamesTheSpeaker(subtitle: String, speaker: String, name: String) throws {
  let a = try article("2025年某省政府工作报告\n\(subtitle)\n各位代表：\n现在，我代表省人民政府向大会报告工作。")
  #expect(a.header.speaker == speaker)
  #expect(a.header.authors == [name])
  #expect(a.date?.year == 2025 && a.date?.month == 1)
  #expect(!(a.header.subtitle ?? "").hasSuffix("。"))
}

@Test(arguments: [
  ("2018年11月19日", 2018, 11, 19),
  ("（2023年4月12日）", 2023, 4, 12),
  ("二〇二六年一月二十七日", 2026, 1, 27),
  ("(2023年5月)", 2023, 5, nil),
])
func readsDateLines(line: String, year: Int, month: Int, day: Int?) throws {
  let d = try #require(DateReader.dateLine(line.scalarValues[...]))
  #expect(d.year == year && d.month == month && d.day == day)
}

@Test(arguments: ["2018年11月19日召开", "2018年", "第2018年11月", "2018年13月1日"])
func readsNoDateLine(line: String) {
  #expect(DateReader.dateLine(line.scalarValues[...]) == nil)
}

@Test(arguments: [
  ("国办发〔2018〕108号", "国办发〔2018〕108号"),
  ("（皖政办秘〔2021〕82号）", "皖政办秘〔2021〕82号"),
  ("包府办发[2022]43号", "包府办发[2022]43号"),
])
func readsDocumentNumbers(line: String, number: String) {
  #expect(HeaderLines.docNumber(line.scalarValues[...]) == number)
}

@Test func aLineWithANumberIsNoDocumentNumber() {
  #expect(HeaderLines.docNumber("全年新增就业108万人".scalarValues[...]) == nil)
  #expect(HeaderLines.docNumber("〔2018〕108号".scalarValues[...]) == nil)  // no issuer
}
