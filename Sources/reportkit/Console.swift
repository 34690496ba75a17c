import Foundation
import ReportKit

/// Writes to standard error; the library never prints.
enum Console {
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}

/// Prints content diagnostics as `path:line:col: warning: message [id]`.
enum DiagnosticPrinter {
  static func print(_ report: Report) {
    for d in report.documents {
      for x in d.diagnostics where x.severity != .note {
        let (line, col) = report.locator.location(ofFileOffset: d.offsetInFile + (x.span?.start ?? 0))
        Console.error("\(report.source.path):\(line):\(col): \(x.severity.rawValue): \(x.message) [\(x.id)]")
      }
    }
  }
}

/// Writes output to stdout, or to a file through a temporary file renamed into place, so a failed run
/// never leaves a half-written file.
final class OutputFile {
  private let handle: FileHandle
  private let target: URL?
  private let temporary: URL?
  private var pending: [UInt8] = []

  /// Opens standard output (`nil` or `-`) or a temporary file beside `path`.
  init(path: String?) throws {
    guard let path, path != "-" else {
      handle = FileHandle.standardOutput
      target = nil
      temporary = nil
      return
    }
    let url = URL(fileURLWithPath: path)
    let tmp = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    guard FileManager.default.createFile(atPath: tmp.path, contents: nil) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: tmp.path])
    }
    handle = try FileHandle(forWritingTo: tmp)
    target = url
    temporary = tmp
  }

  /// Appends bytes, flushing in large chunks.
  func write(_ bytes: [UInt8]) throws {
    pending += bytes
    if pending.count >= 1 << 20 { try flush() }
  }

  private func flush() throws {
    guard !pending.isEmpty else { return }
    try handle.write(contentsOf: pending)
    pending.removeAll(keepingCapacity: true)
  }

  /// Finishes: flushes, and renames the temporary file to its name.
  func commit() throws {
    try flush()
    guard let target, let temporary else { return }
    try handle.close()
    if FileManager.default.fileExists(atPath: target.path) {
      _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
    } else {
      try FileManager.default.moveItem(at: temporary, to: target)
    }
  }

  /// Gives up: the temporary file is removed and nothing appears at the target.
  func discard() {
    pending.removeAll()
    guard let temporary else { return }
    try? handle.close()
    try? FileManager.default.removeItem(at: temporary)
  }
}
