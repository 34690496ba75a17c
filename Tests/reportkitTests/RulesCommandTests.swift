import Foundation
import Testing

/// The `rules lint` command and `extract --rules`, run as a user would.
@Suite struct RulesCommandTests {
  private func run(_ args: [String], cwd: URL) throws -> (status: Int32, stdout: String, stderr: String) {
    let r = try runReportKit(args, cwd: cwd)
    return (r.status, String(decoding: r.stdout, as: UTF8.self), r.stderr)
  }

  private let repo = repositoryRoot

  private var fixtures: URL { repo.appendingPathComponent("Tests/ReportKitTests/Fixtures/Rules") }

  @Test func lintsTheShippedRules() throws {
    let r = try run(["rules", "lint", "Rules"], cwd: repo)
    #expect(r.status == 0)
    #expect(r.stdout.hasSuffix("rule files ok\n"))
  }

  @Test func lintReportsEveryProblemLocated() throws {
    let r = try run(["rules", "lint", fixtures.appendingPathComponent("bad").path], cwd: repo)
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n")
    // units.yaml line 4 is `  - {name: 吨}`: a unit with no kind.
    #expect(lines.contains { $0.contains("units.yaml:4:") && $0.contains("error:") })
    #expect(lines.allSatisfy { $0.range(of: #"\.yaml:\d+:\d+: error: "#, options: .regularExpression) != nil })
  }

  @Test func extractStopsOnABadRulesFolder() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rk-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try run(["extract", "Corpus/seed/000_d5cbc6d95d43ea27.txt", "--rules", fixtures.appendingPathComponent("syntax").path,
                     "-o", dir.appendingPathComponent("out.json").path], cwd: repo)
    #expect(r.status == 1)
    #expect(r.stderr.contains("broken.yaml:"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.json").path))
  }

  @Test func extractLaysARulesFolderOverTheBuiltInRules() throws {
    // 艘次 is no unit of the shipped rules; the overlay adds it.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rk-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let sample = dir.appendingPathComponent("port.txt")
    try "一、2024年工作回顾\n全年港口靠泊船舶3200艘次，比上年增长5%。\n二、2025年工作安排\n力争靠泊船舶达到3500艘次。\n".write(to: sample, atomically: true, encoding: .utf8)
    let plain = try run(["extract", sample.path, "--year", "2025", "--quiet"], cwd: repo)
    let overlaid = try run(["extract", sample.path, "--year", "2025", "--quiet", "--rules", fixtures.appendingPathComponent("overlay").path], cwd: repo)
    #expect(plain.status == 0 && overlaid.status == 0)
    #expect(!plain.stdout.contains("\"unit\": \"艘次\""))
    #expect(overlaid.stdout.contains("\"text\": \"3200艘次\""))
    #expect(overlaid.stdout.contains("\"text\": \"3500艘次\""))
  }
}
