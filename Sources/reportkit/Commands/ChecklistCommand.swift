import ArgumentParser
import Foundation
import ReportKit

/// `reportkit checklist FILE...`: the tasks and headline targets of reports as a checklist to tick off.
struct ChecklistCommand: ParsableCommand, TakesManyPaths {
  static let name = "checklist"
  static let valueOptions: Set<String> = ["--format", "--year", "--rules", "-o", "--output", "--files-from"]

  static let configuration = CommandConfiguration(
    commandName: "checklist",
    abstract: "Turn the plan parts of reports into a task checklist (任务分工表): Excel, CSV, Markdown or JSON.",
    discussion: """
      One row per task of the plan parts and per headline target (主要预期目标), with 序号, 任务, 指标, 目标值,
      完成时限, 牵头单位, 章节, 原文 and a stable id. Several files give one checklist with a 来源 column; a
      任务分工方案 among them fills the 牵头单位 of the tasks its rows quote. Without --format, the extension
      of -o picks it (.xlsx, .csv, .md, .json), else markdown. An .xlsx is not written to a terminal.
      """)

  @OptionGroup var inputs: InputOptions

  @Option(name: .long, help: "Output format: markdown, csv, xlsx or json (default: from -o's extension, else markdown).")
  var format: ChecklistFormat?

  @OptionGroup var year: YearOption
  @OptionGroup var rules: RulesOption
  @OptionGroup var output: OutputOptions

  /// The format in force: --format, else -o's extension, else Markdown.
  var effectiveFormat: ChecklistFormat { format ?? output.format(ChecklistFormat.init(fileExtension:)) ?? .markdown }

  func run() throws {
    let format = effectiveFormat
    let toStdout = output.output == nil || output.output == "-"
    if format == .xlsx && toStdout && Console.stdoutIsTerminal {
      Console.error("checklist: error: an .xlsx workbook is binary and is not written to a terminal; give -o FILE.xlsx or redirect the output")
      throw ExitCodeError(code: .usage)
    }
    let paths = try inputs.paths()
    let pipeline = Pipeline(options: .init(year: year.year, rules: try rules.load()))
    let engine = DiagnosticsEngine(quiet: output.quiet, hints: [.yearNotStated: "give --year", .deadlinesUndated: "give --year"])
    // Opened first, so that an output that cannot be written fails before the inputs are read; the file appears
    // at its name only once the whole checklist is written (OutputFile renames it into place).
    let sink = try output.open()
    // Reports are read one at a time and leave only their rows, so memory holds one input at a time; a division
    // plan may come after the reports it assigns, so its report is kept (it is short) until every row is in.
    var assembly = ChecklistAssembly(rules: pipeline.options.rules)
    var plans: [Int: Report] = [:]
    var read = 0
    for path in paths {
      var report: Report
      do {
        report = try pipeline.extract(bytes: try InputReader.read(path), path: path)
      } catch {
        engine.failed(error)
        continue
      }
      attach(assembly.add(report), to: &report)
      if assembly.holdsDivisionPlan(read) {
        plans[read] = report
      } else {
        engine.report(report)
      }
      read += 1
    }
    // Nothing was read: no output at all, rather than an empty checklist.
    guard read > 0 else {
      sink.discard()
      throw ExitCodeError(code: .inputFailed)
    }
    let already = assembly.diagnosticCount
    let checklist = assembly.finish()
    for x in checklist.diagnostics.dropFirst(already) where plans[x.sourceIndex] != nil {
      attach([x], to: &plans[x.sourceIndex]!)
    }
    for k in plans.keys.sorted() { engine.report(plans[k]!) }
    do {
      try sink.write(try format.encode(checklist))
      try sink.commit()
    } catch let e as XLSXError {
      sink.discard()
      throw engine.fatal("\(output.output ?? "-"): error: \(e.description)")
    } catch {
      sink.discard()
      throw engine.fatal("\(output.output ?? "-"): error: cannot write the output (\(error.localizedDescription))")
    }
    if engine.exit() != .success { throw ExitCodeError(code: engine.exit()) }
  }

  /// Adds checklist diagnostics to the documents they are about, so the engine prints them with line and column.
  private func attach(_ diagnostics: [ChecklistDiagnostic], to report: inout Report) {
    for x in diagnostics {
      if let d = report.documents.firstIndex(where: { $0.id == x.documentId }) {
        report.documents[d].diagnostics.append(x.diagnostic)
      }
    }
  }
}

extension ChecklistFormat: ExpressibleByArgument {}
