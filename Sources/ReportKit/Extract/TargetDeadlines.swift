extension ExtractionRun {
  /// The deadline a target carries, and whether it comes from above the target's own sentence. In order:
  /// 1. a deadline before the value in its sentence or in the earlier items of its list (items joined by ；
  ///    share the lead's 今年底前); the nearest, and a year gone by is no deadline;
  /// 2. a deadline after the value at the end of its sentence, with no other figure between or in its clause
  ///    (…达到80%，到2030年);
  /// 3. the lead-in of its paragraph (今年发展的主要预期目标是：…), for every item of the list;
  /// 4. the heading of the innermost node holding it, then of each node above (二、“十五五”时期主要目标…).
  mutating func targetDeadline(
    _ hit: FigureHit, sentence: SourceSpan, candidates: [Int], nextFigure: Int?, nodeAt: Int?
  ) -> (id: DeadlineID, inherited: Bool)? {
    var best: Int?
    for d in candidates where deadlineHits[d].span.end <= hit.leftEdge {
      if isGoneBy(deadlineHits[d]) { continue }
      best = d
    }
    if let b = best { return (DeadlineID(b + 1), deadlineHits[b].span.start < sentence.start) }
    // After the value: the first deadline of the sentence's tail, if no other figure stands before it.
    for d in candidates where deadlineHits[d].span.start >= hit.resume && deadlineHits[d].span.end <= sentence.end {
      if let next = nextFigure, next < deadlineHits[d].span.start { break }
      if isGoneBy(deadlineHits[d]) { continue }
      // 「…学位3000个，6月底前完成老旧小区改造120个」: a deadline that opens a clause with a figure of its own
      // dates that figure, not the one before it.
      if let next = nextFigure, next < sentence.end, !clauseBreak(between: deadlineHits[d].span.end, and: next) { break }
      return (DeadlineID(d + 1), false)
    }
    if let k = leadInDeadline(hit) { return (DeadlineID(k + 1), true) }
    // The headings above: the innermost first.
    // By the node's place in the outline, climbing parents: finding it by id walked every sibling of each
    // level, quadratic in a long document whose numbering restarts (thousands of top-level parts).
    // Only each node's heading span is read: the nodes themselves are not copied.
    var at = nodeAt
    while let n = at {
      let heading = outline.nodes[n].headingSpan
      at = outline.parentIndex(ofNodeAt: n)
      guard heading.start < heading.end, !heading.contains(hit.span.start) else { continue }  // own sentence: read above
      if let k = firstDeadline(in: heading) { return (DeadlineID(k + 1), true) }
    }
    return nil
  }

  /// Whether a ，；。 stands in `a..<b`.
  private func clauseBreak(between a: Int, and b: Int) -> Bool {
    var i = a
    while i < b {
      if HeadlineGoals.endsClause(s[i]) { return true }
      i += 1
    }
    return false
  }

  /// A year gone by (去年, 2021年) is no target's deadline.
  private func isGoneBy(_ h: DeadlineHit) -> Bool {
    guard let y = year, let iv = h.interval else { return false }
    return iv.end.year < y
  }

  /// The first deadline inside `span` that is not gone by.
  private func firstDeadline(in span: SourceSpan) -> Int? {
    var k = firstDeadlineIndex(atOrAfter: span.start)
    while k < deadlineHits.count && deadlineHits[k].span.start < span.end {
      if deadlineHits[k].span.end <= span.end && !isGoneBy(deadlineHits[k]) { return k }
      k += 1
    }
    return nil
  }

  /// The index of the first deadline starting at or after `offset` (deadlines are in text order).
  private func firstDeadlineIndex(atOrAfter offset: Int) -> Int {
    var lo = 0
    var hi = deadlineHits.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if deadlineHits[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// A paragraph led by 今年…主要预期目标是： dates all its items, also those after a full stop: the last
  /// deadline before the paragraph's first colon, when the value stands after that colon.
  private mutating func leadInDeadline(_ hit: FigureHit) -> Int? {
    let line = index.line(containing: hit.span.start)
    if leadIn.line != line.start {
      var colon = line.start
      while colon < line.end && s[colon] != 0xFF1A && s[colon] != 0x3A && !Scalar.endsSentence(s[colon]) { colon += 1 }
      let found = colon < line.end && (s[colon] == 0xFF1A || s[colon] == 0x3A)
      var lead: Int?
      if found {
        var k = firstDeadlineIndex(atOrAfter: line.start)
        while k < deadlineHits.count && deadlineHits[k].span.end <= colon {
          if !isGoneBy(deadlineHits[k]) { lead = k }
          k += 1
        }
      }
      leadIn = (line.start, found ? colon : -1, lead)
    }
    guard leadIn.colon >= 0, leadIn.colon < hit.leftEdge else { return nil }
    return leadIn.deadline
  }
}
