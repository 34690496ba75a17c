import Testing
@testable import ReportKit

/// Numerals read alone: Arabic, Chinese, mixed, full-width, with thousands separators and magnitudes.
@Suite struct NumeralTests {
  @Test(arguments: [
    // Arabic, with magnitudes folded in exactly (the float bug turned 68.9亿 into 0.9亿).
    ("470亿", "47000000000"), ("170.5亿", "17050000000"), ("68.9亿", "6890000000"), ("4.45亿", "445000000"),
    ("450万", "4500000"), ("1554万", "15540000"), ("1.7万", "17000"), ("1.39万亿", "1390000000000"),
    ("1.3万亿", "1300000000000"), ("126万亿", "126000000000000"), ("2.2万亿", "2200000000000"),
    ("1200万", "12000000"), ("3千万", "30000000"), ("5百万", "5000000"), ("0.95", "0.95"), ("1.7", "1.7"),
    ("0.05", "0.05"), ("102", "102"), ("2021", "2021"), ("068", "68"),
    // Thousands separators.
    ("1,200", "1200"), ("12,345,678", "12345678"), ("1,200万", "12000000"),
    // Full-width digits and point.
    ("６８．９亿", "6890000000"), ("１２００", "1200"),
    // Chinese numerals.
    ("一千二百万", "12000000"), ("两千", "2000"), ("十二", "12"), ("三千五百万", "35000000"), ("十", "10"),
    ("二十三", "23"), ("一百零五", "105"), ("三千五", "3500"), ("一万五", "15000"), ("一亿二千万", "120000000"),
    ("两万", "20000"), ("五十", "50"), ("九十九", "99"), ("一千零一", "1001"), ("十万", "100000"),
    ("一万亿", "1000000000000"),
    // Positional years.
    ("二〇三五", "2035"), ("二〇二二", "2022"), ("一九四九", "1949"),
  ])
  func value(text: String, expected: String) {
    #expect(Numerals.value(of: text)?.description == expected)
  }

  @Test(arguments: ["", "万", "亿", "百姓", "千万", "十四五", "1.2.3", "5G", "一是", "99999999999999999999", "二〇"])
  func notOneNumeral(text: String) {
    #expect(Numerals.value(of: text) == nil)
  }

  @Test func chineseNumeralStopsBeforeASecondDigit() throws {
    // 十四五 reads 十四 and leaves 五: two digits in a row do not continue a number.
    let t = try #require(NumeralReader.standard.read("十四五".scalarValues, at: 0))
    #expect(t.value == ExactDecimal(14))
    #expect(t.end == 2)
  }

  @Test func innerQualifierSitsBetweenNumberAndMagnitude() throws {
    let s = "5700多亿元".scalarValues
    let t = try #require(NumeralReader.standard.read(s, at: 0))
    #expect(t.value.description == "570000000000")
    #expect(t.inner == SourceSpan(start: 4, end: 5))
    #expect(t.end == 6)  // 元 is the unit's, not the numeral's
  }

  @Test func innerQualifierAfterMagnitude() throws {
    let t = try #require(NumeralReader.standard.read("1万多人".scalarValues, at: 0))
    #expect(t.value.description == "10000")
    #expect(t.inner == SourceSpan(start: 2, end: 3))
    #expect(t.end == 3)
  }

  @Test(arguments: ["99999999999999999999", "123456789012345678901", "9999999万亿亿", "2000000万亿"])
  func overflowIsFlaggedNotCrashed(text: String) throws {
    let t = try #require(NumeralReader.standard.read(text.scalarValues, at: 0))
    #expect(t.overflow)
  }

  @Test func nearTheLimitIsExact() throws {
    // 99万亿亿 would be 9.9 × 10^21: too large. 999999万亿 = 999999 × 10^12 < 10^18: exact.
    let t = try #require(NumeralReader.standard.read("999999万亿".scalarValues, at: 0))
    #expect(!t.overflow)
    #expect(t.value.description == "999999000000000000")
  }

  @Test func dottedSequencesAreMarked() throws {
    let t = try #require(NumeralReader.standard.read("1.2.3".scalarValues, at: 0))
    #expect(t.dotted)
  }

  @Test func commaNotFollowedByThreeDigitsEndsTheNumber() throws {
    let t = try #require(NumeralReader.standard.read("12,34个".scalarValues, at: 0))
    #expect(t.value == ExactDecimal(12))
    let u = try #require(NumeralReader.standard.read("1234,567".scalarValues, at: 0))
    #expect(u.value == ExactDecimal(1234))  // a 4-digit group before the comma is no thousands grouping
  }

  @Test func intValueOfTrailingZeros() {
    #expect(ExactDecimal(2030).intValue == 2030)
    #expect(ExactDecimal.of("1.5").intValue == nil)
  }
}
