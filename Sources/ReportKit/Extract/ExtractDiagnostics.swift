extension DiagnosticID {
  /// A number too large to carry exactly; no figure made.
  public static let numberTooLarge: DiagnosticID = "extract.number-too-large"
  /// The report year is unknown, so relative deadlines have no dates.
  public static let deadlinesUndated: DiagnosticID = "extract.year-unknown"
  /// A stop pattern of the rules took too long on the text and was stopped; figures after it are not screened.
  public static let stopPatternStopped: DiagnosticID = "extract.stop-pattern-stopped"
  /// A sentence too long to read whole was read in pieces (`LongSentences`).
  public static let sentenceCut: DiagnosticID = "extract.sentence-cut"
}

/// The extractor's messages, one factory per id.
extension Diagnostic {
  static func numberTooLarge(_ text: String, span: SourceSpan) -> Diagnostic {
    // A run of a million digits must not make a message of a megabyte: quote its start.
    let shown = text.clipped(to: 40)
    return Diagnostic(id: .numberTooLarge, severity: .warning,
      message: "the number \(shown) is too large to carry exactly (10^18 or more, or over 18 digits); no figure made",
      span: span)
  }

  static func deadlinesUndated(relativeDeadlines count: Int, examples: [String], span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .deadlinesUndated, severity: .warning,
      message: "the report year is unknown, so \(count) relative deadline(s) (\(examples.joined(separator: ", "))) have no dates",
      span: span)
  }

  static func stopPatternStopped(_ pattern: String, at offset: Int) -> Diagnostic {
    Diagnostic(id: .stopPatternStopped, severity: .warning,
      message: "the stop pattern '\(pattern.clipped(to: 40))' backtracked too long on this text and was stopped here; figures after this "
        + "point are not screened by it (rewrite the pattern so that no two of its alternatives match the same text)",
      span: SourceSpan(start: offset, end: offset))
  }

  static func sentenceCut(length: Int, span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .sentenceCut, severity: .note,
      message: "a sentence of \(length) characters, longer than \(LongSentences.limit), is read in pieces cut at clause "
        + "breaks: metrics, hedges and deadlines of its figures are looked for within their piece",
      span: SourceSpan(start: span.start, end: min(span.end, span.start + 1)))
  }
}
