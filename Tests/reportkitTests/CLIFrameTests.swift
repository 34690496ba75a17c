import Foundation
import Testing
@testable import reportkit

/// The command line as a user meets it: --version, sources named in every view, the format from -o's
/// extension, failed inputs keeping their place, long path lists, and the exit codes of the contract.
@Suite struct CLIFrameTests {
  let repo = repositoryRoot
  let seed = "Corpus/seed/000_d5cbc6d95d43ea27.txt"
  let markers = "Corpus/samples/work-report-markers.txt"

  private func tempDir() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rk-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func versionNamesTheReleaseAndTheRuleSet() throws {
    let r = try runReportKit(["--version"])
    #expect(r.status == 0)
    let line = String(decoding: r.stdout, as: UTF8.self)
    #expect(line.hasPrefix("reportkit 0."))
    #expect(line.contains("(rules "))
    // The rule set's hash: twelve hex digits.
    let hash = line.split(separator: " ").last.map { $0.dropLast(2) } ?? ""
    #expect(hash.count == 12 && hash.allSatisfy(\.isHexDigit))
  }

  @Test func treeAndMarkdownNameEachSource() throws {
    for format in ["tree", "markdown"] {
      let r = try runReportKit(["extract", seed, markers, "--format", format, "--quiet"], cwd: repo)
      #expect(r.status == 0)
      let out = String(decoding: r.stdout, as: UTF8.self)
      #expect(out.contains(seed) && out.contains(markers), "\(format)")
    }
  }

  @Test func markdownShowsTargetsUnderTheirNodes() throws {
    let r = try runReportKit(["extract", markers, "--format", "markdown", "--quiet"], cwd: repo)
    let out = String(decoding: r.stdout, as: UTF8.self)
    // The sample's plan part sets GDP growth of about 5.5%: the target line follows the part's heading.
    let heading = try #require(out.range(of: "## 二、"))
    let target = try #require(out.range(of: "**target: 地区生产总值增长 about 5.5 %**"))
    #expect(heading.lowerBound < target.lowerBound)
  }

  @Test(arguments: [("out.md", "# "), ("out.txt", "Corpus/"), ("out.jsonl", "{\"schemaVersion\":1,"), ("out.json", "{\n")])
  func outputExtensionPicksTheFormat(name: String, start: String) throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent(name).path
    let r = try runReportKit(["extract", markers, "-o", out, "--quiet"], cwd: repo)
    #expect(r.status == 0)
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix(start))
  }

  @Test func formatOptionWinsOverTheExtension() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out.md").path
    _ = try runReportKit(["extract", markers, "-o", out, "--format", "json", "--quiet"], cwd: repo)
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("{"))
  }

  @Test func aFailedInputKeepsItsPlaceInTheArray() throws {
    let r = try runReportKit(["extract", seed, "missing.txt", markers, "--format", "json", "--quiet"], cwd: repo)
    #expect(r.status == 1)
    #expect(r.stderr == "missing.txt: error: no such file\n")
    let array = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
    #expect(array.count == 3)
    #expect((array[1]["source"] as? [String: Any])?["path"] as? String == "missing.txt")
    let error = try #require(array[1]["error"] as? [String: Any])
    #expect(error["kind"] as? String == "notFound")
    #expect(error["message"] as? String == "no such file")
    #expect((array[2]["source"] as? [String: Any])?["path"] as? String == markers)
  }

  @Test func failureKindsNameWhatWentWrong() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data().write(to: dir.appendingPathComponent("empty.txt"))
    try Data([0x50, 0x4B, 0x03, 0x04, 0x20, 0x6A]).write(to: dir.appendingPathComponent("fake.docx"))
    try Data((0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }).write(to: dir.appendingPathComponent("noise.bin"))
    let r = try runReportKit(["extract", "empty.txt", "fake.docx", "noise.bin", "x", "--format", "json"], cwd: dir)
    let kinds = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
      .map { ($0["error"] as? [String: Any])?["kind"] as? String }
    #expect(kinds == ["empty", "damaged", "binary", "notFound"])
    #expect(r.status == 1)
    #expect(r.stderr.split(separator: "\n").count == 4)
  }

  @Test func usageErrorsExitTwoAndUnreadableInputsOne() throws {
    #expect(try runReportKit(["extract", "--format", "xml", seed], cwd: repo).status == 2)
    #expect(try runReportKit(["extract", "nope.txt"], cwd: repo).status == 1)
    #expect(try runReportKit(["extract", seed, "--quiet"], cwd: repo).status == 0)
  }

  @Test func diagnosticsNameTheOptionThatHelps() throws {
    // A report without a year: the library's message names no option; extract adds its own hint.
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("一、工作安排\n年底前完成改造。\n".utf8).write(to: dir.appendingPathComponent("r.txt"))
    let r = try runReportKit(["extract", "r.txt"], cwd: dir)
    #expect(r.stderr.contains("have no dates; give --year [extract.year-unknown]"))
  }

  @Test func manyPathsBypassTheQuadraticParser() throws {
    let (options, paths) = FastArguments.split(
      ["a.txt", "--format", "tree", "-o", "x.md", "b.txt", "--quiet", "--year=2024", "-", "--", "--c.txt"],
      valueOptions: ExtractCommand.valueOptions)
    #expect(options == ["--format", "tree", "-o", "x.md", "--quiet", "--year=2024"])
    #expect(paths == ["a.txt", "b.txt", "-", "--c.txt"])
    // Through the binary: 300 copies of one small file, one JSON line per document, in order.
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("2024年工作安排\n今年经济增长5%左右。\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
    let r = try runReportKit(["extract"] + Array(repeating: "a.txt", count: 300) + ["--format", "jsonl", "--quiet"], cwd: dir)
    #expect(r.status == 0)
    #expect(r.stdout.split(separator: UInt8(ascii: "\n")).count == 300)
  }

  @Test func pathsComeFromAListToo() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("2024年工作安排\n今年经济增长5%左右。\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
    try Data("a.txt\n\na.txt\r\n".utf8).write(to: dir.appendingPathComponent("list"))
    let r = try runReportKit(["extract", "--files-from", "list", "--format", "jsonl", "--quiet"], cwd: dir)
    #expect(r.status == 0)
    #expect(r.stdout.split(separator: UInt8(ascii: "\n")).count == 2)
  }

  @Test func rulesLintSaysWhatIsWrongWithTheFolder() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let empty = try runReportKit(["rules", "lint", "."], cwd: dir)
    #expect(empty.status == 1)
    #expect(empty.stderr == ".: error: no *.yaml rule files in the folder\n")
    let missing = try runReportKit(["rules", "lint", "no/such"], cwd: dir)
    #expect(missing.stderr == "no/such: error: no such folder\n")
  }
}
