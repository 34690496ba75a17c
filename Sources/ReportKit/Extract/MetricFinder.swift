/// Finds what a figure measures from the words around it.
///
/// The metric is the clause's words before the figure (after any earlier figure or number in the clause),
/// with a deadline phrase, a metric verb (完成, 获得…) and the rules' leading and trailing words cut away:
/// 「284个市重大项目完成投资470亿元」 → 投资; 「国内生产总值增长5%左右」 → 国内生产总值增长;
/// 「力争今年10月底居民光伏屋顶安装率达50%」 → 居民光伏屋顶安装率. A count followed by its noun measures
/// the noun: 「284个市重大项目完成…」 → 市重大项目.
///
/// A class: figures hand it to helpers and closures, which then copy one reference, not its tables.
final class MetricFinder {
  let rules: CompiledRules
  let metricCuts: WordTable<Bool>
  let metricLeading: WordTable<Bool>
  let metricStops: WordTable<Bool>
  let metricTrailing: WordTable<Bool>
  let metricVerbs: WordTable<Bool>
  let reader: NumeralReader
  let units: WordTable<CompiledRules.Unit>

  /// Copies the tables it reads out of the rules once, so lookups in the loop touch no reference counts.
  init(rules: CompiledRules) {
    self.rules = rules
    metricCuts = rules.metricCuts
    metricLeading = rules.metricLeading
    metricStops = rules.metricStops
    metricTrailing = rules.metricTrailing
    metricVerbs = rules.metricVerbs
    reader = rules.reader
    units = rules.units
  }

  /// Longest metric kept; longer clauses keep their tail after the last 的, or their last scalars.
  static let maxLength = 28

  /// The metric of `hit` within the clause `clauseStart..<hit.leftEdge`; `deadlines` are the spans of the
  /// deadline phrases of the sentence.
  /// `bases` are comparison bases (比上年) cut out of the metric, keeping the words on both sides.
  func metric(_ s: Scalars, hit: FigureHit, clauseStart: Int, clauseEnd: Int, deadlines: [SourceSpan], bases: [SourceSpan] = [])
    -> Scalars?
  {
    let after = following(s, from: hit.resume, to: clauseEnd)
    if hit.kind == .count, let m = after { return m }
    let before = preceding(s, hit: hit, clauseStart: clauseStart, deadlines: deadlines, bases: bases)
    // 完成65条、总长度57.9公里的城市道路新建改造: a count with no words of its own before it, listed with 、 before
    // one 的, measures the noun after that 的 (the 、 ends the clause, so the list is read past it). With words
    // before it (实施重点项目1900个、投资…的技改项目3000个) those are its metric.
    if hit.kind == .count, after == nil, (before?.count ?? 0) <= 2, hit.resume < s.count, s[hit.resume] == 0x3001,
      let noun = sharedNoun(s, from: hit.resume)
    {
      return noun
    }
    // 总投资103.7亿元的棚户区改造工程: the value of what follows 的, measured as the words before it (总投资).
    if let b = before, hit.resume < clauseEnd, s[hit.resume] == 0x7684, let (noun, _) = attributive(s, from: hit.resume + 1, to: clauseEnd) {
      // Keep the measure word (投资, 总投资, 规模): the last word of the words before, past any verb.
      if let tail = measureTail(b) { return noun + tail }
    }
    // 增发1万亿元国债: when the words before are a bare verb, the noun after names what is measured.
    if let m = after, (before?.count ?? 0) <= 2 { return m }
    return before
  }

  /// The noun phrase after 的 up to the clause end, a verb of the rules or 20 scalars: 棚户区改造工程.
  private func attributive(_ s: Scalars, from a: Int, to end: Int) -> (Scalars, Int)? {
    var j = a
    // Latin letters inside the name count (基础设施PPP项目), not at its start.
    while j < end && j - a < 20 && (Scalar.isHan(s[j]) || (j > a && FigureScanner.isLatin(s[j]))) {
      if j > a + 1, metricStops.longest(in: s, at: j) != nil { break }
      // 建设, 建成, 开工: the verb the noun governs, not part of it (新建 and 开发 are).
      if j > a + 1, j + 1 < end,
        (s[j] == 0x5EFA && (s[j + 1] == 0x8BBE || s[j + 1] == 0x6210)) || (s[j] == 0x5F00 && s[j + 1] == 0x5DE5)
      {
        break
      }
      j += 1
    }
    let (x, y) = trimmed(s, a, j)
    return y - x >= 2 ? (Array(s[x..<y]), y) : nil
  }

