/// The diff of a middle too large for a scalar-level search: clauses are compared as whole units, then each run of
/// changed clauses is diffed scalar by scalar on a small budget of its own.
///
/// This is diff-match-patch's line mode with clauses for lines: reports are rewritten clause by clause, so an
/// unchanged clause is found even when the text around it changed beyond what a scalar search can afford.
enum ClauseDiff {
  /// Ends a clause: ，。；、：！？ and the line break (the clause keeps its mark).
  @inline(__always) static func endsClause(_ c: UInt32) -> Bool {
    // ， U+FF0C  。 U+3002  ； U+FF1B  、 U+3001  ： U+FF1A  ！ U+FF01  ？ U+FF1F
    c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0x3001 || c == 0xFF1A || c == 0xFF01 || c == 0xFF1F || c == 0x0A
  }

  /// Clause boundaries of `s[r]`: the start of each clause, then `r.upperBound`.
  static func boundaries(_ s: UnsafeBufferPointer<UInt32>, _ r: Range<Int>) -> [Int] {
    var out = [r.lowerBound]
    for i in r where endsClause(s[i]) && i + 1 < r.upperBound { out.append(i + 1) }
    out.append(r.upperBound)
    return out
  }

  /// Appends the edits turning `a[ar]` into `b[br]`, diffing clause ids and then the scalars of each changed run.
  static func diff(
    _ a: UnsafeBufferPointer<UInt32>, _ ar: Range<Int>, _ b: UnsafeBufferPointer<UInt32>, _ br: Range<Int>,
    budget: inout DiffBudget, into out: inout [DiffEdit]
  ) {
    let ca = boundaries(a, ar)
    let cb = boundaries(b, br)
    // Equal clauses get equal ids; the table holds each distinct clause once.
    var ids: [Scalars: UInt32] = [:]
    func id(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int) -> UInt32 {
      let key = Array(s[lo..<hi])
      if let v = ids[key] { return v }
      let v = UInt32(ids.count)
      ids[key] = v
      return v
    }
    var idsA: [UInt32] = []
    idsA.reserveCapacity(ca.count - 1)
    for k in 0..<(ca.count - 1) { idsA.append(id(a, ca[k], ca[k + 1])) }
    var idsB: [UInt32] = []
    idsB.reserveCapacity(cb.count - 1)
    for k in 0..<(cb.count - 1) { idsB.append(id(b, cb[k], cb[k + 1])) }

    var clauseEdits: [DiffEdit] = []
    // The clause search draws on the shared clause pool; what it leaves is there for the next fallback.
    var clauseBudget = DiffBudget(steps: budget.clauseSteps, clauseSteps: 0)
    idsA.withUnsafeBufferPointer { ua in
      idsB.withUnsafeBufferPointer { ub in
        MyersDiff.diff(
          ua, 0..<ua.count, ub, 0..<ub.count, budget: &clauseBudget, fallback: .replace, into: &clauseEdits)
      }
    }
    budget.clauseSteps = clauseBudget.steps

    // Clause ranges back to scalar ranges; a run of deleted and inserted clauses is diffed scalar by scalar.
    var deleted: Range<Int>? = nil
    var inserted: Range<Int>? = nil
    func flush() {
      switch (deleted, inserted) {
      case let (d?, i?) where d == ar && i == br:
        // No clause in common: the scalar search already gave up on exactly this, with a larger budget.
        MyersDiff.append(.delete, d, to: &out)
        MyersDiff.append(.insert, i, to: &out)
      case let (d?, i?):
        // Each run has a budget of its own, linear in its length, and borrows from the clause pool what a full
        // search of it could need (about len² / 2 steps): runs rewritten beyond that read as replaced. The pool is
        // linear in the whole input, so all runs together stay linear too.
        let len = d.count + i.count
        let own = MyersDiff.smallBudget(len)
        let borrowed = max(0, min(budget.clauseSteps, len * len / 2))
        var run = DiffBudget(steps: own + borrowed, clauseSteps: 0)
        MyersDiff.diff(a, d, b, i, budget: &run, fallback: .replace, into: &out)
        let spent = own + borrowed - run.steps
        budget.clauseSteps -= max(0, spent - own)  // the run's own steps are spent first
      case let (d?, nil):
        MyersDiff.append(.delete, d, to: &out)
      case let (nil, i?):
        MyersDiff.append(.insert, i, to: &out)
      case (nil, nil):
        break
      }
      deleted = nil
      inserted = nil
    }
    for e in clauseEdits {
      switch e.operation {
      case .equal:
        flush()
        MyersDiff.append(.equal, ca[e.range.lowerBound]..<ca[e.range.upperBound], to: &out)
      case .delete:
        let r = ca[e.range.lowerBound]..<ca[e.range.upperBound]
        deleted = deleted.map { $0.lowerBound..<r.upperBound } ?? r
      case .insert:
        let r = cb[e.range.lowerBound]..<cb[e.range.upperBound]
        inserted = inserted.map { $0.lowerBound..<r.upperBound } ?? r
      }
    }
    flush()
  }
}
