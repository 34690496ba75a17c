import ArgumentParser
import Foundation

/// The input files of a command: paths as arguments (`-` for standard input), and `--files-from LIST` for
/// lists too long for a command line (one path per line; `-` reads the list from standard input).
struct InputOptions: ParsableArguments {
  @Argument(help: "Report files (text, HTML, DOCX or PDF); - reads standard input.")
  var files: [String] = []

  @Option(name: .customLong("files-from"), help: "Read more input paths from this file, one per line (- for standard input).")
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

  func validate() throws {
    if files.isEmpty && filesFrom == nil && FastArguments.paths.isEmpty {
      throw ValidationError("give at least one report file")
    }
  }
}

/// Paths one per line, as `find` or `ls` write them.
enum PathList {
  /// The non-blank lines of `data` (a trailing CR dropped).
  static func parse(_ data: Data) -> [String] {
    var out: [String] = []
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
      var l = line[...]
      if l.last == 0x0D { l = l.dropLast() }
      if l.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      out.append(String(decoding: l, as: UTF8.self))
    }
    return out
  }
}
