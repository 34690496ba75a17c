import Foundation
import ReportKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the bytes of an input named on the command line: a file, or standard input for `-`.
enum InputReader {
  /// The bytes at `path`; failures carry the kind a batch records.
  static func read(_ path: String) throws(IngestError) -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    // One stat, one open, then reads straight into a buffer sized from the file (FileManager and FileHandle
    // cost more than reading a report does).
    var st = stat()
    guard stat(path, &st) == 0 else { throw IngestError(path: path, kind: .notFound, reason: "no such file") }
    if st.st_mode & S_IFMT == S_IFDIR {
      throw IngestError(path: path, kind: .unreadable, reason: "is a directory; give the report files inside it (or use reportkit batch)")
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      throw IngestError(path: path, kind: .unreadable, reason: "cannot be opened for reading (\(String(cString: strerror(errno))))")
    }
    defer { close(fd) }
    // The size stat gave is a hint: a file may grow while read, and a pipe or /proc file says 0.
    var capacity = max(Int(st.st_size), 0) + 1
    var buffer = malloc(capacity)!
    var count = 0
    while true {
      if count == capacity {
        capacity *= 2
        buffer = realloc(buffer, capacity)!
      }
      let got = readBytes(fd, buffer + count, capacity - count)
      if got > 0 {
        count += got
      } else if got == 0 {
        break
      } else if errno != EINTR {
        let reason = String(cString: strerror(errno))
        free(buffer)
        throw IngestError(path: path, kind: .unreadable, reason: "cannot be read (\(reason))")
      }
    }
    return Data(bytesNoCopy: buffer, count: count, deallocator: .free)
  }
}

/// read(2), under a name apart from `InputReader.read`.
private func readBytes(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int {
  #if canImport(Glibc)
    Glibc.read(fd, p, n)
  #else
    Darwin.read(fd, p, n)
  #endif
}
