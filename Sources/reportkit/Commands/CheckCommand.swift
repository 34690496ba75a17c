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

  /// The format in force: --format, else -o's extension, else JSON.
  var effectiveFormat: CheckFormat { format ?? output.format(CheckFormat.init(fileExtension:)) ?? .json }

  func validate() throws {
    if progress.isEmpty { throw ValidationError("give the plan and at least one progress document") }
    if let y = planYear, !(1949...2100).contains(y) { throw ValidationError("--plan-year must be a year between 1949 and 2100") }
    if ([plan] + progress).filter({ $0 == "-" }).count > 1 { throw ValidationError("only one input can be - (standard input)") }
  }

  func run() throws {
    let ruleSet = try rules.load()
    let pipeline = Pipeline(options: .init(rules: ruleSet))
    let engine = DiagnosticsEngine(quiet: output.quiet, hints: [.yearNotStated: "give --plan-year", .checkYearUnknown: "give --plan-year"])
    // Every input is read before failing, so that one run names every unreadable file.
    var reports: [Report] = []
    for path in [plan] + progress {
      do {
        let report = try pipeline.extract(data: try InputReader.read(path), path: path)
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
      throw engine.fatal("\(output.output ?? "-"): error: cannot write the output (\(error.localizedDescription))")
    }
  }
}

extension CheckFormat: ExpressibleByArgument {}
