import Foundation

/// The out folder of a batch, created and locked for the run.
enum OutFolder {
  /// Creates `path` (and its parents) and takes its lock, which the system releases when the process ends,
  /// however it ends; throws when another run holds it.
  static func prepare(_ path: String) throws(OutputError) {
    try AtomicFile.makeParent(of: ArchivePath.join(path, BatchRun.lockName))
    let lock = ArchivePath.join(path, BatchRun.lockName)
    let fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    if fd < 0 { throw OutputError.errno(lock) }
    // The descriptor stays open (and locked) until the process exits.
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      close(fd)
      throw OutputError(path: path, reason: "another reportkit batch is writing into this folder")
    }
  }
}
