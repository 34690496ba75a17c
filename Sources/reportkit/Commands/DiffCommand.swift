import ArgumentParser
import Foundation
import ReportKit

/// `reportkit diff OLD NEW`: what changed between two reports — nodes added, removed, changed, moved or
/// renumbered, and targets raised, lowered or dropped.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare two reports: outline changes aligned by content, and target changes by metric.",
    discussion: """
      Both files are read as extract reads them (any format, any encoding). Nodes are paired by what they say,
      not by their numbers, so renumbered and moved parts are recognised; targets are compared by metric, the
      主要预期目标 headline first. A file holding several documents is compared through its first document with
      an outline (a note says so). Without --format, the extension of -o picks it (.txt, .json, .html), else
      text; text is coloured on a terminal unless NO_COLOR is set.
      """)

  @Argument(help: "The old report (last year's); - reads standard input.")
  var old: String

  @Argument(help: "The new report (this year's); - reads standard input.")
  var new: String

  @Option(name: .long, help: "Output format: text, json or html (default: from -o's extension, else text).")
  var format: DiffFormat?

  @OptionGroup var rules: RulesOption
  @OptionGroup var output: OutputOptions

  /// The format in force: --format, else -o's extension, else text.
  var effectiveFormat: DiffFormat { format ?? output.format(DiffFormat.init(fileExtension:)) ?? .text }

  func validate() throws {
    if old == "-" && new == "-" { throw ValidationError("only one of OLD and NEW can be - (standard input)") }
  }

  func run() throws {
    let pipeline = Pipeline(options: .init(rules: try rules.load()))
    let engine = DiagnosticsEngine(quiet: output.quiet)
    // Both inputs are read before failing, so that one run names every unreadable file.
    var reports: [Report] = []
    for path in [old, new] {
      do {
        let report = try pipeline.extract(bytes: try InputReader.read(path), path: path)
        engine.report(report)
        if report.documents.isEmpty {
          engine.failed(IngestError(path: path, kind: .empty, reason: "holds no document to compare"))
        } else {
          reports.append(report)
        }
      } catch {
        engine.failed(error)
      }
    }
    guard reports.count == 2, let diff = Differ(rules: pipeline.options.rules).diff(reports[0], reports[1]) else {
      throw ExitCodeError(code: .inputFailed)
    }
    let bytes: [UInt8]
    switch effectiveFormat {
    case .json: bytes = DiffJSON.encode(diff)
    case .html: bytes = Array(DiffHTML.render(diff).utf8)
    case .text: bytes = Array(DiffText.render(diff, colored: colored).utf8)
    }
    let sink = try output.open()
    do {
      try sink.write(bytes)
      try sink.commit()
    } catch {
      sink.discard()
      throw engine.fatal("\(output.output ?? "-"): error: cannot write the output (\(error.localizedDescription))")
    }
  }

  /// Colours only for a person at a terminal: not into a file, not through a pipe, not with NO_COLOR set (any value,
  /// as no-color.org asks).
  private var colored: Bool {
    guard output.output == nil || output.output == "-" else { return false }
    if let v = ProcessInfo.processInfo.environment["NO_COLOR"], !v.isEmpty { return false }
    return Console.stdoutIsTerminal
  }
}

extension DiffFormat: ExpressibleByArgument {}
