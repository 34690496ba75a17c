import Foundation

/// Pairs the nodes of two outlines by what they say, not by their numbers, so that renumbered, moved, split and
/// merged parts, sections, tasks and inline items still find each other.
///
/// Candidates come from BM25 over character bigrams (each node asks with its rarest terms only, so a common word
/// never makes a node compare with every other) and from identical texts; each candidate pair is scored by Dice's
/// coefficient of the two term sets, each term weighted by its IDF over both outlines (发展 and 推进 stand in every
/// node and say little; measured on the national 2024/2025 tasks, weighting doubles the gap between a section's
/// true counterpart and the next best). A global greedy assignment takes strong pairs first, then rounds where
/// the tree lends a hand (parents already paired, children paired into the candidate). Work is linear in the text
/// and in the number of nodes times a fixed number of candidates: never quadratic in characters.
struct OutlineAligner: Sendable {
  /// Candidates each node takes from the index of the other side.
  var candidatesPerNode = 8
  /// Terms a node queries the index with: its rarest ones on the other side.
  var queryTerms = 32
  /// Scalars of each node's text the index holds.
  var indexedPrefix = 4096
  /// Score a pair needs on its own text alone to be taken first.
  var strongScore = 0.5
  /// Score a pair needs once the tree's bonuses are added. A section rewritten from one year to the next scores
  /// 0.25–0.5 against its counterpart and at most 0.16 against any other (national 2024/2025).
  var score = 0.28
  /// Text score below which the tree cannot make a pair, unless most children agree.
  var weakestText = 0.15
  /// Share of a split-off (or merged-in) node's term weight that must come from its source.
  var containment = 0.6

  /// The pairing of two outlines.
  struct Alignment {
    /// For each old unit, the new unit it pairs with.
    var oldToNew: [Int?]
    /// For each new unit, the old unit it pairs with.
    var newToOld: [Int?]
    /// Dice score of each pair, by old unit.
    var scores: [Int: Double]
    /// Unpaired new units made from part of an old unit (split): new → old.
    var splitFrom: [Int: Int]
    /// Unpaired old units folded into a new unit (merge): old → new.
    var mergedInto: [Int: Int]
    /// Paired new units that stand under another parent or out of order among their siblings.
    var moved: Set<Int>
  }

  /// Aligns `old` with `new`.
  func align(_ old: AlignUnits, _ new: AlignUnits) -> Alignment {
    var a = Alignment(
      oldToNew: Array(repeating: nil, count: old.count), newToOld: Array(repeating: nil, count: new.count), scores: [:],
      splitFrom: [:], mergedInto: [:], moved: [])
    guard old.count > 0, new.count > 0 else { return a }
    let scorer = Scorer(old, new)
    let candidates = self.candidates(old, new, scorer)

    // Identical texts first, top-down, so that a parent's choice guides its children's among repeated texts.
    pairIdentical(old, new, &a)
    // Strong pairs first: identical or near-identical texts, wherever they stand.
    assign(candidates.filter { $0.dice >= strongScore }, old, new, scorer, &a, bonus: false)
    // Then the tree helps, a few rounds, each seeing the pairs the one before made.
    for _ in 0..<4 {
      let before = a.scores.count
      var pairs = candidates.filter { a.oldToNew[$0.old] == nil && a.newToOld[$0.new] == nil }
      pairs += treeCandidates(old, new, scorer, a)
      assign(pairs, old, new, scorer, &a, bonus: true)
      if a.scores.count == before { break }
    }
    findSplitsAndMerges(candidates, old, new, scorer, &a)
    a.moved = moved(old, new, a)
    return a
  }

  // MARK: Candidates

  struct Candidate {
    var old: Int
    var new: Int
    var dice: Double
  }

