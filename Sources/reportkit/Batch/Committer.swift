import Foundation
import ReportKitIndex

/// Puts finished inputs into the index and the manifest, in that order, under one lock.
///
/// With one job the index is written by the worker itself after each input (no thread of its own, so
/// `--jobs 1` really is one thread). With more, a writer thread of its own takes finished inputs from a short
/// queue: written under the lock by whichever worker finished, an input's rows kept that worker from its next
/// input while SQLite ran, and with two jobs a worker often waited for the other's writing, idle; now workers
/// only wait when the queue is full (the writer is behind). Writes go into transactions that take many inputs:
/// every commit makes FTS5 write its pending terms as a new segment, and one commit per input took 0.85 s
/// against 0.5 s for the 84 reports. Each input's old rows are deleted and its new ones inserted in the same
/// transaction, so a commit (or a kill before it) never leaves a source half replaced. Manifest records are
/// appended only after the commit that holds their rows: a kill between the two means redoing those inputs,
/// never skipping a missing one.
final class Committer: Sendable {
  private struct State {
    var index: IndexWriter?
    var manifest: Manifest?
    var pending: [ManifestRecord] = []
    var batchStarted: DispatchTime?
    var failure: String?
  }
  private let state: Locked<State>
  /// The writer thread's queue, nil when workers write themselves (one job, or nothing to write).
  private let queue: HandOff<Outcome>?
  /// Signalled when the writer thread has written everything it was given.
  private let drained = DispatchSemaphore(value: 0)
  /// Told the message of a failure the writer thread met, so the run stops claiming inputs.
  private let onFailure: @Sendable (String) -> Void

  /// Commit when this many bytes of text and pairs wait (FTS5 flushes its own buffer at about 1 MB of terms).
  static let commitWeight = 32 << 20
  /// Commit at least this often, so an interrupted run loses little work.
  static let commitInterval: UInt64 = 2_000_000_000

  /// Inputs the writer thread's queue holds per job: enough that a worker rarely waits for the writer to
  /// take one, few enough that memory holds only a handful of reports' rows.
  static let queuedPerJob = 2

  /// Takes the index writer and manifest of the run (either may be absent); with `jobs` above one, a writer
  /// thread of its own records what the workers hand it, and tells `onFailure` of a failure that must end the
  /// run.
  init(index: sending IndexWriter?, manifest: sending Manifest?, jobs: Int = 1,
    onFailure: @escaping @Sendable (String) -> Void = { _ in }) {
    let writes = index != nil || manifest != nil
    state = Locked(State(index: index, manifest: manifest))
    self.onFailure = onFailure
    queue = jobs > 1 && writes ? HandOff(capacity: jobs * Committer.queuedPerJob) : nil
    guard let queue else { return }
    let thread = Thread { [self] in
      var told = false
      while let outcome = queue.take() {
        // After a failure every record returns it again (nothing more is written): the run is told once.
        if let message = record(outcome), !told {
          told = true
          self.onFailure(message)
        }
      }
      drained.signal()
    }
    thread.name = "index writer"
    thread.start()
  }

  /// Records one outcome, or hands it to the writer thread; returns the message of a failure that must end
  /// the run (the writer thread's failures go to `onFailure` instead, and to `finish`).
  func accept(_ outcome: Outcome) -> String? {
    guard let queue else { return record(outcome) }
    switch outcome {
    case .processed, .failed: queue.put(outcome)
    case .resumed, .fatal: break  // nothing to record
    }
    return nil
  }

  /// Writes one outcome's rows and queues its manifest record; the message of a failure that ends the run.
  private func record(_ outcome: Outcome) -> String? {
    state.withLock { s in
      guard s.failure == nil else { return s.failure }
      do {
        switch outcome {
        case .processed(_, let entry, let record, _):
          if let entry { try s.index?.replace(entry) }
          if let record { s.pending.append(record) }
        case .failed(_, let record, let relativePath):
          guard let record else { return nil }  // failed the same way before: nothing changes
          try s.index?.remove(relativePath: relativePath)
          s.pending.append(record)
        case .resumed, .fatal:
          return nil
        }
        let started = s.batchStarted ?? .now()
        s.batchStarted = started
        let due = (s.index?.pendingWeight ?? Int.max) >= Committer.commitWeight
          || DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds >= Committer.commitInterval
        if due { try Committer.commit(&s) }
      } catch {
        s.index?.rollback()
        s.failure = "\(error)"
        return s.failure
      }
      return nil
    }
  }

  /// Waits for the writer thread to write what it was given, commits what is pending and folds the index's
  /// log into its file; the message of a failure, if any. Called once, after the last `accept`.
  func finish(compact: Bool) -> String? {
    if let queue {
      queue.close()
      drained.wait()
    }
    return state.withLock { s in
      if let f = s.failure { return f }
      do {
        try Committer.commit(&s)
        s.index?.checkpoint()
        if compact { try s.manifest?.compact() }
      } catch {
        s.index?.rollback()
        s.failure = "\(error)"
      }
      return s.failure
    }
  }

  private static func commit(_ s: inout State) throws {
    try s.index?.commit()
    try s.manifest?.append(s.pending)
    s.pending = []
    s.batchStarted = nil
  }
}
