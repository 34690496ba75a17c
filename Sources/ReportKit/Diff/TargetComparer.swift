/// A planned value as the diff compares it: an extracted target, or a headline goal without a number
/// (居民收入增长和经济增长同步), with the key it pairs by.
struct TargetGoal {
  /// The metric key (synonyms folded).
  var key: String
  /// The key's terms, for pairing reworded metrics (居民人均可支配收入增长 ~ 居民收入增长).
  var keyTerms: [UInt64]
  /// The metric as written.
  var metric: String
  /// Value, unit, comparator and clause.
  var side: TargetValue

  /// Whether it has a number.
  var hasValue: Bool { side.value != nil }
}

/// Pairs two lists of targets by metric and says how each pair moved: raised, lowered, another comparator, or
/// nothing; what stays unpaired is added or dropped.
struct TargetComparer: Sendable {
  /// The metric and unit reader.
  let keys: MetricKeys
  /// Dice score of two metric keys' terms that pairs them when the keys differ.
  var keySimilarity = 0.6

  /// Index pairs (old, new) and the unpaired of each side, in their original order. Equal keys pair first, in text
  /// order (a metric named twice pairs first with first); then reworded keys, best first. A goal with a number
  /// pairs only with one with a number in a unit that compares, and a goal without one only with another without.
  func pair(_ old: [TargetGoal], _ new: [TargetGoal]) -> (pairs: [(Int, Int)], oldLeft: [Int], newLeft: [Int]) {
    var oldTaken = [Bool](repeating: false, count: old.count)
    var newTaken = [Bool](repeating: false, count: new.count)
    var pairs: [(Int, Int)] = []
    func fits(_ o: TargetGoal, _ n: TargetGoal) -> Bool {
      o.hasValue == n.hasValue && (!o.hasValue || keys.comparable(o.side.unit, n.side.unit))
    }
    var byKey: [String: [Int]] = [:]
    for (j, n) in new.enumerated() { byKey[n.key, default: []].append(j) }
    for (i, o) in old.enumerated() {
      guard let js = byKey[o.key], let j = js.first(where: { !newTaken[$0] && fits(o, new[$0]) }) else { continue }
      oldTaken[i] = true
      newTaken[j] = true
      pairs.append((i, j))
    }
    // Reworded keys: every pair left is scored, so callers keep the lists short (a headline, one node's targets).
    var scored: [(score: Double, i: Int, j: Int)] = []
    for (i, o) in old.enumerated() where !oldTaken[i] {
      for (j, n) in new.enumerated() where !newTaken[j] && fits(o, n) {
        let s = TermSet.dice(o.keyTerms, n.keyTerms)
        if s >= keySimilarity { scored.append((s, i, j)) }
      }
    }
    scored.sort { $0.score != $1.score ? $0.score > $1.score : ($0.i, $0.j) < ($1.i, $1.j) }
    for x in scored where !oldTaken[x.i] && !newTaken[x.j] {
      oldTaken[x.i] = true
      newTaken[x.j] = true
      pairs.append((x.i, x.j))
    }
    return (pairs, old.indices.filter { !oldTaken[$0] }, new.indices.filter { !newTaken[$0] })
  }

  /// The change from `o` to `n`, nil when the target stayed (rewording alone is no target change).
  func change(_ o: TargetGoal, _ n: TargetGoal, scope: TargetScope) -> TargetChange? {
    guard let ov = o.side.value, let nv = n.side.value else { return nil }
    let make = { (d: TargetDirection, delta: ExactDecimal?) in
      TargetChange(metric: n.metric, metricKey: n.key, scope: scope, direction: d, old: o.side, new: n.side, delta: delta)
    }
    guard keys.comparable(o.side.unit, n.side.unit) else { return make(.unitChanged, nil) }
    // A range compares by its lower end, then by its upper end: 5%左右 → 4.5%—5% is lowered, 5% → 5%—5.5% raised.
    let ou = o.side.upper ?? ov, nu = n.side.upper ?? nv
    if ov != nv || ou != nu {
      let raised = ov != nv ? ov < nv : ou < nu
      return make(raised ? .raised : .lowered, nv.adding(ov.negated))
    }
    if TargetComparer.fold(o.side.comparator) != TargetComparer.fold(n.side.comparator) {
      return make(.comparatorChanged, ExactDecimal(0))
    }
    return nil
  }

  /// A target only the new document has.
  func added(_ n: TargetGoal, scope: TargetScope) -> TargetChange {
    TargetChange(metric: n.metric, metricKey: n.key, scope: scope, direction: .added, old: nil, new: n.side)
  }

  /// A target only the old document has.
  func dropped(_ o: TargetGoal, scope: TargetScope) -> TargetChange {
    TargetChange(metric: o.metric, metricKey: o.key, scope: scope, direction: .dropped, old: o.side, new: nil)
  }

  /// A bare number in a target sentence reads as approximate: 增长3% and 增长3%左右 state the same target.
  static func fold(_ c: Comparator) -> Comparator { c == .reach ? .about : c }

  /// The goal of an extracted target, its clause read from `document`.
  func goal(_ t: Target, in document: Document) -> TargetGoal {
    let clause = TargetComparer.clause(around: t.span, in: document.scalars, within: t.sentence)
    let key = keys.key(of: t)
    let side = TargetValue(
      value: t.value, upper: t.upper, unit: t.unit, comparator: t.comparator, hedge: t.hedge,
      figure: document.figure(of: t)?.text, text: document.text(of: clause), nodeId: t.nodeId, targetId: t.id, span: clause)
    return TargetGoal(key: key, keyTerms: TermSet.terms(of: key.scalarValues), metric: t.metric, side: side)
  }

  /// The clause holding `span`: out to the nearest ，；。 or line break on either side, within the sentence.
  static func clause(around span: SourceSpan, in s: Scalars, within sentence: SourceSpan) -> SourceSpan {
    let lo = max(0, min(sentence.start, span.start)), hi = min(s.count, max(sentence.end, span.end))
    var a = max(lo, min(span.start, hi))
    while a > lo && !HeadlineGoals.endsClause(s[a - 1]) { a -= 1 }
    var b = max(a, min(span.end, hi))
    while b < hi && !HeadlineGoals.endsClause(s[b]) { b += 1 }
    return SourceSpan(start: a, end: b)
  }
}
