import Testing
@testable import ReportKit

/// 一 [0,100) owned by 市发改委, holding （一） [10,40) with 一是 [20,30), and （二） [50,90) owned by 市商务局;
/// 二 [100,120) a plan part.
private let outline: Outline = {
  func node(_ id: NodeID, _ a: Int, _ b: Int, role: PartRole = .review, owners: [String] = [], _ children: [Node] = []) -> Node {
    Node(id: id, kind: .item, marker: "", ordinal: nil, level: 1, heading: "", span: SourceSpan(start: a, end: b),
         headingSpan: SourceSpan(start: a, end: a), role: role, owners: owners, children: children)
  }
  return Outline([
    node("一", 0, 100, owners: ["市发改委"], [
      node("一/（一）", 10, 40, [node("一/（一）/一是", 20, 30)]),
      node("一/（二）", 50, 90, owners: ["市商务局"]),
    ]),
    node("二", 100, 120, role: .plan),
  ])
}()

@Test func locatesTheInnermostNodeHoldingAnOffset() {
  #expect(outline.node(containing: 25)?.id == "一/（一）/一是")
  #expect(outline.node(containing: 35)?.id == "一/（一）")  // after the inline item, still in its section
  #expect(outline.node(containing: 45)?.id == "一")  // between the sections
  #expect(outline.node(containing: 110)?.id == "二")
  #expect(outline.node(containing: 130) == nil)
  #expect(outline.role(at: 25) == .review)
  #expect(outline.role(at: 110) == .plan)
  #expect(outline.role(at: 130) == .other)
}

@Test func ownersComeFromTheNearestNodeThatNamesSome() {
  func owners(at offset: Int) -> [String] { outline.index(containing: offset).map { outline.owners(ofNodeAt: $0) } ?? [] }
  #expect(owners(at: 25) == ["市发改委"])
  #expect(owners(at: 60) == ["市商务局"])
  #expect(owners(at: 110) == [])
}

@Test func findsNodesByIdWithTheirParentsAndPath() {
  #expect(outline.nodes.map(\.id) == ["一", "一/（一）", "一/（一）/一是", "一/（二）", "二"])  // pre-order
  #expect(outline.node(id: "一/（二）")?.span == SourceSpan(start: 50, end: 90))
  #expect(outline.node(id: "三") == nil)
  #expect(outline.parent(of: "一/（一）/一是")?.id == "一/（一）")
  #expect(outline.parent(of: "二") == nil)
  #expect(outline.nodes.indices.map { outline.parent(ofNodeAt: $0)?.id } == [nil, "一", "一/（一）", "一", nil])
  #expect(outline.nodes.indices.map { outline.parentIndex(ofNodeAt: $0) } == [nil, 0, 1, 0, nil])
  #expect(outline.path(to: "一/（一）/一是").map(\.id) == ["一", "一/（一）", "一/（一）/一是"])
  #expect(NodeID("一/（一）/一是").parent == "一/（一）")
  #expect(NodeID("一/（一）/一是").components == ["一", "（一）", "一是"])
}

@Test func outlinesCompareByTheirTrees() {
  #expect(outline == Outline(outline.roots))
  #expect(outline != Outline(Array(outline.roots.prefix(1))))
  #expect(Outline().isEmpty)
}
