import Foundation
import Testing
@testable import reportkit

@Test func parsesExtractOptions() throws {
  let c = try ExtractCommand.parse(["a.txt", "b.docx", "--format", "tree", "--year", "2024", "-o", "out.txt", "--quiet"])
  #expect(c.inputs.files == ["a.txt", "b.docx"])
  #expect(c.format == .tree)
  #expect(c.year.year == 2024)
  #expect(c.output.output == "out.txt")
  #expect(c.output.quiet)
}

@Test(arguments: [["a.txt", "--year", "1800"], ["a.txt", "--format", "xml"], []])
func rejectsBadOptions(args: [String]) {
  #expect(throws: (any Error).self) { try ExtractCommand.parse(args) }
}

private func run(_ args: [String], cwd: URL? = nil) throws -> (status: Int32, stdout: Data, stderr: String) {
  try runReportKit(args, cwd: cwd)
}

private let repo = repositoryRoot

@Test func extractsTheSeedAsJSON() throws {
  let r = try run(["extract", "Corpus/seed/000_d5cbc6d95d43ea27.txt", "--quiet"], cwd: repo)
  #expect(r.status == 0)
  let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
  #expect(json["schemaVersion"] as? Int == 1)
  let docs = try #require(json["documents"] as? [[String: Any]])
  #expect(docs.count == 3)
  #expect((json["source"] as? [String: Any])?["format"] as? String == "text")
}

@Test func badInputsExitOneNameTheFileAndLeaveNoOutput() throws {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rk-cli-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  try Data().write(to: dir.appendingPathComponent("empty.txt"))
  for name in ["empty.txt", "missing.txt"] {
    let r = try run(["extract", name, "-o", "out.json"], cwd: dir)
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("\(name): error: "))
    #expect(r.stderr.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.json").path))
  }
}

@Test func oneBadFileAmongGoodOnesStillWritesTheGoodOnesAndExitsOne() throws {
  let r = try run(["extract", "Corpus/seed/000_d5cbc6d95d43ea27.txt", "no-such-file.txt", "--format", "jsonl", "--quiet"], cwd: repo)
  #expect(r.status == 1)
  #expect(r.stderr.contains("no-such-file.txt: error: no such file"))
  let lines = r.stdout.split(separator: UInt8(ascii: "\n"))
  #expect(lines.count == 3)  // one line per document of the seed
}

@Test(arguments: [["extract", "a.txt", "--year", "1800"], ["extract", "a.txt", "--format", "xml"], ["extract"], ["no-such-command"]])
func usageErrorsExitTwo(args: [String]) throws {
  let r = try run(args, cwd: repo)
  #expect(r.status == 2)
  #expect(r.stderr.contains("Usage:") || r.stderr.contains("Error:"))
}

@Test func outputIntoAMissingFolderFailsWithTheReason() throws {
  let r = try run(["extract", "Corpus/seed/000_d5cbc6d95d43ea27.txt", "--quiet", "-o", "/nonexistent-rk/out.json"], cwd: repo)
  #expect(r.status == 1)
  #expect(r.stderr == "/nonexistent-rk/out.json: error: cannot write the output (No such file or directory)\n")
}

@Test func warningsNameTheLineAndColumnOfTheOriginalFile() throws {
  // The seed's second article starts at 二、, on line 43 of the file (blank lines count; the normaliser drops them).
  let r = try run(["extract", "Corpus/seed/000_d5cbc6d95d43ea27.txt"], cwd: repo)
  #expect(r.status == 0)
  #expect(r.stderr.contains("Corpus/seed/000_d5cbc6d95d43ea27.txt:43:1: warning: the first part is numbered 二、"))
}

@Test func manyWarningsOfOneIdPrintTheirFirstFiftyAndACount() throws {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rk-warnings-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  // 300 lone 一、 lines: each pair restarts the numbering, 149 warnings of one id.
  let file = dir.appendingPathComponent("markers.txt")
  try Data(("2024年政府工作报告\n" + String(repeating: "一、\n", count: 300)).utf8).write(to: file)
  let r = try run(["extract", file.path, "--format", "json"])
  #expect(r.status == 0)
  let lines = r.stderr.split(separator: "\n")
  #expect(lines.filter { $0.hasSuffix("[segment.numbering-restarted]") }.count == 50)
  #expect(lines.last == "\(file.path): note: 99 more of [segment.numbering-restarted] not shown; all 149 are in the JSON's diagnostics")
  let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
  let docs = try #require(json["documents"] as? [[String: Any]])
  let ids = docs.flatMap { ($0["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
  #expect(ids.filter { $0 == "segment.numbering-restarted" }.count == 149)
}
