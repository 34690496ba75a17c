/// Renders a check result as a self-contained HTML scorecard.
public enum CheckHTML {
  /// The page.
  public static func render(_ r: CheckResult) -> String {
    ""
  }
}
