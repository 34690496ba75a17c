import Foundation
import Testing
@testable import ReportKit

/// The three views of a diff: JSON held to its schema, the terminal text (plain and coloured), and the HTML page
/// rendered by a real browser.
@Suite struct DiffOutputTests {
  typealias S = DiffSupport

  static let schema = try! JSONSchema(
    contentsOf: Paths.repo.appendingPathComponent("Sources/ReportKit/Output/Schemas/diff.schema.json"))

  /// A pair with every kind of change and of target change: a renumbered section, a changed one, an added one,
  /// a moved one, a lowered and an added headline target, a raised body target.
  static let sample = makeSample()

  static func makeSample() -> DocumentDiff {
    let new = "国内生产总值增长4.5%—5%；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；居民收入增长和经济增长同步；粮食产量1.3万亿斤以上；国际收支保持基本平衡"
    return S.diff(
      S.report(
        year: 2024, headline: S.headline2024,
        sections: [S.consumption + "安排中央预算内投资7000亿元。", S.industry, S.education, S.reform]),
      S.report(
        year: 2025, headline: new,
        sections: [S.housing, S.consumption + "安排中央预算内投资7350亿元。", S.reform, S.industry, S.education + "办好人民满意的教育。"]))
  }

  private func json(_ d: DocumentDiff) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(DiffJSON.encode(d))) as? [String: Any])
  }

  @Test func sampleHasWhatItShouldShow() {
    let d = DiffOutputTests.sample
    #expect(d.count(.added) == 1)
    #expect(d.count(.changed) >= 3)  // the parts (their years) and the edited sections
    #expect(d.count(.renumbered) >= 1)
    #expect(d.count(.moved) == 1)
    #expect(Set(d.targetChanges.map(\.direction)) == [.lowered, .added, .raised])
  }

  @Test func jsonConformsToTheSchema() throws {
    #expect(DiffOutputTests.schema.problems(try json(DiffOutputTests.sample)) == [])
    #expect(DiffOutputTests.schema.problems(try json(S.diff("第一段。\n", "第一段。\n"))) == [])
  }

  @Test func jsonKeepsTheContractNames() throws {
    let j = try json(DiffOutputTests.sample)
    #expect(j["schemaVersion"] as? Int == 1)
    let changes = try #require(j["changes"] as? [[String: Any]])
    for c in changes {
      #expect(["added", "removed", "changed", "moved", "renumbered"].contains(c["kind"] as? String ?? ""))
      for side in ["old", "new"] {
        if let n = c[side] as? [String: Any] { #expect(n["nodeId"] is String && n["text"] is String) }
      }
      for t in c["targetChanges"] as? [[String: Any]] ?? [] { #expect(t["metric"] is String) }
    }
    let added = try #require(changes.first { $0["kind"] as? String == "added" })
    #expect(added["old"] is NSNull)
  }

  @Test func theValidatorCatchesARenamedField() throws {
    var j = try json(DiffOutputTests.sample)
    var changes = j["changes"] as! [[String: Any]]
    changes[0]["type"] = changes[0].removeValue(forKey: "kind")
    j["changes"] = changes
    let problems = DiffOutputTests.schema.problems(j)
    #expect(problems.contains("$.changes[0]: no kind"))
    #expect(problems.contains("$.changes[0]: unexpected type"))
  }

  @Test func jsonIsTheSameOnEveryRun() {
    #expect(DiffJSON.encode(DiffOutputTests.makeSample()) == DiffJSON.encode(DiffOutputTests.sample))
  }

  @Test func plainTextMarksEditsWithBrackets() {
    let t = DiffText.render(DiffOutputTests.sample, colored: false)
    #expect(!t.contains("\u{1B}"))
    #expect(t.contains("Summary\n  changes: 1 added, "))
    #expect(t.contains("[headline] 居民消费价格涨幅: [-3% (about)-] → {+2% (about)+}, lowered (-1个百分点)"))
    #expect(t.contains("{+办好人民满意的教育。+}"))
    // The summary comes before the changes.
    #expect(t.range(of: "Summary")!.lowerBound < t.range(of: "Changes")!.lowerBound)
  }

  @Test func deltasReadInTheFiguresMagnitude() {
    let t = DiffText.render(DiffOutputTests.sample, colored: false)
    // 7000亿元 → 7350亿元 is +350亿元, 5%左右 → 4.5%—5% is half a percentage point down.
    #expect(t.contains("[body] 中央预算内投资: [-7000亿元 (reach)-] → {+7350亿元 (reach)+}, raised (+350亿元)"))
    #expect(t.contains("lowered (-0.5个百分点)"))
  }

  @Test func colouredTextIsRedAndGreen() {
    let t = DiffText.render(DiffOutputTests.sample, colored: true)
    #expect(t.contains("\u{1B}[31m3% (about)\u{1B}[0m"))
    #expect(t.contains("\u{1B}[32m2% (about)\u{1B}[0m"))
    #expect(!t.contains("{+"))
  }

  @Test func htmlIsOnePageWithTheTargetTableFirst() {
    let h = DiffHTML.render(DiffOutputTests.sample)
    #expect(h.hasPrefix("<!DOCTYPE html>"))
    #expect(!h.contains("<script") && !h.contains("http://") && !h.contains("https://") && !h.contains("<link"))
    let table = h.range(of: "id=\"target-changes\"")!.lowerBound
    #expect(table < h.range(of: "id=\"changes\"")!.lowerBound)
    #expect(h.contains("<ins>办好人民满意的教育。</ins>"))
    #expect(h.contains("<td>居民消费价格涨幅</td><td><del>3% (about)</del></td><td><ins>2% (about)</ins></td>"))
    #expect(DiffHTML.esc("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;")
  }

  @Test(.enabled(if: Browser.path != nil, Browser.missing))
  func htmlLoadsInABrowserAndShowsTheTargetTable() throws {
    let run = try Browser.dumpDOM(DiffHTML.render(DiffOutputTests.sample))
    #expect(run.status == 0)
    let dom = run.stdout
    // The parsed document, not the file: the table and its rows made it through the browser's parser.
    #expect(dom.contains("<table id=\"target-changes\" class=\"targets\">"))
    #expect(dom.contains("<td>居民消费价格涨幅</td>"))
    #expect(dom.contains("<ins>办好人民满意的教育。</ins>"))
    #expect(dom.contains("</html>"))
  }
}
