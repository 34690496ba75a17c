import Testing
@testable import ReportKit

@Test(arguments: [
  ("一、总体要求", MarkerStyle.chineseComma, 1, 2),
  ("十一、加强政府建设", .chineseComma, 11, 3),
  ("二十三、其他", .chineseComma, 23, 4),
  ("（三）扩大内需", .chineseParen, 3, 3),
  ("(十)保障民生", .chineseParen, 10, 3),
  ("1. 坚定实施", .arabic, 1, 2),
  ("9．深入开展", .arabic, 9, 2),
  ("12、做好", .arabic, 12, 3),
  ("100.加强", .arabic, 100, 4),  // annexes run past 99 items
  ("130．新疆生产建设兵团", .arabic, 130, 4),
  ("101、推进", .arabic, 101, 4),
  ("（105）完善", .arabicParen, 105, 5),
  ("（2）加强", .arabicParen, 2, 3),
  ("⑶推进", .arabicParen, 3, 1),
  ("3）完善", .arabicParen, 3, 2),
  ("②建立", .circled, 2, 1),
  ("一是组建", .inlineShi, 1, 2),
  ("第三，坚持", .inlineOrdinal, 3, 3),
])
func readsLineMarkers(line: String, style: MarkerStyle, ordinal: Int, length: Int) throws {
  let s = line.scalarValues
  let m = try #require(MarkerReader.lineMarker(s, at: 0, end: s.count))
  #expect(m.style == style)
  #expect(m.ordinal == ordinal)
  #expect(m.length == length)
}

@Test(arguments: [
  "2021年1-10月，284个市重大项目",  // a year, not item 2021
  "1.7个百分点",  // a decimal
  "5G赋能",
  "一带一路",
  "统一是前提",
  "（作者单位：镇江市发展和改革委员会）",
  "第五届国际低碳大会",
  "2024.加强",  // four digits are a year, not an item
  "1000.加强",
  "8.6个重大科技专项",  // a decimal, unless the running numbering says item 8 comes next
])
func readsNoMarker(line: String) {
  let s = line.scalarValues
  let m = MarkerReader.lineMarker(s, at: 0, end: s.count)
  #expect(m == nil || !(m!.style.isLineMarker))
  if line.hasPrefix("统一是") || line.hasPrefix("一带一路") { #expect(m == nil) }
}

@Test func inlineMarkersNeedABoundary() {
  let s = "制度统一是前提。一是加强统筹；二是唯一是关键".scalarValues
  var found: [Int] = []
  for i in s.indices {
    if let m = MarkerReader.inlineMarker(s, at: i, lineStart: 0, end: s.count) { found.append(m.ordinal) }
  }
  #expect(found == [1, 2])  // 统一是 and 唯一是 are words, not markers
}

@Test(arguments: [
  // A marker directly followed by a digit is read only as the number the sequence expects next.
  ("8.6个重大科技专项", 8, 2),
  ("3.10种有色金属", 3, 2),
  ("14.2025年10件民生实事", 14, 3),
  ("21、5+2就业之家", 21, 3),
])
func readsTheExpectedMarkerBeforeADigit(line: String, next: Int, length: Int) throws {
  let s = line.scalarValues
  let m = try #require(MarkerReader.arabicMarker(s, at: 0, end: s.count, numbered: next))
  #expect(m.style == .arabic && m.ordinal == next && m.length == length)
  // Any other expectation leaves the number a number.
  #expect(MarkerReader.arabicMarker(s, at: 0, end: s.count, numbered: next + 1) == nil)
}

@Test func aDecimalNeverStartsAMarkerWithoutASequence() {
  let s = "5.5%左右的预期增长目标".scalarValues
  #expect(MarkerReader.arabicMarker(s, at: 0, end: s.count, numbered: 6) == nil)
  #expect(MarkerReader.arabicMarker(s, at: 0, end: s.count, numbered: 5) != nil)  // only after item 4
}
