/// Clean-ups that turn a minimal diff into one a person reads: diff-match-patch's `diff_cleanupMerge` and
/// `diff_cleanupSemantic`, with clause punctuation for its word boundaries and one rule of its own for Chinese.
///
/// Each pass builds a new array in one sweep (diff-match-patch splices in place and rescans, which is quadratic in
/// the number of pieces); none changes the texts the pieces rebuild.
enum DiffCleanup {
  // MARK: Merge

  /// Merges neighbouring pieces of one kind, moves text common to a delete and an insert out into the equalities,
  /// and slides single edits sideways when that removes an equality (`A<ins>BA</ins>C` → `<ins>AB</ins>AC`).
  static func merge(_ pieces: [DiffPiece]) -> [DiffPiece] {
    var current = pieces
    // Each round that slides an edit removes an equality, so this ends; real diffs settle in one or two rounds,
    // and the cap only bounds the work on pathological repeats.
    for _ in 0..<16 {
      let merged = mergeRuns(current)
      var slid = false
      current = slideSingleEdits(merged, slid: &slid)
      if !slid { return merged }
    }
    return mergeRuns(current)
  }

  /// One delete and one insert per run of edits (in that order), the text they share at either end moved out.
  static func mergeRuns(_ pieces: [DiffPiece]) -> [DiffPiece] {
    var out: [DiffPiece] = []
    out.reserveCapacity(pieces.count)
    var deleted = Scalars()
    var inserted = Scalars()
    func appendEqual<C: Collection>(_ t: C) where C.Element == UInt32 {
      guard !t.isEmpty else { return }
      if let last = out.last, last.operation == .equal {
        out[out.count - 1].text.append(contentsOf: t)
      } else {
        out.append(DiffPiece(.equal, Array(t)))
      }
    }
    func flush() {
      var sharedSuffix = Scalars()
      if !deleted.isEmpty && !inserted.isEmpty {
        let p = commonPrefix(deleted, inserted)
        if p > 0 {
          appendEqual(inserted[..<p])
          deleted.removeFirst(p)
          inserted.removeFirst(p)
        }
        let s = commonSuffix(deleted, inserted)
        if s > 0 {
          sharedSuffix = Array(inserted[(inserted.count - s)...])
          deleted.removeLast(s)
          inserted.removeLast(s)
        }
      }
      if !deleted.isEmpty { out.append(DiffPiece(.delete, deleted)) }
      if !inserted.isEmpty { out.append(DiffPiece(.insert, inserted)) }
      appendEqual(sharedSuffix)
      deleted = []
      inserted = []
    }
    for p in pieces {
      switch p.operation {
      case .delete: deleted.append(contentsOf: p.text)
      case .insert: inserted.append(contentsOf: p.text)
      case .equal:
        flush()
        appendEqual(p.text)
      }
    }
    flush()
    return out
  }

  /// Slides a single edit between two equalities over one of them when the edit ends with the one before it or
  /// starts with the one after it.
  private static func slideSingleEdits(_ pieces: [DiffPiece], slid: inout Bool) -> [DiffPiece] {
    var rest = pieces
    var out: [DiffPiece] = []
    out.reserveCapacity(pieces.count)
    var i = 0
    while i < rest.count {
      let p = rest[i]
      if p.operation != .equal, let prev = out.last, prev.operation == .equal, i + 1 < rest.count,
        rest[i + 1].operation == .equal
      {
        let next = rest[i + 1]
        if p.text.count >= prev.text.count && p.text.suffix(prev.text.count).elementsEqual(prev.text) {
          // A<ins>BA</ins>C → <ins>AB</ins>AC
          out.removeLast()
          out.append(DiffPiece(p.operation, prev.text + p.text.dropLast(prev.text.count)))
          rest[i + 1].text = prev.text + next.text
          slid = true
          i += 1
          continue
        }
        if p.text.starts(with: next.text) {
          // A<ins>CB</ins>C → AC<ins>BC</ins>
          out[out.count - 1].text.append(contentsOf: next.text)
          out.append(DiffPiece(p.operation, Array(p.text.dropFirst(next.text.count)) + next.text))
          slid = true
          i += 2
          continue
        }
      }
      out.append(p)
      i += 1
    }
    return out
  }

  // MARK: Semantic

  /// diff-match-patch's semantic clean-up followed by the Chinese one: short equalities between longer edits are
  /// folded into them, single edits slide to clause boundaries, overlaps of a delete and an insert become
  /// equalities, and a lone Han character between edits is folded in.
  static func semantic(_ pieces: [DiffPiece]) -> [DiffPiece] {
    var p = eliminateShortEqualities(pieces)
    p = alignToBoundaries(p)
    p = extractOverlaps(p)
    return merge(absorbSingleHan(p))
  }

