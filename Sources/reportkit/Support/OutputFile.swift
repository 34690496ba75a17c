import Foundation
import ReportKit

/// Writes output to stdout, or to a file through a temporary file renamed into place, so a failed run
/// never leaves a half-written file.
///
/// The temporary file is named after the process (`.out.json.PID.tmp`): SIGINT and SIGTERM remove it
/// (`SignalCleanup`), and one left by a run that was killed outright (SIGKILL, a crash) is removed by the
/// next run writing the same target, once no process of its id runs.
final class OutputFile {
  private let fd: Int32
  private let target: URL?
  private let temporary: URL?
  private let token: Temporaries.Token?

  /// Opens standard output (`nil` or `-`) or a temporary file beside `path`.
  init(path: String?) throws {
    guard let path, path != "-" else {
      fd = STDOUT_FILENO
      target = nil
      temporary = nil
      token = nil
      return
    }
    let url = URL(fileURLWithPath: path)
    OutputFile.removeStale(beside: url)
    let tmp = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    // Registered before it exists: a signal between open and registration would leave it.
    let token = Temporaries.track(path: tmp.path)
    let opened = open(tmp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard opened >= 0 else {
      Temporaries.release(token)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
    fd = opened
    target = url
    temporary = tmp
    self.token = token
  }

  /// Removes the temporary files of `url` that killed runs left (`.NAME.PID.tmp` whose process is gone).
  private static func removeStale(beside url: URL) {
    let dir = url.deletingLastPathComponent()
    let prefix = ".\(url.lastPathComponent)."
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
    for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
      let middle = name.dropFirst(prefix.count).dropLast(4)
      guard let pid = Int32(middle), Temporaries.isGone(pid: pid) else { continue }
      unlink(dir.appendingPathComponent(name).path)
    }
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
    // A signal's cleanup removed the temporary file: no rename and no error, the signal ends the run.
    Temporaries.holdIfEnding()
    defer { token.map(Temporaries.release) }
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
    token.map(Temporaries.release)
  }
}
