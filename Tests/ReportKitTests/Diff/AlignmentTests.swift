import Foundation
import Testing
@testable import ReportKit

/// Hand-made pairs of reports: renumbering, moves, splits, merges and edits, each with its changes worked out by hand.
/// Both sides share one year, so that the part headings stay the same and only the tasks differ.
@Suite struct AlignmentTests {
  typealias S = DiffSupport

  private func pair(_ old: [String], _ new: [String]) -> DocumentDiff {
    S.diff(
      S.report(year: 2025, headline: S.headline2024, sections: old),
      S.report(year: 2025, headline: S.headline2024, sections: new))
  }

  @Test func theSameTextGivesNoChangeAndSaysSo() {
    let d = pair([S.consumption, S.industry], [S.consumption, S.industry])
    #expect(d.changes.isEmpty)
    #expect(d.targetChanges.isEmpty)
    #expect(d.notes.map(\.id) == [.diffNoChanges])
  }

  @Test func aSectionInsertedFirstRenumbersTheOthers() {
    // 住房 comes in as （一）; 消费, 产业, 教育 keep their texts under （二）（三）（四）.
    let d = pair([S.consumption, S.industry, S.education], [S.housing, S.consumption, S.industry, S.education])
    let kinds = d.changes.map { "\($0.kind.rawValue) \(DiffWords.ids($0))" }
    #expect(
      kinds == [
        "added 三/（一）", "renumbered 三/（一） → 三/（二）", "renumbered 三/（二） → 三/（三）", "renumbered 三/（三） → 三/（四）",
      ])
    #expect(d.changes.allSatisfy { $0.also.isEmpty })
  }

  @Test func aSectionRemovedRenumbersTheRest() {
    let d = pair([S.consumption, S.industry, S.education], [S.consumption, S.education])
    let kinds = d.changes.map { "\($0.kind.rawValue) \(DiffWords.ids($0))" }
    // The removed node stands where it stood: after its old neighbour's new place.
    #expect(kinds == ["removed 三/（二）", "renumbered 三/（三） → 三/（二）"])
  }

  @Test func twoSectionsSwappedReadAsOneMove() {
    // 消费 产业 教育 → 消费 教育 产业: the longest run in the old order (消费, 产业) stays, so 教育 moved, and
    // 产业 is only renumbered.
    let d = pair([S.consumption, S.industry, S.education], [S.consumption, S.education, S.industry])
    let education = try! #require(S.change(d, new: "三/（二）"))
    #expect(education.kind == .moved)
    #expect(education.old?.nodeId == "三/（三）")
    #expect(education.also == [.renumbered])
    let industry = try! #require(S.change(d, new: "三/（三）"))
    #expect(industry.kind == .renumbered)
    #expect(industry.old?.nodeId == "三/（二）")
    #expect(d.changes.count == 2)
  }

  @Test func aSectionMovedToAnotherPartIsMoved() {
    // 产业 leaves part 三 for part 二, where it becomes （一）; 教育 follows it up in part 三.
    let old = S.report(year: 2025, headline: S.headline2024, sections: [S.consumption, S.industry, S.education])
    let new = S.report(year: 2025, headline: S.headline2024, sections: [S.consumption, S.education])
      .replacingOccurrences(of: "。\n三、", with: "。\n（一）\(S.industry)\n三、")
    let d = S.diff(old, new)
    let industry = try! #require(S.change(d, new: "二/（一）"))
    #expect(industry.kind == .moved)
    #expect(industry.old?.nodeId == "三/（二）")
    #expect(industry.also == [.renumbered])
    let education = try! #require(S.change(d, new: "三/（二）"))
    #expect(education.kind == .renumbered)
    #expect(d.changes.count == 2)
  }

  @Test func aSectionSplitInTwoIsChangedAndSplitFrom() {
    // Old （一） holds 消费 and 产业; new （一） is 消费 and new （二） is 产业. Old （一）'s heading is 消费's, so 消费
    // is its best match; 产业 is split from it; 教育 moves down one number.
    let d = pair([S.consumption + S.industry, S.education], [S.consumption, S.industry, S.education])
    let main = try! #require(S.change(d, new: "三/（一）"))
    #expect(main.kind == .changed)
    #expect(main.old?.nodeId == "三/（一）")
    #expect(main.splitFrom == nil)
    #expect(S.edits(main).deleted == [S.industry])
    let split = try! #require(S.change(d, new: "三/（二）"))
    #expect(split.kind == .changed)
    #expect(split.splitFrom == "三/（一）")
    #expect(split.old?.nodeId == "三/（一）")
    let education = try! #require(S.change(d, new: "三/（三）"))
    #expect(education.kind == .renumbered)
    #expect(d.count(.added) == 0 && d.count(.removed) == 0)
  }

  @Test func twoSectionsMergedIntoOneIsChangedAndMergedInto() {
    // The reverse: 消费 and 产业 become one （一） under 消费's heading; 产业 is merged into it.
    let d = pair([S.consumption, S.industry, S.education], [S.consumption + S.industry, S.education])
    let main = try! #require(S.change(d, old: "三/（一）"))
    #expect(main.kind == .changed)
    #expect(main.new?.nodeId == "三/（一）")
    #expect(S.edits(main).inserted == [S.industry])
    let merged = try! #require(d.changes.first { $0.old?.nodeId == "三/（二）" })
    #expect(merged.kind == .changed)
    #expect(merged.mergedInto == "三/（一）")
    let education = try! #require(S.change(d, new: "三/（二）"))
    #expect(education.kind == .renumbered)
    #expect(d.count(.added) == 0 && d.count(.removed) == 0)
  }

  @Test func aReworderSectionShowsTheWordsThatChanged() {
    // 促进民营经济健康发展 → 促进民营经济健康高质量发展, and 推进 → 加快推进 in the section after it.
    let reform2 = S.reform.replacingOccurrences(of: "健康发展", with: "健康高质量发展")
    let opening2 = S.opening.replacingOccurrences(of: "推动进出口", with: "加快推动进出口")
    let d = pair([S.reform, S.opening], [reform2, opening2])
    #expect(d.changes.count == 2)
    let a = try! #require(S.change(d, new: "三/（一）"))
    #expect(a.kind == .changed)
    #expect(S.edits(a).inserted == ["高质量"])
    #expect(S.edits(a).deleted == [])
    #expect((a.similarity ?? 0) > 0.95)
    let b = try! #require(S.change(d, new: "三/（二）"))
    #expect(S.edits(b).inserted == ["加快"])
    // The pieces rebuild both texts.
    let oldText = a.pieces.filter { $0.operation != .insert }.flatMap(\.text)
    let newText = a.pieces.filter { $0.operation != .delete }.flatMap(\.text)
    #expect(String(scalarValues: oldText) == a.old?.text)
    #expect(String(scalarValues: newText) == a.new?.text)
  }

  @Test func aNewAndADroppedTaskAreAddedAndRemoved() {
    let d = pair([S.consumption, S.reform], [S.consumption, S.opening])
    #expect(d.changes.map { "\($0.kind.rawValue) \(DiffWords.ids($0))" } == ["removed 三/（二）", "added 三/（二）"])
  }

  @Test func longestIncreasingRunKeepsTheMostNodesInPlace() {
    #expect(OutlineAligner.longestIncreasing([0, 2, 1]) == [0, 2])
    #expect(OutlineAligner.longestIncreasing([3, 0, 1, 2]) == [1, 2, 3])
    #expect(OutlineAligner.longestIncreasing([]) == [])
  }

  @Test func ownTextLeavesOutTheMarkerAndTheChildren() {
    let doc = S.document("一、总体要求\n今年要稳中求进。\n（一）扩大内需。\n要扩大消费。\n（二）发展产业。\n")
    let units = AlignUnits(doc)
    #expect(units.count == 3)
    #expect(String(scalarValues: units[0].text) == "总体要求\n今年要稳中求进。")
    #expect(String(scalarValues: units[1].text) == "扩大内需。\n要扩大消费。")
    #expect(units[0].children == [1, 2])
  }

  @Test func aDocumentWithoutOutlineIsComparedByParagraph() {
    let d = S.diff("第一段讲扩大内需和提振消费。\n第二段讲发展新质生产力。\n", "第一段讲扩大内需和提振消费。\n第二段讲发展新质生产力和未来产业。\n")
    #expect(d.notes.map(\.id).contains(.diffNoOutline))
    #expect(d.changes.map { "\($0.kind.rawValue) \(DiffWords.ids($0))" } == ["changed ¶2"])
  }
}
