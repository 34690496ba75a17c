import ArgumentParser
import Foundation
import ReportKit

/// The `reportkit` command line.
@main
struct ReportKitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reportkit",
    abstract: "Read Chinese government work reports: outline, figures, deadlines and targets as JSON.",
    version: "reportkit \(ReportKitVersion.string) (rules \(RuleSet.builtinFingerprint.prefix(12)))",
    subcommands: [
      ExtractCommand.self, CheckCommand.self, DiffCommand.self, ChecklistCommand.self, BatchCommand.self, SearchCommand.self,
      RulesCommand.self,
    ])

  /// Runs the command with the contract's exit codes: 2 for usage errors (ArgumentParser's default is 64),
  /// 1 when an input failed, 3 when a batch finished with failures.
  static func main() {
    // Before any output file or pdftotext child exists, so a signal never leaves one behind.
    SignalCleanup.install()
    do {
      let args = Array(CommandLine.arguments.dropFirst())
      // The plain command lines of extract and check skip ArgumentParser's start-up (see QuickArguments).
      if args.first == ExtractCommand.name, let settings = ExtractSettings.quick(args.dropFirst()) {
        try settings.run()
        return
      }
      if args.first == "check", let settings = CheckSettings.quick(args.dropFirst()) {
        try settings.run()
        return
      }
      var command = try parseAsRoot(FastArguments.prepare(args))
      try command.run()
    } catch let e as ExitCodeError {
      Foundation.exit(e.code.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        Console.error(fullMessage(for: error))
        Foundation.exit(DiagnosticsEngine.Exit.usage.rawValue)
      }
      exit(withError: error)
    }
  }
}
