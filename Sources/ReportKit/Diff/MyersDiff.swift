/// Steps a diff may still spend: on the scalar-level search, and on clause-level searches (shared by every middle
/// that falls back to clauses, so that many small fallbacks cost no more than one large one).
struct DiffBudget {
  var steps: Int
  var clauseSteps: Int
}

/// One step of an edit script: a range of the first sequence (equal, delete) or of the second (insert).
struct DiffEdit: Equatable {
  var operation: DiffPiece.Operation
  var range: Range<Int>
}

/// Myers' O(ND) diff with the linear-space middle-snake recursion (as diff-match-patch's `diff_bisect`), on a
/// step budget so that no input makes it quadratic.
///
/// The scalar-level search spends at most `scalarBudget(n+m)` steps (one step is one diagonal visited or one scalar
/// compared). What it cannot settle in that budget is diffed by clauses (`ClauseDiff`) from a second pool of the
/// same size, and only what is too different for that becomes one delete and one insert. Every budget is linear in
/// the input, so the whole diff is linear work.
enum MyersDiff {
  /// Steps allowed for diffing `length` scalars in all: 32 per scalar, and 16 M at least (some 60 ms in a release
  /// build). A search to edit distance D costs about D² / 2 steps, so the floor settles an edit distance of some
  /// 5000 (measured: 2500 scattered scalars replaced in 20 000 diff exactly; 3000 do not).
  static func scalarBudget(_ length: Int) -> Int { max(1 << 24, 32 * length) }

  /// Steps allowed for the scalars of one changed run of clauses.
  static func smallBudget(_ length: Int) -> Int { 32 * length + 256 }

  /// What to do with a middle the budget could not settle.
  enum Fallback {
    /// Diff it by clauses (the scalar level's fallback).
    case clauses
    /// One delete and one insert (the clause level's fallback, so there is no recursion past it).
    case replace
  }

