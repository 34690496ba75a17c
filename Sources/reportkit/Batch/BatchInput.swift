/// One input of a batch: the path to read, and its place in the archive (which names its output file, keys
/// the manifest and the index, and decides its shard).
struct BatchInput: Hashable, Sendable {
  /// The path as given or found by the walk (`source.path` of its JSON).
  var path: String
  /// Relative to the folder walked; for listed files the path as given, without a leading `/`, `.` or `..`.
  var relativePath: String
}

/// How listed paths become archive paths.
enum ArchivePath {
  /// `a/./b/../c.txt` → `a/b/_/c.txt`, `/data/x.txt` → `data/x.txt`: a relative path that cannot leave the out
  /// folder (`..` becomes `_`), so the mirrored output of any listed file lies under `--out`.
  static func relative(_ path: String) -> String {
    if isClean(path) { return path }  // the common case, without splitting: 100,000 listed paths start at once
    return path.split(separator: "/", omittingEmptySubsequences: true)
      .filter { $0 != "." }
      .map { $0 == ".." ? "_" : String($0) }
      .joined(separator: "/")
  }

  /// Whether `path` is already relative and clean: no leading, doubled or trailing `/`, no `.` or `..`
  /// component.
  private static func isClean(_ path: String) -> Bool {
    var length = 0  // of the current component
    var dots = 0  // its leading dots
    func dotsOnly() -> Bool { dots == length && length <= 2 }
    for b in path.utf8 {
      if b == 0x2F {
        if length == 0 || dotsOnly() { return false }
        length = 0
        dots = 0
      } else {
        if b == 0x2E && dots == length { dots += 1 }
        length += 1
      }
    }
    return length > 0 && !dotsOnly()
  }

  /// `base/name` without doubling a slash.
  static func join(_ base: String, _ name: String) -> String {
    base.isEmpty ? name : (base.hasSuffix("/") ? base + name : base + "/" + name)
  }
}
