import Foundation

/// Writes to standard error; the library never prints.
enum Console {
  /// One line on standard error.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Whether standard error is a terminal (progress bars and colours only there).
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

  /// Whether standard output is a terminal.
  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}