  /// Pairs worth scoring: identical texts, and each node's best BM25 hits on the other side (both ways).
  private func candidates(_ old: AlignUnits, _ new: AlignUnits, _ scorer: Scorer) -> [Candidate] {
    var seen = Set<Int>()
    var out: [Candidate] = []
    func add(_ i: Int, _ j: Int) {
      guard seen.insert(i &* new.count &+ j).inserted else { return }
      out.append(Candidate(old: i, new: j, dice: scorer.score(i, j)))
    }
    // Identical own texts: the nearest few by relative position (a text repeated many times pairs in order).
    var byKey: [Scalars: [Int]] = [:]
    for j in 0..<new.count where !new[j].key.isEmpty { byKey[new[j].key, default: []].append(j) }
    for i in 0..<old.count {
      guard let same = byKey[old[i].key] else { continue }
      let at = relative(i, old.count) * Double(new.count)
      for j in same.sorted(by: { (abs(Double($0) - at), $0) < (abs(Double($1) - at), $1) }).prefix(candidatesPerNode) {
        add(i, j)
      }
    }
    // A node is found by its opening: the first few thousand characters are plenty to retrieve it, and keep the
    // index of a huge node small (the score still reads all its terms).
    let newIndex = BigramIndex(passages: new.units.map { Array($0.text.prefix(indexedPrefix)) })
    let oldIndex = BigramIndex(passages: old.units.map { Array($0.text.prefix(indexedPrefix)) })
    for i in 0..<old.count {
      for hit in newIndex.search(query(old[i], against: new), limit: candidatesPerNode) { add(i, hit.passage) }
    }
    for j in 0..<new.count {
      for hit in oldIndex.search(query(new[j], against: old), limit: candidatesPerNode) { add(hit.passage, j) }
    }
    return out
  }

  /// A query of the unit's rarest Han bigrams on the other side, each written as two characters and a space (the
  /// index reads a bigram from each pair and none across the space). Latin words are hashed and cannot be written
  /// back; the score of a candidate reads them all the same.
  private func query(_ u: AlignUnits.Unit, against other: AlignUnits) -> Scalars {
    var terms: [(df: Int, term: UInt64)] = []
    for t in u.terms where t >> 63 == 0 && t > 0xFFFF_FFFF {
      let df = other.documentFrequency[t]
      if df > 0 { terms.append((df, t)) }
    }
    terms.sort { $0.df != $1.df ? $0.df < $1.df : $0.term < $1.term }
    var q = Scalars()
    q.reserveCapacity(3 * min(terms.count, queryTerms))
    for t in terms.prefix(queryTerms) {
      q.append(UInt32(truncatingIfNeeded: t.term >> 32))
      q.append(UInt32(truncatingIfNeeded: t.term))
      q.append(0x20)
    }
    return q
  }

  /// Pairs the tree suggests: the unpaired children of two paired parents (or of the two roots), and the parents of
  /// the nodes an unpaired node's children paired with.
  private func treeCandidates(_ old: AlignUnits, _ new: AlignUnits, _ scorer: Scorer, _ a: Alignment) -> [Candidate] {
    var out: [Candidate] = []
    var seen = Set<Int>()
    func add(_ i: Int, _ j: Int) {
      guard a.oldToNew[i] == nil, a.newToOld[j] == nil, seen.insert(i &* new.count &+ j).inserted else { return }
      out.append(Candidate(old: i, new: j, dice: scorer.score(i, j)))
    }
    let oldRoots = (0..<old.count).filter { old[$0].parent < 0 }
    let newRoots = (0..<new.count).filter { new[$0].parent < 0 }
    func siblings(_ oldKids: [Int], _ newKids: [Int]) {
      let freeNew = newKids.filter { a.newToOld[$0] == nil }
      guard !freeNew.isEmpty else { return }
      for (k, i) in oldKids.enumerated() where a.oldToNew[i] == nil {
        // The nearest few by sibling position: a long list of siblings stays linear.
        let at = relative(k, oldKids.count) * Double(newKids.count)
        let near = freeNew.sorted { (abs(Double(new[$0].siblingIndex) - at), $0) < (abs(Double(new[$1].siblingIndex) - at), $1) }
        for j in near.prefix(2 * candidatesPerNode) { add(i, j) }
      }
    }
    siblings(oldRoots, newRoots)
    for i in 0..<old.count {
      if let j = a.oldToNew[i] { siblings(old[i].children, new[j].children) }
    }
    for i in 0..<old.count where a.oldToNew[i] == nil {
      var parents = Set<Int>()
      for c in old[i].children {
        if let m = a.oldToNew[c], new[m].parent >= 0 { parents.insert(new[m].parent) }
      }
      for j in parents.sorted() { add(i, j) }
    }
    return out
  }

