/// The node changes of an alignment, in reading order, with a lookup to hang target changes on them.
struct NodeChanges {
  /// The changes: in the new document's order, a removed node after the new place of the old node before it.
  private(set) var list: [NodeChange]
  /// Index in `list` of the change of each node, by side (the node's main pairing, not a split or merge).
  private var byNew: [NodeID: Int] = [:]
  private var byOld: [NodeID: Int] = [:]

  /// The changes `alignment` implies: a pair with another own text is changed; one with the same text is moved
  /// or renumbered when it is, and no change otherwise; unpaired nodes are added or removed, or changed with
  /// `splitFrom` / `mergedInto` when most of their text comes from (goes to) a paired node.
  static func make(_ a: AlignUnits, _ b: AlignUnits, _ al: OutlineAligner.Alignment) -> NodeChanges {
    var entries: [(position: Double, order: Int, change: NodeChange, main: Bool)] = []
    for j in 0..<b.count {
      let y = b[j]
      if let i = al.newToOld[j] {
        let x = a[i]
        var also: [ChangeKind] = []
        if al.moved.contains(j) { also.append(.moved) }
        if renumbered(x.node, y.node) { also.append(.renumbered) }
        if x.key == y.key {
          guard let first = also.first else { continue }
          let c = NodeChange(kind: first, old: ref(x), new: ref(y), similarity: 1, also: Array(also.dropFirst()))
          entries.append((Double(j), j, c, true))
        } else {
          entries.append((Double(j), j, changed(x, y, also: also), true))
        }
      } else if let i = al.splitFrom[j] {
        var c = changed(a[i], y, also: [])
        c.splitFrom = a[i].node.id
        entries.append((Double(j), j, c, false))
      } else {
        entries.append((Double(j), j, NodeChange(kind: .added, old: nil, new: ref(y)), true))
      }
    }
    var before = -0.5  // the new place of the last paired old node seen
    for i in 0..<a.count {
      if let j = al.oldToNew[i] {
        before = Double(j) + 0.5
        continue
      }
      if let j = al.mergedInto[i] {
        var c = changed(a[i], b[j], also: [])
        c.mergedInto = b[j].node.id
        entries.append((Double(j) + 0.25, b.count + i, c, false))
      } else {
        entries.append((before, b.count + i, NodeChange(kind: .removed, old: ref(a[i]), new: nil), true))
      }
    }
    entries.sort { ($0.position, $0.order) < ($1.position, $1.order) }
    var out = NodeChanges(list: entries.map(\.change))
    for (k, e) in entries.enumerated() where e.main {
      if let n = e.change.new { out.byNew[n.nodeId] = k }
      if let o = e.change.old { out.byOld[o.nodeId] = k }
    }
    return out
  }

  /// Puts each target change under the change of the node holding its new side (else its old side); one whose
  /// nodes did not change stays in the top-level list only.
  mutating func attach(_ targetChanges: [TargetChange]) {
    for t in targetChanges {
      let k = t.new?.nodeId.flatMap { byNew[$0] } ?? t.old?.nodeId.flatMap { byOld[$0] }
      if let k { list[k].targetChanges.append(t) }
    }
  }

  private static func changed(_ x: AlignUnits.Unit, _ y: AlignUnits.Unit, also: [ChangeKind]) -> NodeChange {
    let pieces = TextDiff.diff(x.text, y.text)
    var equal = 0
    for p in pieces where p.operation == .equal { equal += p.text.count }
    let total = x.text.count + y.text.count
    return NodeChange(
      kind: .changed, old: ref(x), new: ref(y), similarity: total == 0 ? 1 : Double(2 * equal) / Double(total),
      also: also, pieces: pieces)
  }

  /// Whether the number changed: another ordinal, or another marker once brackets and punctuation are set aside
  /// (（一） and (一) are one number; 一、 and 1. are not).
  static func renumbered(_ x: Node, _ y: Node) -> Bool {
    x.ordinal != y.ordinal || core(x.marker) != core(y.marker)
  }

  private static func core(_ marker: String) -> Scalars {
    // 、 U+3001  ． U+FF0E  （ U+FF08  ） U+FF09  ， U+FF0C
    marker.scalarValues.filter { c in
      !(c == 0x3001 || c == 0xFF0E || c == 0xFF08 || c == 0xFF09 || c == 0xFF0C || c == 0x2E || c == 0x28 || c == 0x29
        || c == 0x2C || Scalar.isBlank(c))
    }
  }

  static func ref(_ u: AlignUnits.Unit) -> NodeRef {
    let n = u.node
    return NodeRef(
      nodeId: n.id, kind: n.kind, marker: n.marker, ordinal: n.ordinal, role: n.role, heading: n.heading,
      text: String(scalarValues: u.text), span: n.span)
  }
}
