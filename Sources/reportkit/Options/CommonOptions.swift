import ArgumentParser
import Foundation
import ReportKit

/// `--year YYYY`: the report's year, overriding what the text says.
struct YearOption: ParsableArguments {
  @Option(name: .long, help: "The report's year, overriding what the text says.")
  var year: Int?

  func validate() throws {
    if let y = year, !(1949...2100).contains(y) { throw ValidationError("--year must be a year between 1949 and 2100") }
  }
}

/// `--rules DIR`: a folder of rule files laid over the built-in rules.
struct RulesOption: ParsableArguments {
  @Option(name: .long, help: "A folder of *.yaml rule files laid over the built-in rules.")
  var rules: String?

  /// The rule set in force; prints every problem and fails when the folder does not load.
  func load() throws -> RuleSet {
    guard let dir = rules else { return .builtin }
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

  /// The format the output file's extension names, if any.
  func format<F>(_ make: (String) -> F?) -> F? {
    guard let output, output != "-" else { return nil }
    let ext = (output as NSString).pathExtension
    return ext.isEmpty ? nil : make(ext)
  }

  /// Opens the output (stdout or a temporary file beside the target).
  func open() throws -> OutputFile {
    do {
      return try OutputFile(path: output)
    } catch {
      Console.error("\(output ?? "-"): error: cannot write the output (\(error.localizedDescription))")
      throw ExitCodeError(code: .inputFailed)
    }
  }
}

extension ReportFormat: ExpressibleByArgument {}
