import Foundation

/// A failure to write the batch's own files (a full disk, a read-only folder): it ends the run, since every
/// later write would fail the same way.
struct OutputError: Error, CustomStringConvertible {
  /// The file that could not be written.
  var path: String
  /// The system's reason.
  var reason: String

  /// `path: error: cannot write … (reason)`.
  var description: String { "\(path): error: cannot write the output (\(reason))" }

  /// The error for the current `errno`.
  static func errno(_ path: String) -> OutputError {
    OutputError(path: path, reason: String(cString: strerror(Foundation.errno)))
  }
}

/// Writes files so that a reader (or a rerun after a crash) only ever sees a whole file: the bytes go to a
/// temporary file in the same folder, which is then renamed over the name (rename is atomic within a
/// file system).
enum AtomicFile {
  /// The temporary name beside `path`: hidden, so a walk of the out folder skips it, and fixed, so a run
  /// killed mid-write leaves at most one per output, which the next write of that output replaces (the out
  /// folder's lock keeps two runs from sharing it).
  static func temporaryPath(for path: String) -> String {
    let slash = path.lastIndex(of: "/")
    let dir = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    return dir + "." + name + ".reportkit-tmp"
  }

  /// Writes `bytes` to `path` through a temporary file; on failure nothing is left but what was there before.
  static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
    let tmp = temporaryPath(for: path)
    let file = try OpenFile(creating: tmp)
    do {
      try file.write(bytes)
      try file.close()
    } catch {
      file.discard()
      throw error
    }
    if rename(tmp, path) != 0 {
      let e = OutputError.errno(path)
      unlink(tmp)
      throw e
    }
  }

  /// Creates the folders above `path` (like `mkdir -p`).
  static func makeParent(of path: String) throws(OutputError) {
    guard let slash = path.lastIndex(of: "/") else { return }
    let dir = String(path[..<slash])
    if dir.isEmpty { return }
    var st = stat()
    if stat(dir, &st) == 0 { return }
    try makeParent(of: dir)
    if mkdir(dir, 0o755) != 0 && Foundation.errno != EEXIST { throw OutputError.errno(dir) }
  }
}

/// A file being written through its descriptor; every failure says which file and why.
final class OpenFile {
  private var fd: Int32
  /// The file's path.
  let path: String
  /// Whether the descriptor is this object's to close (standard output is not).
  private let owned: Bool

  /// Writes to a descriptor opened elsewhere (standard output), which is never closed here.
  init(descriptor: Int32, path: String) {
    fd = descriptor
    self.path = path
    owned = false
  }

  /// Creates (or truncates) `path` for writing.
  init(creating path: String) throws(OutputError) {
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    self.path = path
    owned = true
    if fd < 0 { throw OutputError.errno(path) }
  }

  /// Opens `path` for appending, creating it when missing.
  init(appending path: String) throws(OutputError) {
    fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    self.path = path
    owned = true
    if fd < 0 { throw OutputError.errno(path) }
  }

  /// The descriptor, for a shared lock or a size.
  var descriptor: Int32 { fd }

  /// Writes all of `bytes` (retrying short writes and EINTR).
  func write(_ bytes: [UInt8]) throws(OutputError) {
    var failure: OutputError? = nil
    bytes.withUnsafeBytes { raw in
      var done = 0
      while done < raw.count {
        let n = Foundation.write(fd, raw.baseAddress! + done, raw.count - done)
        if n < 0 {
          if Foundation.errno == EINTR { continue }
          failure = OutputError.errno(path)
          return
        }
        done += n
      }
    }
    if let failure { throw failure }
  }

  /// Closes the file; a close that fails (NFS, a full disk) is a write that failed.
  func close() throws(OutputError) {
    guard fd >= 0, owned else { return }
    let rc = Foundation.close(fd)
    fd = -1
    if rc != 0 { throw OutputError.errno(path) }
  }

  /// Closes and deletes the file.
  func discard() {
    guard owned else { return }
    if fd >= 0 { Foundation.close(fd) }
    fd = -1
    unlink(path)
  }

  deinit { if fd >= 0 && owned { Foundation.close(fd) } }
}
