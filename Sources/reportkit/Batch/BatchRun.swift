internal import CSystem
import Foundation
import ReportKit
import ReportKitIndex

/// One batch: the inputs processed by `jobs` worker threads, each with its own pipeline; outputs mirrored
/// under the out folder (or records on standard output), the index and the manifest kept in step.
struct BatchRun {
  var inputs: [BatchInput]
  /// Paths the walk could not take (unreadable folders, link loops), reported as failures.
  var problems: [IngestError]
  /// The out folder, nil for `--out -`.
  var outDir: String?
  var indexPath: String?
  var jobs: Int
  var resume: Bool
  var rules: RuleSet
  /// Whether to show progress and the closing summary.
  var verbose: Bool

  /// The combined JSON Lines of every document, in input order, in the out folder.
  static let recordsName = "documents.jsonl"
  /// One line per failed input: `{"source": {"path"}, "error": {"kind", "message"}}`.
  static let failuresName = "failures.jsonl"
  /// Held while a run writes into an out folder, so two runs cannot interleave their files.
  static let lockName = ".reportkit-lock"

  /// Runs the batch and returns the exit code.
  func run(started: DispatchTime) throws -> DiagnosticsEngine.Exit {
    rk_keep_freed_memory()
    let manifest: Manifest?
    let index: IndexWriter?
    var settings = BatchSettings(outDir: outDir, resume: resume, indexing: indexPath != nil, rules: rules.fingerprint)
    let records: OpenFile
    let failures: OpenFile?
    do {
      if let outDir {
        manifest = try Manifest(outDir: outDir, load: resume)
        settings.manifest = manifest?.records ?? [:]
        records = try OpenFile(creating: AtomicFile.temporaryPath(for: ArchivePath.join(outDir, BatchRun.recordsName)))
        failures = try OpenFile(creating: AtomicFile.temporaryPath(for: ArchivePath.join(outDir, BatchRun.failuresName)))
      } else {
        manifest = nil
        records = OpenFile(descriptor: STDOUT_FILENO, path: "-")
        failures = nil
      }
    } catch {
      Console.error(error.description)
      return .inputFailed
    }
    do {
      index = try indexPath.map { p throws(IndexError) in try IndexWriter(path: p) }
      if resume, let index { settings.indexed = try index.indexedSources() }
    } catch {
      Console.error(error.description)
      return .inputFailed
    }

    let console = BatchConsole()
    let emitter = OrderedEmitter(total: inputs.count, window: max(8, jobs * 4), records: records, failures: failures, console: console)
    for p in problems { emitter.reportEarly(p) }
    let fatal = Locked<String?>(nil)
    let committer = Committer(index: index, manifest: manifest, jobs: jobs) { message in
      fatal.withLock { $0 = $0 ?? message }
      emitter.stop()
    }
    let interruption = Interruption(onStop: { emitter.stop() })
    let progress = verbose && (outDir != nil || console.isTerminal)
      ? BatchProgress(total: inputs.count, emitter: emitter, console: console) : nil

    let group = DispatchGroup()
    let inputs = self.inputs
    let ruleSet = rules
    let shared = settings
    for _ in 0..<max(1, jobs) {
      group.enter()
      let thread = Thread {
        let worker = BatchWorker(pipeline: Pipeline(options: .init(rules: ruleSet)), settings: shared)
        while let k = emitter.claim() {
          let outcome = worker.process(inputs[k])
          var message: String? = nil
          if case .fatal(let e) = outcome { message = e.description } else { message = committer.accept(outcome) }
          if let message {
            fatal.withLock { $0 = $0 ?? message }
            emitter.stop()
          }
          emitter.deliver(k, outcome)
        }
        group.leave()
      }
      // The pipeline recurses over outline trees; give workers the main thread's stack size.
      thread.stackSize = 8 << 20
      thread.start()
    }
    group.wait()
    progress?.stop()
    interruption.end()

    let complete = emitter.complete
    if let e = emitter.failedWrite { fatal.withLock { $0 = $0 ?? e.description } }
    if let message = committer.finish(compact: complete) { fatal.withLock { $0 = $0 ?? message } }
    let fatalMessage = fatal.withLock { $0 }
    let signal = interruption.received.withLock { $0 }
    if let outDir {
      // The combined files appear only for a whole run: a cut-short one keeps the previous ones.
      if complete && fatalMessage == nil && signal == nil {
        do throws(OutputError) {
          for (file, name) in [(records, BatchRun.recordsName), (failures, BatchRun.failuresName)] {
            guard let file else { continue }
            try file.close()
            if rename(file.path, ArchivePath.join(outDir, name)) != 0 { throw OutputError.errno(ArchivePath.join(outDir, name)) }
          }
        } catch {
          fatal.withLock { $0 = $0 ?? error.description }
        }
      } else {
        records.discard()
        failures?.discard()
      }
    }

    let counts = emitter.snapshot
    let failed = counts.failed + problems.count
    if let m = fatal.withLock({ $0 }) { Console.error(m) }
    if verbose && outDir != nil {
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
      var summary = "batch: \(inputs.count) inputs: \(counts.written) written, \(counts.resumed) unchanged, \(failed) failed"
      summary += String(format: " in %.2f s", seconds)
      if let outDir { summary += " → \(outDir)" }
      if failed > 0, let outDir, complete { summary += " (failures in \(ArchivePath.join(outDir, BatchRun.failuresName)))" }
      if signal != nil { summary += "; interrupted: rerun with --resume to finish" }
      Console.error(summary)
    }
    if fatal.withLock({ $0 }) != nil { return .inputFailed }
    if signal == SIGTERM { return .terminated }
    if signal != nil { return .interrupted }
    return failed > 0 ? .batchPartlyFailed : .success
  }
}
