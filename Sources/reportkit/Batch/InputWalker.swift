import Foundation
import ReportKit

/// Turns the batch's arguments into its inputs: files as given, folders walked in name order.
///
/// A walk takes every file with an extension ReportKit reads (.txt .html .htm .docx .pdf) and every other
/// file whose first bytes are text; it skips hidden entries (names starting with `.`, where the batch keeps
/// its temporary files), the out folder and the index. Symbolic links are followed, but a link back to a
/// folder being walked is reported as a loop, and a folder reached twice is walked once. A folder that cannot
/// be read, a dangling link and a link loop are reported as failures of that path, and the walk goes on.
struct InputWalker {
  /// Files and folders never taken as inputs (the out folder, the index), by device and inode.
  var excluded: Set<FileID> = []

  /// A file's identity, stable across the names that reach it.
  struct FileID: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
  }

  /// What the walk found: inputs in order, and the paths it could not take.
  struct Result {
    var inputs: [BatchInput] = []
    var problems: [(relativePath: String, error: IngestError)] = []
  }

  /// Extensions taken without looking at the bytes.
  static let readableExtensions: Set<String> = ["txt", "html", "htm", "docx", "pdf"]

  /// The inputs of `arguments`. One folder alone is the archive root: archive paths are relative to it.
  /// Otherwise each argument's archive path is the path as given (see `ArchivePath.relative`).
  func expand(_ arguments: [String]) -> Result {
    var result = Result()
    var visited = Set<FileID>()
    if arguments.count == 1, let id = InputWalker.directoryID(arguments[0]) {
      visited.insert(id)
      walk(arguments[0], relative: "", ancestors: [id], visited: &visited, into: &result)
      return result
    }
    for a in arguments {
      let rel = ArchivePath.relative(a)
      if let id = InputWalker.directoryID(a) {
        guard visited.insert(id).inserted else { continue }
        walk(a, relative: rel, ancestors: [id], visited: &visited, into: &result)
      } else {
        // A listed file is taken whatever its name; reading it reports what is wrong with it.
        result.inputs.append(BatchInput(path: a, relativePath: rel))
      }
    }
    return result
  }

  private func walk(_ dir: String, relative: String, ancestors: Set<FileID>, visited: inout Set<FileID>, into result: inout Result) {
    guard let handle = opendir(dir) else {
      let reason = String(cString: strerror(errno))
      result.problems.append((relative, IngestError(path: dir, kind: .unreadable, reason: "cannot read the folder (\(reason))")))
      return
    }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name.hasPrefix(".") { continue }
      names.append(name)
    }
    closedir(handle)
    // Byte order of the UTF-8 names: the same on every machine and locale.
    names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    for name in names {
      let path = ArchivePath.join(dir, name)
      let rel = ArchivePath.join(relative, name)
      var st = stat()
      if stat(path, &st) != 0 {
        let code = errno
        var lst = stat()
        let isLink = lstat(path, &lst) == 0 && (lst.st_mode & S_IFMT) == S_IFLNK
        let reason: String
        let kind: IngestError.Kind
        switch code {
        case ELOOP: (kind, reason) = (.unreadable, "symbolic link loop (the link resolves to itself)")
        case ENOENT where isLink: (kind, reason) = (.notFound, "dangling symbolic link (its target does not exist)")
        default: (kind, reason) = (.unreadable, "cannot be examined (\(String(cString: strerror(code))))")
        }
        result.problems.append((rel, IngestError(path: path, kind: kind, reason: reason)))
        continue
      }
      let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
      if excluded.contains(id) { continue }
      switch st.st_mode & S_IFMT {
      case S_IFDIR:
        if ancestors.contains(id) {
          result.problems.append((rel, IngestError(
            path: path, kind: .unreadable, reason: "symbolic link loop (leads back to a folder that contains it); not followed")))
          continue
        }
        guard visited.insert(id).inserted else { continue }
        walk(path, relative: rel, ancestors: ancestors.union([id]), visited: &visited, into: &result)
      case S_IFREG:
        let ext = (name as NSString).pathExtension.lowercased()
        if InputWalker.readableExtensions.contains(ext) || InputWalker.looksLikeText(path) {
          result.inputs.append(BatchInput(path: path, relativePath: rel))
        }
      default:
        continue  // sockets, devices, fifos: not reports
      }
    }
  }

  /// The identity of `path` when it is a folder (links followed).
  static func directoryID(_ path: String) -> FileID? {
    var st = stat()
    guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
    return FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
  }

  /// The identity of an existing file or folder.
  static func fileID(_ path: String) -> FileID? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
  }

  /// Whether the first 4 KB of a file are text: a UTF-16 byte-order mark, or no NUL byte and under 1 % of
  /// control bytes other than tab, line breaks, form feed and escape. An empty file is not.
  static func looksLikeText(_ path: String) -> Bool {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var buf = [UInt8](repeating: 0, count: 4096)
    let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, 4096) }
    guard n > 0 else { return false }
    let head = buf[0..<n]
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
    var controls = 0
    for b in head {
      if b == 0 { return false }
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
    }
    return controls * 100 <= n
  }
}
