/// The kind of an outline node, from the marker that opens it.
public enum NodeKind: String, Hashable, Sendable, CaseIterable {
  /// 一、 or an unnumbered part heading.
  case part
  /// （一）
  case section
  /// 1. 1、 （1） ①
  case item
  /// 一是… 第一，… inside or at the start of a paragraph.
  case inline
}

/// A node of the outline: a numbered part, section, item or inline item, with its place in the text.
public struct Node: Hashable, Sendable {
  /// Path of markers from the root, e.g. `三/（二）/2/一是`; stable across runs.
  public var id: NodeID
  /// What the marker makes it.
  public var kind: NodeKind
  /// The marker as written (一、, （二）, 1., 一是); empty for an unnumbered heading.
  public var marker: String
  /// The number the marker carries, nil for an unnumbered heading.
  public var ordinal: Int?
  /// Depth in the tree, 1 for top-level nodes.
  public var level: Int
  /// The heading: the marker's line up to its first sentence end.
  public var heading: String
  /// From the marker to the end of the node's body (children included).
  public var span: SourceSpan
  /// The heading's own span.
  public var headingSpan: SourceSpan
  /// Review or plan, inherited from the part.
  public var role: PartRole
  /// Responsible units named in the node's own text (牵头单位：…, （…负责）).
  public var owners: [String]
  /// Nodes below this one.
  public var children: [Node]

  /// Makes a node.
  public init(
    id: NodeID, kind: NodeKind, marker: String, ordinal: Int?, level: Int, heading: String,
    span: SourceSpan, headingSpan: SourceSpan, role: PartRole = .other, owners: [String] = [],
    children: [Node] = []
  ) {
    self.id = id
    self.kind = kind
    self.marker = marker
    self.ordinal = ordinal
    self.level = level
    self.heading = heading
    self.span = span
    self.headingSpan = headingSpan
    self.role = role
    self.owners = owners
    self.children = children
  }
}

/// The outline of a document: its tree of nodes, indexed for lookups by id and by text offset.
///
/// Spans nest (a child lies inside its parent) and siblings are in text order, so the pre-order list is
/// sorted by start: the innermost node holding an offset is found by bisecting, then climbing parents.
public struct Outline: Hashable, Sendable {
  /// The top-level nodes.
  public let roots: [Node]
  /// Every node in pre-order (a parent before its children, siblings in text order).
  public let nodes: [Node]
  /// For each node of `nodes`, the index of its parent, -1 for a root.
  private let parents: [Int]

  /// Indexes the tree below `roots`.
  public init(_ roots: [Node] = []) {
    var nodes: [Node] = []
    var parents: [Int] = []
    func walk(_ list: [Node], _ parent: Int) {
      for n in list {
        nodes.append(n)
        parents.append(parent)
        walk(n.children, nodes.count - 1)
      }
    }
    walk(roots, -1)
    self.roots = roots
    self.nodes = nodes
    self.parents = parents
  }

  /// Whether the outline has no node.
  public var isEmpty: Bool { roots.isEmpty }

  /// The node with this id.
  public func node(id: NodeID) -> Node? { path(to: id).last }

  /// The innermost node whose span holds `offset`; O(log n + depth).
  public func node(containing offset: Int) -> Node? { index(containing: offset).map { nodes[$0] } }

  /// The position in `nodes` of the innermost node holding `offset`.
  public func index(containing offset: Int) -> Int? {
    // The last node starting at or before offset, by bisection.
    var lo = 0
    var hi = nodes.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if nodes[mid].span.start <= offset { lo = mid + 1 } else { hi = mid }
    }
    return innermost(holding: offset, from: lo - 1)
  }

  /// The innermost node holding `offset`, given `last`, the last node starting at or before it (-1 for none):
  /// if that one does not hold `offset`, one of its ancestors does.
  func innermost(holding offset: Int, from last: Int) -> Int? {
    var i = last
    while i >= 0 && !nodes[i].span.contains(offset) { i = parents[i] }
    return i >= 0 ? i : nil
  }

  /// The nodes from the top-level one down to the node at `index` of `nodes`, itself included; O(depth).
  public func path(toNodeAt index: Int) -> [Node] {
    var out: [Node] = []
    var i = index
    while i >= 0 {
      out.append(nodes[i])
      i = parents[i]
    }
    return out.reversed()
  }

  /// The pre-order index of the parent of the node at `index`, nil for a top-level node.
  public func parentIndex(ofNodeAt index: Int) -> Int? {
    let p = parents[index]
    return p >= 0 ? p : nil
  }

  /// The parent of the node at this pre-order index, nil for a top-level node.
  public func parent(ofNodeAt index: Int) -> Node? {
    let p = parents[index]
    return p >= 0 ? nodes[p] : nil
  }

  /// The parent of the node with this id, nil for a top-level node or an unknown id.
  public func parent(of id: NodeID) -> Node? {
    let p = path(to: id)
    return p.count >= 2 ? p[p.count - 2] : nil
  }

  /// The nodes from the top-level one down to the node with this id, itself included; empty for an unknown id.
  ///
  /// A child's id is its parent's followed by `/` and its own marker, so the walk goes down the tree,
  /// looking at one level of siblings at a time: O(depth × siblings), no index to build.
  public func path(to id: NodeID) -> [Node] {
    let target = id.path.utf8
    var level = roots
    var out: [Node] = []
    while let n = level.first(where: { n in
      let own = n.id.path.utf8
      guard target.starts(with: own) else { return false }
      let rest = target.dropFirst(own.count)
      return rest.isEmpty || rest.first == UInt8(ascii: "/")
    }) {
      out.append(n)
      if n.id.path.utf8.count == target.count { return out }
      level = n.children
    }
    return []
  }

  /// The owners of the node at `index` in `nodes`, or those of its nearest ancestor that names some.
  public func owners(ofNodeAt index: Int) -> [String] {
    var k = index
    while k >= 0 {
      if !nodes[k].owners.isEmpty { return nodes[k].owners }
      k = parents[k]
    }
    return []
  }

  /// The spans of the markers that open numbered lines (一、 （二） 8. ①), in text order: no figure is read in
  /// them, so 「8.6个重大科技专项」 read as item 8 gives the figure 6个, not 8.6.
  public var lineMarkerSpans: [SourceSpan] {
    nodes.compactMap { n in
      guard n.kind != .inline, !n.marker.isEmpty else { return nil }
      return SourceSpan(start: n.span.start, end: n.span.start + n.marker.unicodeScalars.count)
    }
  }

  /// The part role at `offset`: that of the innermost node holding it, `.other` outside every node.
  public func role(at offset: Int) -> PartRole { index(containing: offset).map { nodes[$0].role } ?? .other }

  /// Two outlines are equal when their trees are; the index follows from the tree.
  public static func == (a: Outline, b: Outline) -> Bool { a.roots == b.roots }

  /// Hashes the tree.
  public func hash(into h: inout Hasher) { h.combine(roots) }
}
