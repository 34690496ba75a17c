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
  /// Where the first scalar that may start an estimate word (预计) stands, nil when none does.
  var estimateFrom: Int?
  /// Whether 分别 stands in the sentence (a `RespectivelyList` may be read there).
  var hasRespectively: Bool
  /// Where the sentence's line (its paragraph) starts: found once here for every reader of the sentence.
  var lineStart: Int
}

/// What a sentence holds for the searches of its figures: the role words of `roleFlags`, and the first
/// positions the later searches start from (each of them used to walk the sentence from its start).
struct SentenceMarks {
  /// Plan (1), actual (2) and past (4) words, as `roleFlags` gives them.
  var roles: UInt8
  /// The first colon (：:), nil when there is none.
  var colon: Int?
  /// The first scalar that may start an estimate word.
  var estimateFrom: Int?
  /// Whether 分别 stands in it.
  var respectively: Bool
}

extension ExtractionRun {
  /// The facts of `sentence`, cached while its list and paragraph are read.
  mutating func facts(_ sentence: SourceSpan) -> SentenceFacts {
    let marks = self.marks(sentence)
    let line = index.line(containing: sentence.start).start
    let (head, leadInEnd) = listHead(of: sentence, ownLeadIn: marks.colon ?? sentence.start, lineStart: line)
    // Plan words (and hedges) count from the list head; the list's earlier items were read already.
    var planBefore = false
    if head.start < sentence.start {
      if roleCache.head == head.start && roleCache.upTo <= sentence.start {
        // Items read before, plus the ones between that held no figure.
        planBefore = roleCache.plan || roleFlags(roleCache.upTo, sentence.start) & 1 != 0
      } else {
        planBefore = roleFlags(head.start, sentence.start) & 1 != 0
      }
    }
    let own = marks.roles
    let plan = planBefore || own & 1 != 0
    roleCache = (head.start, sentence.end, plan)
    if paragraphCache.line != line {
      let first = index.sentences(ofLineContaining: sentence.start).first ?? sentence
      let f = first == sentence ? own : roleFlags(first.start, first.end)
      paragraphCache = (line, f & 4 != 0 && f & 1 == 0, first)
    }
    let paragraphPast = paragraphCache.past && paragraphCache.first != sentence
    return SentenceFacts(
      span: sentence, plan: plan, actual: own & 2 != 0, past: own & 4 != 0, headStart: head.start,
      leadInEnd: leadInEnd, paragraphPast: paragraphPast, estimateFrom: marks.estimateFrom,
      hasRespectively: marks.respectively, lineStart: line)
  }

  /// What `sentence` holds for the later searches: its role words (`roleFlags`), its first colon, the first
  /// scalar an estimate word may start with, and whether 分别 stands in it. Each is a loop of its own: one
  /// loop asking all four at every scalar cost more than the four (its state no longer fits in registers).
  func marks(_ sentence: SourceSpan) -> SentenceMarks {
    let roles = roleFlags(sentence.start, sentence.end)
    let estimateWords = rules.estimateWords
    return s.withUnsafeBufferPointer { p in
      let a = max(0, sentence.start)
      let b = min(sentence.end, p.count)
      let colon = p.firstOffset(of: 0xFF1A, or: 0x3A, from: a, to: b)  // ：:
      var respectively = false
      var k = a
      while true {
        k = p.firstOffset(of: 0x5206, or: 0x5206, from: k, to: b)  // 分
        if k + 1 >= b { break }
        if p[k + 1] == 0x522B {  // 别
          respectively = true
          break
        }
        k += 1
      }
      var e = a
      while e < b && !estimateWords.mayStart(with: p[e]) { e += 1 }
      return SentenceMarks(
        roles: roles, colon: colon < b ? colon : nil, estimateFrom: e < b ? e : nil, respectively: respectively)
    }
  }

  /// The head of the list `sentence` stands in (the first of the sentences before it in its line that end with
  /// ；, at most `TextIndex.listReach` scalars back), and the end of the head's lead-in: its colon (今年发展的
  /// 主要预期目标是：), else its start.
  ///
  /// The walk back stops at the sentence whose head was found last, so a list of thousands of items is walked
  /// once, not once per item.
  /// `ownLeadIn` is the sentence's own lead-in end (its first colon, else its start), found by `marks`;
  /// `lineStart` where the sentence's line starts.
  mutating func listHead(of sentence: SourceSpan, ownLeadIn: Int, lineStart: Int) -> (head: SourceSpan, leadInEnd: Int) {
    let all = index.sentences
    let k = index.sentenceIndex(sentence.start)
    guard k < all.count, all[k] == sentence else { return (sentence, ownLeadIn) }
    let floor = sentence.start - TextIndex.listReach
    var j = k
    while j > 0 {
      if j == headCache.sentence {
        j = headCache.head
        break
      }
      let prev = all[j - 1]
      let last = s[prev.end - 1]
      guard prev.start >= lineStart, prev.start >= floor, last == 0xFF1B || last == 0x3B else { break }  // ；;
      j -= 1
    }
    // A head found for an earlier item may lie beyond this one's reach: the first sentence within it.
    if all[j].start < floor {
      var lo = j
      var hi = k
      while lo < hi {
        let mid = (lo + hi) / 2
        if all[mid].start < floor { lo = mid + 1 } else { hi = mid }
      }
      j = lo
    }
    let leadIn = j == headCache.head ? headCache.leadInEnd : (j == k ? ownLeadIn : leadInEnd(of: all[j]))
    headCache = (k, j, leadIn)
    return (all[j], leadIn)
  }

  /// The offset of the first colon of `head`, else its start.
  private func leadInEnd(of head: SourceSpan) -> Int {
    s.withUnsafeBufferPointer { p in
      var c = head.start
      let end = min(head.end, p.count)
      while c < end {
        if p[c] == 0xFF1A || p[c] == 0x3A { return c }
        c += 1
      }
      return head.start
    }
  }

  /// Plan (1), actual (2) and past (4) words found in `a..<b`; a comparison word (比上年, bit 8) is read whole,
  /// so the past word inside it does not count.
  func roleFlags(_ a: Int, _ b: Int) -> UInt8 {
    var bits: UInt8 = 0
    var i = max(0, a)
    let roleWords = rules.roleWords  // read once: the loop asks for every word
    // From word to word (`first` is the longest match at each position, as a test at every scalar would find).
    while let m = roleWords.first(in: s, from: i, to: b) {
      if m.value & 8 != 0 {
        i = m.start + m.length
        continue
      }
      bits |= m.value
      i = m.start + 1
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
