import Foundation

/// Finds figures, deadlines, targets and responsible units in a document's normalised text.
public struct Extractor: Sendable {
  /// The rules it reads.
  public let rules: RuleSet

  /// Makes an extractor over compiled rules.
  public init(rules: RuleSet) {
    self.rules = rules
  }

  /// Fills document.figures, .deadlines, .targets, adds diagnostics, and sets node owners where the text names them.
  public func extract(_ document: inout Document) {
    var run = ExtractionRun(rules: rules.compiled, text: document.text, year: document.year)
    run.assignOwners(&document.outline)
    run.scan(outline: document.outline)
    run.build()
    document.figures = run.figures
    document.deadlines = run.deadlines
    document.targets = run.targets
    document.diagnostics.append(contentsOf: run.diagnostics)
  }
}

/// The state of one extraction: everything proportional to one document, dropped when it is done.
struct ExtractionRun {
  let rules: CompiledRules
  let s: Scalars
  let year: Int?
  var index: TextIndex
  var locator = NodeLocator(outline: [])
  var hasOutline = false
  /// Owners named in each paragraph (by line index), for targets when there is no outline.
  var paragraphOwners: [Int: [String]] = [:]

  var figureHits: [FigureHit] = []
  var deadlineHits: [DeadlineHit] = []
  var overflow: [SourceSpan] = []

  var figures: [Figure] = []
  var deadlines: [Deadline] = []
  var targets: [Target] = []
  var diagnostics: [Diagnostic] = []

  init(rules: CompiledRules, text: String, year: Int?) {
    self.rules = rules
    self.s = text.scalarValues
    self.year = year
    self.index = TextIndex(s)
  }

  // MARK: Owners

  /// Finds owner mentions and writes them on the innermost node holding each (and on its paragraph).
  mutating func assignOwners(_ outline: inout [Node]) {
    let mentions = OwnerScanner(rules: rules).scan(s)
    for m in mentions {
      let line = index.lineIndex(m.offset)
      ExtractionRun.merge(&paragraphOwners[line, default: []], m.units)
      _ = ExtractionRun.assign(&outline, offset: m.offset, units: m.units)
    }
  }

  /// Adds `units` to the innermost node whose span holds `offset`; false when no node holds it.
  static func assign(_ nodes: inout [Node], offset: Int, units: [String]) -> Bool {
    for k in nodes.indices where nodes[k].span.contains(offset) {
      if !assign(&nodes[k].children, offset: offset, units: units) {
        merge(&nodes[k].owners, units)
      }
      return true
    }
    return false
  }

  static func merge(_ list: inout [String], _ units: [String]) {
    for u in units where !list.contains(u) { list.append(u) }
  }

  // MARK: Scanning

  /// One pass over the scalars: deadlines first at each candidate, then figures.
  mutating func scan(outline: [Node]) {
    locator = NodeLocator(outline: outline)
    hasOutline = !outline.isEmpty
    let deadlineScanner = DeadlineScanner(rules: rules, year: year)
    let figureScanner = FigureScanner(rules: rules)
    let stops = stopSpans()
    var stopIndex = 0
    let n = s.count
    var i = 0
    while i < n {
      let c = s[i]
      // The cheap test: most scalars are Han characters that start nothing.
      let mayFigure = FigureScanner.mayStart(c)
      guard mayFigure || rules.mayStartDeadline(c) else {
        i += 1
        continue
      }
      if NumeralReader.arabicDigit(c) != nil, i > 0, FigureScanner.isLatinOrDigit(s[i - 1]) || NumeralReader.isDecimalPoint(s[i - 1]) {
        // The tail of an identifier or a longer number (M2, PM2.5): skip its digits.
        var k = i
        while k < n, NumeralReader.arabicDigit(s[k]) != nil || NumeralReader.isDecimalPoint(s[k]) { k += 1 }
        i = k
        continue
      }
      if let d = deadlineScanner.scan(s, at: i, inReview: inReview(i)) {
        deadlineHits.append(d)
        i = d.span.end
        continue
      }
      guard mayFigure else {
        i += 1
        continue
      }
      switch figureScanner.scan(s, at: i) {
      case .figure(let hit):
        while stopIndex < stops.count && stops[stopIndex].end <= hit.span.start { stopIndex += 1 }
        if stopIndex < stops.count && stops[stopIndex].start <= hit.span.start {
          i = hit.span.end
          continue
        }
        figureHits.append(hit)
        i = hit.resume
      case .skip(let to):
        i = max(i + 1, to)
      case .overflow(let span):
        overflow.append(span)
        i = span.end
      case .none:
        i += 1
      }
    }
  }

