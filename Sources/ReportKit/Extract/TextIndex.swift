/// Lines, sentences and clauses of a document's scalars, found on demand around an offset.
///
/// Sentences end at 。！？；!?; and at line ends, never inside （…） or “…” that open and close on the
/// same line; clauses further split a sentence at ，、：,: .
struct TextIndex {
  let s: Scalars
  /// Start offset of every line (paragraph).
  private let lineStarts: [Int]
  /// Sentence spans of the line last asked about (figures come in text order, so one line is reused).
  private var cachedLine = -1
  private var cachedSentences: [SourceSpan] = []

  init(_ s: Scalars) {
    self.s = s
    var starts = [0]
    var i = 0
    let n = s.count
    while i < n {
      if s[i] == 0x0A { starts.append(i + 1) }
      i += 1
    }
    lineStarts = starts
  }

  /// Index of the line holding offset `i`.
  func lineIndex(_ i: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if lineStarts[mid] <= i { lo = mid + 1 } else { hi = mid }
    }
    return max(0, lo - 1)
  }

  /// The line (paragraph) holding offset `i`, without its line break.
  func line(containing i: Int) -> SourceSpan {
    let k = lineIndex(i)
    let start = lineStarts[k]
    var end = k + 1 < lineStarts.count ? lineStarts[k + 1] - 1 : s.count
    if end < start { end = start }
    return SourceSpan(start: start, end: end)
  }

  /// The sentence holding offset `i` (its closing punctuation included).
  mutating func sentence(containing i: Int) -> SourceSpan {
    let k = lineIndex(i)
    if k != cachedLine {
      cachedLine = k
      cachedSentences = TextIndex.sentences(s, in: line(containing: i))
    }
    for sp in cachedSentences where sp.start <= i && i < sp.end { return sp }
    return line(containing: i)
  }

  /// All sentences of the line holding `i`.
  mutating func sentences(ofLineContaining i: Int) -> [SourceSpan] {
    _ = sentence(containing: i)
    return cachedSentences
  }

  /// Splits a line into sentences.
  static func sentences(_ s: Scalars, in line: SourceSpan) -> [SourceSpan] {
    var out: [SourceSpan] = []
    var start = line.start
    var depth = 0
    var i = line.start
    while i < line.end {
      let c = s[i]
      switch c {
      case 0xFF08, 0x28, 0x201C, 0x300A, 0x3010:  // （ ( “ 《 【
        // Only a bracket that closes on this line holds sentences together.
        if depth > 0 || closes(s, from: i, before: line.end, open: c) { depth += 1 }
      case 0xFF09, 0x29, 0x201D, 0x300B, 0x3011:  // ） ) ” 》 】
        if depth > 0 { depth -= 1 }
      default:
        if depth == 0 && Scalar.endsSentence(c) {
          // Keep closing quotes and brackets right after the end mark with the sentence.
          var e = i + 1
          while e < line.end, s[e] == 0x201D || s[e] == 0xFF09 || s[e] == 0x29 { e += 1 }
          out.append(SourceSpan(start: start, end: e))
          start = e
          i = e
          continue
        }
      }
      i += 1
    }
    if start < line.end { out.append(SourceSpan(start: start, end: line.end)) }
    return out
  }

  /// Whether the bracket or quote opened at `i` is closed before `end` (and within 300 scalars).
  private static func closes(_ s: Scalars, from i: Int, before end: Int, open: UInt32) -> Bool {
    let close: UInt32
    switch open {
    case 0xFF08: close = 0xFF09
    case 0x28: close = 0x29
    case 0x201C: close = 0x201D
    case 0x300A: close = 0x300B
    default: close = 0x3011
    }
    var j = i + 1
    let limit = min(end, i + 300)
    while j < limit {
      if s[j] == close { return true }
      j += 1
    }
    return false
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
