/// The rules' words that tell a review part from a plan part, as scalars (headings are short, so a naive
/// search is fastest).
struct RoleWords: Sendable {
  let review: [Scalars]
  let plan: [Scalars]
  let opening: [Scalars]
  /// Openings that never make a heading (来源, 谢谢).
  let notHeadings: [Scalars]
  static let task = "任务".scalarValues

  /// Reads the word lists of `rules` (roles.yaml).
  init(rules: RuleSet) {
    review = rules.reviewHeadingWords.map(\.scalarValues)
    plan = rules.planHeadingWords.map(\.scalarValues)
    opening = rules.planOpeningWords.map(\.scalarValues)
    notHeadings = rules.notHeadingWords.map(\.scalarValues)
  }

  /// The role a part heading gives: review, unless the heading also names tasks; then plan. A plan word
  /// under a year before the report's reviews that year: 「2025年主要工作和“十四五”发展成就」 in a 2026 report.
  func role(ofHeading h: ArraySlice<UInt32>, reportYear: Int? = nil) -> PartRole {
    if RoleWords.containsAny(h, review) && !h.containsRun(RoleWords.task) { return .review }
    if let y = reportYear, let named = RoleWords.firstYear(h), named < y, RoleWords.containsAny(h, plan) { return .review }
    if RoleWords.containsAny(h, plan) { return .plan }
    return .other
  }

  /// Whether a paragraph opening turns what follows into plans (下一步，…).
  func opensPlan(_ head: ArraySlice<UInt32>) -> Bool { RoleWords.containsAny(head, opening) }

  /// Whether a paragraph reads as a review.
  func isReview(_ head: ArraySlice<UInt32>) -> Bool { RoleWords.containsAny(head, review) }

  /// The first 4-digit year written before 年.
  static func firstYear(_ s: ArraySlice<UInt32>) -> Int? {
    var i = s.startIndex
    while i + 4 < s.endIndex {
      if s[i + 4] == 0x5E74, (i..<(i + 4)).allSatisfy({ Scalar.isDigit(s[$0]) }) {
        return (i..<(i + 4)).reduce(0) { $0 * 10 + Int(s[$1] - 0x30) }
      }
      i += 1
    }
    return nil
  }

  static func containsAny(_ s: ArraySlice<UInt32>, _ words: [Scalars]) -> Bool {
    words.contains { s.containsRun($0) }
  }

  static func startsWith(_ s: ArraySlice<UInt32>, _ words: [Scalars]) -> Bool {
    words.contains { s.starts(with: $0) }
  }

}