  /// The edit script turning `a` into `b`, with the clause fallback.
  static func edits(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> [DiffEdit] {
    let n = scalarBudget(a.count + b.count)
    var budget = DiffBudget(steps: n, clauseSteps: n)
    var out: [DiffEdit] = []
    diff(a, 0..<a.count, b, 0..<b.count, budget: &budget, fallback: .clauses, into: &out)
    return out
  }

  /// Appends the edits turning `a[ar]` into `b[br]`: trims the common prefix and suffix, then bisects the middle.
  static func diff(
    _ a: UnsafeBufferPointer<UInt32>, _ ar: Range<Int>, _ b: UnsafeBufferPointer<UInt32>, _ br: Range<Int>,
    budget: inout DiffBudget, fallback: Fallback, into out: inout [DiffEdit]
  ) {
    var a0 = ar.lowerBound, a1 = ar.upperBound, b0 = br.lowerBound, b1 = br.upperBound
    let start = a0
    while a0 < a1 && b0 < b1 && a[a0] == b[b0] {
      a0 += 1
      b0 += 1
    }
    let prefix = a0 - start
    var suffix = 0
    while a1 > a0 && b1 > b0 && a[a1 - 1] == b[b1 - 1] {
      a1 -= 1
      b1 -= 1
      suffix += 1
    }
    budget.steps -= prefix + suffix
    append(.equal, start..<a0, to: &out)
    if a0 == a1 {
      append(.insert, b0..<b1, to: &out)
    } else if b0 == b1 {
      append(.delete, a0..<a1, to: &out)
    } else if !bisect(a, a0..<a1, b, b0..<b1, budget: &budget, fallback: fallback, into: &out) {
      switch fallback {
      case .clauses:
        ClauseDiff.diff(a, a0..<a1, b, b0..<b1, budget: &budget, into: &out)
      case .replace:
        append(.delete, a0..<a1, to: &out)
        append(.insert, b0..<b1, to: &out)
      }
    }
    append(.equal, a1..<(a1 + suffix), to: &out)
  }

  /// Appends an edit, extending the last one when it continues it (ranges of the same side, end to start).
  static func append(_ op: DiffPiece.Operation, _ r: Range<Int>, to out: inout [DiffEdit]) {
    guard !r.isEmpty else { return }
    if let last = out.last, last.operation == op, last.range.upperBound == r.lowerBound {
      out[out.count - 1].range = last.range.lowerBound..<r.upperBound
    } else {
      out.append(DiffEdit(operation: op, range: r))
    }
  }

  /// Finds the middle snake of `a[ar]` and `b[br]` (both non-empty, no common prefix or suffix) and diffs the two
  /// halves on either side of it; false, with nothing appended, when the budget runs out first.
  private static func bisect(
    _ a: UnsafeBufferPointer<UInt32>, _ ar: Range<Int>, _ b: UnsafeBufferPointer<UInt32>, _ br: Range<Int>,
    budget: inout DiffBudget, fallback: Fallback, into out: inout [DiffEdit]
  ) -> Bool {
    let n = ar.count, m = br.count
    let a0 = ar.lowerBound, b0 = br.lowerBound
    // Reaching edit distance d costs at least d² steps, so the budget caps d: the V arrays are sized to that cap,
    // not to n + m, and a 500 000-scalar text with a few edits allocates a few kilobytes.
    let affordable = Int(Double(max(budget.steps, 0)).squareRoot()) + 2
    let maxD = min((n + m + 1) / 2, affordable)
    let vOffset = maxD
    let vLength = 2 * maxD + 2
    // The loops below are the whole cost of a large diff: they run on unsafe buffers with a local step count, so
    // a step is no bounds check and no store to memory.
    let v = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2 * vLength)
    defer { v.deallocate() }
    v.initialize(repeating: -1)
    let v1 = UnsafeMutableBufferPointer(rebasing: v[0..<vLength])
    let v2 = UnsafeMutableBufferPointer(rebasing: v[vLength..<(2 * vLength)])
    v1[vOffset + 1] = 0
    v2[vOffset + 1] = 0
    let delta = n - m
    // With an odd delta the forward path meets the reverse one; with an even delta the reverse meets the forward.
    let front = delta & 1 != 0
    // Diagonals that ran off the grid's right or bottom edge are skipped from then on.
    var k1start = 0, k1end = 0, k2start = 0, k2end = 0
    var split: (x: Int, y: Int)? = nil
    var steps = budget.steps
    search: for d in 0..<maxD {
      if steps <= 0 { break }
      var k1 = -d + k1start
      while k1 <= d - k1end {
        let k1o = vOffset + k1
        var x1 = (k1 == -d || (k1 != d && v1[k1o - 1] < v1[k1o + 1])) ? v1[k1o + 1] : v1[k1o - 1] + 1
        var y1 = x1 - k1
        let x1Start = x1
        while x1 < n && y1 < m && y1 >= 0 && a[a0 + x1] == b[b0 + y1] {
          x1 += 1
          y1 += 1
        }
        steps -= 1 + x1 - x1Start
        v1[k1o] = x1
        if x1 > n {
          k1end += 2
        } else if y1 > m {
          k1start += 2
        } else if front {
          let k2o = vOffset + delta - k1
          if k2o >= 0 && k2o < vLength && v2[k2o] != -1 && x1 >= n - v2[k2o] {
            split = (x1, y1)
            break search
          }
        }
        k1 += 2
      }
      var k2 = -d + k2start
      while k2 <= d - k2end {
        let k2o = vOffset + k2
        var x2 = (k2 == -d || (k2 != d && v2[k2o - 1] < v2[k2o + 1])) ? v2[k2o + 1] : v2[k2o - 1] + 1
        var y2 = x2 - k2
        let x2Start = x2
        while x2 < n && y2 < m && y2 >= 0 && a[a0 + n - x2 - 1] == b[b0 + m - y2 - 1] {
          x2 += 1
          y2 += 1
        }
        steps -= 1 + x2 - x2Start
        v2[k2o] = x2
        if x2 > n {
          k2end += 2
        } else if y2 > m {
          k2start += 2
        } else if !front {
          let k1o = vOffset + delta - k2
          if k1o >= 0 && k1o < vLength && v1[k1o] != -1 {
            let x1 = v1[k1o]
            let y1 = vOffset + x1 - k1o
            // The reverse path's x, mirrored to count from the start.
            if x1 >= n - x2 {
              split = (x1, y1)
              break search
            }
          }
        }
        k2 += 2
      }
    }
    budget.steps = steps
    guard let (x, y) = split else { return false }
    // The budget left is shared by both halves; a half that runs out falls back on its own.
    diff(a, a0..<(a0 + x), b, b0..<(b0 + y), budget: &budget, fallback: fallback, into: &out)
    diff(a, (a0 + x)..<ar.upperBound, b, (b0 + y)..<br.upperBound, budget: &budget, fallback: fallback, into: &out)
    return true
  }
}
