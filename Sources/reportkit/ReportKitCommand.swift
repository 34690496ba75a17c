import ArgumentParser

/// The `reportkit` command line.
@main
struct ReportKitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reportkit",
    abstract: "Read Chinese government work reports: outline, figures, deadlines and targets as JSON.",
    subcommands: [ExtractCommand.self, RulesCommand.self])
}