  /// The noun after the 的 that closes a 、 list of values starting at `a` (「、总长度57.9公里的城市道路新建改造」), nil
  /// when a comma, a sentence end, a verb or more than 12 scalars come before that 的.
  private func sharedNoun(_ s: Scalars, from a: Int) -> Scalars? {
    var j = a + 1
    var sawDigit = false
    while j < s.count && j - a <= 12 {
      let c = s[j]
      if c == 0x7684 { break }  // 的
      if Scalar.endsSentence(c) || c == 0xFF0C || c == 0x2C || c == 0xFF1B || c == 0x3B { return nil }
      if NumeralReader.arabicDigit(c) != nil { sawDigit = true }
      if metricVerbs.longest(in: s, at: j) != nil { return nil }
      j += 1
    }
    guard sawDigit, j < s.count, s[j] == 0x7684 else { return nil }
    var end = j + 1
    while end < s.count && end - j <= 21 && !TextIndex.isClauseBreak(s[end]) { end += 1 }
    return attributive(s, from: j + 1, to: end)?.0
  }

  /// 投资, 总投资, 规模: the measure at the end of a metric that names its value's kind (Rules: measureWords).
  private func measureTail(_ m: Scalars) -> Scalars? {
    guard let w = rules.measureWords.longest(in: m, endingAt: m.count) else { return nil }
    return Array(m[(m.count - w.length)...])
  }

  /// The metric from the clause's words before the figure.
  private func preceding(_ s: Scalars, hit: FigureHit, clauseStart: Int, deadlines: [SourceSpan], bases: [SourceSpan])
    -> Scalars?
  {
    var a = clauseStart
    var b = hit.leftEdge
    guard a < b else { return nil }
    // After a formula's operator (考评分值=日常监测60%+实地调研20%): the term itself.
    var q = b - 1
    while q >= a {
      if MetricFinder.isOperator(s[q]) {
        a = q + 1
        break
      }
      q -= 1
    }
    // After an earlier number of the clause (17方面90项 → 方面): Arabic digits not glued to letters.
    var k = b - 1
    while k >= a {
      if NumeralReader.arabicDigit(s[k]) != nil {
        var st = k
        while st > a, NumeralReader.arabicDigit(s[st - 1]) != nil || NumeralReader.isDecimalPoint(s[st - 1]) { st -= 1 }
        // 5G用户, M2增长: digits glued to letters are part of a name, not a number.
        let glued = (st > 0 && FigureScanner.isLatin(s[st - 1])) || (k + 1 < s.count && FigureScanner.isLatin(s[k + 1]))
        if !glued {
          a = k + 1
          if let m = reader.magnitudes.longest(in: s, at: a, limit: b) { a += m.length }
          if let u = units.longest(in: s, at: a, limit: b) { a += u.length }
          break
        }
        k = st
      }
      k -= 1
    }
    // Deadline phrases: keep the words after one when there are any, else the words before it.
    for d in deadlines where d.end > a && d.start < b {
      let after = trimmed(s, max(a, d.end), b)
      if after.0 < after.1 {
        a = max(a, d.end)
      } else {
        b = max(a, d.start)
      }
    }
    // 2024年度民生实事项目: 年度 is one word, and the year's 度 no start of the metric.
    if a > 0, a < b, s[a - 1] == 0x5E74, s[a] == 0x5EA6 { a += 1 }  // 年 度
    // 全员劳动生产率从人均8.7万元, 补助标准由每人每年240元: the metric ends before 从/由 when only a few words
    // follow it (从业人员, 由于 keep theirs).
    if let cut = metricCuts.last(in: s, from: a, to: b), cut.start > a, b - (cut.start + cut.length) <= 5,
      !MetricFinder.startsWordWithCut(s[cut.start + cut.length])
    {
      b = cut.start
    }
    // Metric verbs: the words after the last one (完成投资 → 投资).
    var i = b - 1
    while i >= a {
      if metricVerbs.mayStart(with: s[i]), let v = metricVerbs.longest(in: s, at: i, limit: b) {
        let rest = trimmed(s, i + v.length, b)
        if rest.0 < rest.1 && !MetricFinder.isNounSuffix(s[i + v.length]) {
          a = i + v.length
          break
        }
      }
      i -= 1
    }
    var (x, y) = trimmed(s, a, b)
    guard y - x >= 2 else { return nil }  // one character (先, 超) names nothing
    if y - x > MetricFinder.maxLength {
      // Keep the head noun: the words after the last 的, else the last scalars.
      var cut = y - MetricFinder.maxLength
      var j = y - 2
      while j > x {
        if s[j] == 0x7684 {  // 的
          cut = j + 1
          break
        }
        j -= 1
      }
      if y - cut > MetricFinder.maxLength || y - cut < 2 { cut = y - MetricFinder.maxLength }
      (x, y) = trimmed(s, cut, y)
      guard x < y else { return nil }
    }
    guard bases.contains(where: { $0.start < y && $0.end > x }) else { return Array(s[x..<y]) }
    // 地区生产总值比上年增长 → 地区生产总值增长: the base comes out, the words around it stay.
    var out = Scalars()
    var at = x
    for b in bases where b.end > x && b.start < y {
      if b.start > at { out += s[at..<b.start] }
      at = max(at, b.end)
    }
    if at < y { out += s[at..<y] }
    let (a2, b2) = trimmed(out, 0, out.count)
    return b2 - a2 >= 2 ? Array(out[a2..<b2]) : nil
  }

