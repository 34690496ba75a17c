import ArgumentParser
import Foundation
import ReportKit

/// `--year YYYY`: the report's year, overriding what the text says.
struct YearOption: ParsableArguments {
  /// The years a report may be of.
  static let years = 1949...2100

  @Option(name: .long, help: "The report's year, overriding what the text says.")
  var year: Int?

  func validate() throws {
    if let y = year, !YearOption.years.contains(y) { throw ValidationError("--year must be a year between 1949 and 2100") }
  }
}

/// `--rules DIR`: a folder of rule files laid over the built-in rules.
struct RulesOption: ParsableArguments {
  @Option(name: .long, help: "A folder of *.yaml rule files laid over the built-in rules.")
  var rules: String?

  /// The rule set in force; prints every problem and fails when the folder does not load.
  func load() throws -> RuleSet { try RulesOption.load(rules) }

  /// The built-in rules, or those of `dir` over them; prints every problem and fails when the folder does not load.
  static func load(_ dir: String?) throws -> RuleSet {
    guard let dir else { return .builtin }
    do {
      return try RuleSet(directory: dir)
    } catch {
      for p in error.problems { Console.error(p.description) }
      throw ExitCodeError(code: .inputFailed)
    }
  }
}

/// `-o FILE` and `--quiet`.
struct OutputOptions: ParsableArguments {
  @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @Flag(name: .long, help: "Do not print warnings about the content to standard error.")
  var quiet = false

  /// The output as a plain value, for the command's settings.
  var target: OutputTarget { OutputTarget(path: output, quiet: quiet) }

  /// The format the output file's extension names, if any.
  func format<F>(_ make: (String) -> F?) -> F? { target.format(make) }

  /// Opens the output (stdout or a temporary file beside the target).
  func open() throws -> OutputFile { try target.open() }
}

/// Where a run writes, however its command line was read: `-o FILE` (nil or `-` for standard output), and
/// `--quiet`.
struct OutputTarget: Sendable, Equatable {
  var path: String?
  var quiet = false

  /// The format the output file's extension names, if any.
  func format<F>(_ make: (String) -> F?) -> F? {
    guard let path, path != "-" else { return nil }
    let ext = (path as NSString).pathExtension
    return ext.isEmpty ? nil : make(ext)
  }

  /// Opens the output (stdout or a temporary file beside the target).
  func open() throws -> OutputFile {
    do {
      return try OutputFile(path: path)
    } catch {
      Console.error("\(path ?? "-"): error: cannot write the output (\(error.localizedDescription))")
      throw ExitCodeError(code: .inputFailed)
    }
  }
}

extension ReportFormat: ExpressibleByArgument {}
