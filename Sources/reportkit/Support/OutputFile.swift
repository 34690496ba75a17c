import Foundation

/// Writes output to stdout, or to a file through a temporary file renamed into place, so a failed run
/// never leaves a half-written file.
final class OutputFile {
  private let fd: Int32
  private let target: URL?
  private let temporary: URL?

  /// Opens standard output (`nil` or `-`) or a temporary file beside `path`.
  init(path: String?) throws {
    guard let path, path != "-" else {
      fd = STDOUT_FILENO
      target = nil
      temporary = nil
      return
    }
    let url = URL(fileURLWithPath: path)
    let tmp = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    let opened = open(tmp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard opened >= 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
    fd = opened
    target = url
    temporary = tmp
  }

  /// Writes bytes straight to the descriptor (no copy into Data).
  func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBufferPointer { try write($0) }
  }

  /// Writes bytes straight to the descriptor.
  func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    guard let start = bytes.baseAddress else { return }
    var done = 0
    while done < bytes.count {
      let n = Foundation.write(fd, start + done, bytes.count - done)
      if n < 0 {
        if errno == EINTR { continue }
        throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
      }
      done += n
    }
  }

  /// Finishes: renames the temporary file to its name.
  func commit() throws {
    guard let target, let temporary else { return }
    close(fd)
    if rename(temporary.path, target.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
    }
  }

  /// Gives up: the temporary file is removed and nothing appears at the target.
  func discard() {
    guard let temporary else { return }
    close(fd)
    unlink(temporary.path)
  }
}
