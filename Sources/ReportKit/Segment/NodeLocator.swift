/// Finds the innermost outline node holding a text offset, for figures, deadlines and targets.
public struct NodeLocator: Sendable {
  private struct Entry: Sendable {
    var span: SourceSpan
    var depth: Int
    var id: String
    var role: PartRole
    var owners: [String]
  }
  private var entries: [Entry] = []

  /// Indexes every node of `outline`.
  public init(outline: [Node]) {
    func walk(_ nodes: [Node], _ depth: Int) {
      for n in nodes {
        entries.append(Entry(span: n.span, depth: depth, id: n.id, role: n.role, owners: n.owners))
        walk(n.children, depth + 1)
      }
    }
    walk(outline, 0)
    entries.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.depth < $1.depth }
  }

  /// The innermost node whose span holds `offset`: its id, its part's role and its owners (inherited).
  public func node(containing offset: Int) -> (id: String, role: PartRole, owners: [String])? {
    // Binary search for the last entry starting at or before offset, then walk back to the deepest container.
    var lo = 0
    var hi = entries.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if entries[mid].span.start <= offset { lo = mid + 1 } else { hi = mid }
    }
    var best: Entry?
    var i = lo - 1
    var owners: [String] = []
    while i >= 0 {
      let e = entries[i]
      if e.span.contains(offset) {
        // Entries are sorted by start, parents first: the first container met walking back is the innermost.
        if best == nil { best = e }
        if owners.isEmpty { owners = e.owners }
        if e.depth == 0 || !owners.isEmpty { break }
      }
      i -= 1
    }
    guard let b = best else { return nil }
    return (b.id, b.role, owners)
  }
}
