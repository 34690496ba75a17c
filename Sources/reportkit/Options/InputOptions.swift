import ArgumentParser
import Foundation

/// The input files of a command: paths as arguments (`-` for standard input), and `--files-from LIST` for
/// lists too long for a command line (one path per line; `-` reads the list from standard input).
struct InputOptions: ParsableArguments {
  @Argument(help: "Report files (text, HTML, DOCX or PDF); - reads standard input.")
  var files: [String] = []

  @Option(name: .customLong("files-from"), help: "Read more input paths from this file, one per line (- for standard input).")
  var filesFrom: String?

  /// The inputs as a plain value, for the command's settings.
  var list: InputList { InputList(files: files, filesFrom: filesFrom) }

  /// Every input path: arguments first (also those `FastArguments` took out), then the list's lines.
  func paths() throws -> [String] { try list.paths() }

  func validate() throws {
    if files.isEmpty && filesFrom == nil && FastArguments.paths.isEmpty {
      throw ValidationError("give at least one report file")
    }
  }
}

/// The input files of a run, however its command line was read: paths, and a file listing more.
struct InputList: Sendable, Equatable {
  var files: [String] = []
  var filesFrom: String?

  /// Every input path: arguments first (also those `FastArguments` took out), then the list's lines.
  func paths() throws -> [String] {
    let files = self.files + FastArguments.paths
    guard let list = filesFrom else { return files }
    let data: Data
    if list == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else if let d = FileManager.default.contents(atPath: list) {
      data = d
    } else {
      Console.error("\(list): error: cannot read the list of input paths")
      throw ExitCodeError(code: .inputFailed)
    }
    return files + PathList.parse(data)
  }
}

/// Paths one per line, as `find` or `ls` write them.
enum PathList {
  /// The non-blank lines of `data` (a trailing CR dropped).
  static func parse(_ data: Data) -> [String] {
    // Over the raw bytes: splitting the Data itself made a Data slice per line, 40 ms for 100,000 paths.
    data.withUnsafeBytes { raw -> [String] in
      let b = raw.bindMemory(to: UInt8.self)
      var out: [String] = []
      var start = 0
      while start < b.count {
        var end = start
        while end < b.count && b[end] != 0x0A { end += 1 }
        var last = end
        if last > start && b[last - 1] == 0x0D { last -= 1 }
        if b[start..<last].contains(where: { $0 != 0x20 && $0 != 0x09 }) {
          out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<last]), as: UTF8.self))
        }
        start = end + 1
      }
      return out
    }
  }
}
