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
enum OutputFile {
  static func write(_ bytes: [UInt8], to path: String?) throws {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(bytes).write(to: tmp)
      if FileManager.default.fileExists(atPath: url.path) {
        _ = try FileManager.default.replaceItemAt(url, withItemAt: tmp)
      } else {
        try FileManager.default.moveItem(at: tmp, to: url)
      }
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw error
    }
  }
}
