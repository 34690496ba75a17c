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
      let unnumbered = Set(HeadlineGoals.unnumbered(in: document, rules: comparer.keys.rules))
      for clause in HeadlineGoals.clauses(of: region, in: s) {
        let inside = targets.filter { clause.contains($0.span) }
        if !inside.isEmpty {
          for t in inside {
            var g = comparer.goal(t, in: document)
            g.side.span = clause
            g.side.text = document.text(of: clause)
            goals.append(g)
          }
        } else if unnumbered.contains(clause) {
          goals.append(unnumberedGoal(clause, in: document, comparer: comparer))
        }
      }
      return HeadlineTargets(span: region, goals: goals)
    }
    guard let part = document.outline.roots.first(where: { $0.role == .plan }) else { return nil }
    let goals = document.targets.filter { $0.nodeId == part.id }.map { comparer.goal($0, in: document) }
    return goals.isEmpty ? nil : HeadlineTargets(span: nil, goals: goals)
  }

  /// A headline clause without a number (国际收支保持基本平衡) as a goal (`HeadlineGoals.unnumbered` chose it).
  private static func unnumberedGoal(_ clause: SourceSpan, in document: Document, comparer: TargetComparer) -> TargetGoal {
    let written = document.text(of: clause)
    let key = comparer.keys.key(metric: written)
    let side = TargetValue(
      value: nil, unit: "", comparator: .reach, text: written, nodeId: document.outline.node(containing: clause.start)?.id,
      span: clause)
    return TargetGoal(key: key, keyTerms: TermSet.terms(of: key.scalarValues), metric: written, side: side)
  }
}
