/// One run of a character-level diff: text both sides share, or text only one side has.
public struct DiffPiece: Hashable, Sendable {
  /// What a piece says about its text.
  public enum Operation: String, Sendable {
    /// In both texts.
    case equal
    /// Only in the second text.
    case insert
    /// Only in the first text.
    case delete
  }

  /// Whether the text is shared, added or removed.
  public var operation: Operation
  /// The piece's scalar values.
  public var text: Scalars

  /// A piece of `text` with `operation`.
  public init(_ operation: Operation, _ text: Scalars) {
    self.operation = operation
    self.text = text
  }
}

/// Character-level differences between two texts, cleaned up to read as word- and clause-sized changes in Chinese.
///
/// Pieces come in order: the equal and delete pieces concatenated give the first text, the equal and insert pieces
/// the second. Within a run of changes the delete comes before the insert.
public enum TextDiff {
  /// The pieces that turn `a` into `b`; linear work in the length of the texts, whatever they hold.
  ///
  /// A minimal diff (Myers) is tried first within a step budget linear in the length; a middle it cannot settle in
  /// that budget is diffed by clauses instead, and a middle too different for that becomes one delete and one insert.
  public static func diff(_ a: Scalars, _ b: Scalars) -> [DiffPiece] {
    if a == b { return a.isEmpty ? [] : [DiffPiece(.equal, a)] }
    let edits = a.withUnsafeBufferPointer { ua in
      b.withUnsafeBufferPointer { ub in MyersDiff.edits(ua, ub) }
    }
    var pieces: [DiffPiece] = []
    pieces.reserveCapacity(edits.count)
    for e in edits {
      pieces.append(DiffPiece(e.operation, Array(e.operation == .insert ? b[e.range] : a[e.range])))
    }
    return DiffCleanup.semantic(DiffCleanup.merge(pieces))
  }

  /// How much of the two texts their diff finds shared: 2 × equal scalars / (`a.count` + `b.count`), 1 when both are empty.
  public static func similarity(_ a: Scalars, _ b: Scalars) -> Double {
    let total = a.count + b.count
    guard total > 0 else { return 1 }
    var equal = 0
    for p in diff(a, b) where p.operation == .equal { equal += p.text.count }
    return Double(2 * equal) / Double(total)
  }
}
