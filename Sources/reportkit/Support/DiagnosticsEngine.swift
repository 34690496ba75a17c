import Foundation
import ReportKit

/// Prints what went wrong while a command ran and turns it into the contract's exit code.
///
/// Content problems print as `path:line:col: warning: message [id]` (unless quiet); an input that cannot be
/// read prints as `path: error: reason` and counts as a failure. The library's messages name no option, so the
/// command passes the hints that apply to it (`extract.year-unknown` → give --year).
final class DiagnosticsEngine {
  /// The exit codes of the contract.
  enum Exit: Int32 {
    case success = 0
    /// An input could not be processed.
    case inputFailed = 1
    /// The command line was wrong.
    case usage = 2
    /// A batch finished, but some inputs failed.
    case batchPartlyFailed = 3
    /// A batch stopped by Ctrl-C (128 + SIGINT, the shell's convention); what was finished is kept.
    case interrupted = 130
    /// A batch stopped by SIGTERM (128 + 15).
    case terminated = 143
  }

  private let quiet: Bool
  private let hints: [DiagnosticID: String]
  /// Inputs that could not be read.
  private(set) var failures = 0
  /// Content warnings and errors seen (printed or not).
  private(set) var warnings = 0
  private(set) var errors = 0

  /// Makes an engine; `hints` are appended to the messages of those ids.
  init(quiet: Bool, hints: [DiagnosticID: String] = [:]) {
    self.quiet = quiet
    self.hints = hints
  }

  /// Counts and prints the content diagnostics of a report (notes are kept for the JSON only).
  func report(_ report: Report) {
    let shown = report.documents.flatMap { d in
      d.diagnostics.filter { $0.severity != .note }.map { (d.offsetInFile + ($0.span?.start ?? 0), $0) }
    }
    for (_, x) in shown {
      if x.severity == .error { errors += 1 } else { warnings += 1 }
    }
    guard !quiet, !shown.isEmpty else { return }
    // A damaged or generated file can raise one warning per line (80,000 for 160,000 lone markers): the first
    // `perIdLimit` of each id are printed, then one line with the count of the rest, which the JSON holds.
    var printed: [DiagnosticID: Int] = [:]
    var kept: [(Int, Diagnostic)] = []
    for item in shown {
      printed[item.1.id, default: 0] += 1
      if printed[item.1.id]! <= DiagnosticsEngine.perIdLimit { kept.append(item) }
    }
    let places = report.locator.locations(ofFileOffsets: kept.map(\.0))
    for ((_, x), (line, col)) in zip(kept, places) {
      let hint = hints[x.id].map { "; \($0)" } ?? ""
      Console.error("\(report.source.path):\(line):\(col): \(x.severity.rawValue): \(x.message)\(hint) [\(x.id)]")
    }
    for (id, count) in printed.sorted(by: { $0.key < $1.key }) where count > DiagnosticsEngine.perIdLimit {
      Console.error(
        "\(report.source.path): note: \(count - DiagnosticsEngine.perIdLimit) more of [\(id)] not shown; all \(count) are in the JSON's diagnostics")
    }
  }

  /// Diagnostics of one id printed per file; the rest are counted in one line.
  static let perIdLimit = 50

  /// Counts and prints an input that could not be read.
  func failed(_ error: IngestError) {
    failures += 1
    Console.error(error.description)
  }

  /// Prints an error that is not about an input (an unwritable output); it always fails the run.
  func fatal(_ line: String) -> ExitCodeError {
    Console.error(line)
    return ExitCodeError(code: .inputFailed)
  }

  /// The exit code for a run over inputs: 1 when some failed (3 for a batch, which goes on), else 0.
  func exit(batch: Bool = false) -> Exit {
    failures == 0 ? .success : (batch ? .batchPartlyFailed : .inputFailed)
  }
}

/// Thrown to end a command with a contract exit code after its messages were printed.
struct ExitCodeError: Error {
  var code: DiagnosticsEngine.Exit
}
