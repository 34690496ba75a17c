/// Renders a check result as a Markdown scorecard.
public enum CheckMarkdown {
  /// The scorecard text.
  public static func render(_ r: CheckResult) -> String {
    ""
  }
}
