/// The headline targets of a report: the clauses of its headline paragraph (`Document.headline`, found by the
/// extractor: 「今年发展主要预期目标是：…」), with a number or without one. Without such a paragraph, the targets
/// standing in the own text of the first plan part are the headline.
struct HeadlineTargets {
  /// The span of the headline sentence (after its colon), nil when the first plan part stood in.
  var span: SourceSpan?
  /// The goals in text order.
  var goals: [TargetGoal]

  /// The headline of `document`, nil when it has neither the sentence nor a plan part with targets.
  static func find(in document: Document, comparer: TargetComparer) -> HeadlineTargets? {
    let s = document.scalars
    if let region = document.headline {
      var goals: [TargetGoal] = []
      let targets = document.targets.filter { region.contains($0.span) }
      for clause in clauses(of: region, in: s) {
        let inside = targets.filter { clause.contains($0.span) }
        if !inside.isEmpty {
          for t in inside {
            var g = comparer.goal(t, in: document)
            g.side.span = clause
            g.side.text = document.text(of: clause)
            goals.append(g)
          }
        } else if let g = unnumberedGoal(clause, in: document, comparer: comparer) {
          goals.append(g)
        }
      }
      return HeadlineTargets(span: region, goals: goals)
    }
    guard let part = document.outline.roots.first(where: { $0.role == .plan }) else { return nil }
    let goals = document.targets.filter { $0.nodeId == part.id }.map { comparer.goal($0, in: document) }
    return goals.isEmpty ? nil : HeadlineTargets(span: nil, goals: goals)
  }

  /// The clauses of `region`, split at ，；。 and line breaks, blanks trimmed, empty ones left out.
  static func clauses(of region: SourceSpan, in s: Scalars) -> [SourceSpan] {
    var out: [SourceSpan] = []
    var a = region.start
    for i in region.start...region.end {
      guard i == region.end || TargetComparer.endsClause(s[i]) else { continue }
      var lo = a, hi = i
      while lo < hi && Scalar.isBlank(s[lo]) { lo += 1 }
      while hi > lo && Scalar.isBlank(s[hi - 1]) { hi -= 1 }
      if hi > lo { out.append(SourceSpan(start: lo, end: hi)) }
      a = i + 1
    }
    return out
  }

  /// A clause without a target as a goal without a number (国际收支保持基本平衡), unless it is an aside about the
  /// targets (在实际工作中努力争取更好结果) or too short or long to be one.
  private static func unnumberedGoal(_ clause: SourceSpan, in document: Document, comparer: TargetComparer) -> TargetGoal? {
    let text = Array(document.scalars[clause.start..<clause.end])
    let han = text.reduce(0) { $0 + (Scalar.isHan($1) ? 1 : 0) }
    guard han >= 4, text.count <= 40 else { return nil }
    // Figures without a target (a year, a count) make it no goal either.
    guard !document.figures.contains(where: { clause.contains($0.span) }) else { return nil }
    for w in asides where contains(w, in: text) { return nil }
    let written = String(scalarValues: text)
    let key = comparer.keys.key(metric: written)
    let side = TargetValue(
      value: nil, unit: "", comparator: .reach, text: written, nodeId: document.outline.node(containing: clause.start)?.id,
      span: clause)
    return TargetGoal(key: key, keyTerms: AlignUnits.terms(of: key.scalarValues), metric: written, side: side)
  }

  private static let asides: [Scalars] = ["更好结果", "实际工作中", "综合考虑"].map(\.scalarValues)

  private static func find(_ w: Scalars, in s: Scalars, from: Int) -> Int? {
    guard let first = w.first, s.count >= w.count else { return nil }
    var i = from
    while i + w.count <= s.count {
      if s[i] == first && s[i..<(i + w.count)].elementsEqual(w) { return i }
      i += 1
    }
    return nil
  }

  private static func contains(_ w: Scalars, in s: Scalars) -> Bool { find(w, in: s, from: 0) != nil }
}