  /// Whether offset `i` lies in a review part.
  func inReview(_ i: Int) -> Bool {
    hasOutline && locator.node(containing: i)?.role == .review
  }

  /// Spans matched by the rules' stop patterns, run once over the whole text, sorted.
  func stopSpans() -> [SourceSpan] {
    guard !rules.stopPatterns.isEmpty else { return [] }
    // NSRegularExpression counts UTF-16 units: map them back to scalar offsets.
    var utf16ToScalar: [Int] = []
    utf16ToScalar.reserveCapacity(s.count + s.count / 8)
    for (k, c) in s.enumerated() {
      utf16ToScalar.append(k)
      if c > 0xFFFF { utf16ToScalar.append(k) }
    }
    utf16ToScalar.append(s.count)
    let text = String(scalarValues: s)
    let ns = text as NSString
    var out: [SourceSpan] = []
    for re in rules.stopPatterns {
      for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) where m.range.length > 0 {
        let a = utf16ToScalar[min(m.range.location, utf16ToScalar.count - 1)]
        let b = utf16ToScalar[min(m.range.location + m.range.length, utf16ToScalar.count - 1)]
        if a < b { out.append(SourceSpan(start: a, end: b)) }
      }
    }
    out.sort()
    // Merge overlaps so one forward pointer answers "is this offset inside a stop span".
    var merged: [SourceSpan] = []
    for sp in out {
      if let last = merged.last, sp.start <= last.end {
        merged[merged.count - 1].end = max(last.end, sp.end)
      } else {
        merged.append(sp)
      }
    }
    return merged
  }

  // MARK: Building the output

  mutating func build() {
    buildDeadlines()
    buildFigures()
    buildDiagnostics()
  }

  private mutating func buildDeadlines() {
    deadlines.reserveCapacity(deadlineHits.count)
    for (k, d) in deadlineHits.enumerated() {
      deadlines.append(
        Deadline(
          id: "t\(k + 1)", text: index.string(d.span), kind: d.kind, interval: d.interval,
          nodeId: locator.node(containing: d.span.start)?.id, span: d.span))
    }
  }

  private mutating func buildDiagnostics() {
    for sp in overflow {
      diagnostics.append(
        Diagnostic(
          id: "extract.number-too-large", severity: .warning,
          message: "the number \(index.string(sp)) is too large to carry exactly (10^18 or more, or over 18 digits); no figure made",
          span: sp))
    }
    let relative = deadlineHits.filter(\.needsYear)
    if let first = relative.first {
      let examples = relative.prefix(3).map { index.string($0.span) }.joined(separator: ", ")
      diagnostics.append(
        Diagnostic(
          id: "extract.year-unknown", severity: .warning,
          message:
            "the report year is unknown, so \(relative.count) relative deadline(s) (\(examples)) have no dates; give the year with --year",
          span: first.span))
    }
  }

  /// Per-sentence facts, computed once per sentence.
  struct SentenceFacts {
    var span: SourceSpan
    var plan: Bool
    var actual: Bool
    var past: Bool
    /// Start of the list the sentence belongs to (a lead-in before ：, items joined by ；).
    var headStart: Int
    /// The paragraph opens by looking back (过去五年，…) and not ahead.
    var paragraphPast: Bool
  }

  private mutating func facts(_ sentence: SourceSpan) -> SentenceFacts {
    let sentences = index.sentences(ofLineContaining: sentence.start)
    // Walk back over sentences ending with ；: they are items of one list, led by the first.
    var head = sentence
    if let k = sentences.firstIndex(of: sentence) {
      var j = k
      while j > 0 {
        let prev = sentences[j - 1]
        let last = s[prev.end - 1]
        guard last == 0xFF1B || last == 0x3B else { break }  // ；;
        j -= 1
      }
      head = sentences[j]
    }
    // A hedge (力争, 确保) is a plan word too.
    let plan = rules.planWords.first(in: s, from: head.start, to: sentence.end) != nil
      || rules.hedges.first(in: s, from: head.start, to: sentence.end) != nil
    let actual = rules.actualWords.first(in: s, from: sentence.start, to: sentence.end) != nil
    let past = rules.pastWords.first(in: s, from: sentence.start, to: sentence.end) != nil
    var paragraphPast = false
    if let first = sentences.first, first != sentence {
      paragraphPast = rules.pastWords.first(in: s, from: first.start, to: first.end) != nil
        && rules.planWords.first(in: s, from: first.start, to: first.end) == nil
    }
    return SentenceFacts(
      span: sentence, plan: plan, actual: actual, past: past, headStart: head.start, paragraphPast: paragraphPast)
  }

  private mutating func buildFigures() {
    let finder = MetricFinder(rules: rules)
    var cachedFacts: SentenceFacts?
    var sentenceDeadlines: [Int] = []  // indices into deadlineHits for the current sentence
    var deadlineCursor = 0
    // Carry-over within a sentence: the last figure's metric and unit, and the last target.
    var lastInSentence: (metric: String?, unit: String)?
    var lastTarget: (metric: String, hedge: String?)?
    var seenTargets: [TargetKey: Int] = [:]

    for (k, hit) in figureHits.enumerated() {
      let sentence = index.sentence(containing: hit.span.start)
      if cachedFacts?.span != sentence {
        cachedFacts = facts(sentence)
        lastInSentence = nil
        lastTarget = nil
        // Deadlines from the list head to the sentence end.
        let head = cachedFacts!.headStart
        while deadlineCursor < deadlineHits.count && deadlineHits[deadlineCursor].span.end <= head { deadlineCursor += 1 }
        sentenceDeadlines = []
        var d = deadlineCursor
        while d < deadlineHits.count && deadlineHits[d].span.start < sentence.end {
          sentenceDeadlines.append(d)
          d += 1
        }
      }
      let f = cachedFacts!
      let clauseStart = index.clauseStart(before: hit.leftEdge, floor: sentence.start)
      let clauseEnd = index.clauseEnd(after: hit.resume, ceiling: sentence.end)
      let spans = sentenceDeadlines.map { deadlineHits[$0].span }.filter { $0.start >= sentence.start }
      var metric = finder.metric(s, hit: hit, clauseStart: clauseStart, clauseEnd: clauseEnd, deadlines: spans)
      if metric == nil, let last = lastInSentence, last.unit == hit.unit { metric = last.metric }
      // 国内生产总值超过126万亿元，增长5.2%: a bare change word continues the previous figure's metric.
      if let m = metric, let base = lastInSentence?.metric, isChangeWord(m), !base.hasSuffix(m) { metric = base + m }
      lastInSentence = (metric, hit.unit)

      let node = hasOutline ? locator.node(containing: hit.span.start) : nil
      let role = self.role(hit, facts: f, part: node?.role, deadlines: sentenceDeadlines)
      let id = "f\(k + 1)"
      figures.append(
        Figure(
          id: id, text: index.string(hit.span), value: hit.value, upper: hit.upper, unit: hit.unit,
          qualifier: hit.qualifier?.word, kind: hit.kind, metric: metric, role: role, nodeId: node?.id,
          span: hit.span, sentence: sentence))

      guard role == .target else { continue }
      // Targets: a metric, carried over from the sentence's last target when the clause names none.
      guard let targetMetric = metric ?? lastTarget?.metric else { continue }
      let hedgeHit = rules.hedges.last(in: s, from: f.headStart, to: hit.leftEdge)
      let hedge = hedgeHit?.value ?? lastTarget?.hedge
      let deadlineId = targetDeadline(hit, clauseStart: clauseStart, sentence: sentence, candidates: sentenceDeadlines)
      // Owners named in the target's own paragraph, else those of its node (inherited from above).
      let owners = paragraphOwners[index.lineIndex(hit.span.start)] ?? node?.owners ?? []
      let comparator = comparator(hit, clauseStart: clauseStart)
      // A value restated later (经济增长预期目标为5%左右 after 国内生产总值增长5%左右) is one target.
      let key = TargetKey(
        metric: canonical(targetMetric), value: hit.value, upper: hit.upper, unit: hit.unit, comparator: comparator)
      if let j = seenTargets[key] {
        // The restatement carries no deadline of its own, or the same one.
        let other = targets[j].deadlineId.flatMap { Int($0.dropFirst()) }.map { deadlineHits[$0 - 1].interval }
        let mine = deadlineId.flatMap { Int($0.dropFirst()) }.map { deadlineHits[$0 - 1].interval }
        if mine == nil || other == mine {
          lastTarget = (targetMetric, hedge)
          continue
        }
      }
      seenTargets[key] = targets.count
      targets.append(
        Target(
          id: "g\(targets.count + 1)", metric: targetMetric, comparator: comparator,
          value: hit.value, upper: hit.upper, unit: hit.unit, hedge: hedge, deadlineId: deadlineId, figureId: id,
          nodeId: node?.id, owners: owners, span: hit.span, text: index.string(sentence), sentence: sentence))
      lastTarget = (targetMetric, hedge)
    }
  }

  struct TargetKey: Hashable {
    var metric: String
    var value: ExactDecimal
    var upper: ExactDecimal?
    var unit: String
    var comparator: Comparator
  }

  /// The metric with the rules' synonyms folded (经济增长 → 国内生产总值增长), for comparing targets.
  func canonical(_ metric: String) -> String { ExtractionRun.canonical(metric, rules: rules) }

  static func canonical(_ metric: String, rules: CompiledRules) -> String {
    let s = metric.scalarValues
    var out = Scalars()
    var i = 0
    while i < s.count {
      if let m = rules.synonyms.longest(in: s, at: i) {
        out.append(contentsOf: m.value)
        i += m.length
      } else {
        out.append(s[i])
        i += 1
      }
    }
    return String(scalarValues: out)
  }

  /// Whether the whole metric is one change word (增长, 下降…).
  func isChangeWord(_ metric: String) -> Bool {
    let s = metric.scalarValues
    guard let m = rules.changeWords.longest(in: s, at: 0) else { return false }
    return m.length == s.count
  }

  /// Target in plan parts or plan wording; actual in review parts or with achieved wording; else other.
  private func role(_ hit: FigureHit, facts f: SentenceFacts, part: PartRole?, deadlines: [Int]) -> FigureRole {
    if part == .review { return .actual }
    if f.plan { return .target }
    // Deadlines before the figure: one that ended before the report year (2021年1-10月) looks back, one
    // that ends in it or later (今年, 年底前, 到2025年, 2年内) looks ahead.
    var pastDeadline = false
    var futureDeadline = false
    if let y = year {
      for d in deadlines {
        let h = deadlineHits[d]
        guard h.span.end <= hit.span.start, let iv = h.interval, h.kind != "since" else { continue }
        if h.span.start > 0, s[h.span.start - 1] == 0x6BD4 { continue }  // 比上年: a comparison base
        if iv.end.year < y {
          pastDeadline = true
        } else {
          futureDeadline = true  // 今年, 年底前, 到2025年: the report year or later
        }
      }
    }
    if futureDeadline && !f.past { return .target }
    let looksBack = f.past || pastDeadline || f.paragraphPast
    if part == .plan { return looksBack ? .actual : .target }
    if f.actual || looksBack { return .actual }
    return .other
  }

  /// The target's comparator: a range, then the qualifier after the value, the one before it, 多/余, and
  /// last a comparator word earlier in the clause (控制在); reach when nothing says otherwise.
  private func comparator(_ hit: FigureHit, clauseStart: Int) -> Comparator {
    if hit.upper != nil { return .range }
    if let q = hit.after { return q.comparator }
    if let q = hit.before { return q.comparator }
    if let q = hit.inner { return q.comparator }
    if let w = rules.comparatorWords.last(in: s, from: clauseStart, to: hit.leftEdge) { return w.value }
    return .reach
  }

  /// The deadline in the same clause before the value, else the nearest before it in the sentence or its
  /// list head (今年发展主要预期目标是：…；…), else none.
  private func targetDeadline(_ hit: FigureHit, clauseStart: Int, sentence: SourceSpan, candidates: [Int]) -> String? {
    var best: Int?
    for d in candidates where deadlineHits[d].span.end <= hit.leftEdge {
      let h = deadlineHits[d]
      // A year gone by (比上年, 去年) is a comparison base, not the target's deadline.
      if let y = year, let iv = h.interval, iv.end.year < y { continue }
      if h.span.start > 0, s[h.span.start - 1] == 0x6BD4 { continue }  // 比
      best = d
    }
    if let b = best { return "t\(b + 1)" }
    // A paragraph led by 今年…主要预期目标是： dates all its items, also those after a full stop.
    let line = index.line(containing: hit.span.start)
    var colon = line.start
    while colon < min(line.end, hit.leftEdge) && s[colon] != 0xFF1A && s[colon] != 0x3A && !Scalar.endsSentence(s[colon]) {
      colon += 1
    }
    guard colon < hit.leftEdge, s[colon] == 0xFF1A || s[colon] == 0x3A else { return nil }
    for (k, h) in deadlineHits.enumerated() where h.span.start >= line.start && h.span.end <= colon {
      if let y = year, let iv = h.interval, iv.end.year < y { continue }
      best = k
    }
    return best.map { "t\($0 + 1)" }
  }
}
