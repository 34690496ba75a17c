import Foundation
import Testing
@testable import reportkit

/// `reportkit checklist`: options, the format from -o, the same rows in every format, and bad inputs and outputs.
@Suite struct ChecklistCommandTests {
  let repo = repositoryRoot
  let seed = "Corpus/seed/000_d5cbc6d95d43ea27.txt"
  let plan = "Corpus/checklist/seed-division.txt"
  let markers = "Corpus/samples/work-report-markers.txt"

  private func tempDir() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rk-checklist-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  private func rows(csv data: Data) -> [[Substring]] {
    // The seed's fields hold no comma or quote, so a split reads them; the BOM goes first.
    String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
  }

  @Test func parsesItsOptions() throws {
    let c = try ChecklistCommand.parse(["a.txt", "plan.docx", "--format", "csv", "--year", "2025", "-o", "out.xlsx", "--quiet"])
    #expect(c.inputs.files == ["a.txt", "plan.docx"])
    #expect(c.format == .csv)
    #expect(c.effectiveFormat == .csv)  // --format wins over the extension
    #expect(c.year.year == 2025)
    #expect(try ChecklistCommand.parse(["a.txt", "-o", "tasks.xlsx"]).effectiveFormat == .xlsx)
    #expect(try ChecklistCommand.parse(["a.txt", "-o", "tasks.JSON"]).effectiveFormat == .json)
    #expect(try ChecklistCommand.parse(["a.txt", "-o", "tasks.out"]).effectiveFormat == .markdown)
    #expect(try ChecklistCommand.parse(["a.txt"]).effectiveFormat == .markdown)
  }

  @Test(arguments: [["checklist"], ["checklist", "a.txt", "--format", "xls"], ["checklist", "a.txt", "--year", "1800"]])
  func usageErrorsExitTwo(args: [String]) throws {
    let r = try runReportKit(args, cwd: repo)
    #expect(r.status == 2)
    #expect(r.stderr.contains("Usage:") || r.stderr.contains("Error:"))
  }

