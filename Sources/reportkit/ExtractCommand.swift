import ArgumentParser
import Foundation
import ReportKit

/// Output formats of `reportkit extract`.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
  case json, jsonl, tree, markdown
}

/// `reportkit extract FILE...`: the outline and extractions of each file.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract articles, outline, figures, deadlines and targets from report files.",
    discussion: """
      The format of each input (text, HTML, DOCX, PDF) and its encoding are detected from its bytes.
      One input gives one JSON object; several give a JSON array of them; jsonl gives one line per document.
      """)

  @Argument(help: "Report files (text, HTML, DOCX or PDF); - reads standard input.")
  var files: [String]

  @Option(name: .long, help: "Output format: json, jsonl, tree or markdown.")
  var format: ExtractFormat = .json

  @Option(name: .long, help: "The report's year, overriding what the text says.")
  var year: Int?

  @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @Flag(name: .long, help: "Do not print warnings about the content to standard error.")
  var quiet = false

  func validate() throws {
    if let y = year, !(1949...2100).contains(y) { throw ValidationError("--year must be a year between 1949 and 2100") }
    if files.isEmpty { throw ValidationError("give at least one report file") }
  }

  func run() throws {
    let pipeline = Pipeline(options: .init(year: year))
    var reports: [Report] = []
    var failed = 0
    for path in files {
      do {
        let report = try pipeline.extract(path: path)
        if !quiet { DiagnosticPrinter.print(report) }
        reports.append(report)
      } catch {
        Console.error(error.description)
        failed += 1
      }
    }
    if reports.isEmpty { throw ExitCode(1) }
    var bytes: [UInt8]
    switch format {
    case .json:
      bytes = reports.count == 1 && files.count == 1 ? ReportJSON.encode(reports[0]) : ReportJSON.encode(reports)
    case .jsonl:
      bytes = reports.flatMap { ReportJSON.encodeLines($0) }
    case .tree:
      bytes = Array(reports.map { TreeWriter.render($0) }.joined(separator: "\n").utf8)
    case .markdown:
      bytes = Array(reports.map { MarkdownWriter.render($0) }.joined(separator: "\n").utf8)
    }
    do {
      try OutputFile.write(bytes, to: output)
    } catch {
      Console.error("\(output ?? "-"): error: cannot write the output (\(error.localizedDescription))")
      throw ExitCode(1)
    }
    if failed > 0 { throw ExitCode(1) }
  }
}
