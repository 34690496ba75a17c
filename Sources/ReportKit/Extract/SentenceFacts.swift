/// What a sentence's words say about the figures in it: plans, achievements, looking back.
struct SentenceFacts {
  var span: SourceSpan
  /// Plan words or hedges (力争, 确保, 将, 安排…) in the sentence or earlier in its list.
  var plan: Bool
  /// Achieved wording (完成, 实现, 累计…).
  var actual: Bool
  /// Past wording (去年, 过去, 已经…; not comparison bases such as 比上年).
  var past: Bool
  /// Start of the list the sentence belongs to (a lead-in before ：, items joined by ；).
  var headStart: Int
  /// End of the lead-in of that list: the colon of 「今年主要预期目标是：」, or `headStart` when there is none.
  var leadInEnd: Int
  /// The paragraph opens by looking back (过去五年，…) and not ahead.
  var paragraphPast: Bool
}

extension ExtractionRun {
  /// The facts of `sentence`, cached while its list and paragraph are read.
  mutating func facts(_ sentence: SourceSpan) -> SentenceFacts {
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
    // The lead-in ends at the head sentence's colon (今年发展的主要预期目标是：).
    var leadInEnd = head.start
    var c = head.start
    while c < head.end {
      if s[c] == 0xFF1A || s[c] == 0x3A {
        leadInEnd = c
        break
      }
      c += 1
    }
    return SentenceFacts(
      span: sentence, plan: plan, actual: own & 2 != 0, past: own & 4 != 0, headStart: head.start,
      leadInEnd: leadInEnd, paragraphPast: paragraphPast)
  }

  /// Plan (1), actual (2) and past (4) words found in `a..<b`; a comparison word (比上年, bit 8) is read whole,
  /// so the past word inside it does not count.
  func roleFlags(_ a: Int, _ b: Int) -> UInt8 {
    var bits: UInt8 = 0
    var i = max(0, a)
    while i < b {
      if let m = rules.roleWords.longest(in: s, at: i, limit: b) {
        if m.value & 8 != 0 {
          i += m.length
          continue
        }
        bits |= m.value
      }
      i += 1
    }
    return bits
  }

  /// The role of a figure, from the document kind and the part first and the wording second:
  /// - a bulletin is all actuals;
  /// - an estimate (预计) is an actual in a review and a forecast (no target) elsewhere;
  /// - in a review part every figure is an actual;
  /// - in a plan part plan wording makes a target even beside 比上年 or 完成, and a sentence that only looks
  ///   back (去年, a deadline gone by) reports an actual; anything else is a target;
  /// - elsewhere plan wording or a deadline ahead makes a target, achieved or past wording an actual.
  func role(_ hit: FigureHit, facts f: SentenceFacts, part: PartRole?, deadlines: [Int], estimate: Bool) -> FigureRole {
    if bulletin { return .actual }
    if part == .review { return .actual }
    if estimate { return f.past || f.paragraphPast ? .actual : .other }
    // Deadlines before the figure: one that ended before the report year (2021年1-10月) looks back, one
    // that ends in it or later (今年, 年底前, 到2025年, 2年内) looks ahead.
    var pastDeadline = false
    var futureDeadline = false
    if let y = year {
      for d in deadlines {
        let h = deadlineHits[d]
        guard h.span.end <= hit.span.start, let iv = h.interval, h.kind != .since else { continue }
        if iv.end.year < y {
          pastDeadline = true
        } else {
          futureDeadline = true  // 今年, 年底前, 到2025年: the report year or later
        }
      }
    }
    if f.plan { return .target }
    if futureDeadline && !f.past { return .target }
    let looksBack = f.past || pastDeadline || f.paragraphPast
    if part == .plan { return looksBack ? .actual : .target }
    if f.actual || looksBack { return .actual }
    return .other
  }
}
