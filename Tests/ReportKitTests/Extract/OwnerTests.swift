import Testing
@testable import ReportKit

/// Responsible units (owners) named in the text.
@Suite struct OwnerTests {
  private func owners(_ text: String) -> [[String]] {
    OwnerScanner(rules: RuleSet.builtin.compiled).scan(text.scalarValues).map(\.units)
  }

  @Test(arguments: [
    // Real lines: the Anhui action plan and the Baotou assessment scheme.
    ("企业级工业互联网平台省级给予一次性奖补100万元。（责任单位：省经济和信息化厅、省财政厅）", [["省经济和信息化厅", "省财政厅"]]),
    ("并接入“蒙速办”（5月底完成，牵头考核单位：市审批服务局）", [["市审批服务局"]]),
    ("平台整合、数据共享。（持续优化，牵头考核单位：市住建局、审批服务局）", [["市住建局", "审批服务局"]]),
    ("（6月底完成，牵头考核单位：市政府办公室、市公安局）", [["市政府办公室", "市公安局"]]),
    ("（持续推进，牵头考核单位：市财政局、市发改委、市政府金融办）", [["市财政局", "市发改委", "市政府金融办"]]),
    // Labels on their own line, and brackets closed by a marker.
    ("牵头单位：市发展改革委", [["市发展改革委"]]),
    ("牵头单位：市发展改革委；责任单位：市财政局、市商务局", [["市发展改革委"], ["市财政局", "市商务局"]]),
    ("推进数字政府建设（市大数据局负责）。", [["市大数据局"]]),
    ("（省发展改革委牵头，省财政厅等按职责分工负责）", [["省发展改革委", "省财政厅"]]),
    ("（市委组织部、市人社局牵头）", [["市委组织部", "市人社局"]]),
  ])
  func found(text: String, expected: [[String]]) {
    #expect(owners(text) == expected)
  }

  @Test(arguments: [
    "（由专人负责）", "各牵头考核单位对各旗县区承担的重点任务进行考评", "（包括牵头单位自身）", "主要领导兼任负责人",
    "（0.5分）", "牵头单位：待定",
  ])
  func notOwners(text: String) {
    #expect(owners(text) == [])
  }

  @Test func ownersGoOnTheInnermostNodeAndItsTargets() throws {
    let text = "一、重点任务\n1．到2023年，力争新增上云企业1万家。（责任单位：省经济和信息化厅）\n2．推动企业数字化转型。（牵头单位：省发展改革委）"
    var doc = Document(id: "d1", text: text)
    doc.year = 2021
    let s = text.scalarValues
    let lines = s.indices.filter { s[$0] == 0x0A }
    let item1 = SourceSpan(start: lines[0] + 1, end: lines[1])
    let item2 = SourceSpan(start: lines[1] + 1, end: s.count)
    doc.outline = Outline([
      Node(id: "一", kind: .part, marker: "一、", ordinal: 1, level: 1, heading: "重点任务",
        span: SourceSpan(start: 0, end: s.count), headingSpan: SourceSpan(start: 0, end: 6), role: .plan,
        children: [
          Node(id: "一/1", kind: .item, marker: "1．", ordinal: 1, level: 2, heading: "", span: item1, headingSpan: item1, role: .plan),
          Node(id: "一/2", kind: .item, marker: "2．", ordinal: 2, level: 2, heading: "", span: item2, headingSpan: item2, role: .plan),
        ])
    ])
    ExtractSupport.extractor.extract(&doc)
    #expect(doc.outline.roots[0].owners == [])
    #expect(doc.outline.roots[0].children.map(\.owners) == [["省经济和信息化厅"], ["省发展改革委"]])
    let t = try #require(doc.targets.first)
    #expect(t.nodeId == "一/1")
    #expect(t.owners == ["省经济和信息化厅"])
    #expect(t.value == ExactDecimal(10000))
  }

  @Test func ownersInheritFromTheParentNode() throws {
    let text = "（一）工业互联网（省经济和信息化厅负责）\n到2023年，力争新增上云企业1万家。"
    var doc = Document(id: "d1", text: text)
    doc.year = 2021
    let s = text.scalarValues
    doc.outline = Outline([
      Node(id: "（一）", kind: .section, marker: "（一）", ordinal: 1, level: 1, heading: "工业互联网",
        span: SourceSpan(start: 0, end: s.count), headingSpan: SourceSpan(start: 0, end: 20), role: .plan)
    ])
    ExtractSupport.extractor.extract(&doc)
    let t = try #require(doc.targets.first)
    #expect(t.owners == ["省经济和信息化厅"])
  }
}
