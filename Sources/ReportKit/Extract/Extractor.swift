import Foundation

/// Finds figures, deadlines, targets and responsible units in a document's normalised text.
public struct Extractor: Sendable {
  /// The rules it reads.
  public let rules: RuleSet

  /// Makes an extractor over compiled rules.
  public init(rules: RuleSet) {
    self.rules = rules
  }

  /// Fills the document's sentences, figures, deadlines and targets, adds diagnostics, and sets node owners
  /// where the text names them.
  public func extract(_ document: inout Document) {
    let scalars = document.scalars
    // A bulletin's relative words (年末, 比上年) describe the year in its title, not the year before it was
    // published: dates resolve against its data year, with no shift for review parts.
    let bulletin = document.kind == .statisticalBulletin
    var run = ExtractionRun(rules: rules.compiled, scalars: scalars, year: bulletin ? document.dataYear ?? document.year : document.year)
    run.reviewMeansYearBefore = !bulletin
    run.scan(outline: document.outline)
    if let roots = run.assignOwners(document.outline) { document.outline = Outline(roots) }
    run.build()
    document.sentences = run.sentences
    document.figures = run.figures
    document.deadlines = run.deadlines
    document.targets = run.targets
    // One warning about the missing year: the splitter's says only that it is missing; this one names the
    // deadlines left undated, so it takes the splitter's place.
    if let undated = run.diagnostics.first(where: { $0.id == .deadlinesUndated }),
      let k = document.diagnostics.firstIndex(where: { $0.id == .yearNotStated })
    {
      document.diagnostics[k] = undated
      document.diagnostics.append(contentsOf: run.diagnostics.filter { $0.id != .deadlinesUndated })
    } else {
      document.diagnostics.append(contentsOf: run.diagnostics)
    }
  }
}

/// The state of one extraction: everything proportional to one document, dropped when it is done.
struct ExtractionRun {
  let rules: CompiledRules
  let s: Scalars
  let year: Int?
  /// Whether dates without a year in a review part mean the year before `year` (a work report's review).
  var reviewMeansYearBefore = true
  var index: TextIndex
  var outline = Outline()
  var hasOutline = false
  /// Owners named in each paragraph (by the offset of its first scalar).
  var paragraphOwners: [Int: [String]] = [:]
  var ownerMentions: [OwnerMention] = []
  /// The paragraph whose lead-in (今年…目标是：) was last read: its line start, colon and deadline.
  var leadIn: (line: Int, colon: Int, deadline: Int?) = (-1, -1, nil)
  /// The list head last read and whether plan words stood in it up to `upTo`.
  var roleCache: (head: Int, upTo: Int, plan: Bool) = (-1, -1, false)
  /// The paragraph last read and whether its first sentence looks back.
  var paragraphCache: (line: Int, past: Bool, first: SourceSpan) = (-1, false, SourceSpan(start: -1, end: -1))

  var figureHits: [FigureHit] = []
  var deadlineHits: [DeadlineHit] = []
  var overflow: [SourceSpan] = []

  var sentences: [Sentence] = []
  var figures: [Figure] = []
  var deadlines: [Deadline] = []
  var targets: [Target] = []
  var diagnostics: [Diagnostic] = []

  init(rules: CompiledRules, scalars: Scalars, year: Int?) {
    self.rules = rules
    self.s = scalars
    self.year = year
    self.index = TextIndex(s)
  }

  // MARK: Owners

