/// Lines, sentences and clauses of a document's scalars, found on demand around an offset.
///
/// Sentences end at 。！？；!?; and at line ends, never inside （…） or “…” (unless left open for more than
/// 150 scalars); clauses further split a sentence at ，、：,: . The sentences are found during the
/// extraction loop's one pass over the text (`SentenceTracker`), not in a pass of their own.
struct TextIndex {
  let s: Scalars
  /// Every sentence of the text, in order (filled by the extraction loop through `SentenceTracker`).
  private(set) var sentences: [SourceSpan] = []
  /// How far back a sentence looks for the head of the list it stands in (items joined by ；), in scalars: a
  /// bound, so an endless list costs linear time (the longest list of the external corpus spans 572).
  static let listReach = 2000
  /// Start offset of every line.
  private(set) var lineStarts: [Int] = [0]

  init(_ s: Scalars) {
    self.s = s
  }

  /// Takes the sentences and line starts the extraction loop found (`SentenceTracker`, long sentences cut).
  mutating func adopt(sentences: [SourceSpan], lineStarts: [Int]) {
    self.sentences = sentences
    self.lineStarts = lineStarts
  }

  /// The line (paragraph) holding offset `i`, without its line break.
  func line(containing i: Int) -> SourceSpan {
    var lo = 0
    var hi = lineStarts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if lineStarts[mid] <= i { lo = mid + 1 } else { hi = mid }
    }
    let k = max(0, lo - 1)
    let start = lineStarts[k]
    let end = k + 1 < lineStarts.count ? lineStarts[k + 1] - 1 : s.count
    return SourceSpan(start: start, end: max(start, end))
  }

  /// Index of the first sentence ending after `i`.
  func sentenceIndex(_ i: Int) -> Int {
    var lo = 0
    var hi = sentences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sentences[mid].end <= i { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The sentence holding offset `i` (its closing punctuation included).
  func sentence(containing i: Int) -> SourceSpan {
    let k = sentenceIndex(i)
    if k < sentences.count, sentences[k].start <= i { return sentences[k] }
    return line(containing: i)
  }

  /// `sentence(containing:)` for offsets that never decrease from call to call: `cursor` (0 at first) keeps
  /// the place between calls, so a pass over a document's figures walks the sentences once, with no bisection.
  func sentence(containing i: Int, cursor k: inout Int) -> SourceSpan {
    while k < sentences.count && sentences[k].end <= i { k += 1 }
    if k < sentences.count, sentences[k].start <= i { return sentences[k] }
    return line(containing: i)
  }

  /// The sentences of the line holding `i`, in order (found by bisection: a line may hold many).
  func sentences(ofLineContaining i: Int) -> ArraySlice<SourceSpan> {
    let l = line(containing: i)
    let a = sentenceIndex(l.start)
    var lo = a
    var hi = sentences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sentences[mid].start < l.end { lo = mid + 1 } else { hi = mid }
    }
    return sentences[a..<lo]
  }

  /// The closing scalar of an opening bracket or quote: （ ( “ 《 【.
  @inline(__always) static func closer(of c: UInt32) -> UInt32? {
    switch c {
    case 0xFF08: return 0xFF09
    case 0x28: return 0x29
    case 0x201C: return 0x201D
    case 0x300A: return 0x300B
    case 0x3010: return 0x3011
    default: return nil
    }
  }

  @inline(__always) static func isCloser(_ c: UInt32) -> Bool {
    c == 0xFF09 || c == 0x29 || c == 0x201D || c == 0x300B || c == 0x3011
  }

  /// Clause delimiters inside a sentence: ，、：, : and the sentence marks.
  @inline(__always) static func isClauseBreak(_ c: UInt32) -> Bool {
    c == 0xFF0C || c == 0x3001 || c == 0xFF1A || c == 0x2C || c == 0x3A || Scalar.endsSentence(c)
  }

  /// Start of the clause holding `i`, not before `floor`.
  func clauseStart(before i: Int, floor: Int) -> Int {
    var j = i - 1
    while j >= floor {
      if TextIndex.isClauseBreak(s[j]) { return j + 1 }
      j -= 1
    }
    return floor
  }

  /// End of the clause holding `i`, not after `ceiling`.
  func clauseEnd(after i: Int, ceiling: Int) -> Int {
    var j = i
    while j < ceiling {
      if TextIndex.isClauseBreak(s[j]) { return j }
      j += 1
    }
    return ceiling
  }

  /// The text of a span.
  func string(_ span: SourceSpan) -> String { string(span.start, span.end) }

  func string(_ a: Int, _ b: Int) -> String {
    guard a < b else { return "" }
    return String(scalarValues: s[a..<b])
  }

}

/// Finds sentence boundaries as the extraction loop passes the brackets, end marks and line breaks.
///
/// An end mark inside brackets or quotes does not end a sentence, unless the outermost bracket has
/// stayed open for more than `reach` scalars (then it is taken as never closed: “…； in a sloppy source).
/// Closing quotes and brackets right after an end mark stay with its sentence.
struct SentenceTracker {
  private(set) var sentences: [SourceSpan] = []
  private(set) var lineStarts: [Int] = [0]
  private var start = 0
  private var depth = 0
  private var openedAt = 0
  /// How far an opening bracket or quote may hold sentences together.
  static let reach = 150

  /// Whether the extraction loop must report `c`: a bracket, a quote, an end mark or a line break.
  @inline(__always) static func wants(_ c: UInt32) -> Bool {
    Scalar.endsSentence(c) || TextIndex.closer(of: c) != nil || TextIndex.isCloser(c)
  }

  mutating func open(at i: Int) {
    if depth == 0 { openedAt = i }
    depth += 1
  }

  mutating func close() {
    if depth > 0 { depth -= 1 }
  }

  /// An end mark at `i` (。！？；!?;); `s` for the closers after it.
  mutating func end(at i: Int, _ s: UnsafeBufferPointer<UInt32>) {
    if depth > 0 && i - openedAt > SentenceTracker.reach { depth = 0 }
    guard depth == 0 else { return }
    var e = i + 1
    while e < s.count, s[e] == 0x201D || s[e] == 0xFF09 || s[e] == 0x29 { e += 1 }
    sentences.append(SourceSpan(start: start, end: e))
    start = e
  }

  /// A line break at `i`: the open sentence ends before it, brackets close.
  mutating func lineBreak(at i: Int) {
    if start < i { sentences.append(SourceSpan(start: start, end: i)) }
    start = i + 1
    depth = 0
    lineStarts.append(i + 1)
  }

  /// The end of the text at `n`.
  mutating func finish(at n: Int) {
    if start < n { sentences.append(SourceSpan(start: start, end: n)) }
    start = n
  }
}
