import Testing
@testable import ReportKit

@Test(arguments: [("68.9", 8, "6890000000"), ("4.45", 8, "445000000"), ("1.7", 4, "17000"), ("1.7", 0, "1.7"), ("0.05", 0, "0.05"), ("126", 12, "126000000000000")])
func exactScaling(literal: String, power: Int, expected: String) throws {
  let d = try #require(ExactDecimal(literal: literal))
  #expect(d.scaled(byPowerOfTen: power).description == expected)
}