  /// Scores pairs of units: Dice's coefficient of their term sets, each term weighted ln(1 + N / df) with N the
  /// units of both outlines and df those holding the term. A node with children is judged half by its own text and
  /// half by its subtree's: a part's heading says little, the tasks under it say what it is.
  struct Scorer {
    let old: AlignUnits
    let new: AlignUnits
    /// Weights parallel to each old unit's own terms and subtree terms.
    let oldWeights: [[Double]]
    let oldSubtreeWeights: [[Double]]
    let oldTotals: [Double], newTotals: [Double]
    let oldSubtreeTotals: [Double], newSubtreeTotals: [Double]
    let oldHeadingWeights: [[Double]]
    let oldHeadingTotals: [Double], newHeadingTotals: [Double]

    init(_ old: AlignUnits, _ new: AlignUnits) {
      self.old = old
      self.new = new
      let n = Double(old.count + new.count)
      // One table of weights, each computed once: every term occurrence is then a single lookup.
      let dfOld = old.documentFrequency, dfNew = new.documentFrequency
      var table = TermTable<Double>(capacity: dfOld.count + dfNew.count, zero: 0)
      dfOld.forEach { t, k in table[t] = log(1 + n / Double(k + dfNew[t])) }
      dfNew.forEach { t, k in if !dfOld.contains(t) { table[t] = log(1 + n / Double(k)) } }
      func weight(_ t: UInt64) -> Double { table[t] }
      oldWeights = old.units.map { $0.terms.map(weight) }
      oldTotals = oldWeights.map { $0.reduce(0, +) }
      newTotals = new.units.map { $0.terms.reduce(0) { $0 + weight($1) } }
      let subtreeWeights = old.units.map { $0.children.isEmpty ? [] : $0.subtreeTerms.map(weight) }
      oldSubtreeWeights = subtreeWeights
      oldSubtreeTotals = subtreeWeights.map { $0.reduce(0, +) }
      newSubtreeTotals = new.units.map { $0.children.isEmpty ? 0 : $0.subtreeTerms.reduce(0) { $0 + weight($1) } }
      let headingWeights = old.units.map { $0.headingTerms.map(weight) }
      oldHeadingWeights = headingWeights
      oldHeadingTotals = headingWeights.map { $0.reduce(0, +) }
      newHeadingTotals = new.units.map { $0.headingTerms.reduce(0) { $0 + weight($1) } }
    }

    /// The share of the smaller unit's own term weight that the two share: 1 when one text holds the other.
    func containment(_ i: Int, _ j: Int) -> Double {
      let smaller = min(oldTotals[i], newTotals[j])
      return smaller > 0 ? shared(i, j) / smaller : 0
    }

    /// The weight of the own terms the two units share.
    func shared(_ i: Int, _ j: Int) -> Double {
      TermSet.shared(old[i].terms, new[j].terms, weights: oldWeights[i])
    }

    /// The own texts' score (1 when identical, even without terms: 2024 → 2024), a quarter of it from the headings
    /// when both have some, blended with the subtrees' when either node has children.
    func score(_ i: Int, _ j: Int) -> Double {
      var own: Double
      if old[i].key == new[j].key {
        own = 1
      } else {
        let total = oldTotals[i] + newTotals[j]
        own = total > 0 ? 2 * shared(i, j) / total : 0
        let headings = oldHeadingTotals[i] + newHeadingTotals[j]
        if old[i].headingTerms.count >= 2, new[j].headingTerms.count >= 2, headings > 0 {
          let h = 2 * TermSet.shared(old[i].headingTerms, new[j].headingTerms, weights: oldHeadingWeights[i]) / headings
          own = 0.75 * own + 0.25 * h
        }
      }
      let x = old[i], y = new[j]
      guard !x.children.isEmpty || !y.children.isEmpty else { return own }
      let a = x.children.isEmpty ? x.terms : x.subtreeTerms
      let wa = x.children.isEmpty ? oldWeights[i] : oldSubtreeWeights[i]
      let ta = x.children.isEmpty ? oldTotals[i] : oldSubtreeTotals[i]
      let b = y.children.isEmpty ? y.terms : y.subtreeTerms
      let tb = y.children.isEmpty ? newTotals[j] : newSubtreeTotals[j]
      let sub = ta + tb > 0 ? 2 * TermSet.shared(a, b, weights: wa) / (ta + tb) : 0
      return (own + sub) / 2
    }
  }

  private func relative(_ i: Int, _ n: Int) -> Double { n <= 1 ? 0 : Double(i) / Double(n - 1) }

  // MARK: Assignment

