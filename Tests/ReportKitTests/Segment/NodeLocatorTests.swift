import Testing
@testable import ReportKit

@Test func locatesTheInnermostNodeAndInheritsOwners() {
  func node(_ id: String, _ a: Int, _ b: Int, owners: [String] = [], _ children: [Node] = []) -> Node {
    Node(id: id, kind: .item, marker: "", ordinal: nil, level: 1, heading: "", span: SourceSpan(start: a, end: b),
         headingSpan: SourceSpan(start: a, end: a), role: .plan, owners: owners, children: children)
  }
  // 一 [0,100) owned by 市发改委, holding （一） [10,40) with 一是 [20,30), and （二） [50,90) owned by 市商务局.
  let outline = [
    node("一", 0, 100, owners: ["市发改委"], [
      node("一/（一）", 10, 40, [node("一/（一）/一是", 20, 30)]),
      node("一/（二）", 50, 90, owners: ["市商务局"]),
    ]),
    node("二", 100, 120),
  ]
  let l = NodeLocator(outline: outline)
  #expect(l.node(containing: 25)?.id == "一/（一）/一是")
  #expect(l.node(containing: 35)?.id == "一/（一）")  // after the inline item, still in its section
  #expect(l.node(containing: 45)?.id == "一")  // between the sections
  #expect(l.node(containing: 25)?.owners == ["市发改委"])
  #expect(l.node(containing: 60)?.owners == ["市商务局"])
  #expect(l.node(containing: 110)?.id == "二")
  #expect(l.node(containing: 110)?.owners == [])
  #expect(l.node(containing: 130) == nil)
}