  @Test func everyFormatGivesTheSeedsThirtyOneRows() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    for name in ["tasks.md", "tasks.csv", "tasks.xlsx", "tasks.json"] {
      let r = try runReportKit(["checklist", seed, "-o", dir.appendingPathComponent(name).path, "--quiet"], cwd: repo)
      #expect(r.status == 0, "\(name): \(r.stderr)")
    }
    let md = try String(contentsOf: dir.appendingPathComponent("tasks.md"), encoding: .utf8)
    #expect(md.split(separator: "\n").filter { $0.hasPrefix("- [ ] ") }.count == 31)
    #expect(rows(csv: try Data(contentsOf: dir.appendingPathComponent("tasks.csv"))).count == 32)
    let xlsx = try Data(contentsOf: dir.appendingPathComponent("tasks.xlsx"))
    #expect(xlsx.prefix(2) == Data("PK".utf8))
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("tasks.json"))) as? [String: Any]
    #expect((json?["rows"] as? [Any])?.count == 31)
    // No temporary file is left beside the outputs.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["tasks.csv", "tasks.json", "tasks.md", "tasks.xlsx"])
  }

  @Test func aDivisionPlanFillsTheLeadUnitsBeforeOrAfterItsReport() throws {
    for args in [[seed, plan], [plan, seed]] {
      let r = try runReportKit(["checklist"] + args + ["--format", "csv"], cwd: repo)
      #expect(r.status == 0)
      let table = rows(csv: r.stdout)
      // The plan gives no rows: 31 from the seed, with no 来源 column (one file gives rows).
      #expect(table.count == 32)
      #expect(table[0].last == "id")
      #expect(table[1][5] == "市发改委产业发展处")
      #expect(table.filter { !$0[5].isEmpty }.count == 1 + 7)
      // Its eighth row quotes no task: a warning on its line (27) of the plan.
      #expect(r.stderr.contains("\(plan):27:1: warning: the division-plan row 「筹办全市重大项目观摩推进现场会」"))
    }
  }

  @Test func severalReportsGiveOneChecklistWithASourceColumn() throws {
    let r = try runReportKit(["checklist", seed, markers, "--format", "csv", "--quiet"], cwd: repo)
    #expect(r.status == 0)
    let table = rows(csv: r.stdout)
    #expect(table[0].last == "来源")
    // The seed's 31 rows, then the sample's 5 headline targets and 9 tasks.
    #expect(table.count == 1 + 31 + 14)
    #expect(table[1].last.map(String.init) == seed)
    #expect(table[32].last.map(String.init) == markers)
    #expect(table.dropFirst().map { Int($0[0]) } == Array(1...45).map { $0 })
  }

  @Test func xlsxIsRefusedOnATerminalAndWrittenToAPipe() throws {
    // script(1) runs the command on a pseudo-terminal; without it the terminal case is not tested here.
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/script") {
      let bin = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("reportkit").path
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
      p.arguments = ["-q", "-e", "-c", "'\(bin)' checklist \(seed) --format xlsx --quiet", "/dev/null"]
      p.currentDirectoryURL = repo
      let out = Pipe()
      p.standardOutput = out
      p.standardError = out
      try p.run()
      let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      p.waitUntilExit()
      #expect(p.terminationStatus == 2)
      #expect(text.contains("checklist: error: an .xlsx workbook is binary and is not written to a terminal"))
    }
    let r = try runReportKit(["checklist", seed, "--format", "xlsx", "--quiet"], cwd: repo)
    #expect(r.status == 0)
    #expect(r.stdout.prefix(2) == Data("PK".utf8))
  }

  @Test func aDocumentWithNoPlanPartGivesAnEmptyChecklistAndAWarning() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("2024年工作回顾\n一、经济运行稳中有进\n全年地区生产总值增长5.2%。\n二、民生保障持续加强\n城镇新增就业5万人。\n".utf8)
      .write(to: dir.appendingPathComponent("review.txt"))
    let r = try runReportKit(["checklist", "review.txt", "--format", "csv"], cwd: dir)
    #expect(r.status == 0)
    #expect(r.stderr.contains("review.txt:1:1: warning: no plan part"))
    #expect(r.stderr.contains("[checklist.no-plan]"))
    #expect(rows(csv: r.stdout).count == 1)  // the header alone
  }

  @Test func outputIntoAMissingFolderOrOntoAFolderFailsAndWritesNothing() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let missing = try runReportKit(["checklist", seed, "--quiet", "-o", "/nonexistent-rk/tasks.xlsx"], cwd: repo)
    #expect(missing.status == 1)
    #expect(missing.stderr == "/nonexistent-rk/tasks.xlsx: error: cannot write the output (No such file or directory)\n")
    // A folder where the file should go: renaming onto it fails, and the temporary file is removed.
    let folder = dir.appendingPathComponent("tasks.csv")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    let onto = try runReportKit(["checklist", seed, "--quiet", "-o", folder.path], cwd: repo)
    #expect(onto.status == 1)
    #expect(onto.stderr.hasPrefix("\(folder.path): error: cannot write the output ("))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["tasks.csv"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
  }

  @Test func unreadableInputsFailAsInExtract() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let alone = try runReportKit(["checklist", "missing.txt", "-o", dir.appendingPathComponent("tasks.md").path], cwd: repo)
    #expect(alone.status == 1)
    #expect(alone.stderr == "missing.txt: error: no such file\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
    // Beside a good input: the good one's checklist is written, and the run still exits 1.
    let mixed = try runReportKit(["checklist", seed, "missing.txt", "--format", "csv", "--quiet"], cwd: repo)
    #expect(mixed.status == 1)
    #expect(mixed.stderr.contains("missing.txt: error: no such file"))
    #expect(rows(csv: mixed.stdout).count == 32)
  }
}
