import Foundation
import Testing
@testable import ReportKit

/// The reports of ../shared/corpus-external as research data sets store them: one cell, the paragraphs joined
/// by spaces. They must read like the originals.
@Suite(.enabled(if: Paths.externalCorpus != nil, "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)"))
struct OneLineCorpusTests {
  /// Reports whose own lines hold breaks or blanks that no reader of a joined line can tell from the joins:
  /// the rest of their reading must still agree. 四川 2026 breaks lines around a bold 「揭榜」, 广东 2026 around
  /// 「2.5」 of PM2.5 and 「主要预期目标」, 河南 2025 ends a paragraph without punctuation.
  static let ownBreaks = ["province/四川省/2026.txt", "province/广东省/2026.txt", "province/河南省/2025.txt"]
  /// With single spaces, also those whose lines hold single blanks between words or sentences (陕西 2026's
  /// 「…会议上 陕西省省长 赵刚」, 青海 2025's 「第十四届 人民代表大会」, 海拉尔 2013's 「。 进一步」, 西藏 2026's 「（紧接第一版） 我们」), or a
  /// break
  /// before a Latin word (海南 2026's 「ESI：」 / 「Essential…」). With single
  /// spaces 广东 2026's 「附件2」 / 「名词解释」 reads as 广东 2025's one line 「附件2 名词解释」: one annex, not two.
  static let ownBlanks = ownBreaks + [
    "province/陕西省/2026.txt", "province/青海省/2025.txt", "province/西藏自治区/2026.txt", "province/海南省/2026.txt",
    "district/呼伦贝尔市海拉尔区/2013.txt",
  ]

  static func joined(_ url: URL, by separator: String) throws -> Report {
    let text = try String(contentsOf: url, encoding: .utf8)
    let one = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      .joined(separator: separator)
    return try Pipeline().extract(data: Data(one.utf8), path: url.path)
  }

  static func name(_ url: URL) -> String { url.pathComponents.suffix(3).joined(separator: "/") }

  static func tops(_ r: Report) -> [String] { r.documents.flatMap { $0.outline.roots.map { "\($0.marker) \($0.kind)" } } }

  func check(separator: String, exceptions: [String]) throws {
    for url in Paths.externalReports {
      let name = OneLineCorpusTests.name(url)
      let original = try Pipeline().extract(path: url.path)
      let one = try OneLineCorpusTests.joined(url, by: separator)
      // Everywhere the same year; but for the reports with breaks of their own, the same top level.
      #expect(one.documents.map(\.year) == original.documents.map(\.year), "\(name): year")
      if !OneLineCorpusTests.ownBreaks.contains(name) || separator.count > 1 {
        #expect(OneLineCorpusTests.tops(one) == OneLineCorpusTests.tops(original), "\(name): top level")
      }
      guard !exceptions.contains(name) else { continue }
      // Elsewhere: the same text, so the same outline, year and extractions, offsets and all.
      #expect(one.documents.count == original.documents.count, "\(name): documents")
      for (a, b) in zip(one.documents, original.documents) {
        #expect(a.text == b.text, "\(name): text")
        #expect(LayoutSampleTests.reading(a) == LayoutSampleTests.reading(b), "\(name): reading")
        #expect(a.diagnostics.contains { $0.id == .layoutRebuilt }, "\(name): note")
      }
    }
  }

  @Test func reportsJoinedByTwoSpacesReadLikeTheOriginals() throws {
    try check(separator: "  ", exceptions: OneLineCorpusTests.ownBreaks)
  }

  @Test func reportsJoinedBySingleSpacesReadLikeTheOriginals() throws {
    try check(separator: " ", exceptions: OneLineCorpusTests.ownBlanks)
  }

  @Test func reportsJoinedByEmSpaceIndentsReadLikeTheOriginals() throws {
    try check(separator: "  \u{2003}\u{2003}", exceptions: OneLineCorpusTests.ownBreaks)
  }
}
