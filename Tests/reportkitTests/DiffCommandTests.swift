import Foundation
import Testing
@testable import reportkit

@Test func parsesDiffOptions() throws {
  let c = try DiffCommand.parse(["a.txt", "b.docx", "--format", "html", "-o", "out.html", "--quiet"])
  #expect(c.old == "a.txt" && c.new == "b.docx")
  #expect(c.format == .html)
  #expect(c.output.output == "out.html")
  #expect(c.output.quiet)
  #expect(try DiffCommand.parse(["a", "b"]).effectiveFormat == .text)
  #expect(try DiffCommand.parse(["a", "b", "-o", "x.json"]).effectiveFormat == .json)
  #expect(try DiffCommand.parse(["a", "b", "-o", "x.htm"]).effectiveFormat == .html)
}

@Test(arguments: [["a.txt"], ["a.txt", "b.txt", "--format", "xml"], ["-", "-"], ["a", "b", "c"]])
func rejectsBadDiffOptions(args: [String]) {
  #expect(throws: (any Error).self) { try DiffCommand.parse(args) }
}

/// End-to-end runs of `reportkit diff` on the seed and on small files written here.
@Suite struct DiffCommandRuns {
  /// The suite's files, removed with it.
  let folder = TemporaryFolder("rk-diff-cli")
  var dir: URL { folder.url }

  private func write(_ name: String, _ text: String) throws -> String {
    let path = folder.path(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  private static let old = "政府工作报告\n——2024年3月5日在人民代表大会上\n一、2024年工作任务\n（一）大力提振消费，全方位扩大国内需求。\n（二）因地制宜发展新质生产力，加快建设现代化产业体系。\n"
  private static let new = "政府工作报告\n——2025年3月5日在人民代表大会上\n一、2025年工作任务\n（一）稳住楼市股市，防范化解重点领域风险。\n（二）大力提振消费，全方位扩大国内需求。\n（三）因地制宜发展新质生产力，加快建设现代化产业体系。\n"

  @Test func theSameFileTwiceHasNoChanges() throws {
    let r = try runReportKit(["diff", "Corpus/seed/000_d5cbc6d95d43ea27.txt", "Corpus/seed/000_d5cbc6d95d43ea27.txt", "--format", "json", "--quiet"], cwd: repositoryRoot)
    #expect(r.status == 0)
    let j = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    #expect((j["changes"] as? [Any])?.isEmpty == true)
    #expect((j["targetChanges"] as? [Any])?.isEmpty == true)
    let notes = (j["notes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    // The seed holds three articles: the first with an outline is compared, and the notes say so.
    #expect(notes.contains("diff.document-chosen"))
    #expect(notes.contains("diff.no-changes"))
  }

  @Test func textIsPlainWhenPipedAndNamesTheChanges() throws {
    let a = try write("old.txt", Self.old), b = try write("new.txt", Self.new)
    let r = try runReportKit(["diff", a, b])
    #expect(r.status == 0)
    let t = String(decoding: r.stdout, as: UTF8.self)
    #expect(!t.contains("\u{1B}["))
    #expect(t.contains("changes: 1 added, 0 removed, 1 changed, 0 moved, 2 renumbered"))
    #expect(t.contains("{++ added+} 一/（一）"))
    #expect(t.contains("# renumbered 一/（一） → 一/（二）"))
    #expect(t.contains("202[-4-]{+5+}年工作任务"))
  }

  @Test func outputFileExtensionPicksHTML() throws {
    let a = try write("old.txt", Self.old), b = try write("new.txt", Self.new)
    let out = dir.appendingPathComponent("diff.html").path
    let r = try runReportKit(["diff", a, b, "-o", out])
    #expect(r.status == 0)
    let h = try String(contentsOfFile: out, encoding: .utf8)
    #expect(h.hasPrefix("<!DOCTYPE html>"))
    #expect(h.contains("稳住楼市股市"))
  }

  @Test func yearsGoingBackwardsAreNoted() throws {
    let a = try write("old.txt", Self.old), b = try write("new.txt", Self.new)
    let r = try runReportKit(["diff", b, a, "--format", "json"])
    #expect(r.status == 0)
    let j = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    let notes = (j["notes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(notes.contains("diff.years-backwards"))
    let text = String(decoding: try runReportKit(["diff", b, a]).stdout, as: UTF8.self)
    #expect(text.contains("note: the years go backwards: the old document is of 2025, the new one of 2024"))
  }

  @Test func unreadableInputsExitOneAndNameEveryFile() throws {
    let a = try write("old.txt", Self.old)
    let empty = try write("empty.txt", "")
    let missing = dir.appendingPathComponent("missing.txt").path
    let r = try runReportKit(["diff", missing, empty])
    #expect(r.status == 1)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("\(missing): error: no such file"))
    #expect(r.stderr.contains("\(empty): error:"))
    let r2 = try runReportKit(["diff", a, missing, "-o", dir.appendingPathComponent("x.json").path])
    #expect(r2.status == 1)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.json").path))
  }

  @Test func usageErrorsExitTwo() throws {
    let a = try write("old.txt", Self.old)
    #expect(try runReportKit(["diff", a]).status == 2)
    #expect(try runReportKit(["diff", a, a, "--format", "xml"]).status == 2)
  }
}
