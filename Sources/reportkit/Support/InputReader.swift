import Foundation
import ReportKit

/// Reads the bytes of an input named on the command line: a file, or standard input for `-`.
enum InputReader {
  /// The bytes at `path`; failures carry the kind a batch records.
  static func read(_ path: String) throws(IngestError) -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw IngestError(path: path, kind: .notFound, reason: "no such file")
    }
    if isDir.boolValue {
      throw IngestError(path: path, kind: .unreadable, reason: "is a directory; give the report files inside it (or use reportkit batch)")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw IngestError(path: path, kind: .unreadable, reason: "cannot be opened for reading (\(String(cString: strerror(errno))))")
    }
    defer { try? handle.close() }
    do {
      return try handle.readToEnd() ?? Data()
    } catch {
      throw IngestError(path: path, kind: .unreadable, reason: "cannot be read (\(error.localizedDescription))")
    }
  }
}
