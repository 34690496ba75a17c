/// The innermost outline node holding an offset, asked for offsets that never decrease (sentences, figures,
/// deadlines in text order): `Outline.index(containing:)` with its bisection replaced by a walk forward, so a
/// pass over a document reads each node start once.
struct NodeCursor {
  /// The first node starting after the last offset asked.
  private var next = 0

  /// The position in `outline.nodes` of the innermost node holding `offset`, nil outside every node; `offset`
  /// is at least the one asked before.
  mutating func index(containing offset: Int, in outline: Outline) -> Int? {
    let nodes = outline.nodes
    // The last node starting at or before offset (pre-order lists nodes by start), walking on from the last.
    while next < nodes.count && nodes[next].span.start <= offset { next += 1 }
    return outline.innermost(holding: offset, from: next - 1)
  }
}
