import ArgumentParser
import Foundation
import ReportKit

/// `reportkit rules …`: work with rule files.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "Check rule files (units, qualifiers, deadlines, stop words…).",
    subcommands: [Lint.self])

  /// `reportkit rules lint [DIR]`: every problem in a folder of rule files, located.
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Check the *.yaml rule files of a folder and print every problem as file:line:col.",
      discussion: """
        Without DIR, checks ./Rules when it exists, else the rules built into reportkit. A folder given to
        `extract --rules DIR` is laid over the built-in rules: entries with the same key replace them,
        new entries and words are added.
        """)

    @Argument(help: "A folder of *.yaml rule files (default: ./Rules, else the built-in rules).")
    var directory: String?

    func run() throws {
      let problems: [RuleProblem]
      let count: Int
      if let dir = directory ?? (FileManager.default.fileExists(atPath: "Rules") ? "Rules" : nil) {
        problems = RuleSet.lint(directory: dir)
        count = (try? FileManager.default.contentsOfDirectory(atPath: dir))?
          .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.count ?? 0
      } else {
        problems = RuleSet.lintBuiltinRules()
        count = RuleSet.builtinFileCount
      }
      for p in problems { Console.error(p.description) }
      if !problems.isEmpty { throw ExitCodeError(code: .inputFailed) }
      print("\(count) rule files ok")
    }
  }
}