  /// Folds each equality shorter than the larger side of the edits before it and of the edits after it into
  /// those edits, re-judging the equality before it whenever one is folded (its edits just grew).
  ///
  /// Shorter, where diff-match-patch has "no longer": with "no longer", clauses kept between rewritten clauses of
  /// the same length would all be folded into one replacement, and 3，5 → 4，6 would lose its unchanged ，.
  static func eliminateShortEqualities(_ pieces: [DiffPiece]) -> [DiffPiece] {
    var folded = [Bool](repeating: false, count: pieces.count)
    // Equalities still standing, each with the inserted and deleted lengths between it and the one before.
    var stack: [(index: Int, inserted: Int, deleted: Int)] = []
    var inserted = 0, deleted = 0  // since the top of the stack
    var any = false
    for (i, p) in pieces.enumerated() {
      switch p.operation {
      case .equal:
        stack.append((i, inserted, deleted))
        inserted = 0
        deleted = 0
        continue
      case .insert: inserted += p.text.count
      case .delete: deleted += p.text.count
      }
      while let top = stack.last {
        let n = pieces[top.index].text.count
        guard n < max(top.inserted, top.deleted), n < max(inserted, deleted) else { break }
        stack.removeLast()
        folded[top.index] = true
        any = true
        // The folded equality becomes a delete and an insert of its text, joining the edits on both sides.
        inserted += top.inserted + n
        deleted += top.deleted + n
      }
    }
    return any ? merge(unfold(pieces, folded)) : pieces
  }

  /// `pieces` with each folded equality replaced by a delete and an insert of its text.
  private static func unfold(_ pieces: [DiffPiece], _ folded: [Bool]) -> [DiffPiece] {
    var out: [DiffPiece] = []
    out.reserveCapacity(pieces.count + 8)
    for (i, p) in pieces.enumerated() {
      if folded[i] {
        out.append(DiffPiece(.delete, p.text))
        out.append(DiffPiece(.insert, p.text))
      } else {
        out.append(p)
      }
    }
    return out
  }

  /// Slides each single edit between two equalities to where its two ends sit best on clause boundaries
  /// (diff-match-patch's `diff_cleanupSemanticLossless`, scored by `boundaryScore`).
  static func alignToBoundaries(_ pieces: [DiffPiece]) -> [DiffPiece] {
    var rest = pieces
    var out: [DiffPiece] = []
    out.reserveCapacity(pieces.count)
    var i = 0
    while i < rest.count {
      let p = rest[i]
      guard p.operation != .equal, let prev = out.last, prev.operation == .equal, i + 1 < rest.count,
        rest[i + 1].operation == .equal
      else {
        out.append(p)
        i += 1
        continue
      }
      // The edit is a window of length L over before + edit + after; it may sit at any offset where the text it
      // covers is the same, i.e. where the window can roll one scalar at a time.
      let all = prev.text + p.text + rest[i + 1].text
      let l = p.text.count
      var s = prev.text.count
      while s > 0 && all[s - 1] == all[s - 1 + l] { s -= 1 }
      var best = s
      var bestScore = windowScore(all, s, l)
      while s + l < all.count && all[s] == all[s + l] {
        s += 1
        let score = windowScore(all, s, l)
        // >= : of equal scores the rightmost wins, as in diff-match-patch.
        if score >= bestScore {
          best = s
          bestScore = score
        }
      }
      if best == prev.text.count {
        out.append(p)
        i += 1
        continue
      }
      if best == 0 { out.removeLast() } else { out[out.count - 1].text = Array(all[..<best]) }
      out.append(DiffPiece(p.operation, Array(all[best..<(best + l)])))
      if best + l == all.count {
        i += 2  // the equality after it is used up
      } else {
        rest[i + 1].text = Array(all[(best + l)...])
        i += 1
      }
    }
    return out
  }

  /// The score of an edit at `all[s..<s+l]`: its two boundaries' scores added.
  private static func windowScore(_ all: Scalars, _ s: Int, _ l: Int) -> Int {
    boundaryScore(s > 0 ? all[s - 1] : nil, all[s])
      + boundaryScore(all[s + l - 1], s + l < all.count ? all[s + l] : nil)
  }

  /// How good a place the gap between `before` and `after` is for an edit to begin or end, 0 (inside a word) to 6.
  ///
  /// After a clause mark is better than before one: a changed clause then carries its own ，, and the text
  /// around it keeps whole clauses.
  static func boundaryScore(_ before: UInt32?, _ after: UInt32?) -> Int {
    guard let c1 = before, let c2 = after else { return 6 }  // the start or end of the text
    if c1 == 0x0A || c2 == 0x0A { return 5 }  // a line break
    if c1 == 0x3002 || c1 == 0xFF1B || c1 == 0xFF01 || c1 == 0xFF1F { return 4 }  // after 。；！？
    if c1 == 0xFF0C || c1 == 0x3001 || c1 == 0xFF1A { return 3 }  // after ，、：
    if isMarkOrBlank(c1) || isMarkOrBlank(c2) { return 2 }  // other punctuation, spaces, brackets
    if Scalar.isHan(c1) != Scalar.isHan(c2) { return 1 }  // Han next to digits or Latin (增长|5%)
    return 0
  }

