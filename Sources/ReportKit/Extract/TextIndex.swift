/// Lines, sentences and clauses of a document's scalars, found on demand around an offset.
///
/// Sentences end at 。！？；!?; and at line ends, never inside （…） or “…” (unless left open for more than
/// 150 scalars); clauses further split a sentence at ，、：,: .
struct TextIndex {
  let s: Scalars
  /// The line last asked about and its sentences (figures come in text order, so one line is reused).
  private var cachedLine = SourceSpan(start: -1, end: -1)
  private var cachedSentences: [SourceSpan] = []

  init(_ s: Scalars) {
    self.s = s
  }

  /// The line (paragraph) holding offset `i`, without its line break; found by scanning to the breaks
  /// around it, so no pass over the whole text is needed.
  func line(containing i: Int) -> SourceSpan {
    if cachedLine.start <= i && i < cachedLine.end { return cachedLine }
    var a = min(i, s.count)
    while a > 0 && s[a - 1] != 0x0A { a -= 1 }
    var b = min(i, s.count)
    while b < s.count && s[b] != 0x0A { b += 1 }
    return SourceSpan(start: a, end: b)
  }

  /// The sentence holding offset `i` (its closing punctuation included).
  mutating func sentence(containing i: Int) -> SourceSpan {
    if !(cachedLine.start <= i && i < cachedLine.end) {
      let l = line(containing: i)
      cachedLine = l.start < l.end ? l : SourceSpan(start: l.start, end: l.start + 1)
      cachedSentences = TextIndex.sentences(s, in: l)
    }
    // Binary search: long paragraphs hold many sentences.
    var lo = 0
    var hi = cachedSentences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if cachedSentences[mid].end <= i { lo = mid + 1 } else { hi = mid }
    }
    if lo < cachedSentences.count, cachedSentences[lo].start <= i { return cachedSentences[lo] }
    return line(containing: i)
  }

  /// All sentences of the line holding `i`.
  mutating func sentences(ofLineContaining i: Int) -> [SourceSpan] {
    _ = sentence(containing: i)
    return cachedSentences
  }

  /// Splits a line into sentences.
  ///
  /// One pass: an end mark inside brackets or quotes does not end a sentence, unless the bracket has stayed
  /// open for more than `bracketReach` scalars (then it is taken as never closed: “…； in a sloppy source).
  static func sentences(_ s: Scalars, in line: SourceSpan) -> [SourceSpan] {
    s.withUnsafeBufferPointer { buf in
      var out: [SourceSpan] = []
      var start = line.start
      var depth = 0
      var openedAt = 0  // where the outermost open bracket opened
      var i = line.start
      let end = line.end
      while i < end {
        let c = buf[i]
        // Han and CJK letters (U+3400–U+FEFF) are never brackets or end marks: the common case.
        if c < 0x21 || (c >= 0x3400 && c < 0xFF00) {
          i += 1
          continue
        }
        if closer(of: c) != nil {
          if depth == 0 { openedAt = i }
          depth += 1
        } else if isCloser(c) {
          if depth > 0 { depth -= 1 }
        } else if Scalar.endsSentence(c) {
          if depth > 0 && i - openedAt > bracketReach { depth = 0 }
          if depth == 0 {
            // Keep closing quotes and brackets right after the end mark with the sentence.
            var e = i + 1
            while e < end, buf[e] == 0x201D || buf[e] == 0xFF09 || buf[e] == 0x29 { e += 1 }
            out.append(SourceSpan(start: start, end: e))
            start = e
            i = e
            continue
          }
        }
        i += 1
      }
      if start < end { out.append(SourceSpan(start: start, end: end)) }
      return out
    }
  }

  /// How far an opening bracket or quote may hold sentences together.
  static let bracketReach = 150

  /// The closing scalar of an opening bracket or quote: （ ( “ 《 【.
  @inline(__always) private static func closer(of c: UInt32) -> UInt32? {
    switch c {
    case 0xFF08: return 0xFF09
    case 0x28: return 0x29
    case 0x201C: return 0x201D
    case 0x300A: return 0x300B
    case 0x3010: return 0x3011
    default: return nil
    }
  }

  @inline(__always) private static func isCloser(_ c: UInt32) -> Bool {
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
