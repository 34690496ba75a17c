/// Finds the innermost outline node holding a text offset, for figures, deadlines and targets.
public struct NodeLocator: Sendable {
  private struct Entry: Sendable {
    var span: SourceSpan
    var parent: Int
    var id: String
    var role: PartRole
    /// The node's owners, or those of its nearest ancestor that names some.
    var owners: [String]
  }
  /// Nodes in pre-order: sorted by start, a parent before its children.
  private var entries: [Entry] = []

  /// Indexes every node of `outline`.
  public init(outline: [Node]) {
    func walk(_ nodes: [Node], _ parent: Int) {
      for n in nodes {
        let inherited = n.owners.isEmpty && parent >= 0 ? entries[parent].owners : n.owners
        entries.append(Entry(span: n.span, parent: parent, id: n.id, role: n.role, owners: inherited))
        walk(n.children, entries.count - 1)
      }
    }
    walk(outline, -1)
  }

  /// The innermost node whose span holds `offset`: its id, its part's role and its owners (inherited).
  public func node(containing offset: Int) -> (id: String, role: PartRole, owners: [String])? {
    // The last node starting at or before offset; if it does not hold offset, one of its ancestors does
    // (spans nest), so climb: O(log n + depth).
    var lo = 0
    var hi = entries.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if entries[mid].span.start <= offset { lo = mid + 1 } else { hi = mid }
    }
    var i = lo - 1
    while i >= 0 && !entries[i].span.contains(offset) { i = entries[i].parent }
    guard i >= 0 else { return nil }
    let e = entries[i]
    return (e.id, e.role, e.owners)
  }
}
