import Foundation
import ReportKit

/// What a batch finished for one input: the source hash and rules it was read with, and how it ended.
struct ManifestRecord: Hashable, Sendable {
  /// The input's archive path.
  var path: String
  /// SHA-256 of the source bytes; nil when they could not be read.
  var sha256: String?
  /// RuleSet.fingerprint of the run.
  var rules: String
  /// nil when the input was written; else why it failed.
  var failure: Failure?

  /// A failure as recorded.
  struct Failure: Hashable, Sendable {
    var kind: IngestError.Kind
    var message: String
  }

  /// Failures that depend on the bytes and the rules alone; a resumed run does not retry them for the same
  /// hash (the others, a file that could not be read or a missing tool, may go away).
  static let lastingKinds: Set<IngestError.Kind> = [.empty, .binary, .encrypted, .damaged, .unsupported, .noTextLayer, .tooLarge]

  /// One JSON line: `{"path", "sha256", "rules", "status": "ok|failed", "kind", "message"}`.
  var line: [UInt8] {
    var w = JSONWriter(pretty: false, capacity: 256)
    w.beginObject()
    w.field("path", path)
    w.field("sha256", sha256)
    w.field("rules", rules)
    w.field("status", failure == nil ? "ok" : "failed")
    if let f = failure {
      w.field("kind", f.kind.rawValue)
      w.field("message", f.message)
    }
    w.endObject()
    return w.bytes + [0x0A]
  }

  /// The record of a line, nil for a line that is not one (a torn last line of a full disk).
  init?(line: Data) {
    guard let o = try? JSONSerialization.jsonObject(with: line) as? [String: Any], let path = o["path"] as? String,
      let rules = o["rules"] as? String, let status = o["status"] as? String
    else { return nil }
    self.path = path
    self.sha256 = o["sha256"] as? String
    self.rules = rules
    if status == "ok" {
      failure = nil
    } else {
      guard let k = (o["kind"] as? String).flatMap(IngestError.Kind.init(rawValue:)) else { return nil }
      failure = Failure(kind: k, message: o["message"] as? String ?? "")
    }
  }

  /// Makes a record.
  init(path: String, sha256: String?, rules: String, failure: Failure?) {
    self.path = path
    self.sha256 = sha256
    self.rules = rules
    self.failure = failure
  }
}

/// The out folder's record of finished inputs, `.reportkit-manifest.jsonl`: one JSON line per input finished,
/// appended after its output (and index rows) are in place, the last line of a path winning.
///
/// Appending keeps a run's cost per input constant; a line is written with one `write` call, and a failed
/// append is cut back off, so a kill or a full disk leaves at worst records missing, which only means
/// that work is redone.
final class Manifest {
  static let fileName = ".reportkit-manifest.jsonl"
  /// The records read at the start, by archive path.
  let records: [String: ManifestRecord]
  private let file: OpenFile
  private let path: String

  /// Opens the manifest in `outDir` for appending, reading its records first when `load` (for --resume).
  init(outDir: String, load: Bool) throws(OutputError) {
    path = ArchivePath.join(outDir, Manifest.fileName)
    var records: [String: ManifestRecord] = [:]
    if load, let data = FileManager.default.contents(atPath: path) {
      for line in data.split(separator: 0x0A) {
        if let r = ManifestRecord(line: Data(line)) { records[r.path] = r }
      }
    }
    self.records = records
    file = try OpenFile(appending: path)
  }

  /// Appends records (one write for all of them).
  func append(_ new: [ManifestRecord]) throws(OutputError) {
    guard !new.isEmpty else { return }
    var bytes: [UInt8] = []
    for r in new { bytes += r.line }
    let size = lseek(file.descriptor, 0, SEEK_END)
    do {
      try file.write(bytes)
    } catch {
      // A short write would leave a torn line that the next append glues to: cut it off.
      if size >= 0 { _ = ftruncate(file.descriptor, size) }
      throw error
    }
  }

  /// Rewrites the manifest with one line per path when runs left superseded lines (read back from the file,
  /// so the run holds no record of every input in memory).
  func compact() throws(OutputError) {
    guard let data = FileManager.default.contents(atPath: path) else { return }
    var latest: [String: ManifestRecord] = [:]
    var order: [String] = []
    var lines = 0
    for line in data.split(separator: 0x0A) {
      lines += 1
      guard let r = ManifestRecord(line: Data(line)) else { continue }
      if latest.updateValue(r, forKey: r.path) == nil { order.append(r.path) }
    }
    guard lines > latest.count else { return }
    var bytes: [UInt8] = []
    for p in order { if let r = latest[p] { bytes += r.line } }
    try AtomicFile.write(bytes, to: path)
  }
}
