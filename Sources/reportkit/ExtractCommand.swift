import ArgumentParser
internal import CSystem
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

  @Option(name: .long, help: "A folder of *.yaml rule files laid over the built-in rules.")
  var rules: String?

  @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @Flag(name: .long, help: "Do not print warnings about the content to standard error.")
  var quiet = false

  func validate() throws {
    if let y = year, !(1949...2100).contains(y) { throw ValidationError("--year must be a year between 1949 and 2100") }
    if files.isEmpty { throw ValidationError("give at least one report file") }
  }

  func run() throws {
    rk_keep_freed_memory()
    var ruleSet = RuleSet.builtin
    if let dir = rules {
      do {
        ruleSet = try RuleSet(directory: URL(fileURLWithPath: dir))
      } catch {
        for p in error.problems { Console.error(p.description) }
        throw ExitCode(1)
      }
    }
    let pipeline = Pipeline(options: .init(year: year, rules: ruleSet))
    // Reports are written as they are made, so memory holds one input at a time; the file appears at its
    // name only when everything went through (OutputFile renames it into place).
    let sink: OutputFile
    do {
      sink = try OutputFile(path: output)
    } catch {
      Console.error("\(output ?? "-"): error: cannot write the output (\(error.localizedDescription))")
      throw ExitCode(1)
    }
    let array = format == .json && files.count > 1
    var written = 0
    var failed = 0
    do {
      for path in files {
        let report: Report
        do {
          report = try pipeline.extract(path: path)
        } catch {
          Console.error(error.description)
          failed += 1
          continue
        }
        if !quiet { DiagnosticPrinter.print(report) }
        switch format {
        case .json:
          if array { try sink.write(Array((written == 0 ? "[\n" : ",\n").utf8)) }
          var bytes = ReportJSON.encode(report)
          if array { bytes.removeLast() }  // the newline; the array adds its own separators
          try sink.write(bytes)
        case .jsonl:
          try sink.write(ReportJSON.encodeLines(report))
        case .tree:
          try sink.write(Array(((written == 0 ? "" : "\n") + TreeWriter.render(report)).utf8))
        case .markdown:
          try sink.write(Array(((written == 0 ? "" : "\n") + MarkdownWriter.render(report)).utf8))
        }
        written += 1
      }
      if array { try sink.write(Array((written == 0 ? "[]\n" : "\n]\n").utf8)) }
      if written == 0 {
        sink.discard()
        throw ExitCode(1)
      }
      try sink.commit()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      sink.discard()
      Console.error("\(output ?? "-"): error: cannot write the output (\(error.localizedDescription))")
      throw ExitCode(1)
    }
    if failed > 0 { throw ExitCode(1) }
  }
}
