import ArgumentParser
import Foundation
import ReportKit

/// `reportkit check PLAN PROGRESS...`: were the plan's targets and tasks met, by what the progress documents say?
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Cross-check a plan's targets and tasks against progress documents (next year's report, a bulletin).",
    discussion: """
      PLAN is a work report (or any document with plan parts); each PROGRESS is next year's work report (its
      review part is read), a statistical bulletin (all of it) or a plan-execution report (its review part).
      Every target of the plan's plan parts, headline targets first, gets a status (met, exceeded, partly-met,
      not-met, in-progress, not-mentioned, unclear), the actual found, the evidence sentences and a reason;
      so does every task, judged by the words of its evidence. Tolerances and ceiling metrics are in
      Rules/check.yaml. Without --format, the extension of -o picks it (.json, .md, .html), else json.
      """)

  @Argument(help: "The plan: a work report; - reads standard input.")
  var plan: String

  @Argument(help: "Progress documents: next year's report, a bulletin, a plan-execution report.")
  var progress: [String]

  @Option(name: .long, help: "Output format: json, markdown or html (default: from -o's extension, else json).")
  var format: CheckFormat?

  @Option(name: .customLong("plan-year"), help: "The year the plan is for, overriding what its text says.")
  var planYear: Int?

  @OptionGroup var rules: RulesOption
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if progress.isEmpty { throw ValidationError("give the plan and at least one progress document") }
    if let y = planYear, !YearOption.years.contains(y) { throw ValidationError("--plan-year must be a year between 1949 and 2100") }
    if ([plan] + progress).filter({ $0 == "-" }).count > 1 { throw ValidationError("only one input can be - (standard input)") }
  }

  /// What the command line asks for, as a plain value.
  var settings: CheckSettings {
    CheckSettings(plan: plan, progress: progress, format: format, planYear: planYear, rules: rules.rules, output: output.target)
  }

  /// The format in force: --format, else -o's extension, else JSON.
  var effectiveFormat: CheckFormat { settings.effectiveFormat }

  func run() throws { try settings.run() }
}

/// What `check` runs with, however its command line was read (ArgumentParser, or `QuickArguments`).
struct CheckSettings: Sendable, Equatable {
  var plan = ""
  var progress: [String] = []
  var format: CheckFormat?
  var planYear: Int?
  var rules: String?
  var output = OutputTarget()

  /// The options of `CheckCommand` for `QuickArguments` (a test compares them with what ArgumentParser declares).
  static let quickOptions: [QuickOption<CheckSettings>] = [
    .value("--format") { s, v in
      s.format = CheckFormat(argument: v)
      return s.format != nil
    },
    .year("--plan-year", \.planYear),
  ] + QuickOption.shared(rules: \.rules, output: \.output)

  /// The settings of `check ARGS…` read without ArgumentParser; nil when it must read them (see `QuickArguments`).
  static func quick(_ args: ArraySlice<String>) -> CheckSettings? {
    var paths: [String] = []
    guard var s = QuickArguments.parse(args, options: quickOptions, into: CheckSettings(), positional: { _, p in paths.append(p) })
    else { return nil }
    // What CheckCommand.validate refuses is left to it: no progress document, two standard inputs.
    guard paths.count >= 2, paths.filter({ $0 == "-" }).count <= 1 else { return nil }
    s.plan = paths[0]
    s.progress = Array(paths.dropFirst())
    return s
  }

  /// The format in force: --format, else -o's extension, else JSON.
  var effectiveFormat: CheckFormat { format ?? output.format(CheckFormat.init(fileExtension:)) ?? .json }

  func run() throws {
    let ruleSet = try RulesOption.load(rules)
    let pipeline = Pipeline(options: .init(rules: ruleSet))
    let engine = DiagnosticsEngine(quiet: output.quiet, hints: [.yearNotStated: "give --plan-year", .checkYearUnknown: "give --plan-year"])
    // Every input is read before failing, so that one run names every unreadable file.
    var reports: [Report] = []
    for path in [plan] + progress {
      do {
        let report = try pipeline.extract(bytes: try InputReader.read(path), path: path)
        engine.report(report)
        reports.append(report)
      } catch {
        engine.failed(error)
      }
    }
    guard engine.failures == 0, let planReport = reports.first else { throw ExitCodeError(code: .inputFailed) }
    let result = Checker(rules: ruleSet).check(plan: planReport, progress: Array(reports.dropFirst()), planYear: planYear)
    if !output.quiet {
      for d in result.diagnostics {
        let hint = d.id == .checkYearUnknown ? "; give --plan-year" : ""
        Console.error("\(plan): \(d.severity.rawValue): \(d.message)\(hint) [\(d.id)]")
      }
    }
    let sink = try output.open()
    do {
      try sink.write(effectiveFormat.encode(result))
      try sink.commit()
    } catch {
      sink.discard()
      throw engine.fatal("\(output.path ?? "-"): error: cannot write the output (\(error.localizedDescription))")
    }
  }
}

extension CheckFormat: ExpressibleByArgument {}
