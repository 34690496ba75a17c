import Foundation
import ReportKit
import ReportKitIndex

/// How one input ended, as a worker hands it to the committer (index, manifest) and the emitter (ordered
/// output, failures file).
enum Outcome: Sendable {
  /// Read and written: its JSON Lines records, its index rows and its manifest record.
  case processed(lines: [UInt8], entry: IndexEntry?, record: ManifestRecord?, bytes: Int)
  /// Unchanged since a run that wrote it (`--resume`): its records, read back from its output.
  case resumed(lines: [UInt8], bytes: Int)
  /// Could not be read; `record` is nil when it failed the same way before (`--resume`).
  case failed(IngestError, record: ManifestRecord?, relativePath: String)
  /// The batch's own output could not be written: the run ends.
  case fatal(OutputError)
}

/// What every worker shares: settings, and what earlier runs left (read once before the workers start).
struct BatchSettings: Sendable {
  /// The out folder, nil for `--out -`.
  var outDir: String?
  /// Whether unchanged inputs are skipped.
  var resume: Bool
  /// Whether index rows are prepared.
  var indexing: Bool
  /// The rules' fingerprint, recorded with every output.
  var rules: String
  /// The manifest's records (empty without --resume).
  var manifest: [String: ManifestRecord] = [:]
  /// What the index holds (empty without --resume or --index).
  var indexed: [String: IndexedSource] = [:]

  /// The mirrored output of an input: `<out>/<archive path>.json` (the source's extension kept, so
  /// 2025.txt and 2025.docx side by side do not collide).
  func outputPath(_ input: BatchInput) -> String? {
    outDir.map { ArchivePath.join($0, input.relativePath + ".json") }
  }
}

/// Processes inputs one at a time with its own pipeline; memory holds one document's report and output.
struct BatchWorker {
  let pipeline: Pipeline
  let settings: BatchSettings

  /// Reads, extracts and writes one input.
  func process(_ input: BatchInput) -> Outcome {
    let data: [UInt8]
    do {
      data = try InputReader.read(input.path)
    } catch {
      return failure(error, input, sha256: nil)
    }
    let sha = SourceInfo.sha256(of: data)
    if settings.resume, let done = resumed(input, sha256: sha, bytes: data.count) { return done }
    let report: Report
    do {
      report = try pipeline.extract(bytes: data, path: input.path, sha256: sha)
    } catch {
      // A stale output of an earlier version of the file would contradict the failure: remove it.
      if let out = settings.outputPath(input) { unlink(out) }
      return failure(error, input, sha256: sha)
    }
    guard let out = settings.outputPath(input) else {
      // --out -: exactly the records `extract --format jsonl` prints.
      let entry = settings.indexing ? IndexEntry(report: report, relativePath: input.relativePath, rules: settings.rules) : nil
      return .processed(lines: ReportJSON.encodeLines(report), entry: entry, record: nil, bytes: data.count)
    }
    let json = ReportJSON.encode(report)
    do {
      try AtomicFile.makeParent(of: out)
      try AtomicFile.write(json, to: out)
    } catch {
      return .fatal(error)
    }
    let lines = ReportJSON.lines(fromEncoded: json) ?? ReportJSON.encodeLines(report)
    let entry = settings.indexing ? IndexEntry(report: report, relativePath: input.relativePath, rules: settings.rules) : nil
    let record = ManifestRecord(path: input.relativePath, sha256: sha, rules: settings.rules, failure: nil)
    return .processed(lines: lines, entry: entry, record: record, bytes: data.count)
  }

  /// The outcome of an input a previous run finished with the same bytes and rules, nil to redo it.
  private func resumed(_ input: BatchInput, sha256: String, bytes: Int) -> Outcome? {
    guard let r = settings.manifest[input.relativePath], r.sha256 == sha256, r.rules == settings.rules else { return nil }
    if let f = r.failure {
      guard ManifestRecord.lastingKinds.contains(f.kind) else { return nil }
      return .failed(IngestError(path: input.path, kind: f.kind, reason: f.message), record: nil, relativePath: input.relativePath)
    }
    if settings.indexing, settings.indexed[input.relativePath] != IndexedSource(sha256: sha256, rules: settings.rules) {
      return nil
    }
    // The output must still be whole: its records are rebuilt from it for the combined JSONL.
    guard let out = settings.outputPath(input), let data = FileManager.default.contents(atPath: out),
      let lines = ReportJSON.lines(fromEncoded: [UInt8](data))
    else { return nil }
    // A temporary file of a write that a kill interrupted would otherwise stay beside it.
    unlink(AtomicFile.temporaryPath(for: out))
    return .resumed(lines: lines, bytes: bytes)
  }

  private func failure(_ error: IngestError, _ input: BatchInput, sha256: String?) -> Outcome {
    // A record even for --out -, which keeps no manifest: it tells the committer to drop the source's rows.
    let record = ManifestRecord(
      path: input.relativePath, sha256: sha256, rules: settings.rules, failure: .init(kind: error.kind, message: error.reason))
    return .failed(error, record: record, relativePath: input.relativePath)
  }
}
