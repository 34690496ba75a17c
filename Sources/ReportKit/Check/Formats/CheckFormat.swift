/// The formats `check` writes a result in.
public enum CheckFormat: String, CaseIterable, Sendable {
  /// The JSON of the contract.
  case json
  /// A scorecard to read: a summary by status, then each item with target, actual and evidence.
  case markdown
  /// The scorecard as a self-contained page, with target against actual drawn where numbers exist.
  case html

  /// The format an output file's extension names (.json, .md, .html), if any.
  public init?(fileExtension ext: String) {
    switch ext.lowercased() {
    case "json": self = .json
    case "md", "markdown": self = .markdown
    case "html", "htm": self = .html
    default: return nil
    }
  }

  /// The bytes of `result` in this format.
  public func encode(_ result: CheckResult) -> [UInt8] {
    switch self {
    case .json: return CheckJSON.encode(result)
    case .markdown: return Array(CheckMarkdown.render(result).utf8)
    case .html: return Array(CheckHTML.render(result).utf8)
    }
  }
}
