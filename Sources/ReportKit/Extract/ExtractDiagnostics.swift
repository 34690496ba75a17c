extension DiagnosticID {
  /// A number too large to carry exactly; no figure made.
  public static let numberTooLarge: DiagnosticID = "extract.number-too-large"
  /// The report year is unknown, so relative deadlines have no dates.
  public static let deadlinesUndated: DiagnosticID = "extract.year-unknown"
}

/// The extractor's messages, one factory per id.
extension Diagnostic {
  static func numberTooLarge(_ text: String, span: SourceSpan) -> Diagnostic {
    // A run of a million digits must not make a message of a megabyte: quote its start.
    let shown = text.unicodeScalars.count <= 40 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(40))) + "…"
    return Diagnostic(id: .numberTooLarge, severity: .warning,
      message: "the number \(shown) is too large to carry exactly (10^18 or more, or over 18 digits); no figure made",
      span: span)
  }

  static func deadlinesUndated(relativeDeadlines count: Int, examples: [String], span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .deadlinesUndated, severity: .warning,
      message: "the report year is unknown, so \(count) relative deadline(s) (\(examples.joined(separator: ", "))) have no dates",
      span: span)
  }
}