  /// Pairs nodes whose own texts are identical, old nodes in pre-order: among the free new nodes with the same text,
  /// one under the partner of the old node's parent if there is one, and of those the first after the last node
  /// paired here (so that a text repeated many times pairs in order). Each node looks at a bounded number of its
  /// twins, so a text repeated thousands of times stays linear.
  private func pairIdentical(_ old: AlignUnits, _ new: AlignUnits, _ a: inout Alignment) {
    var byKey: [Scalars: [Int]] = [:]
    for j in 0..<new.count where !new[j].key.isEmpty { byKey[new[j].key, default: []].append(j) }
    var cursor = -1
    for i in 0..<old.count {
      guard !old[i].key.isEmpty, let twins = byKey[old[i].key] else { continue }
      // The twins after the cursor, then from the start: at most 2 × 32 looked at.
      var lo = 0, hi = twins.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if twins[mid] <= cursor { lo = mid + 1 } else { hi = mid }
      }
      let window = Array(twins[lo..<min(twins.count, lo + 32)]) + Array(twins[0..<min(lo, 32)])
      let free = window.filter { a.newToOld[$0] == nil }
      guard let pick = free.first(where: { parentAgreement(i, $0, old, new, a) }) ?? free.first else { continue }
      a.oldToNew[i] = pick
      a.newToOld[pick] = i
      a.scores[i] = 1
      cursor = pick
    }
  }

  /// Takes pairs best first while both nodes are free; with `bonus`, a pair's score adds what the tree says and
  /// must reach `score`.
  private func assign(
    _ pairs: [Candidate], _ old: AlignUnits, _ new: AlignUnits, _ scorer: Scorer, _ a: inout Alignment, bonus: Bool
  ) {
    // Each node's best partner among these pairs: two nodes that are each other's best are likely one.
    var bestOld: [Int: (Double, Int)] = [:], bestNew: [Int: (Double, Int)] = [:]
    for c in pairs {
      if c.dice > bestOld[c.old]?.0 ?? -1 { bestOld[c.old] = (c.dice, c.new) }
      if c.dice > bestNew[c.new]?.0 ?? -1 { bestNew[c.new] = (c.dice, c.old) }
    }
    var scored: [(score: Double, distance: Double, c: Candidate)] = []
    scored.reserveCapacity(pairs.count)
    for c in pairs {
      var s = c.dice
      if bonus {
        // A node that grew or shrank a lot (one text holds the other) scores low on Dice; half its containment
        // stands in. Only free nodes meet here, so a split-off half cannot take its source from the other half.
        let x = old[c.old], y = new[c.new]
        if x.terms.count >= 6, y.terms.count >= 6 { s = max(s, 0.5 * scorer.containment(c.old, c.new)) }
        let children = childAgreement(c.old, c.new, old, new, a)
        guard s >= weakestText || children >= 0.5 else { continue }
        s += parentAgreement(c.old, c.new, old, new, a) ? 0.1 : 0
        s += bestOld[c.old]?.1 == c.new && bestNew[c.new]?.1 == c.old ? 0.05 : 0
        s += 0.3 * children
        // A review item and a plan task may share words, but one does not become the other.
        if old[c.old].node.role != new[c.new].node.role { s -= 0.1 }
        if old[c.old].node.kind != new[c.new].node.kind { s -= 0.05 }
        guard s >= score else { continue }
      }
      let distance = abs(relative(c.old, old.count) - relative(c.new, new.count))
      scored.append((s, distance, c))
    }
    scored.sort {
      if $0.score != $1.score { return $0.score > $1.score }
      if $0.distance != $1.distance { return $0.distance < $1.distance }
      return ($0.c.old, $0.c.new) < ($1.c.old, $1.c.new)
    }
    for x in scored where a.oldToNew[x.c.old] == nil && a.newToOld[x.c.new] == nil {
      a.oldToNew[x.c.old] = x.c.new
      a.newToOld[x.c.new] = x.c.old
      a.scores[x.c.old] = x.c.dice
    }
  }

  /// Whether the two nodes' parents are paired with each other, or both are top-level.
  private func parentAgreement(_ i: Int, _ j: Int, _ old: AlignUnits, _ new: AlignUnits, _ a: Alignment) -> Bool {
    let p = old[i].parent, q = new[j].parent
    if p < 0 || q < 0 { return p < 0 && q < 0 }
    return a.oldToNew[p] == q
  }

  /// The share of the two nodes' children that are paired with each other.
  private func childAgreement(_ i: Int, _ j: Int, _ old: AlignUnits, _ new: AlignUnits, _ a: Alignment) -> Double {
    let n = max(old[i].children.count, new[j].children.count)
    guard n > 0 else { return 0 }
    var agree = 0
    for c in old[i].children {
      if let m = a.oldToNew[c], new[m].parent == j { agree += 1 }
    }
    return Double(agree) / Double(n)
  }

  // MARK: Splits, merges and moves

  /// An unpaired new node most of whose term weight comes from a paired old node was split off it; an unpaired old
  /// node most of whose weight went into a paired new node was merged into it. The two must be of comparable size,
  /// or every short node would be "contained" in the longest one.
  private func findSplitsAndMerges(
    _ candidates: [Candidate], _ old: AlignUnits, _ new: AlignUnits, _ scorer: Scorer, _ a: inout Alignment
  ) {
    var bestSplit: [Int: (share: Double, old: Int)] = [:]
    var bestMerge: [Int: (share: Double, new: Int)] = [:]
    for c in candidates {
      let x = old[c.old], y = new[c.new]
      guard x.terms.count >= 6, y.terms.count >= 6 else { continue }
      let shared = scorer.shared(c.old, c.new)
      // A part is smaller than its whole: a copy of a paired node (the same text twice) is added, not split off.
      let (ox, ny) = (scorer.oldTotals[c.old], scorer.newTotals[c.new])
      if a.newToOld[c.new] == nil, a.oldToNew[c.old] != nil, y.terms.count * 5 >= x.terms.count, ny <= 0.8 * ox {
        let share = shared / max(ny, 1e-9)
        if share >= containment, share > bestSplit[c.new]?.share ?? 0 { bestSplit[c.new] = (share, c.old) }
      }
      if a.oldToNew[c.old] == nil, a.newToOld[c.new] != nil, x.terms.count * 5 >= y.terms.count, ox <= 0.8 * ny {
        let share = shared / max(ox, 1e-9)
        if share >= containment, share > bestMerge[c.old]?.share ?? 0 { bestMerge[c.old] = (share, c.new) }
      }
    }
    a.splitFrom = bestSplit.mapValues(\.old)
    a.mergedInto = bestMerge.mapValues(\.new)
  }

  /// Paired new nodes whose parent is not their old parent's partner, and those out of order among siblings that
  /// stayed together: of the pairs under two paired parents, the longest run in the old order stays, the rest moved.
  private func moved(_ old: AlignUnits, _ new: AlignUnits, _ a: Alignment) -> Set<Int> {
    var out = Set<Int>()
    for j in 0..<new.count {
      guard let i = a.newToOld[j] else { continue }
      let p = old[i].parent, q = new[j].parent
      let sameParent: Bool
      if p < 0 || q < 0 {
        sameParent = p < 0 && q < 0
      } else if a.oldToNew[p] == nil && a.newToOld[q] == nil {
        sameParent = true  // both containers were replaced: the node stays where it was
      } else {
        sameParent = a.oldToNew[p] == q
      }
      if !sameParent { out.insert(j) }
    }
    // Siblings under each pair of parents (the roots count as one pair), in the new order.
    var groups: [Int: [Int]] = [:]
    for j in 0..<new.count where !out.contains(j) {
      guard let i = a.newToOld[j] else { continue }
      groups[(new[j].parent + 1) * (old.count + 1) + old[i].parent + 1, default: []].append(j)
    }
    for (_, kids) in groups where kids.count > 1 {
      let order = kids.map { old[a.newToOld[$0]!].siblingIndex }
      let keep = OutlineAligner.longestIncreasing(order)
      for (k, j) in kids.enumerated() where !keep.contains(k) { out.insert(j) }
    }
    return out
  }

  /// Positions of a longest strictly increasing subsequence of `xs` (patience sorting, O(n log n)).
  static func longestIncreasing(_ xs: [Int]) -> Set<Int> {
    var tails: [Int] = []  // positions in xs of the smallest tail of each length
    var previous = [Int](repeating: -1, count: xs.count)
    for (k, x) in xs.enumerated() {
      var lo = 0, hi = tails.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if xs[tails[mid]] < x { lo = mid + 1 } else { hi = mid }
      }
      if lo > 0 { previous[k] = tails[lo - 1] }
      if lo == tails.count { tails.append(k) } else { tails[lo] = k }
    }
    var out = Set<Int>()
    var k = tails.last ?? -1
    while k >= 0 {
      out.insert(k)
      k = previous[k]
    }
    return out
  }
}
