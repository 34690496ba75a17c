/// The target changes between two documents: the headline targets against each other, then the other targets of
/// each aligned pair of nodes, then the ones that moved between nodes (a metric both sides name once), and what is
/// left as added or dropped.
struct TargetChanges {
  let comparer: TargetComparer
  let old: Document
  let new: Document
  let oldUnits: AlignUnits
  let newUnits: AlignUnits
  let alignment: OutlineAligner.Alignment
  /// The headline of each side, nil where the document states none.
  let oldHeadline: HeadlineTargets?
  let newHeadline: HeadlineTargets?

  init(
    comparer: TargetComparer, old: Document, new: Document, oldUnits: AlignUnits, newUnits: AlignUnits,
    alignment: OutlineAligner.Alignment
  ) {
    self.comparer = comparer
    self.old = old
    self.new = new
    self.oldUnits = oldUnits
    self.newUnits = newUnits
    self.alignment = alignment
    oldHeadline = HeadlineTargets.find(in: old, comparer: comparer)
    newHeadline = HeadlineTargets.find(in: new, comparer: comparer)
  }

  /// Headline changes first (in the new headline's order, dropped ones after), then the others in reading order.
  func changes() -> [TargetChange] {
    let oldBody = bodyGoals(old, oldUnits, oldHeadline)
    let newBody = bodyGoals(new, newUnits, newHeadline)
    var body = bodyChanges(oldBody, newBody)
    var headline: [TargetChange] = []
    let o = oldHeadline?.goals ?? [], n = newHeadline?.goals ?? []
    let (pairs, oldLeft, newLeft) = comparer.pair(o, n)
    var byNew: [Int: TargetChange] = [:]
    for (i, j) in pairs {
      if let c = comparer.change(o[i], n[j], scope: .headline) { byNew[j] = c }
    }
    for j in newLeft {
      var c = comparer.added(n[j], scope: .headline)
      c.elsewhere = elsewhere(n[j], in: oldBody.flatMap(\.value), consuming: .dropped, from: &body)
      byNew[j] = c
    }
    for j in n.indices { if let c = byNew[j] { headline.append(c) } }
    for i in oldLeft {
      var c = comparer.dropped(o[i], scope: .headline)
      c.elsewhere = elsewhere(o[i], in: newBody.flatMap(\.value), consuming: .added, from: &body)
      headline.append(c)
    }
    return headline + body.map(\.change)
  }

  // MARK: Body

  /// The targets outside the headline, by the unit holding them (-1: before the first node).
  private func bodyGoals(_ d: Document, _ units: AlignUnits, _ headline: HeadlineTargets?) -> [Int: [TargetGoal]] {
    var used = Set<TargetID>()
    for g in headline?.goals ?? [] { if let id = g.side.targetId { used.insert(id) } }
    var index: [NodeID: Int] = [:]
    for k in 0..<units.count { index[units[k].node.id] = k }
    var out: [Int: [TargetGoal]] = [:]
    for t in d.targets where !used.contains(t.id) {
      let k = t.nodeId.flatMap { index[$0] } ?? (d.outline.isEmpty ? paragraph(of: t.span.start, units) : -1)
      out[k, default: []].append(comparer.goal(t, in: d))
    }
    return out
  }

  /// The paragraph unit holding `offset` in an outline-less document (the last starting at or before it).
  private func paragraph(of offset: Int, _ units: AlignUnits) -> Int {
    var lo = 0, hi = units.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if units[mid].start <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo - 1
  }

  /// A body change with where it sorts in reading order.
  typealias Placed = (position: Double, start: Int, change: TargetChange)

