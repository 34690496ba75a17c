import Testing
@testable import ReportKit

/// 一 [0,100) holding （一） [10,40) with 一是 [20,30), and （二） [50,90); 二 [100,120); text ends at 130.
private let outline: Outline = {
  func node(_ id: NodeID, _ a: Int, _ b: Int, _ children: [Node] = []) -> Node {
    Node(id: id, kind: .item, marker: "", ordinal: nil, level: 1, heading: "", span: SourceSpan(start: a, end: b),
         headingSpan: SourceSpan(start: a, end: a), role: .other, owners: [], children: children)
  }
  return Outline([
    node("一", 0, 100, [node("一/（一）", 10, 40, [node("一/（一）/一是", 20, 30)]), node("一/（二）", 50, 90)]),
    node("二", 100, 120),
  ])
}()

@Test func aNodeCursorFindsWhatTheOutlineFindsForGrowingOffsets() {
  var cursor = NodeCursor()
  for offset in 0..<130 {
    #expect(cursor.index(containing: offset, in: outline) == outline.index(containing: offset), "offset \(offset)")
  }
  // Offsets may repeat and skip ahead.
  var sparse = NodeCursor()
  for offset in [0, 0, 25, 25, 45, 95, 110, 125] {
    #expect(sparse.index(containing: offset, in: outline) == outline.index(containing: offset), "offset \(offset)")
  }
}

@Test func aSentenceCursorFindsWhatTheIndexFindsForGrowingOffsets() {
  // 「今年增长5%。明年\n再增长6%；后年7%」: two sentences on the first line, two on the second.
  let s = "今年增长5%。明年\n再增长6%；后年7%".scalarValues
  var index = TextIndex(s)
  index.adopt(
    sentences: [SourceSpan(start: 0, end: 7), SourceSpan(start: 7, end: 9), SourceSpan(start: 10, end: 16),
      SourceSpan(start: 16, end: 20)],
    lineStarts: [0, 10])
  var cursor = 0
  for offset in 0..<s.count {
    #expect(index.sentence(containing: offset, cursor: &cursor) == index.sentence(containing: offset), "offset \(offset)")
  }
}