  private static func isMarkOrBlank(_ c: UInt32) -> Bool {
    Scalar.isCJKPunctuation(c) || Scalar.isBlank(c) || (c < 0x80 && !Scalar.isDigit(c) && !Scalar.isASCIILetter(c))
  }

  /// Where a delete and the insert after it overlap by at least half of either (the end of one is the start of
  /// the other), the overlap becomes an equality between them.
  static func extractOverlaps(_ pieces: [DiffPiece]) -> [DiffPiece] {
    var out: [DiffPiece] = []
    out.reserveCapacity(pieces.count)
    var i = 0
    while i < pieces.count {
      if i + 1 < pieces.count, pieces[i].operation == .delete, pieces[i + 1].operation == .insert {
        let del = pieces[i].text, ins = pieces[i + 1].text
        let forward = overlap(del, ins)  // del ends with what ins starts with
        let backward = overlap(ins, del)  // ins ends with what del starts with
        if forward >= backward, 2 * forward >= del.count || 2 * forward >= ins.count, forward > 0 {
          appendNonEmpty(.delete, Array(del.dropLast(forward)), to: &out)
          out.append(DiffPiece(.equal, Array(ins.prefix(forward))))
          appendNonEmpty(.insert, Array(ins.dropFirst(forward)), to: &out)
          i += 2
          continue
        }
        if backward > forward, 2 * backward >= del.count || 2 * backward >= ins.count {
          appendNonEmpty(.insert, Array(ins.dropLast(backward)), to: &out)
          out.append(DiffPiece(.equal, Array(del.prefix(backward))))
          appendNonEmpty(.delete, Array(del.dropFirst(backward)), to: &out)
          i += 2
          continue
        }
      }
      out.append(pieces[i])
      i += 1
    }
    return out
  }

  /// Folds an equality of exactly one Han character that stands between two edits into them, so that changes read
  /// as word-sized chunks (扩大内需 → 扩大需求 reads as 内需 → 需求, not 内 removed and 求 added around 需).
  ///
  /// The short-equality rule leaves a character between one-character edits (it folds only what is shorter than
  /// the edits), and overlap extraction makes such characters; here they go.
  static func absorbSingleHan(_ pieces: [DiffPiece]) -> [DiffPiece] {
    var folded = [Bool](repeating: false, count: pieces.count)
    var any = false
    for i in pieces.indices.dropFirst().dropLast() {
      let p = pieces[i]
      if p.operation == .equal, p.text.count == 1, Scalar.isHan(p.text[0]), pieces[i - 1].operation != .equal,
        pieces[i + 1].operation != .equal
      {
        folded[i] = true
        any = true
      }
    }
    return any ? unfold(pieces, folded) : pieces
  }

  private static func appendNonEmpty(_ op: DiffPiece.Operation, _ t: Scalars, to out: inout [DiffPiece]) {
    if !t.isEmpty { out.append(DiffPiece(op, t)) }
  }

  // MARK: Text helpers

  static func commonPrefix(_ x: Scalars, _ y: Scalars) -> Int {
    let n = min(x.count, y.count)
    var i = 0
    while i < n && x[i] == y[i] { i += 1 }
    return i
  }

  static func commonSuffix(_ x: Scalars, _ y: Scalars) -> Int {
    let n = min(x.count, y.count)
    var i = 0
    while i < n && x[x.count - 1 - i] == y[y.count - 1 - i] { i += 1 }
    return i
  }

  /// The length of the longest suffix of `x` that is a prefix of `y`, in linear time (the KMP failure function
  /// of y's head, a separator, then x's tail: diff-match-patch's search for it is quadratic on repeats).
  static func overlap(_ x: Scalars, _ y: Scalars) -> Int {
    let n = min(x.count, y.count)
    guard n > 0 else { return 0 }
    // 0xFFFF_FFFF is no scalar value, so no match runs across the separator.
    let s = Array(y.prefix(n)) + [0xFFFF_FFFF] + Array(x.suffix(n))
    var fail = [Int](repeating: 0, count: s.count)
    var k = 0
    for i in 1..<s.count {
      while k > 0 && s[i] != s[k] { k = fail[k - 1] }
      if s[i] == s[k] { k += 1 }
      fail[i] = k
    }
    return k
  }
}
