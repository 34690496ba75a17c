import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The helper processes and temporary files alive while inputs are read, so that whoever handles a signal can
/// end and remove them (the library installs no handler itself: signals belong to the program).
///
/// A `pdftotext` child and its `reportkit-pdf-*` folder, or a command's temporary output file, would otherwise
/// outlive a process stopped by SIGINT or SIGTERM.
public enum Temporaries {
  /// One registry for the process; a lock, since documents are read on several threads.
  private final class Registry: @unchecked Sendable {
    // @unchecked: `processes` and `paths` are only reached while `lock` is held.
    let lock = NSLock()
    var processes: [Int: Int32] = [:]
    var paths: [Int: String] = [:]
    var next = 0
    /// Set by `endAll`: the program is ending, and nothing new may be created.
    var closed = false

    /// Takes the lock; once closed, never returns: a thread about to create a file or start a child
    /// after the cleanup would leave it behind, so it waits for the signal to end the process.
    func lockOpen(closing: () -> Void = {}) {
      lock.lock()
      guard closed else { return }
      lock.unlock()
      closing()
      while true { sleep(1) }
    }
  }

  private static let registry = Registry()

  /// A registration, to end once the process or file is gone.
  public struct Token: Hashable, Sendable {
    fileprivate var id: Int
  }

  /// Registers a child process, to be sent SIGTERM by `endAll()`.
  static func track(process pid: Int32) -> Token {
    // A child started while the cleanup ran is ended here.
    registry.lockOpen { kill(pid, SIGKILL) }
    defer { registry.lock.unlock() }
    registry.next += 1
    registry.processes[registry.next] = pid
    return Token(id: registry.next)
  }

  /// Registers a temporary file or folder, to be removed by `endAll()`.
  public static func track(path: String) -> Token {
    registry.lockOpen()
    defer { registry.lock.unlock() }
    registry.next += 1
    registry.paths[registry.next] = path
    return Token(id: registry.next)
  }

  /// Forgets a registration: the process ended, the file was renamed or removed.
  public static func release(_ token: Token) {
    registry.lock.lock()
    defer { registry.lock.unlock() }
    registry.processes[token.id] = nil
    registry.paths[token.id] = nil
  }

  /// Ends every registered child process (SIGTERM, then SIGKILL) and removes every registered path; for a
  /// signal handler that is about to end the program. Later registrations block for good (see `lockOpen`).
  public static func endAll() {
    registry.lock.lock()
    let processes = Array(registry.processes.values)
    let paths = Array(registry.paths.values)
    registry.processes = [:]
    registry.paths = [:]
    registry.closed = true
    registry.lock.unlock()
    for pid in processes { kill(pid, SIGTERM) }
    // pdftotext ends on SIGTERM at once; a child that ignores it gets SIGKILL (kill on a reaped pid is
    // harmless here: the registry forgets a child as soon as it has been waited for).
    if !processes.isEmpty {
      usleep(50_000)
      for pid in processes { kill(pid, SIGKILL) }
    }
    for p in paths { try? FileManager.default.removeItem(atPath: p) }
  }

  /// Returns at once, unless `endAll` has run: then never, so that a thread which saw its child or file
  /// vanish under the cleanup does not report that as an error before the signal ends the process.
  public static func holdIfEnding() {
    registry.lockOpen()
    registry.lock.unlock()
  }

  /// Whether no process `pid` runs on this machine: a temporary file named after it was left by a process
  /// that was killed (SIGKILL, a crash) and may be removed.
  public static func isGone(pid: Int32) -> Bool {
    pid > 0 && kill(pid, 0) != 0 && errno == ESRCH
  }
}
