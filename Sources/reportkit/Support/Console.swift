import Foundation

/// Writes to standard error; the library never prints.
enum Console {
  /// One line on standard error.
  static func error(_ line: String) {
    writeError(line + "\n")
  }

  /// Text on standard error as it is (a progress bar redrawn with \r), in one write.
  static func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { raw in
      var done = 0
      while done < raw.count {
        let n = write(STDERR_FILENO, raw.baseAddress! + done, raw.count - done)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        done += n
      }
    }
  }

  /// Whether standard error is a terminal (progress bars and colours only there).
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

  /// Whether standard output is a terminal.
  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}