  private func bodyChanges(_ oldGoals: [Int: [TargetGoal]], _ newGoals: [Int: [TargetGoal]]) -> [Placed] {
    // Where each old unit's content now stands: its partner, or just after the partner of the node before it.
    var oldPlace = [Double](repeating: -0.5, count: oldUnits.count)
    var before = -1.0
    for i in 0..<oldUnits.count {
      if let j = alignment.oldToNew[i] {
        oldPlace[i] = Double(j)
        before = Double(j)
      } else {
        oldPlace[i] = before + 0.5
      }
    }
    var out: [Placed] = []
    var poolOld: [(unit: Int, goal: TargetGoal)] = []
    var poolNew: [(unit: Int, goal: TargetGoal)] = []
    func placeNew(_ k: Int) -> Double { k < 0 ? -1 : Double(k) }
    func placeOld(_ k: Int) -> Double { k < 0 ? -1 : oldPlace[k] }
    var pairedNew = Set<Int>()
    for (i, goals) in oldGoals.sorted(by: { $0.key < $1.key }) {
      let j: Int? = i < 0 ? -1 : alignment.oldToNew[i]
      guard let j, let theirs = newGoals[j] else {
        poolOld += goals.map { (i, $0) }
        continue
      }
      pairedNew.insert(j)
      let (pairs, oldLeft, newLeft) = comparer.pair(goals, theirs)
      for (a, b) in pairs {
        if let c = comparer.change(goals[a], theirs[b], scope: .body) { out.append((placeNew(j), theirs[b].side.span.start, c)) }
      }
      poolOld += oldLeft.map { (i, goals[$0]) }
      poolNew += newLeft.map { (j, theirs[$0]) }
    }
    for (j, goals) in newGoals.sorted(by: { $0.key < $1.key }) where !pairedNew.contains(j) {
      poolNew += goals.map { (j, $0) }
    }
    // Targets that moved between nodes: a metric both pools name equally often pairs across the documents, in
    // text order (a metric named once on each side, or a list 30元和5元 that moved whole).
    var oldCount: [String: Int] = [:], newCount: [String: Int] = [:]
    for x in poolOld { oldCount[x.goal.key, default: 0] += 1 }
    for x in poolNew { newCount[x.goal.key, default: 0] += 1 }
    var newByKey: [String: [Int]] = [:]
    for (k, x) in poolNew.enumerated() where newCount[x.goal.key] == oldCount[x.goal.key] {
      newByKey[x.goal.key, default: []].append(k)
    }
    var newTaken = Set<Int>()
    for x in poolOld {
      if let k = newByKey[x.goal.key]?.first(where: { !newTaken.contains($0) }),
        comparer.keys.comparable(x.goal.side.unit, poolNew[k].goal.side.unit)
      {
        newTaken.insert(k)
        let y = poolNew[k]
        if let c = comparer.change(x.goal, y.goal, scope: .body) { out.append((placeNew(y.unit), y.goal.side.span.start, c)) }
      } else {
        out.append((placeOld(x.unit), x.goal.side.span.start, comparer.dropped(x.goal, scope: .body)))
      }
    }
    for (k, y) in poolNew.enumerated() where !newTaken.contains(k) {
      out.append((placeNew(y.unit), y.goal.side.span.start, comparer.added(y.goal, scope: .body)))
    }
    out.sort { ($0.position, $0.start, $0.change.metricKey) < ($1.position, $1.start, $1.change.metricKey) }
    return out
  }

  /// The first goal with `goal`'s key in `others` (the other side's body), taking the body change of that target
  /// out of `body` when it reads as `direction` — a headline target dropped here and added there is one move.
  private func elsewhere(
    _ goal: TargetGoal, in others: [TargetGoal], consuming direction: TargetDirection, from body: inout [Placed]
  ) -> TargetValue? {
    let hits = others.filter { $0.key == goal.key && $0.hasValue == goal.hasValue }
    guard let hit = hits.min(by: { $0.side.span.start < $1.side.span.start }) else { return nil }
    body.removeAll { p in
      let side = direction == .added ? p.change.new : p.change.old
      return p.change.direction == direction && side?.targetId == hit.side.targetId
    }
    return hit.side
  }
}
