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
  static func read(_ path: String) throws(IngestError) -> [UInt8] {
    if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
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
    // The size stat gave is a hint: a file may grow while read, and a pipe or /proc file says 0. The array
    // is read into in place (the ingestor takes it as it is, without a copy), one byte over the size so that
    // filling it means there may be more.
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(st.st_size), 0) + 1) { buf, count in
      count = 0
      failure = fill(fd, UnsafeMutableRawBufferPointer(buf), &count)
    }
    if failure == 0 && bytes.count == bytes.capacity {
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while failure == 0 {
        var got = 0
        failure = chunk.withUnsafeMutableBytes { fill(fd, $0, &got) }
        bytes += chunk[..<got]
        if got < chunk.count { break }
      }
    }
    guard failure == 0 else {
      throw IngestError(path: path, kind: .unreadable, reason: "cannot be read (\(String(cString: strerror(failure))))")
    }
    return bytes
  }

  /// Reads from `fd` into `buffer` from `count` on until the end of the file or of the buffer; 0, or the errno.
  private static func fill(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ count: inout Int) -> Int32 {
    while count < buffer.count {
      let got = readBytes(fd, buffer.baseAddress! + count, buffer.count - count)
      if got > 0 {
        count += got
      } else if got == 0 {
        return 0
      } else if errno != EINTR {
        return errno
      }
    }
    return 0
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
