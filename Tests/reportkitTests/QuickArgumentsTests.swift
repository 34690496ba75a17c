import Foundation
import Testing
@testable import reportkit

/// The hand-written reader of plain command lines reads them as ArgumentParser does, and leaves it the rest.
@Suite struct QuickArgumentsTests {
  /// The options ArgumentParser declares for a command (help and version left out): spelling → takes a value.
  private func declared(_ dump: String) throws -> [String: Bool] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
    let command = try #require(json["command"] as? [String: Any])
    var out: [String: Bool] = [:]
    for a in try #require(command["arguments"] as? [[String: Any]]) {
      guard let kind = a["kind"] as? String, kind != "positional" else { continue }
      for n in a["names"] as? [[String: String]] ?? [] {
        let spelled = (n["kind"] == "short" ? "-" : "--") + (n["name"] ?? "")
        if !["--help", "-h", "--version"].contains(spelled) { out[spelled] = kind == "option" }
      }
    }
    return out
  }

  @Test func extractTableIsWhatArgumentParserDeclares() throws {
    var table: [String: Bool] = [:]
    for o in ExtractSettings.quickOptions { for n in o.names { table[n] = o.takesValue } }
    #expect(table == (try declared(ExtractCommand._dumpHelp())))
  }

  @Test func valueOptionsOfPathCommandsAreWhatArgumentParserDeclares() throws {
    for (command, dump) in [
      (ExtractCommand.self as any TakesManyPaths.Type, ExtractCommand._dumpHelp()),
      (ChecklistCommand.self, ChecklistCommand._dumpHelp()), (BatchCommand.self, BatchCommand._dumpHelp()),
    ] {
      #expect(command.valueOptions == Set(try declared(dump).filter(\.value).keys), "\(command.name)")
    }
  }

  @Test(arguments: [
    ["a.txt"],
    ["a.txt", "b.docx", "--format", "tree", "--year", "2024", "-o", "out.txt", "--quiet"],
    ["--format=jsonl", "-", "--files-from", "list.txt"],
    ["--files-from", "-", "--rules", "rules", "--output", "x.md"],
    ["--year", "+1949", "a.txt", "-o", "-"],
    ["--year=2100", "a.txt"],
  ])
  func readsAsArgumentParserDoes(args: [String]) throws {
    let quick = try #require(ExtractSettings.quick(args[...]))
    #expect(quick == (try ExtractCommand.parse(args)).settings)
  }

  @Test(arguments: [
    [], ["--quiet"], ["a.txt", "--help"], ["-h"], ["a.txt", "--version"], ["a.txt", "--format", "xml"],
    ["a.txt", "--year", "1800"], ["a.txt", "--year", "twenty"], ["a.txt", "--format"], ["a.txt", "--format", "--quiet"],
    ["a.txt", "--quiet", "--quiet"], ["a.txt", "--format", "json", "--format=tree"], ["--", "a.txt"], ["a.txt", "-x"],
    ["a.txt", "-o=x.json"], ["a.txt", "--quiet=yes"], ["a.txt", "--output="], ["a.txt", "--unknown", "v"],
    ["-5"], ["a.txt", "--experimental-dump-help"], ["a.txt", "--generate-completion-script", "bash"],
  ])
  func leavesTheRestToArgumentParser(args: [String]) {
    #expect(ExtractSettings.quick(args[...]) == nil)
  }

  @Test func checkTableIsWhatArgumentParserDeclares() throws {
    var table: [String: Bool] = [:]
    for o in CheckSettings.quickOptions { for n in o.names { table[n] = o.takesValue } }
    #expect(table == (try declared(CheckCommand._dumpHelp())))
  }

  @Test(arguments: [
    ["plan.txt", "next.txt"],
    ["plan.txt", "a.txt", "b.docx", "--format", "html", "--plan-year", "2024", "-o", "out.md", "--quiet"],
    ["--format=markdown", "-", "next.txt", "--rules", "rules"],
  ])
  func readsCheckAsArgumentParserDoes(args: [String]) throws {
    let quick = try #require(CheckSettings.quick(args[...]))
    #expect(quick == (try CheckCommand.parse(args)).settings)
  }

  @Test(arguments: [
    [], ["plan.txt"], ["-", "-"], ["plan.txt", "next.txt", "--plan-year", "1800"], ["plan.txt", "next.txt", "--format", "tree"],
    ["plan.txt", "next.txt", "--year", "2024"], ["plan.txt", "next.txt", "--help"], ["plan.txt", "--", "next.txt"],
  ])
  func leavesTheRestOfCheckToArgumentParser(args: [String]) {
    #expect(CheckSettings.quick(args[...]) == nil)
  }
}
