import Foundation
import Testing
import ReportKit
@testable import ReportKitIndex

/// A report written to a fresh index and searched back.
struct IndexRoundTripTests {
  private func index(_ text: String, path: String = "province/广东省/2025.txt") throws -> (TemporaryIndex, IndexWriter) {
    let t = TemporaryIndex()
    let w = try IndexWriter(path: t.path)
    let report = try Pipeline().extract(data: Data(text.utf8), path: path)
    try w.replace(IndexEntry(report: report, relativePath: path, rules: "r"))
    try w.commit()
    return (t, w)
  }

  private let text = "各位代表：\n一、2024年工作回顾\n城镇新增就业120万人。\n二、2025年工作安排\n（一）促进就业。城镇新增就业110万人以上。\n"

  @Test func twoCharacterWordsAreFoundAndMarked() throws {
    let (t, _) = try index(text)
    let r = try IndexSearcher(path: t.path).search(SearchQuery(text: "就业"))
    // 就业 stands on two lines (passages): 城镇新增就业120万人, and 促进就业 with 城镇新增就业110万人以上.
    #expect(r.total == 2)
    #expect(r.hits.allSatisfy { $0.snippet.marked.contains("【就业】") })
    #expect(r.hits.first?.document.level == "province")
  }

  @Test func targetsOfAPlanPartCarryTheirValue() throws {
    let (t, _) = try index(text)
    let r = try IndexSearcher(path: t.path).search(SearchQuery(text: "新增就业", kind: .target))
    let hit = try #require(r.hits.first)
    #expect(hit.record?.value == "1100000")
    #expect(hit.record?.unit == "人")
    #expect(hit.record?.comparator == "floor")
  }

  @Test func replacingASourceLeavesOneCopy() throws {
    let (t, w) = try index(text)
    let again = try Pipeline().extract(data: Data(text.replacingOccurrences(of: "促进就业", with: "稳定岗位").utf8), path: "p")
    try w.replace(IndexEntry(report: again, relativePath: "province/广东省/2025.txt", rules: "r"))
    try w.commit()
    let s = try IndexSearcher(path: t.path)
    #expect(try s.search(SearchQuery(text: "促进")).total == 0)
    #expect(try s.search(SearchQuery(text: "稳定岗位")).total == 1)
    #expect(try w.indexedSources().count == 1)
  }

  @Test func aFileThatIsNoIndexIsRefused() throws {
    let t = TemporaryIndex()
    try Data("not sqlite".utf8).write(to: URL(fileURLWithPath: t.path))
    #expect(throws: IndexError.self) { try IndexWriter(path: t.path) }
  }
}

/// A path for an index file in a fresh temporary folder.
final class TemporaryIndex {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rk-index-\(UUID().uuidString)")
  var path: String { folder.appendingPathComponent("idx.sqlite").path }
  init() { try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
  deinit { try? FileManager.default.removeItem(at: folder) }
}
