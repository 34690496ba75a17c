import ArgumentParser
import Foundation

/// The `reportkit` command line.
@main
struct ReportKitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reportkit",
    abstract: "Read Chinese government work reports: outline, figures, deadlines and targets as JSON.",
    subcommands: [ExtractCommand.self, RulesCommand.self])

  /// Runs the command, mapping usage errors to exit code 2 as the contract says (ArgumentParser uses 64).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        Console.error(fullMessage(for: error))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