  /// The noun after a count: up to a clause break, a metric verb or stop word, at most 16 scalars.
  func following(_ s: Scalars, from start: Int, to end: Int) -> Scalars? {
    guard start < end, Scalar.isHan(s[start]) else { return nil }
    if metricStops.longest(in: s, at: start) != nil { return nil }
    var j = start
    let limit = min(end, start + 16)
    while j < limit {
      let c = s[j]
      if !Scalar.isHan(c) { break }
      if j > start, metricVerbs.longest(in: s, at: j) != nil || metricStops.longest(in: s, at: j) != nil { break }
      if NumeralReader.mayStart(c) && j > start { break }
      j += 1
    }
    guard j - start >= 2 else { return nil }
    return Array(s[start..<j])
  }

  /// 业 事 于 此 而: 从业, 从事, 由于, 由此, 从而 are words of their own, not a cut before the starting value.
  @inline(__always) static func startsWordWithCut(_ c: UInt32) -> Bool {
    c == 0x4E1A || c == 0x4E8B || c == 0x4E8E || c == 0x6B64 || c == 0x800C
  }

  /// = + × ＝ ＋: operators of a formula written in the text.
  @inline(__always) static func isOperator(_ c: UInt32) -> Bool {
    c == 0x3D || c == 0x2B || c == 0xD7 || c == 0xFF1D || c == 0xFF0B || c == 0x2A
  }

  /// 率, 量, 额, 数, 值, 度: after a verb they make a noun (完成率, 安装量), which is no cut.
  @inline(__always) static func isNounSuffix(_ c: UInt32) -> Bool {
    c == 0x7387 || c == 0x91CF || c == 0x989D || c == 0x6570 || c == 0x503C || c == 0x5EA6
  }

  /// Punctuation and spaces trimmed from a metric's edges.
  @inline(__always) static func isEdgeJunk(_ c: UInt32) -> Bool {
    Scalar.isBlank(c) || Scalar.isCJKPunctuation(c) || c == 0x22 || c == 0x27 || c == 0x28 || c == 0x29
      || c == 0x2C || c == 0x3A || c == 0x3B || c == 0x2D || c == 0x2F || c == 0x2E || c == 0xFF0E || isOperator(c)
  }

  /// The bounds with leading and trailing rule words and punctuation removed, repeatedly.
  func trimmed(_ s: Scalars, _ a0: Int, _ b0: Int) -> (Int, Int) {
    var a = a0
    var b = b0
    var changed = true
    while changed && a < b {
      changed = false
      while a < b, MetricFinder.isEdgeJunk(s[a]) {
        a += 1
        changed = true
      }
      while a < b, MetricFinder.isEdgeJunk(s[b - 1]) {
        b -= 1
        changed = true
      }
      if a < b, let m = metricLeading.longest(in: s, at: a, limit: b), m.length < b - a {
        a += m.length
        changed = true
      }
      // An inline list marker opening the clause (二是新增城镇就业) is structure, not part of the metric.
      if a < b, let m = MarkerReader.lineMarker(s, at: a, end: b), m.style == .inlineShi || m.style == .inlineOrdinal,
        m.length < b - a
      {
        a += m.length
        changed = true
      }
      if a < b, let m = metricTrailing.longest(in: s, endingAt: b, floor: a) {
        b -= m.length
        changed = true
      }
    }
    // Unbalanced brackets left at an edge by the cuts: 推进部(保障组 → 推进部.
    if a < b {
      var j = a
      while j < b {
        if s[j] == 0xFF08 || s[j] == 0x28 {
          var closed = false
          var k = j + 1
          while k < b {
            if s[k] == 0xFF09 || s[k] == 0x29 { closed = true; break }
            k += 1
          }
          if !closed {
            b = j
            break
          }
        }
        j += 1
      }
      while a < b, MetricFinder.isEdgeJunk(s[b - 1]) { b -= 1 }
    }
    return (a, b)
  }
}
