import Foundation
import Testing
@testable import ReportKit

/// Rule files: the shipped set, its embedded copy, located problems, and folders laid over the built-in rules.
@Suite struct RuleFileTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Rules").path
  static let shipped = Paths.repo.appendingPathComponent("Rules").path

  @Test func embeddedRulesEqualTheRulesFolder() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: RuleFileTests.shipped)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    let embedded = BuiltinRules.files.map(\.name)
    #expect(embedded == names, "Rules/*.yaml and the embedded rules differ: run .ci/embed-rules from the repository root")
    for name in names {
      let text = try String(contentsOfFile: RuleFileTests.shipped + "/" + name, encoding: .utf8)
      let copy = BuiltinRules.files.first { $0.name == name }?.text
      #expect(copy == text, "Rules/\(name) differs from its embedded copy: run .ci/embed-rules from the repository root")
    }
  }

  /// `BuiltinRuleData.swift` holds what `Rules/*.yaml` parse to, in the compact form the binary loads at start-up,
  /// and their fingerprint. Regenerate on purpose: `REGENERATE_RULES=1 swift test --filter RuleFileTests`
  /// (the run that writes it fails, so it is never silent), then build and test again.
  @Test func generatedRuleDataIsCurrent() throws {
    var parser = RuleParser()
    for f in RuleSet.builtinFiles { parser.parse(file: f.name, text: f.text) }
    let (data, problems) = parser.finish()
    #expect(problems.isEmpty)
    let compact = try #require(CompactRules.encode(data), "a rule word holds a tab or a line break")
    #expect(CompactRules.decode(compact).flatMap(CompactRules.encode) == compact, "the compact form does not read back")
    let fingerprint = RuleSet.fingerprint(of: RuleSet.builtinFiles, base: "")
    let source = RuleFileTests.generatedSource(compact: compact, fingerprint: fingerprint)
    let path = Paths.repo.appendingPathComponent("Sources/ReportKit/Rules/BuiltinRuleData.swift").path
    let current = try? String(contentsOfFile: path, encoding: .utf8)
    guard current != source else {
      #expect(BuiltinRules.compact == compact && BuiltinRules.fingerprint == fingerprint, "compiled before regenerating: build again")
      #expect(RuleSet.builtin.fingerprint == fingerprint)
      return
    }
    if ProcessInfo.processInfo.environment["REGENERATE_RULES"] == "1" {
      try source.write(toFile: path, atomically: true, encoding: .utf8)
      Issue.record("wrote Sources/ReportKit/Rules/BuiltinRuleData.swift; review the diff, then build and test again")
    } else {
      Issue.record("BuiltinRuleData.swift is stale: run `REGENERATE_RULES=1 swift test --filter RuleFileTests` from the repository root")
    }
  }

  /// The Swift file that embeds the compact rules: a raw literal with enough `#` that no text can close it (the
  /// line break before the closing delimiter is not part of a literal, so the text keeps its own).
  static func generatedSource(compact: String, fingerprint: String) -> String {
    var hashes = "#"
    while compact.contains("\"\"\"" + hashes) || compact.contains("\\" + hashes) { hashes += "#" }
    return """
      // Generated from Rules/*.yaml by `REGENERATE_RULES=1 swift test --filter RuleFileTests`. Do not edit: change
      // the YAML, run .ci/embed-rules, then regenerate this file (a test fails while it is stale).

      extension BuiltinRules {
        /// The built-in rules as `CompactRules` text: what `Rules/*.yaml` parse to, with each entry's origin.
        static let compact = \(hashes)\"\"\"
      \(compact)
      \"\"\"\(hashes)

        /// `RuleSet.fingerprint(of:base:)` of the embedded rule files.
        static let fingerprint = "\(fingerprint)"
      }

      """
  }

  @Test func shippedRulesHaveNoProblems() {
    #expect(RuleSet.lintBuiltinRules().map(\.description) == [])
    #expect(RuleSet.lint(directory: RuleFileTests.shipped).map(\.description) == [])
  }

  @Test func builtinRulesAreLoaded() {
    let c = RuleSet.builtin.compiled
    #expect(c.units.count > 50)
    #expect(c.plans.map(\.name).contains("十四五"))
    #expect(RuleSet.builtin.reviewHeadingWords.contains("回顾"))
    #expect(RuleSet.builtin.planHeadingWords.contains("下一步"))
    #expect(RuleSet.builtin.fiveYearPlans.first { $0.name == "十五五" }.map { [$0.start, $0.end] } == [2026, 2030])
  }

  /// Every problem of Fixtures/Rules/bad, located by hand (columns count Unicode scalars from 1).
  @Test func problemsAreLocated() {
    let dir = RuleFileTests.fixtures + "/bad"
    let f = dir + "/"
    let got = RuleSet.lint(directory: dir).map(\.description)
    let want = [
      "\(f)deadlines.yaml:3:12: error: five-year plan '十五五' ends (2026) before it starts (2030)",
      "\(f)deadlines.yaml:5:25: error: 'months' must be [first, last] with 1 ≤ first ≤ last ≤ 12",
      "\(f)deadlines.yaml:6:25: error: 'withinCountsReportYear' must be true or false, found 'maybe'",
      "\(f)deadlines.yaml:7:1: error: unknown section 'deadlinez'; known sections: \(RuleSchema.allSections.joined(separator: ", "))",
      "\(f)stop.yaml:1:24: error: duplicate stop word '一带一路' in stopWords (first at \(f)stop.yaml:1:13)",
      "\(f)stop.yaml:4:14: error: pattern does not compile: invalid regular expression '第[0-9+期'",
      "\(f)stop.yaml:8:5: error: a hedge must be a non-empty string, found a mapping",
      "\(f)units.yaml:4:12: error: unit '吨' has no kind",
      "\(f)units.yaml:5:21: error: 'kind' must be one of money, percent, percentagePoint, count, rank, physical, ratio, duration, other, found 'counts'",
      "\(f)units.yaml:6:12: error: duplicate unit '元' in units (first at \(f)units.yaml:3:12)",
      "\(f)units.yaml:7:28: error: unknown key 'colour' in units; known keys: name, aliases, kind, rank",
      "\(f)units.yaml:9:22: error: 'power' must be an integer, found 'many'",
    ]
    #expect(got == want)
  }

  @Test func syntaxErrorsAreLocated() {
    let dir = RuleFileTests.fixtures + "/syntax"
    let got = RuleSet.lint(directory: dir)
    #expect(got.count == 2)
    // The flow mapping opened on line 3 runs on into line 4 (hedges becomes one of its keys); libyaml
    // stops at the ':' after it, where a ',' or '}' should be.
    let broken = got.first { $0.file.hasSuffix("broken.yaml") }
    #expect(broken?.line == 4)
    #expect(broken?.column == 7)
    #expect(broken?.message.hasPrefix("YAML syntax:") == true)
    let notMap = got.first { $0.file.hasSuffix("notamap.yaml") }
    #expect(notMap?.line == 1 && notMap?.column == 1)
    #expect(notMap?.message.hasPrefix("a rule file is a mapping of sections") == true)
  }

  @Test func loadingAFolderWithProblemsThrowsThemAll() {
    let dir = RuleFileTests.fixtures + "/bad"
    do throws(RuleError) {
      _ = try RuleSet(directory: dir)
      Issue.record("loading bad rules did not throw")
    } catch {
      #expect(error.problems.count == 12)
      #expect(error.description.split(separator: "\n").count == 12)
    }
  }

  @Test func missingFolderIsOneProblemWithoutAPlace() {
    let problems = RuleSet.lint(directory: "/nonexistent/rules")
    #expect(problems.map(\.description) == ["/nonexistent/rules: error: no such folder"])
  }

  @Test func aFolderWithoutRuleFilesIsAProblem() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rk-norules-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(RuleSet.lint(directory: dir).map(\.description) == ["\(dir): error: no *.yaml rule files in the folder"])
  }

  @Test func problemsNameTheFolderAsGiven() throws {
    // A relative folder stays relative in every message (the old loader printed it made absolute).
    let cwd = FileManager.default.currentDirectoryPath + "/"
    let bad = RuleFileTests.fixtures + "/bad"
    try #require(bad.hasPrefix(cwd), "swift test runs from the package root")
    let relative = String(bad.dropFirst(cwd.count))
    let files = Set(RuleSet.lint(directory: relative).map(\.file))
    #expect(files == [relative + "/deadlines.yaml", relative + "/stop.yaml", relative + "/units.yaml"])
  }

  @Test func aFolderAddsToAndOverridesTheBuiltinRules() throws {
    let rules = try RuleSet(directory: RuleFileTests.fixtures + "/overlay")
    let ex = Extractor(rules: rules)
    var doc = Document(id: "d1", text: "靠港船舶达100万艘次，新增3件。务必新增就业5万人。力争新增就业6万人。")
    doc.year = 2024
    ex.extract(&doc)
    #expect(doc.figures.map(\.unit) == ["艘次", "件", "人", "人"])
    #expect(doc.figures.map(\.kind) == [.count, .other, .count, .count])
    #expect(doc.targets.map { $0.hedge ?? "" } == ["务必", "力争"])
  }

  @Test func replaceEmptiesABuiltinSection() throws {
    let rules = try RuleSet(directory: RuleFileTests.fixtures + "/replace")
    #expect(rules.data.wordList(.hedges) == ["务必"])
    #expect(rules.data.entries(.units).count == RuleSet.builtin.data.entries(.units).count)
  }

  @Test func problemDescriptionIsCompilerStyle() {
    let p = RuleProblem(file: "Rules/units.yaml", line: 3, column: 5, message: "unit '吨' has no kind")
    #expect(p.description == "Rules/units.yaml:3:5: error: unit '吨' has no kind")
  }

  @Test func stopPatternsFromRulesBlockFigures() throws {
    let text = "在7个工作日内办结，增长5%。"
    var plain = Document(id: "d1", text: text)
    ExtractSupport.extractor.extract(&plain)
    #expect(plain.figures.map(\.text) == ["7个工作日", "5%"])
    let rules = try RuleSet(files: [("extra.yaml", "stopPatterns:\n  - {pattern: \"[0-9]+个工作日\", note: test}\n")], base: RuleSet.builtin)
    var doc = Document(id: "d1", text: text)
    Extractor(rules: rules).extract(&doc)
    #expect(doc.figures.map(\.text) == ["5%"])
  }
}
