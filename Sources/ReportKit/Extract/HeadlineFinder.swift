extension ExtractionRun {
  /// The headline paragraph of a report, 「今年发展主要预期目标是：国内生产总值增长5%左右；…。」: from after the
  /// colon of the first headline lead (Rules: headlineLeads, in order: 主要预期目标 before 预期目标 before
  /// 主要目标, because a new plan period's goals come before the year's) outside a review part, to the end of
  /// its sentence; when the colon ends its line, the lines after it that hold targets. Nil when there is none.
  func headline() -> SourceSpan? {
    let n = s.count
    for lead in rules.headlineLeads {
      var i = 0
      while let at = find(lead, from: i) {
        i = at + lead.count
        // 是, 为, 如下 and a line break may stand between the words and the colon.
        var k = i
        while k < n && k - i <= 4 && !(s[k] == 0xFF1A || s[k] == 0x3A) && (Scalar.isHan(s[k]) || s[k] == 0x0A || Scalar.isBlank(s[k])) {
          if s[k] == 0x3002 || s[k] == 0xFF0C { break }
          k += 1
        }
        guard k < n, s[k] == 0xFF1A || s[k] == 0x3A else { continue }
        guard outline.role(at: at) != .review else { continue }
        let start = k + 1
        if start < n, s[start] == 0x0A {
          // An announcing line: its list follows, a target or a few per line.
          var end = start
          var lines = 0
          var p = start + 1
          while p < n, lines < 20 {
            let line = index.line(containing: p)
            guard targets.contains(where: { line.contains($0.span.start) }) else { break }
            end = line.end
            p = line.end + 1
            lines += 1
          }
          if end > start { return SourceSpan(start: start + 1, end: end) }
          continue
        }
        var end = start
        while end < n && end - start < 1500 && s[end] != 0x3002 && s[end] != 0xFF01 && s[end] != 0x0A { end += 1 }
        if end > start { return SourceSpan(start: start, end: min(n, end + (end < n && s[end] != 0x0A ? 1 : 0))) }
      }
    }
    return nil
  }

  private func find(_ w: Scalars, from: Int) -> Int? {
    guard let first = w.first, s.count >= w.count else { return nil }
    // Over the whole text, for each lead: its first scalar is looked for eight scalars a step.
    return s.withUnsafeBufferPointer { p in
      let end = p.count - w.count + 1  // a match starts before `end`
      var i = from
      while i < end {
        i = p.firstOffset(of: first, or: first, from: i, to: end)
        guard i < end else { return nil }
        if p[i..<(i + w.count)].elementsEqual(w) { return i }
        i += 1
      }
      return nil
    }
  }
}
