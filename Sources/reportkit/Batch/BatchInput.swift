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
    path.split(separator: "/", omittingEmptySubsequences: true)
      .filter { $0 != "." }
      .map { $0 == ".." ? "_" : String($0) }
      .joined(separator: "/")
  }

  /// `base/name` without doubling a slash.
  static func join(_ base: String, _ name: String) -> String {
    base.isEmpty ? name : (base.hasSuffix("/") ? base + name : base + "/" + name)
  }
}
