/// A failure of the index file: it cannot be opened, is not a ReportKit index, or SQLite refused a write.
public struct IndexError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The index file's path.
  public var path: String
  /// What went wrong, and where it helps, what to do.
  public var reason: String

  /// Makes an error for the index at `path`.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// `path: error: reason`, the line the CLI prints.
  public var description: String { "\(path): error: \(reason)" }
}
