/// Cuts sentences too long to read whole into pieces, so every look-back of the extraction stays bounded.
///
/// Metrics, hedges, comparators and deadlines are looked for between a figure and the start of its clause or
/// sentence: over one sentence holding tens of thousands of figures (a generated or garbled text) that is
/// quadratic, a hang. No real report comes near the limit (the longest sentence of the 86 reports of the
/// external corpus has 501 scalars), so a cut changes nothing a reader would call a sentence.
enum LongSentences {
  /// The longest sentence read whole, in scalars.
  static let limit = 2000

  /// `sentences` with each one longer than `limit` cut into pieces: at the last clause break (，、：) in the
  /// second half of the allowed length, else at the limit, never inside one of `figures` (the figures' reach,
  /// qualifiers included, in text order). Also the sentences that were cut, for the note.
  static func cut(_ sentences: [SourceSpan], in s: Scalars, figures: [SourceSpan]) -> (pieces: [SourceSpan], cut: [SourceSpan]) {
    guard sentences.contains(where: { $0.end - $0.start > limit }) else { return (sentences, []) }
    var pieces: [SourceSpan] = []
    var cut: [SourceSpan] = []
    pieces.reserveCapacity(sentences.count)
    for sentence in sentences {
      guard sentence.end - sentence.start > limit else {
        pieces.append(sentence)
        continue
      }
      cut.append(sentence)
      var start = sentence.start
      while sentence.end - start > limit {
        var at = start + limit
        var j = at
        while j > start + limit / 2, !TextIndex.isClauseBreak(s[j - 1]) { j -= 1 }
        if j > start + limit / 2 { at = j }
        // A figure across the cut moves it: before the figure when that leaves a piece, else after it.
        if let f = figure(in: figures, across: at) { at = f.start > start ? f.start : f.end }
        guard at < sentence.end else { break }
        pieces.append(SourceSpan(start: start, end: at))
        start = at
      }
      pieces.append(SourceSpan(start: start, end: sentence.end))
    }
    return (pieces, cut)
  }

  /// The figure of `figures` (sorted, not overlapping) that holds `offset` strictly inside, if any.
  private static func figure(in figures: [SourceSpan], across offset: Int) -> SourceSpan? {
    var lo = 0
    var hi = figures.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if figures[mid].end <= offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo < figures.count, figures[lo].start < offset, offset < figures[lo].end else { return nil }
    return figures[lo]
  }
}
