import Foundation
import ReportKit

/// Writes what the workers finish in input order: JSON Lines records to the combined file (or standard
/// output for `--out -`), failures to the failures file and standard error; and hands out inputs to the
/// workers no further than `window` ahead of the first one not yet written, so the results waiting for a
/// slow input stay a few documents, whatever the number of files.
///
/// `@unchecked Sendable`: every stored property is read and written only while `condition` is locked.
final class OrderedEmitter: @unchecked Sendable {
  /// How an input's turn is written.
  enum Item {
    case records([UInt8])
    case failure(IngestError)
  }

  /// Counts shown by the progress display and the summary.
  struct Counts: Sendable {
    var written = 0
    var resumed = 0
    var failed = 0
    var bytes = 0
  }

  private let condition = NSCondition()
  private let total: Int
  private let window: Int
  private var claimed = 0
  private var next = 0
  private var waiting: [Int: Item] = [:]
  private var stopped = false
  private var counts = Counts()
  private var writeError: OutputError?
  private let records: OpenFile
  private let failures: OpenFile?
  private let console: BatchConsole

  /// Makes an emitter for `total` inputs writing records to `records` and failures to `failures` (if any).
  init(total: Int, window: Int, records: OpenFile, failures: OpenFile?, console: BatchConsole) {
    self.total = total
    self.window = window
    self.records = records
    self.failures = failures
    self.console = console
  }

  /// The next input for a worker, nil when there is none or the run stops; waits while the worker would
  /// run more than `window` inputs ahead of the output.
  func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while !stopped && claimed < total && claimed >= next + window { condition.wait() }
    guard !stopped, claimed < total else { return nil }
    claimed += 1
    return claimed - 1
  }

  /// Stops handing out inputs (a signal, a fatal error); inputs being processed still finish.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }

  /// Writes a failure found before any input was read (a folder the walk could not read).
  func reportEarly(_ error: IngestError) {
    condition.lock()
    defer { condition.unlock() }
    writeFailure(error)
  }

  /// Delivers input `k`'s outcome; writes it and every later one already waiting when it is its turn.
  func deliver(_ k: Int, _ outcome: Outcome) {
    condition.lock()
    defer { condition.unlock() }
    switch outcome {
    case .processed(let lines, _, _, let bytes):
      counts.written += 1
      counts.bytes += bytes
      waiting[k] = .records(lines)
    case .resumed(let lines, let bytes):
      counts.resumed += 1
      counts.bytes += bytes
      waiting[k] = .records(lines)
    case .failed(let error, _, _):
      counts.failed += 1
      waiting[k] = .failure(error)
    case .fatal:
      waiting[k] = .records([])
    }
    while let item = waiting.removeValue(forKey: next) {
      switch item {
      case .records(let bytes):
        if writeError == nil, !bytes.isEmpty {
          do {
            try records.write(bytes)
          } catch {
            writeError = error
            stopped = true
          }
        }
      case .failure(let error):
        writeFailure(error)
      }
      next += 1
    }
    condition.broadcast()
  }

  /// The counts so far.
  var snapshot: Counts {
    condition.lock()
    defer { condition.unlock() }
    return counts
  }

  /// The first failure to write the records or failures, if any.
  var failedWrite: OutputError? {
    condition.lock()
    defer { condition.unlock() }
    return writeError
  }

  /// Whether every input was written (the run was not cut short).
  var complete: Bool {
    condition.lock()
    defer { condition.unlock() }
    return next == total && writeError == nil
  }

  private func writeFailure(_ error: IngestError) {
    console.line("\(error.description) [\(error.kind.rawValue)]")
    guard let failures, writeError == nil else { return }
    do {
      try failures.write(ReportJSON.encodeFailure(error, pretty: false))
    } catch {
      writeError = error
      stopped = true
    }
  }
}
