import Foundation
import Testing

/// One archive with an index, built once for the search tests.
final class SearchFixture: @unchecked Sendable {  // immutable after init
  static let shared = SearchFixture()
  let folder = TemporaryFolder("rk-search")
  let built: Bool
  init() {
    built = (try? makeArchive(in: folder, extensions: ["txt", "docx", "pdf"])) != nil
      && (try? runReportKit(["batch", "in", "--out", "out", "--index", "idx.sqlite", "--quiet"], cwd: folder.url))?.status == 0
  }

  /// The JSON of `search idx.sqlite …`.
  func search(_ args: [String]) throws -> [String: Any] {
    let r = try runReportKit(["search", "idx.sqlite"] + args + ["--format", "json", "--limit", "0"], cwd: folder.url)
    #expect(r.status == 0, "\(r.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
  }
}

@Suite(needsCorpus)
struct BatchSearchTests {
  let f = SearchFixture.shared

  @Test(arguments: ["改革", "就业", "碳达峰", "新质生产力"])
  func findsTwoThreeAndFourCharacterWordsAndMarksThem(query: String) throws {
    try #require(f.built)
    let j = try f.search([query])
    let hits = try #require(j["results"] as? [[String: Any]])
    #expect(j["query"] as? String == query)
    #expect(!hits.isEmpty)
    #expect(j["total"] as? Int == hits.count)
    for h in hits.prefix(50) {
      let s = try #require(h["snippet"] as? [String: Any])
      let text = Array((s["text"] as? String ?? "").unicodeScalars)
      let a = try #require(s["start"] as? Int)
      let b = try #require(s["end"] as? Int)
      #expect(String(String.UnicodeScalarView(text[a..<b])) == query)
    }
    // Best first.
    let scores = hits.compactMap { $0["score"] as? Double }
    #expect(scores == scores.sorted(by: >))
  }

  @Test func aSpanIndexesTheDocumentTextOfTheJSON() throws {
    try #require(f.built)
    let hit = try #require((try f.search(["碳达峰"])["results"] as? [[String: Any]])?.first)
    let doc = try #require(hit["document"] as? [String: Any])
    let path = try #require(doc["path"] as? String)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: f.folder.url.appendingPathComponent("out/\(path.dropFirst(3)).json"))) as? [String: Any]
    let d = try #require((json?["documents"] as? [[String: Any]])?.first { $0["id"] as? String == doc["id"] as? String })
    let span = try #require(hit["span"] as? [String: Int])
    let text = Array((d["text"] as? String ?? "").unicodeScalars)
    #expect(String(String.UnicodeScalarView(text[span["start"]!..<span["end"]!])) == "碳达峰")
  }

  @Test func yearAndRegionFiltersGiveAProperSubset() throws {
    try #require(f.built)
    let all = try #require(try f.search(["新质生产力"])["results"] as? [[String: Any]])
    let some = try #require(try f.search(["新质生产力", "--region", "广东省", "--year", "2025"])["results"] as? [[String: Any]])
    #expect(!some.isEmpty && some.count < all.count)
    for h in some {
      let d = try #require(h["document"] as? [String: Any])
      #expect(d["year"] as? Int == 2025)
      #expect((d["region"] as? String)?.hasPrefix("广东") == true)
    }
    // A region prefix finds the same documents.
    let prefix = try #require(try f.search(["新质生产力", "--region", "广东", "--year", "2025"])["results"] as? [[String: Any]])
    #expect(prefix.count == some.count)
    let national = try #require(try f.search(["就业", "--level", "national"])["results"] as? [[String: Any]])
    #expect(!national.isEmpty && national.allSatisfy { ($0["document"] as? [String: Any])?["level"] as? String == "national" })
  }

  @Test func oneCharacterQueriesScanTheText() throws {
    try #require(f.built)
    let hits = try #require(try f.search(["碳"])["results"] as? [[String: Any]])
    let pairs = try #require(try f.search(["碳达峰"])["results"] as? [[String: Any]])
    #expect(hits.count > pairs.count)
    #expect(hits.allSatisfy { $0["score"] is NSNull })
  }

  @Test func figureAndTargetHitsCarryValueUnitAndMetric() throws {
    try #require(f.built)
    for kind in ["figure", "target"] {
      let hits = try #require(try f.search(["就业", "--kind", kind])["results"] as? [[String: Any]])
      #expect(!hits.isEmpty)
      for h in hits.prefix(20) {
        #expect(h["kind"] as? String == kind)
        #expect(h["value"] is NSNumber && h["unit"] is String)
        #expect((h["snippet"] as? [String: Any])?["text"] as? String != nil)
      }
    }
  }

  @Test func textFormatMarksTheMatch() throws {
    try #require(f.built)
    let r = try runReportKit(["search", "idx.sqlite", "碳达峰", "--limit", "2"], cwd: f.folder.url)
    #expect(r.status == 0)
    let text = String(decoding: r.stdout, as: UTF8.self)
    #expect(text.contains("【碳达峰】"))
    #expect(text.hasSuffix(" hits for 碳达峰\n"))
  }

  @Test func aMissingIndexIsOneLineAndExitOne() throws {
    let r = try runReportKit(["search", "/nonexistent/idx.sqlite", "改革"], cwd: repositoryRoot)
    #expect(r.status == 1)
    #expect(r.stderr == "/nonexistent/idx.sqlite: error: no such index file (make one with reportkit batch … --index FILE)\n")
  }
}