  /// Writes the owner mentions found by `scan` on the innermost node holding each (and on its paragraph),
  /// and indexes the outline again so that figures and targets see them; the new tree, nil when unchanged.
  mutating func assignOwners(_ outline: Outline) -> [Node]? {
    guard !ownerMentions.isEmpty else { return nil }
    var roots = outline.roots
    for m in ownerMentions {
      let line = index.line(containing: m.offset).start
      ExtractionRun.merge(&paragraphOwners[line, default: []], m.units)
      _ = ExtractionRun.assign(&roots, offset: m.offset, units: m.units)
    }
    self.outline = Outline(roots)
    return roots
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
  mutating func scan(outline: Outline) {
    self.outline = outline
    hasOutline = !outline.isEmpty
    let deadlineScanner = DeadlineScanner(rules: rules, year: year)
    let figureScanner = FigureScanner(rules: rules)
    let stops = stopSpans()
    var stopIndex = 0
    let n = s.count
    let s = self.s
    var i = 0
    let candidates = rules.candidateStarts
    var deadlineHits: [DeadlineHit] = []
    var figureHits: [FigureHit] = []
    var overflow: [SourceSpan] = []
    var ownerMentions: [OwnerMention] = []
    var ownerResume = 0
    let ownerScanner = OwnerScanner(rules: rules)
    var tracker = SentenceTracker()
    let outline = self.outline
    let hasOutline = self.hasOutline
    let shifts = reviewMeansYearBefore
    let inReview: (Int) -> Bool = { shifts && hasOutline && outline.role(at: $0) == .review }
    // Line markers hold no figure; the text after one starts afresh (the 6 of 「8.6个…」 read as item 8).
    let markers = outline.lineMarkerSpans
    var markerIndex = 0
    var markerEnd = -1
    candidates.withUnsafeBufferPointer { bits in
      s.withUnsafeBufferPointer { buf in
        while i < n {
          // The cheap test, in a tight loop of its own: most scalars are Han characters that start nothing.
          var j = i
          while j < n {
            let k = Int(buf[j] & 0xFFFF)
            if bits[k >> 6] & (1 << UInt64(k & 63)) != 0 { break }
            j += 1
          }
          i = j
          guard i < n else { break }
          while markerIndex < markers.count && markers[markerIndex].end <= i { markerIndex += 1 }
          if markerIndex < markers.count && markers[markerIndex].start <= i {
            i = markers[markerIndex].end
            markerEnd = i
            continue
          }
          let c = buf[i]
          // Sentence marks, brackets, line breaks: noted for the sentences; only （ ( “ go on (to owner
          // mentions and five-year plans).
          if SentenceTracker.wants(c) {
            switch c {
            case 0x0A:
              tracker.lineBreak(at: i)
              i += 1
              continue
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B:
              tracker.end(at: i, buf)
              i += 1
              continue
            case 0x201C:
              // “十四五”期间 is a deadline whose quotes are skipped together; any other “ opens a quote.
              if !(i + 1 < n && rules.mayOpen(c, buf[i + 1])) {
                tracker.open(at: i)
                i += 1
                continue
              }
            case 0xFF08, 0x28:
              tracker.open(at: i)
              if i >= ownerResume, let (m, end) = ownerScanner.mention(s, at: i) {  // （省发展改革委牵头）
                ownerMentions.append(m)
                ownerResume = end
              }
              i += 1
              continue
            default:
              if TextIndex.isCloser(c) { tracker.close() } else { tracker.open(at: i) }
              i += 1
              continue
            }
          }
          if c < 0x80 {
            if c > 0x39 || c < 0x30 {
              // "十四五"期间 with ASCII quotes goes on to the deadline scanner; nothing else ASCII does.
              if !(c == 0x22 && i + 1 < n && rules.mayOpen(c, buf[i + 1])) {
                i += 1
                continue
              }
            } else if i > 0, i != markerEnd, FigureScanner.isLatinOrDigit(buf[i - 1]) || NumeralReader.isDecimalPoint(buf[i - 1]) {
              // The tail of an identifier or a longer number (M2, PM2.5): skip its digits.
              var k = i
              while k < n, NumeralReader.arabicDigit(buf[k]) != nil || NumeralReader.isDecimalPoint(buf[k]) { k += 1 }
              i = k
              continue
            }
          } else if c == 0x5341 || c == 0x767E || (c >= 0xFF10 && c <= 0xFF19) {
            // 十 (十二, 十四五), 百 (百分之), full-width digits: read on.
          } else if Scalar.chineseDigit(c) != nil {
            // A Chinese digit matters only before another numeral character (一千, 二〇), 年 (两年内) or
            // 季 (一季度): 统一, 进一步, 一是 are words.
            let next: UInt32 = i + 1 < n ? buf[i + 1] : 0
            if !(Scalar.chineseDigit(next) != nil || next == 0x5341 || next == 0x767E || next == 0x5343
              || next == 0x4E07 || next == 0x4EBF || next == DeadlineScanner.nian || next == 0x5B63)
            {
              i += 1
              continue
            }
          } else {
            // A scalar that may open a deadline (今年, 年底, “十四五”) or an owner label (牵头单位): the pair
            // it makes with the next scalar must be one the rules know. Scanning goes on inside an owner
            // mention: （5月底完成，牵头单位：…） holds a deadline too.
            if !(i + 1 < n && rules.mayOpen(c, buf[i + 1])) {
              i += 1
              continue
            }
            if i >= ownerResume, ownerScanner.mayStart(c), let (m, end) = ownerScanner.mention(s, at: i) {
              ownerMentions.append(m)
              ownerResume = end
            }
          }
          let mayFigure = FigureScanner.mayStart(c)
          if !mayFigure && !rules.mayStartDeadline(c) {
            i += 1
            continue
          }
          // A run of digits starts a deadline only before 年, 月 or a range mark (2021年, 12月底, 1-10月):
          // 470亿元 goes straight to the figure scanner.
          var mayDeadline = true
          if NumeralReader.arabicDigit(c) != nil {
            var k = i + 1
            while k < n, NumeralReader.arabicDigit(buf[k]) != nil { k += 1 }
            let next: UInt32 = k < n ? buf[k] : 0
            mayDeadline = next == DeadlineScanner.nian || next == DeadlineScanner.yue || DeadlineScanner.isRangeDash(next)
          }
          if mayDeadline, let d = deadlineScanner.scan(s, at: i, inReview: inReview) {
            deadlineHits.append(d)
            i = d.span.end
            continue
          }
          if c == 0x201C { tracker.open(at: i) }  // a quote that opened no deadline
          guard mayFigure else {
            i += 1
            continue
          }
          switch figureScanner.scan(s, at: i, afterMarker: i == markerEnd) {
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
    }
    tracker.finish(at: n)
    index.adopt(tracker)
    self.deadlineHits = deadlineHits
    self.figureHits = figureHits
    self.overflow = overflow
    self.ownerMentions = ownerMentions
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
    buildSentences()
    buildDeadlines()
    buildFigures()
    buildDiagnostics()
  }

  /// The innermost node holding `offset`: its position in the outline's pre-order list.
  private func nodeIndex(_ offset: Int) -> Int? { hasOutline ? outline.index(containing: offset) : nil }

  private mutating func buildSentences() {
    sentences.reserveCapacity(index.sentences.count)
    for (k, sp) in index.sentences.enumerated() {
      let node = nodeIndex(sp.start).map { outline.nodes[$0] }
      sentences.append(Sentence(id: SentenceID(k + 1), span: sp, nodeId: node?.id, role: node?.role ?? .other))
    }
  }

  private mutating func buildDeadlines() {
    deadlines.reserveCapacity(deadlineHits.count)
    for (k, d) in deadlineHits.enumerated() {
      deadlines.append(
        Deadline(
          id: DeadlineID(k + 1), text: index.string(d.span), kind: d.kind, interval: d.interval,
          nodeId: nodeIndex(d.span.start).map { outline.nodes[$0].id }, span: d.span))
    }
  }

  private mutating func buildDiagnostics() {
    for sp in overflow {
      diagnostics.append(.numberTooLarge(index.string(sp), span: sp))
    }
    let relative = deadlineHits.filter(\.needsYear)
    if let first = relative.first {
      diagnostics.append(
        .deadlinesUndated(relativeDeadlines: relative.count, examples: relative.prefix(3).map { index.string($0.span) },
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
      while j > sentences.startIndex {
        let prev = sentences[j - 1]
        let last = s[prev.end - 1]
        guard last == 0xFF1B || last == 0x3B else { break }  // ；;
        j -= 1
      }
      head = sentences[j]
    }
    // Plan words (and hedges) count from the list head; the list's earlier items were read already.
    var planBefore = false
    if head.start < sentence.start {
      if roleCache.head == head.start && roleCache.upTo == sentence.start {
        planBefore = roleCache.plan
      } else {
        planBefore = roleFlags(head.start, sentence.start) & 1 != 0
      }
    }
    let own = roleFlags(sentence.start, sentence.end)
    let plan = planBefore || own & 1 != 0
    roleCache = (head.start, sentence.end, plan)
    let line = index.line(containing: sentence.start).start
    if paragraphCache.line != line {
      let first = sentences.first ?? sentence
      let f = roleFlags(first.start, first.end)
      paragraphCache = (line, f & 4 != 0 && f & 1 == 0, first)
    }
    let paragraphPast = paragraphCache.past && paragraphCache.first != sentence
    return SentenceFacts(
      span: sentence, plan: plan, actual: own & 2 != 0, past: own & 4 != 0, headStart: head.start,
      paragraphPast: paragraphPast)
  }

  /// Plan (1), actual (2) and past (4) words found in `a..<b`.
  private func roleFlags(_ a: Int, _ b: Int) -> UInt8 {
    var bits: UInt8 = 0
    rules.roleWords.forEachMatch(in: s, from: a, to: b) { bits |= $0 }
    return bits
  }

  private mutating func buildFigures() {
    let finder = MetricFinder(rules: rules)
    var cachedFacts: SentenceFacts?
    var sentenceDeadlines: [Int] = []  // indices into deadlineHits for the current sentence
    var deadlineCursor = 0
    // Carry-over within a sentence: the last figure's metric and unit, and the last target.
    var lastInSentence: (metric: Scalars?, unit: String)?
    var lastTarget: (metric: Scalars, name: String, hedge: String?)?
    var lastBaseline: (sentence: SourceSpan, metric: Scalars?)?
    var seenTargets: [(key: TargetKey, target: Int)] = []
    var spans: [SourceSpan] = []  // the sentence's deadline phrases
    var lineStart = 0

    for (k, hit) in figureHits.enumerated() {
      let sentence = index.sentence(containing: hit.span.start)
      let nodeAt = nodeIndex(hit.span.start)
      let node = nodeAt.map { outline.nodes[$0] }
      if cachedFacts?.span != sentence {
        // In a review part every figure is an actual: the sentence's words need no reading.
        cachedFacts =
          node?.role == .review
          ? SentenceFacts(span: sentence, plan: false, actual: true, past: true, headStart: sentence.start, paragraphPast: false)
          : facts(sentence)
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
        spans = sentenceDeadlines.map { deadlineHits[$0].span }.filter { $0.start >= sentence.start }
        lineStart = index.line(containing: sentence.start).start
      }
      let f = cachedFacts!
      let clauseStart = index.clauseStart(before: hit.leftEdge, floor: sentence.start)
      let clauseEnd = index.clauseEnd(after: hit.resume, ceiling: sentence.end)
      var metric = finder.metric(s, hit: hit, clauseStart: clauseStart, clauseEnd: clauseEnd, deadlines: spans)
      if metric == nil, let last = lastInSentence, last.unit == hit.unit { metric = last.metric }
      // 国内生产总值超过126万亿元，增长5.2%: a bare change word continues the previous figure's metric.
      if let m = metric, let base = lastInSentence?.metric, isChangeWord(m), !base.ends(with: m) { metric = base + m }
      lastInSentence = (metric, hit.unit)
      var metricName = metric.map { String(scalarValues: $0) }

      var role = self.role(hit, facts: f, part: node?.role, deadlines: sentenceDeadlines)
      // 由每人每年240元提高到280元: 240元 is where the metric starts, so it is the current value, no target;
      // the value it moves to names the same metric.
      let baseline = isBaseline(hit, clauseStart: clauseStart, clauseEnd: clauseEnd)
      if baseline {
        if role == .target { role = .actual }
      } else if let b = lastBaseline, b.sentence == sentence, metric == nil || metric.map(isChangeWord) == true {
        metric = b.metric
        metricName = metric.map { String(scalarValues: $0) }
      }
      lastBaseline = baseline ? (sentence, metric) : nil
      let id = FigureID(k + 1)
      figures.append(
        Figure(
          id: id, text: index.string(hit.span), value: hit.value, upper: hit.upper, unit: hit.unit,
          qualifier: hit.qualifier?.word, kind: hit.kind, metric: metricName, role: role, nodeId: node?.id,
          span: hit.span, sentence: sentence))

      guard role == .target else { continue }
      // Targets: a metric, carried over from the sentence's last target when the clause names none.
      guard let targetMetric = metric ?? lastTarget?.metric else { continue }
      let targetName = metric == nil ? lastTarget!.name : metricName!
      let hedgeHit = rules.hedges.last(in: s, from: f.headStart, to: hit.leftEdge)
      let hedge = hedgeHit?.value ?? lastTarget?.hedge
      let deadlineId = targetDeadline(hit, clauseStart: clauseStart, sentence: sentence, candidates: sentenceDeadlines)
      // Owners named in the target's own paragraph, else those of its node (inherited from above).
      let nodeOwners = nodeAt.map { outline.owners(ofNodeAt: $0) } ?? []
      let owners = paragraphOwners.isEmpty ? nodeOwners : (paragraphOwners[lineStart] ?? nodeOwners)
      let comparator = comparator(hit, clauseStart: clauseStart)
      // A value restated later (经济增长预期目标为5%左右 after 国内生产总值增长5%左右) is one target.
      let key = TargetKey(
        metric: rules.canonicalMetric(targetMetric), value: hit.value, upper: hit.upper, unit: hit.unit,
        comparator: comparator)
      // A document holds tens of targets: a linear look beats hashing.
      if let j = seenTargets.lastIndex(where: { $0.key == key }) {
        // The restatement carries no deadline of its own, or the same one.
        let first = seenTargets[j].target
        let other = targets[first].deadlineId.map { deadlineHits[$0.number - 1].interval }
        let mine = deadlineId.map { deadlineHits[$0.number - 1].interval }
        if mine == nil || other == mine {
          lastTarget = (targetMetric, targetName, hedge)
          continue
        }
      }
      seenTargets.append((key, targets.count))
      targets.append(
        Target(
          id: TargetID(targets.count + 1), metric: targetName, comparator: comparator,
          value: hit.value, upper: hit.upper, unit: hit.unit, hedge: hedge, deadlineId: deadlineId, figureId: id,
          nodeId: node?.id, owners: owners, span: hit.span, sentence: sentence))
      lastTarget = (targetMetric, targetName, hedge)
    }
  }

  struct TargetKey: Equatable {
    var metric: Scalars
    var value: ExactDecimal
    var upper: ExactDecimal?
    var unit: String
    var comparator: Comparator
  }

  /// Whether `hit` is the starting value of a change: 从/由 before it in its clause, 提高到/降至… right after.
  func isBaseline(_ hit: FigureHit, clauseStart: Int, clauseEnd: Int) -> Bool {
    guard hit.resume < clauseEnd, rules.baselineWords.longest(in: s, at: hit.resume, limit: clauseEnd) != nil else { return false }
    var i = hit.leftEdge - 1
    while i >= clauseStart && hit.leftEdge - i <= 8 {
      if s[i] == 0x4ECE || s[i] == 0x7531 { return true }  // 从 由
      i -= 1
    }
    return false
  }

  /// Whether the whole metric is one change word (增长, 下降…).
  func isChangeWord(_ s: Scalars) -> Bool {
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
        guard h.span.end <= hit.span.start, let iv = h.interval, h.kind != .since else { continue }
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
  private mutating func targetDeadline(_ hit: FigureHit, clauseStart: Int, sentence: SourceSpan, candidates: [Int]) -> DeadlineID? {
    var best: Int?
    for d in candidates where deadlineHits[d].span.end <= hit.leftEdge {
      let h = deadlineHits[d]
      // A year gone by (比上年, 去年) is a comparison base, not the target's deadline.
      if let y = year, let iv = h.interval, iv.end.year < y { continue }
      if h.span.start > 0, s[h.span.start - 1] == 0x6BD4 { continue }  // 比
      best = d
    }
    if let b = best { return DeadlineID(b + 1) }
    // A paragraph led by 今年…主要预期目标是： dates all its items, also those after a full stop.
    let line = index.line(containing: hit.span.start)
    if leadIn.line != line.start {
      var colon = line.start
      while colon < line.end && s[colon] != 0xFF1A && s[colon] != 0x3A && !Scalar.endsSentence(s[colon]) { colon += 1 }
      let found = colon < line.end && (s[colon] == 0xFF1A || s[colon] == 0x3A)
      var lead: Int?
      if found {
        // Deadlines are in text order: find the first at or after the line's start.
        var lo = 0
        var hi = deadlineHits.count
        while lo < hi {
          let mid = (lo + hi) / 2
          if deadlineHits[mid].span.start < line.start { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        while k < deadlineHits.count && deadlineHits[k].span.end <= colon {
          let h = deadlineHits[k]
          if !(year.map { y in h.interval.map { $0.end.year < y } ?? false } ?? false) { lead = k }
          k += 1
        }
      }
      leadIn = (line.start, found ? colon : -1, lead)
    }
    guard leadIn.colon >= 0, leadIn.colon < hit.leftEdge, let k = leadIn.deadline else { return nil }
    return DeadlineID(k + 1)
  }
}

extension Array where Element: Equatable {
  /// Whether the array ends with `suffix`.
  func ends(with suffix: [Element]) -> Bool {
    suffix.count <= count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}
