import ArgumentParser
import Foundation
import ReportKit

/// `reportkit batch (DIR|FILE...|-) --out DIR|-`: a whole archive, in parallel, resumable, with an index.
struct BatchCommand: ParsableCommand, TakesManyPaths {
  static let name = "batch"
  static let valueOptions: Set<String> = ["--out", "--index", "--jobs", "--shard", "--rules"]

  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Extract a whole archive of reports in parallel into mirrored JSON files, JSON Lines and an index.",
    discussion: """
      Folders are walked in name order for .txt .html .htm .docx .pdf files and other files whose bytes are
      text; - reads the paths to process from standard input, one per line. --out DIR writes <DIR>/<path>.json
      for each input (the extract --format json object, the folder tree mirrored), documents.jsonl (every
      document's extract --format jsonl record, in input order) and failures.jsonl (one
      {"source": {"path"}, "error": {"kind", "message"}} line per failed input). --out - writes the records
      to standard output instead, so `reportkit batch - --out -` is a mapper for Spark's RDD.pipe or Hadoop
      Streaming. Exit 3 when some input failed; 130 when interrupted (rerun with --resume to finish).
      """)

  @Argument(help: "Folders, report files, or - to read paths from standard input.")
  var inputs: [String] = []

  @Option(name: .long, help: "The out folder, or - for JSON Lines on standard output.")
  var out: String

  @Option(name: .long, help: "Also write an SQLite index of the documents to this file (for reportkit search).")
  var index: String?

  @Option(name: .long, help: "Worker threads (default: the number of cores).")
  var jobs: Int?

  @Option(name: .long, help: "Process only the K-th of N stable shares of the inputs (K/N, e.g. 2/3).")
  var shard: Shard?

  @Flag(name: .long, help: "Skip inputs whose output exists for the same source SHA-256 and rules.")
  var resume = false

  @OptionGroup var rules: RulesOption

  @Flag(name: .long, help: "No progress display and no summary on standard error (failures are still listed).")
  var quiet = false

  /// Every path argument, those FastArguments took out included.
  var arguments: [String] { inputs + FastArguments.paths }

  func validate() throws {
    if arguments.isEmpty { throw ValidationError("give a folder, report files, or - to read paths from standard input") }
    if arguments.contains("-") && arguments.count > 1 { throw ValidationError("- (paths from standard input) stands alone") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if resume && out == "-" { throw ValidationError("--resume needs --out DIR: the record of finished inputs is kept there") }
    if out.isEmpty { throw ValidationError("--out needs a folder, or - for standard output") }
  }

  func run() throws {
    let started = DispatchTime.now()
    let ruleSet = try rules.load()
    let outDir = out == "-" ? nil : out
    if let outDir {
      do { try OutFolder.prepare(outDir) } catch {
        Console.error(error.description)
        throw ExitCodeError(code: .inputFailed)
      }
    }
    // The index file is created before the walk, so a walk of a folder holding it can leave it out.
    var walker = InputWalker()
    for p in [outDir, index].compactMap({ $0 }) {
      if let id = InputWalker.fileID(p) { walker.excluded.insert(id) }
    }
    var inputs: [BatchInput]
    var problems: [IngestError] = []
    if arguments == ["-"] {
      // Read whole before starting: a Spark or Hadoop mapper writes its split and closes the pipe, and
      // 100,000 lines take milliseconds.
      inputs = PathList.parse(FileHandle.standardInput.readDataToEndOfFile()).map {
        BatchInput(path: $0, relativePath: ArchivePath.relative($0))
      }
    } else {
      let walked = walker.expand(arguments)
      inputs = walked.inputs
      problems = walked.problems.filter { shard?.contains($0.relativePath) ?? true }.map(\.error)
    }
    if let shard { inputs = inputs.filter { shard.contains($0.relativePath) } }
    if outDir != nil {
      // Two inputs with one archive path would write one output file: the first is kept.
      var seen = Set<String>()
      inputs = inputs.filter { i in
        if seen.insert(i.relativePath).inserted { return true }
        Console.error("\(i.path): note: listed twice; processed once")
        return false
      }
    }
    let run = BatchRun(
      inputs: inputs, problems: problems, outDir: outDir, indexPath: index,
      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, resume: resume, rules: ruleSet, verbose: !quiet)
    let code = try run.run(started: started)
    if code != .success { throw ExitCodeError(code: code) }
  }
}
