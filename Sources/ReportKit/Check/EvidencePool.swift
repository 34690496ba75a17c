/// The sentences of the progress documents that may hold evidence, with their figures, indexed for search.
///
/// A work report's evidence is its review part (the year before it was delivered); a bulletin's, all of it; a
/// plan-execution report's, its review part; a document whose parts carry no review role gives all its
/// sentences.
///
/// A review often holds a five-year review beside the year's (2026 reports look back on the 十四五): each
/// sentence is marked `multiYear` when it, or the paragraph run it stands in, speaks of several years (五年来,
/// “十四五”时期), so that an annual target never takes a five-year figure as its actual.
struct EvidencePool {
  /// One candidate sentence.
  struct Entry {
    var source: Int
    var sentence: Sentence
    var text: Scalars
    /// The text with metric synonyms folded (RuleSet.canonicalMetric), for finding a metric named without a figure.
    var canonical: Scalars
    /// Its figures (indices into the document's figures).
    var figures: [Int]
    /// It reports on several years, not one.
    var multiYear: Bool
  }

  /// A progress document as read.
  struct Progress {
    var path: String
    var document: Document
  }

  let progress: [Progress]
  private(set) var entries: [Entry] = []
  let index: BigramIndex

  init(_ progress: [Progress], rules: CompiledRules) {
    self.progress = progress
    var entries: [Entry] = []
    for (k, p) in progress.enumerated() {
      let d = p.document
      let review = d.sentences.filter { $0.role == .review }
      let chosen = d.kind == .statisticalBulletin || review.isEmpty ? d.sentences : review
      let scopes = EvidencePool.multiYearSentences(chosen, in: d)
      var f = 0
      for (n, sentence) in chosen.enumerated() {
        while f < d.figures.count && d.figures[f].span.start < sentence.span.start { f += 1 }
        var mine: [Int] = []
        var g = f
        while g < d.figures.count && d.figures[g].span.start < sentence.span.end {
          mine.append(g)
          g += 1
        }
        let text = Array(d.scalars[sentence.span.start..<sentence.span.end])
        entries.append(Entry(source: k, sentence: sentence, text: text, canonical: rules.canonicalMetric(text), figures: mine,
          multiYear: scopes[n]))
      }
    }
    self.entries = entries
    index = BigramIndex(passages: entries.map(\.text))
  }

  /// Which of `sentences` speak of several years. A paragraph whose first sentence names a period of two
  /// years or more (五年来, 过去五年, “十四五”时期) opens a multi-year run, which lasts until a paragraph whose first
  /// sentence names one year (2025年, 过去一年) or the next top-level part; a later sentence naming such a period
  /// (「2025年是“十四五”收官之年。过去5年，…」) makes the rest of its paragraph multi-year.
  static func multiYearSentences(_ sentences: [Sentence], in d: Document) -> [Bool] {
    let lines = Lines.ranges(in: d.scalars)
    var out = [Bool](repeating: false, count: sentences.count)
    var deadline = 0
    var line = 0
    var run = false, paragraphRun = false
    var part: Int?
    var lastLine = -1
    for (n, s) in sentences.enumerated() {
      while line < lines.count && lines[line].upperBound <= s.span.start { line += 1 }
      let top = d.outline.roots.firstIndex { $0.span.start <= s.span.start && s.span.start < $0.span.end }
      if top != part { run = false; part = top }
      while deadline < d.deadlines.count && d.deadlines[deadline].span.start < s.span.start { deadline += 1 }
      var many = false, one = false
      var k = deadline
      while k < d.deadlines.count && d.deadlines[k].span.start < s.span.end {
        if let i = d.deadlines[k].interval {
          if i.end.year > i.start.year { many = true } else { one = true }
        }
        k += 1
      }
      if line != lastLine {
        lastLine = line
        paragraphRun = false
        if many && !one { run = true } else if one { run = false }
      } else if many && !one {
        paragraphRun = true
      }
      out[n] = run || paragraphRun
    }
    return out
  }

  /// The evidence record of entry `e`, with `figure` marked.
  func evidence(_ e: Entry, figure: Int? = nil, score: Double) -> CheckEvidence {
    let d = progress[e.source].document
    return CheckEvidence(
      source: progress[e.source].path, documentId: d.id, text: String(scalarValues: e.text), span: e.sentence.span,
      figure: figure.map { d.figures[$0].span }, score: score, multiYear: e.multiYear)
  }
}
