/// The years of a document with the words each rests on: the year it was delivered or published, and the
/// year its figures describe.
public struct DocumentYears: Hashable, Sendable {
  /// The year the document was delivered (a work report) or published (a bulletin, a notice).
  public var year: Int
  /// The words `year` was read from.
  public var yearEvidence: String
  /// The year its figures describe: a bulletin's title year; for the other kinds the year of their plan,
  /// which is `year` (a work report's review describes the year before).
  public var dataYear: Int
  /// The words `dataYear` was read from.
  public var dataYearEvidence: String
}

/// Infers the years of a document from its own words, never from the clock, taking the strongest evidence
/// anywhere in the text: a dated subtitle or a date line, the year of its document number, a title year,
/// 「2024年是…」 in a plan part, a part heading naming a year, and only then past markers (「2021年以来」),
/// which never outweigh a year the text states.
public struct YearInferrer: Sendable {
  private let reviewHeadings: [String]
  private let planHeadings: [String]
  private let pastMarkers: [String]
  /// Words of part headings that plan (任务, 安排…) or review (回顾…): whether a 「2024年是…」 stands in a plan part.
  private let planParts: [Scalars]
  private let reviewParts: [Scalars]

  /// Makes an inferrer reading the year words of `rules` (roles.yaml).
  public init(rules: RuleSet = .builtin) {
    reviewHeadings = rules.yearReviewHeadingWords
    planHeadings = rules.yearPlanHeadingWords
    pastMarkers = rules.yearPastMarkerWords
    planParts = rules.words.planHeadings
    reviewParts = rules.words.reviewHeadings
  }

  /// The years of each article of a file (its text `s`, its kind from `kinds`): `given` (the caller's)
  /// overrides the text; articles printed together share the years of the first that states one; nil where
  /// nothing says.
  public func years(of articles: [Article], kinds: [DocumentKind], in s: Scalars, given: Int?) -> [DocumentYears?] {
    let own = articles.indices.map { k in
      infer(Array(s[articles[k].range]), article: articles[k], kind: k < kinds.count ? kinds[k] : .other, given: given)
    }
    guard let first = own.firstIndex(where: { $0 != nil }), let y = own[first] else { return own }
    return own.map { own in
      own ?? DocumentYears(year: y.year, yearEvidence: "same file as d\(first + 1): \(y.yearEvidence)", dataYear: y.dataYear,
                           dataYearEvidence: "same file as d\(first + 1): \(y.dataYearEvidence)")
    }
  }

  /// The years of one article whose text is `s`, or nil when the text names no usable year.
  public func infer(_ s: Scalars, article: Article, kind: DocumentKind = .other, given: Int? = nil) -> DocumentYears? {
    if kind == .statisticalBulletin {
      // A bulletin's title names the year it describes; it is published in the year after, on its date line.
      let titled = article.header.title.flatMap { t in YearInferrer.firstYear(t.scalarValues[...]).map { ($0, t) } }
      let stated = given.map { ($0, "given: \($0)") } ?? statedYear(s, article: article, titleCounts: false)
      switch (stated, titled) {
      case let (y?, d?): return DocumentYears(year: y.0, yearEvidence: y.1, dataYear: d.0, dataYearEvidence: d.1)
      case let (nil, d?):
        return DocumentYears(year: d.0 + 1, yearEvidence: "published the year after the one its title names: \(d.1)",
                             dataYear: d.0, dataYearEvidence: d.1)
      case let (y?, nil):
        return DocumentYears(year: y.0, yearEvidence: y.1, dataYear: y.0 - 1,
                             dataYearEvidence: "the year before it was published: \(y.1)")
      case (nil, nil): return nil
      }
    }
    // Every other kind describes the year of its plan: a work report delivered in 2024 plans 2024 (its review
    // looks back at 2023).
    guard let (y, ev) = given.map({ ($0, "given: \($0)") }) ?? statedYear(s, article: article, titleCounts: true) else { return nil }
    return DocumentYears(year: y, yearEvidence: ev, dataYear: y, dataYearEvidence: ev)
  }

  /// The year the article was delivered or published, from the strongest evidence it holds.
  private func statedYear(_ s: Scalars, article: Article, titleCounts: Bool) -> (Int, String)? {
    // 1. The dated subtitle: ——2024年3月5日在…会议上.
    if let sub = article.header.subtitle, let d = DateReader.firstDate(in: sub.scalarValues[...]) {
      return (d.year, "——" + sub)
    }
    // 2. A date line: 「（2023年4月12日）」 under the title, 「2018年11月19日」 after the signature.
    if let d = article.date { return (d.year, d.text) }
    // 3. The year of the document number: 国办发〔2018〕108号.
    if let n = article.docNumber, let y = YearInferrer.bracketedYear(n.scalarValues) { return (y, n) }
    // 4. A title that names its year: 2025年广东省政府工作报告, 包头市2022年数字政府建设考评办法.
    if titleCounts, let t = article.header.title, let y = YearInferrer.firstYear(t.scalarValues[...]) { return (y, t) }
    return bodyYear(s, article: article)
  }

