extension DiagnosticID {
  /// The article's body seems to begin in the middle of a sentence (the file was cut from a longer text).
  public static let startsMidText: DiagnosticID = "split.starts-mid-text"
  /// The text states no year for the report.
  public static let yearNotStated: DiagnosticID = "split.year-unknown"
}

/// The splitter's and year inferrer's messages, one factory per id.
extension Diagnostic {
  static func startsMidText(span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .startsMidText, severity: .note, message: "the article's body seems to begin in the middle of a sentence",
      span: span)
  }

  static func yearNotStated() -> Diagnostic {
    Diagnostic(id: .yearNotStated, severity: .warning,
      message: "the report's year is not stated; relative dates stay unresolved", span: nil)
  }
}
