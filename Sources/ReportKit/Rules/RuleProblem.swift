/// A problem in a rule file, located at a line and column of that file.
public struct RuleProblem: Sendable, Hashable, CustomStringConvertible {
  /// The file as named to the loader (`Rules/units.yaml`, or the path under a `--rules` directory).
  public var file: String
  /// 1-based line, nil for a problem with the file as a whole (missing, unreadable).
  public var line: Int?
  /// 1-based column, counted in Unicode scalars; nil with `line`.
  public var column: Int?
  /// What is wrong, and where possible what to write instead.
  public var message: String

  /// Makes a problem at a place in the file.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// Makes a problem with the file as a whole.
  public init(file: String, message: String) {
    self.file = file
    self.line = nil
    self.column = nil
    self.message = message
  }

  /// `file:line:col: error: message` (the form compilers and editors jump to), or `file: error: message`.
  public var description: String {
    guard let line, let column else { return "\(file): error: \(message)" }
    return "\(file):\(line):\(column): error: \(message)"
  }
}

/// Rule files that could not be loaded: every problem found, in file and line order.
public struct RuleError: Error, Sendable, CustomStringConvertible {
  /// The problems, each located.
  public var problems: [RuleProblem]

  /// Makes an error from its problems.
  public init(problems: [RuleProblem]) { self.problems = problems }

  /// One problem per line.
  public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Where a rule entry was written: file, line and column.
struct RuleOrigin: Sendable, Hashable {
  var file: String
  var line: Int
  var column: Int

  var description: String { "\(file):\(line):\(column)" }

  func problem(_ message: String) -> RuleProblem {
    RuleProblem(file: file, line: line, column: column, message: message)
  }
}
