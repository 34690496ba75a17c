import Foundation
import Testing
@testable import reportkit

@Test func parsesCheckOptions() throws {
  let c = try CheckCommand.parse(["plan.txt", "2026.txt", "bulletin.txt", "--plan-year", "2025", "-o", "out.html", "--quiet"])
  #expect(c.plan == "plan.txt" && c.progress == ["2026.txt", "bulletin.txt"])
  #expect(c.planYear == 2025)
  #expect(c.effectiveFormat == .html)
  #expect(c.output.quiet)
  #expect(try CheckCommand.parse(["a", "b"]).effectiveFormat == .json)
  #expect(try CheckCommand.parse(["a", "b", "-o", "x.md"]).effectiveFormat == .markdown)
  #expect(try CheckCommand.parse(["a", "b", "-o", "x.json"]).effectiveFormat == .json)
  #expect(try CheckCommand.parse(["a", "b", "-o", "x.md", "--format", "html"]).effectiveFormat == .html)
}

@Test(arguments: [["a.txt"], ["a.txt", "b.txt", "--format", "xml"], ["-", "-"], ["a", "b", "--plan-year", "1800"]])
func rejectsBadCheckOptions(args: [String]) {
  #expect(throws: (any Error).self) { try CheckCommand.parse(args) }
}

/// End-to-end runs of `reportkit check` on small reports written here.
@Suite struct CheckCommandRuns {
  /// The suite's files, removed with it.
  let folder = TemporaryFolder("rk-check-cli")
  var dir: URL { folder.url }

  private func write(_ name: String, _ text: String) throws -> String {
    let path = folder.path(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  static let plan = """
    政府工作报告
    ——2025年1月15日在某省人民代表大会上
    各位代表：
    一、2024年工作回顾
    过去一年，全省经济运行总体平稳。
    二、2025年工作安排
    今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业60万人以上。

    """

  static let progress = """
    政府工作报告
    ——2026年1月20日在某省人民代表大会上
    各位代表：
    一、2025年工作回顾
    过去一年，全省地区生产总值增长5.2%，城镇新增就业66万人。
    二、2026年工作安排
    今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。

    """

  @Test func checksAPairAsJSON() throws {
    let p = try write("plan.txt", Self.plan), r = try write("progress.txt", Self.progress)
    let run = try runReportKit(["check", p, r])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    let j = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let items = try #require(j["items"] as? [[String: Any]])
    #expect(items.map { $0["status"] as? String } == ["met", "exceeded"])
    #expect((j["progress"] as? [String: Any])?["path"] as? String == r)
  }

  @Test func aMissingProgressFileExitsOneNamingIt() throws {
    let p = try write("plan.txt", Self.plan)
    let run = try runReportKit(["check", p, "missing.txt"], cwd: dir)
    #expect(run.status == 1)
    #expect(run.stderr == "missing.txt: error: no such file\n")
    #expect(run.stdout.isEmpty)
  }

  @Test func anUnreadableProgressFileExitsOneNamingIt() throws {
    let p = try write("plan.txt", Self.plan)
    try Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x9F]).write(to: dir.appendingPathComponent("noise.bin"))
    let run = try runReportKit(["check", p, "noise.bin"], cwd: dir)
    #expect(run.status == 1)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("noise.bin: error: ") == true)
  }

  @Test func everyUnreadableFileIsNamedOnce() throws {
    let p = try write("plan.txt", Self.plan)
    _ = try write("progress.txt", Self.progress)
    let run = try runReportKit(["check", p, "gone.txt", "progress.txt", "lost.txt"], cwd: dir)
    #expect(run.status == 1)
    #expect(run.stderr == "gone.txt: error: no such file\nlost.txt: error: no such file\n")
  }

  @Test func noProgressArgumentIsAUsageError() throws {
    let p = try write("plan.txt", Self.plan)
    let run = try runReportKit(["check", p])
    #expect(run.status == 2)
    #expect(run.stderr.contains("Usage: reportkit check"))
  }

  @Test(arguments: [("out.md", "# 核查 Check："), ("out.html", "<!DOCTYPE html>"), ("out.json", "{\n  \"schemaVersion\": 1,")])
  func outputExtensionPicksTheFormat(name: String, start: String) throws {
    let p = try write("plan.txt", Self.plan), r = try write("progress.txt", Self.progress)
    let out = dir.appendingPathComponent(name).path
    let run = try runReportKit(["check", p, r, "-o", out, "--quiet"])
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty)
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix(start))
  }

  @Test func checkWarningsGoToStandardErrorUnlessQuiet() throws {
    // A 2026 report given as the plan of 2025's review: the progress (2026) describes 2025, not the plan's year.
    let p = try write("plan.txt", Self.progress), r = try write("progress.txt", Self.progress)
    let loud = try runReportKit(["check", p, r])
    #expect(loud.status == 0)
    #expect(loud.stderr == "\(p): warning: \(r) describes 2025, the plan is for 2026; its evidence is still shown [check.other-year]\n")
    #expect(try runReportKit(["check", p, r, "--quiet"]).stderr == "")
    // --plan-year says which year the plan is for: 2025, which the progress describes.
    let given = try runReportKit(["check", p, r, "--plan-year", "2025"])
    #expect(given.status == 0)
    #expect(given.stderr == "")
    let j = try #require(try JSONSerialization.jsonObject(with: given.stdout) as? [String: Any])
    #expect(j["planYear"] as? Int == 2025)
    #expect((j["plan"] as? [String: Any])?["year"] as? Int == 2026)
  }
}
