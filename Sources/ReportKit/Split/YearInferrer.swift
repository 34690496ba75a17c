/// Infers the year a report was delivered, from its own words, never from the clock.
public struct YearInferrer: Sendable {
  private let reviewHeadings: [String]
  private let planHeadings: [String]
  private let pastMarkers: [String]

  /// Makes an inferrer reading the year words of `rules` (roles.yaml).
  public init(rules: RuleSet = .builtin) {
    reviewHeadings = rules.yearReviewHeadingWords
    planHeadings = rules.yearPlanHeadingWords
    pastMarkers = rules.yearPastMarkerWords
  }

  /// The year of each article of a file and the words it rests on: `given` (the caller's) overrides the text;
  /// articles printed together share the year of the first that states one; nil where nothing says.
  public func years(of articles: [Article], in s: Scalars, given: Int?) -> [(year: Int, evidence: String)?] {
    if let y = given { return articles.map { _ in (y, "given: \(y)") } }
    let own = articles.map { infer(Array(s[$0.range]), article: $0, lines: $0.lines) }
    guard let first = own.firstIndex(where: { $0 != nil }), let (y, ev) = own[first] else { return own }
    return own.map { $0 ?? (y, "same file as d\(first + 1): \(ev)") }
  }

  /// The year and the words it rests on, or nil when the text names no usable year.
  public func infer(_ s: Scalars, article: Article, lines allLines: [Range<Int>]? = nil) -> (year: Int, evidence: String)? {
    // 1. The dated subtitle: ——2024年3月5日在…会议上.
    if let sub = article.header.subtitle, let y = firstYear(sub.scalarValues), sub.contains("月") {
      return (y, "——" + sub)
    }
    // 2. A title that names its year: 2025年广东省政府工作报告.
    if let t = article.header.title, t.contains("报告") || t.contains("工作"), let y = firstYear(t.scalarValues) {
      return (y, t)
    }
    // 3. Part headings: 「一、2023年工作回顾」 is read a year later; 「2024年工作安排」 in its year.
    let lines = allLines?.filter { $0.lowerBound >= article.bodyStart } ?? Lines.ranges(in: s, from: article.bodyStart)
    for r in lines where r.count <= 40 {
      let line = Array(s[r])
      guard let (y, at) = yearAt(line, from: 0, limit: 6) else { continue }
      let rest = String(scalarValues: line[(at + 5)...])
      let text = String(scalarValues: line)
      if reviewHeadings.contains(where: { rest.hasPrefix($0) }) {
        return (y + 1, text)
      }
      if planHeadings.contains(where: { rest.hasPrefix($0) }) {
        return (y, text)
      }
    }
    // 4. 「2024年是…」 opening a sentence in the body.
    var i = article.bodyStart
    var latestPast: (Int, Int)? = nil
    while i + 5 < s.count {
      if s[i + 4] == 0x5E74, Scalar.isDigit(s[i]), i == 0 || !Scalar.isDigit(s[i - 1]), let (y, _) = yearAt(s, from: i, limit: 1) {
        let after = s[i + 5]
        let prev: UInt32 = i > 0 ? s[i - 1] : 0x0A
        let opensSentence = prev == 0x0A || prev == 0x3002 || prev == 0xFF0C
        if after == 0x662F && opensSentence && s[min(i + 6, s.count - 1)] != 0x5E74 {  // 是
          return (y, String(scalarValues: s[i..<min(s.count, i + 12)]))
        }
        // 5. Past markers: 2021年以来, 2021年1-10月, 2021年累计 — the report follows that year.
        if i + 7 < s.count {
          let rest = String(scalarValues: s[(i + 5)..<min(s.count, i + 13)])
          if pastMarkers.contains(where: { rest.hasPrefix($0) }) || (Scalar.isDigit(after) && s[i + 6] == 0x2D) {
            if latestPast == nil || y > latestPast!.0 { latestPast = (y, i) }
          }
        }
      }
      i += 1
    }
    if let (y, at) = latestPast {
      return (y + 1, String(scalarValues: s[at..<min(s.count, at + 10)]) + "… (the year after the one reviewed)")
    }
    return nil
  }

  private func firstYear(_ s: Scalars) -> Int? {
    var i = 0
    while i + 4 < s.count {
      if let (y, _) = yearAt(s, from: i, limit: 1) { return y }
      i += 1
    }
    return nil
  }

  /// A 4-digit year 1949…2100 followed by 年, starting within `limit` scalars of `from`.
  private func yearAt(_ s: Scalars, from: Int, limit: Int) -> (Int, Int)? {
    var i = from
    while i < from + limit, i + 4 < s.count {
      if Scalar.isDigit(s[i]), Scalar.isDigit(s[i + 1]), Scalar.isDigit(s[i + 2]), Scalar.isDigit(s[i + 3]), s[i + 4] == 0x5E74,
        i == 0 || !Scalar.isDigit(s[i - 1])
      {
        let y = Int(s[i] - 48) * 1000 + Int(s[i + 1] - 48) * 100 + Int(s[i + 2] - 48) * 10 + Int(s[i + 3] - 48)
        if (1949...2100).contains(y) { return (y, i) }
      }
      i += 1
    }
    return nil
  }
}
