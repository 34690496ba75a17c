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
    // A bulletin's relative words (全年, 年末, 比上年) describe the year its figures are about, not the year it
    // was published: dates resolve against its data year, with no shift for review parts (all of it reviews).
    let bulletin = document.kind == .statisticalBulletin
    let reference = bulletin ? (document.dataYear ?? document.year.map { $0 - 1 }) : document.year
    var run = ExtractionRun(rules: rules.compiled, scalars: scalars, year: reference, bulletin: bulletin)
    run.reviewMeansYearBefore = !bulletin
    run.scan(outline: document.outline)
    if let roots = run.assignOwners(document.outline) { document.outline = Outline(roots) }
    run.build()
    document.sentences = run.sentences
    document.figures = run.figures
    document.deadlines = run.deadlines
    document.targets = run.targets
    document.headline = run.headline()
    if let h = document.headline {
      for k in document.targets.indices where h.contains(document.targets[k].span) { document.targets[k].headline = true }
    }
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
  /// The year relative words resolve against: the report's year, or a bulletin's data year.
  let year: Int?
  /// The document is a statistical bulletin: every figure is an actual.
  let bulletin: Bool
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
  /// The sentence whose list head was found last (indices into the sentences) and its head's lead-in end.
  var headCache: (sentence: Int, head: Int, leadInEnd: Int) = (-1, -1, -1)
  /// The paragraph last read and whether its first sentence looks back.
  var paragraphCache: (line: Int, past: Bool, first: SourceSpan) = (-1, false, SourceSpan(start: -1, end: -1))

  var figureHits: [FigureHit] = []
  var deadlineHits: [DeadlineHit] = []
  /// Phrases after 比/较 (比上年, 比2020年, 比年初): what a figure is compared with, not deadlines.
  var baseHits: [DeadlineHit] = []
  var overflow: [SourceSpan] = []

  var sentences: [Sentence] = []
  var figures: [Figure] = []
  var deadlines: [Deadline] = []
  var targets: [Target] = []
  var diagnostics: [Diagnostic] = []

  init(rules: CompiledRules, scalars: Scalars, year: Int?, bulletin: Bool = false) {
    self.rules = rules
    self.s = scalars
    self.year = year
    self.bulletin = bulletin
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
    var deadlineScanner = DeadlineScanner(rules: rules, year: year)
    deadlineScanner.yearEndIsPoint = bulletin
    let figureScanner = FigureScanner(rules: rules)
    let (stops, stopped) = StopPatterns.spans(rules.stopPatterns, in: s)
    diagnostics += stopped.map { Diagnostic.stopPatternStopped($0.pattern, at: $0.offset) }
    var stopIndex = 0
    let n = s.count
    let s = self.s
    var i = 0
    let candidates = rules.candidateStarts
    var deadlineHits: [DeadlineHit] = []
    var baseHits: [DeadlineHit] = []
    var figureHits: [FigureHit] = []
    // Reports hold about one figure per 100 characters (97 over the 84 reports): room for a few more spares
    // most of the growth steps, each a copy of every hit so far (662 over the 84 reports, 0.5 % of the run).
    // Room never written is never resident.
    figureHits.reserveCapacity(n / 80)
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
    // The tight loop's second tests: the candidates read only with the scalar after them (今年, 牵头, 一千).
    let (pairOnly, digits) = rules.candidatePairTables
    candidates.withUnsafeBufferPointer { bits in
      s.withUnsafeBufferPointer { buf in
        while i < n {
          // Line markers hold no figure: the tight loop stops at the next one, which is stepped over whole.
          while markerIndex < markers.count && markers[markerIndex].end <= i { markerIndex += 1 }
          let bound = markerIndex < markers.count ? max(i, markers[markerIndex].start) : n
          // The cheap test, in a tight loop of its own: most scalars are Han characters that start nothing,
          // and of those that may, a scalar the rules pair with the next one (今年, 全年, 实现) or a Chinese
          // digit that is a word (统一, 进一步) is passed here too, with the same test the branches below make.
          var j = i
          while j < bound {
            let c = buf[j]
            let k = Int(c & 0xFFFF)
            let w = k >> 6
            let bit: UInt64 = 1 << UInt64(k & 63)
            if bits[w] & bit != 0 {
              if pairOnly[w] & bit != 0 {
                if j + 1 < n && rules.mayOpen(c, buf[j + 1]) { break }
              } else if digits[w] & bit == 0 || c > 0xFFFF || !ExtractionRun.isDigitWord(buf, at: j) {
                break
              }
            }
            j += 1
          }
          i = j
          guard i < n else { break }
          if i == bound {
            // At a marker (or inside one): a scalar in it that the loop would examine steps over the rest of
            // it, and the text after starts afresh; a marker without one is passed as any other text.
            let m = markers[markerIndex]
            var p = i
            while p < m.end && p < n {
              let k = Int(buf[p] & 0xFFFF)
              if bits[k >> 6] & (1 << UInt64(k & 63)) != 0 { break }
              p += 1
            }
            if p < m.end && p < n { markerEnd = m.end }
            i = m.end
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
          } else if ExtractionRun.readsOn(c) {
            // 十 (十二, 十四五), 百 (百分之), 拾, full-width digits, financial capitals: read on.
          } else if Scalar.chineseDigit(c) != nil {
            // A Chinese digit matters only before another numeral character (一千, 二〇), 年 (两年内), 季
            // (一季度), 分之 (三分之一), 点 (三点二), a range mark (三至五个) or 个亿 (两个亿): 统一, 进一步, 一是
            // are words.
            if ExtractionRun.isDigitWord(buf, at: i) {
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
          let mayFigure = FigureScanner.mayStart(c) || rules.rankNames.mayStart(with: c)
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
            // 比上年, 较2020年, 与上年相比: a comparison base belongs to its figure, it is no deadline.
            if ExtractionRun.isComparison(buf, before: d.span.start) {
              baseHits.append(d)
            } else {
              deadlineHits.append(d)
            }
            i = d.span.end
            continue
          }
          if c == 0x201C { tracker.open(at: i) }  // a quote that opened no deadline
          guard mayFigure else {
            i += 1
            continue
          }
          switch figureScanner.scan(s, at: i, afterMarker: i == markerEnd, into: &figureHits) {
          case .figure(let span, let resume):
            while stopIndex < stops.count && stops[stopIndex].end <= span.start { stopIndex += 1 }
            if stopIndex < stops.count && stops[stopIndex].start <= span.start {
              figureHits.removeLast()  // inside a stop pattern: no figure
              i = span.end
              continue
            }
            i = resume
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
    var sentences = tracker.sentences
    if sentences.contains(where: { $0.end - $0.start > LongSentences.limit }) {
      let (pieces, cut) = LongSentences.cut(
        sentences, in: s, figures: figureHits.map { SourceSpan(start: $0.leftEdge, end: $0.resume) })
      sentences = pieces
      diagnostics += cut.map { Diagnostic.sentenceCut(length: $0.end - $0.start, span: $0) }
    }
    index.adopt(sentences: sentences, lineStarts: tracker.lineStarts)
    self.deadlineHits = deadlineHits
    self.baseHits = baseHits
    self.figureHits = figureHits
    self.overflow = overflow
    self.ownerMentions = ownerMentions
  }

  /// Whether the phrase at `start` follows 比, 较 or 与 (比上年, 较2020年, 与上年相比): a comparison base.
  @inline(__always) static func isComparison(_ buf: UnsafeBufferPointer<UInt32>, before start: Int) -> Bool {
    guard start > 0 else { return false }
    let p = buf[start - 1]
    return p == 0x6BD4 || p == 0x8F83 || p == 0x4E0E  // 比 较 与
  }

  /// Whether `c` always goes on to the scanners: 十 (十二, 十四五), 百 (百分之), 拾, full-width digits, financial
  /// capitals.
  @inline(__always) static func readsOn(_ c: UInt32) -> Bool {
    c == 0x5341 || c == 0x767E || c == 0x62FE || (c >= 0xFF10 && c <= 0xFF19) || ChineseNumeral.isCapital(c)
  }

  /// Whether the Chinese digit at `i` is a word, not a numeral: it matters only before another numeral
  /// character (一千, 二〇), 年 (两年内), 季 (一季度), 分之 (三分之一), 点 (三点二), 半, a range mark (三至五个) or
  /// 个亿 (两个亿), or after 第/前 (居全国第二); 统一, 进一步, 一是 are words.
  @inline(__always) static func isDigitWord(_ buf: UnsafeBufferPointer<UInt32>, at i: Int) -> Bool {
    let n = buf.count
    let next: UInt32 = i + 1 < n ? buf[i + 1] : 0
    return !(ChineseNumeral.digit(next) != nil || ChineseNumeral.unit(next) != nil || next == DeadlineScanner.nian
      || next == 0x5B63 || next == 0x5206 || next == 0x70B9 || next == 0x534A || DeadlineScanner.isRangeDash(next)
      || (next == 0x4E2A && i + 2 < n && buf[i + 2] == 0x4EBF)
      || (i > 0 && (buf[i - 1] == FigureScanner.di || buf[i - 1] == FigureScanner.qian2)))
  }

  /// Two bit tables over the candidate starts (folded to 16 bits as they are): the scalars the loop reads
  /// only to test the pair they open with the next scalar (every candidate outside the branches for marks,
  /// brackets, ASCII, numeral characters and Chinese digits), and the Chinese digits.
  static func pairTables(_ candidates: [UInt64]) -> (pairOnly: [UInt64], digits: [UInt64]) {
    var pairOnly = [UInt64](repeating: 0, count: candidates.count)
    var digits = [UInt64](repeating: 0, count: candidates.count)
    for w in candidates.indices where candidates[w] != 0 {
      var word = candidates[w]
      while word != 0 {
        let b = word.trailingZeroBitCount
        word &= word - 1
        let c = UInt32(w << 6 | b)
        if SentenceTracker.wants(c) || c < 0x80 || readsOn(c) {
          continue  // read by a branch of its own
        }
        if Scalar.chineseDigit(c) != nil {
          digits[w] |= 1 << UInt64(b)
        } else {
          pairOnly[w] |= 1 << UInt64(b)
        }
      }
    }
    return (pairOnly, digits)
  }

  // MARK: Building the output

  mutating func build() {
    buildSentences()
    buildDeadlines()
    buildFigures()
    buildDiagnostics()
  }

  private mutating func buildSentences() {
    sentences.reserveCapacity(index.sentences.count)
    var nodes = NodeCursor()
    for (k, sp) in index.sentences.enumerated() {
      let node = hasOutline ? nodes.index(containing: sp.start, in: outline) : nil
      sentences.append(
        Sentence(id: SentenceID(k + 1), span: sp, nodeId: node.map { outline.nodes[$0].id }, role: node.map { outline.nodes[$0].role } ?? .other))
    }
  }

  private mutating func buildDeadlines() {
    deadlines.reserveCapacity(deadlineHits.count)
    var nodes = NodeCursor()
    for (k, d) in deadlineHits.enumerated() {
      let node = hasOutline ? nodes.index(containing: d.span.start, in: outline) : nil
      deadlines.append(
        Deadline(
          id: DeadlineID(k + 1), text: index.string(d.span), kind: d.kind, interval: d.interval,
          nodeId: node.map { outline.nodes[$0].id }, span: d.span))
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
}

extension Array where Element: Equatable {
  /// Whether the array ends with `suffix`.
  func ends(with suffix: [Element]) -> Bool {
    suffix.count <= count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}
