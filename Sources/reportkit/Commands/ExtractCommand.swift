import ArgumentParser
internal import CSystem
import Foundation
import ReportKit

/// `reportkit extract FILE...`: the outline and extractions of each file.
struct ExtractCommand: ParsableCommand, TakesManyPaths {
  static let name = "extract"
  static let valueOptions = QuickArguments.valueOptions(ExtractSettings.quickOptions)

  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract articles, outline, figures, deadlines and targets from report files.",
    discussion: """
      The format of each input (text, HTML, DOCX, PDF) and its encoding are detected from its bytes.
      One input gives one JSON object; several give a JSON array of them, where an input that could not be
      read is a record {"source": {"path"}, "error": {"kind", "message"}} in its place; jsonl gives one line
      per document. Without --format, the extension of -o picks it (.json, .jsonl, .md, .txt), else json.
      """)

  @OptionGroup var inputs: InputOptions

  @Option(name: .long, help: "Output format: json, jsonl, tree or markdown (default: from -o's extension, else json).")
  var format: ReportFormat?

  @OptionGroup var year: YearOption
  @OptionGroup var rules: RulesOption
  @OptionGroup var output: OutputOptions

  /// What the command line asks for, as a plain value.
  var settings: ExtractSettings {
    ExtractSettings(inputs: inputs.list, format: format, year: year.year, rules: rules.rules, output: output.target)
  }

  func run() throws { try settings.run() }
}

/// What `extract` runs with, however its command line was read (ArgumentParser, or `QuickArguments` for the
/// plain command lines that make up most runs).
struct ExtractSettings: Sendable, Equatable {
  var inputs = InputList()
  var format: ReportFormat?
  var year: Int?
  var rules: String?
  var output = OutputTarget()

  /// The options of `ExtractCommand` for `QuickArguments`: the same spellings (a test compares them with what
  /// ArgumentParser declares), and a value ArgumentParser would refuse or check is left to it.
  static let quickOptions: [QuickOption<ExtractSettings>] = [
    .value("--files-from") { s, v in
      s.inputs.filesFrom = v
      return true
    },
    .value("--format") { s, v in
      s.format = ReportFormat(argument: v)
      return s.format != nil
    },
    .year("--year", \.year),
  ] + QuickOption.shared(rules: \.rules, output: \.output)

  /// The settings of `extract ARGS…` read without ArgumentParser; nil when it must read them (see `QuickArguments`).
  static func quick(_ args: ArraySlice<String>) -> ExtractSettings? {
    let s = QuickArguments.parse(args, options: quickOptions, into: ExtractSettings()) { $0.inputs.files.append($1) }
    // No input at all is InputOptions.validate's to report.
    guard let s, !s.inputs.files.isEmpty || s.inputs.filesFrom != nil else { return nil }
    return s
  }

  /// The format in force: --format, else -o's extension, else JSON.
  var effectiveFormat: ReportFormat { format ?? output.format(ReportFormat.init(fileExtension:)) ?? .json }

  func run() throws {
    rk_keep_freed_memory()
    let paths = try inputs.paths()
    let pipeline = Pipeline(options: .init(year: year, rules: try RulesOption.load(rules)))
    let engine = DiagnosticsEngine(quiet: output.quiet, hints: [.yearNotStated: "give --year", .deadlinesUndated: "give --year"])
    // Reports are written as they are made, so memory holds one input at a time; the file appears at its
    // name only when everything went through (OutputFile renames it into place).
    let sink = try output.open()
    var stream = ReportStream(format: effectiveFormat, inputs: paths.count)
    var written = 0
    do {
      try sink.write(stream.begin())
      for path in paths {
        let report: Report
        do {
          // Read in its own statement so the input's bytes are freed before the text is normalised (3 bytes
          // per character of a large document, held through the whole extraction by `pipeline.extract(bytes:)`).
          let source = try Ingestor().read(bytes: try InputReader.read(path), path: path)
          report = pipeline.process(consume source)
        } catch {
          engine.failed(error)
          try sink.write(stream.add(error))
          continue
        }
        engine.report(report)
        // Streamed: the JSON of a large document goes out in chunks instead of being held whole.
        var failure: (any Error)?
        stream.add(report) { chunk in
          guard failure == nil else { return }
          do { try sink.write(chunk) } catch { failure = error }
        }
        if let failure { throw failure }
        written += 1
      }
      try sink.write(stream.end())
      // Nothing was read: no output at all, rather than an empty array or file.
      if written == 0 {
        sink.discard()
        throw ExitCodeError(code: .inputFailed)
      }
      try sink.commit()
    } catch let exit as ExitCodeError {
      throw exit
    } catch {
      sink.discard()
      throw engine.fatal("\(output.path ?? "-"): error: cannot write the output (\(error.localizedDescription))")
    }
    if engine.exit() != .success { throw ExitCodeError(code: engine.exit()) }
  }
}