  /// The year the body states: 「2024年是…」 in a plan part, else a part heading naming a year (「一、2023年
  /// 工作回顾」 is read a year later, 「2024年工作安排」 in its year), else the year after the latest past marker.
  private func bodyYear(_ s: Scalars, article: Article) -> (Int, String)? {
    var heading: (Int, String)? = nil
    var inPlan = false
    for r in article.lines where r.lowerBound >= article.bodyStart {
      let line = s[r]
      if r.count <= 40 {
        // A part heading: does it name a year, and does it open a plan part?
        if heading == nil, let (y, at) = YearInferrer.yearAt(line, from: line.startIndex, limit: 6) {
          let rest = String(scalarValues: line[(at + 5)...])
          if reviewHeadings.contains(where: { rest.hasPrefix($0) }) {
            heading = (y + 1, String(scalarValues: line))
          } else if planHeadings.contains(where: { rest.hasPrefix($0) }) {
            heading = (y, String(scalarValues: line))
          }
        }
        if RoleWords.containsAny(line, reviewParts) && !line.containsRun(RoleWords.task) {
          inPlan = false
        } else if RoleWords.containsAny(line, planParts), !line.contains(0x3002) {
          inPlan = true
        }
      }
      // 「2024年是…」 opening a sentence of a plan part names the year planned; in a review part it is the year
      // reviewed (「2023年是全面贯彻党的二十大精神的开局之年」 in a 2024 report), which says nothing certain.
      if inPlan, let (y, at) = YearInferrer.yearIsStatement(line) {
        // The sentence as evidence, up to its end (40 characters at most).
        var e = at
        while e < line.endIndex, e < at + 40, !Scalar.endsSentence(line[e]) && line[e] != 0xFF0C { e += 1 }
        return (y, String(scalarValues: line[at..<e]))
      }
    }
    if let heading { return heading }
    // Past markers: 2021年以来, 2021年1-10月, 2021年累计 — the report follows the latest such year.
    var latestPast: (Int, Int)? = nil
    var i = article.bodyStart
    while i + 7 < s.count {
      if s[i + 4] == 0x5E74, Scalar.isDigit(s[i]), let (y, _) = YearInferrer.yearAt(s[...], from: i, limit: 1) {
        let after = s[i + 5]
        let rest = String(scalarValues: s[(i + 5)..<min(s.count, i + 13)])
        if pastMarkers.contains(where: { rest.hasPrefix($0) }) || (Scalar.isDigit(after) && s[i + 6] == 0x2D) {
          if latestPast == nil || y > latestPast!.0 { latestPast = (y, i) }
        }
        i += 5
        continue
      }
      i += 1
    }
    if let (y, at) = latestPast {
      return (y + 1, String(scalarValues: s[at..<min(s.count, at + 10)]) + "… (the year after the one reviewed)")
    }
    return nil
  }

  /// 「2024年是…」 opening a sentence of `line`: the year and where it is written.
  static func yearIsStatement(_ line: ArraySlice<UInt32>) -> (Int, Int)? {
    var i = line.startIndex
    while i + 5 < line.endIndex {
      if line[i + 4] == 0x5E74, line[i + 5] == 0x662F, let (y, at) = yearAt(line, from: i, limit: 1) {  // 年是
        let prev: UInt32 = at > line.startIndex ? line[at - 1] : 0x0A
        let opens = prev == 0x0A || prev == 0x3002 || prev == 0xFF0C || prev == 0xFF01 || prev == 0xFF1F || prev == 0xFF1B
        // 「2024年是…年」 compares years (2024年是2023年的…): not a statement of the year.
        if opens && (i + 6 >= line.endIndex || line[i + 6] != 0x5E74) { return (y, at) }
      }
      i += 1
    }
    return nil
  }

  /// The year in the brackets of a document number: 〔2018〕 of 国办发〔2018〕108号.
  static func bracketedYear(_ s: Scalars) -> Int? {
    guard let open = s.firstIndex(where: { $0 == 0x3014 || $0 == 0x5B || $0 == 0xFF3B || $0 == 0xFF08 }) else { return nil }
    return DateReader.year(s[...], at: open + 1).map(\.0)
  }

  /// The first four-digit year before 年 in `s`.
  static func firstYear(_ s: ArraySlice<UInt32>) -> Int? {
    var i = s.startIndex
    while i + 4 < s.endIndex {
      if let (y, _) = yearAt(s, from: i, limit: 1) { return y }
      i += 1
    }
    return nil
  }

  /// A 4-digit year 1949…2100 followed by 年, starting within `limit` scalars of `from`; the year and its start.
  static func yearAt(_ s: ArraySlice<UInt32>, from: Int, limit: Int) -> (Int, Int)? {
    var i = from
    while i < from + limit, i + 4 < s.endIndex {
      if Scalar.isDigit(s[i]), Scalar.isDigit(s[i + 1]), Scalar.isDigit(s[i + 2]), Scalar.isDigit(s[i + 3]), s[i + 4] == 0x5E74,
        i == s.startIndex || !Scalar.isDigit(s[i - 1])
      {
        let y = Int(s[i] - 48) * 1000 + Int(s[i + 1] - 48) * 100 + Int(s[i + 2] - 48) * 10 + Int(s[i + 3] - 48)
        if (1949...2100).contains(y) { return (y, i) }
      }
      i += 1
    }
    return nil
  }
}
