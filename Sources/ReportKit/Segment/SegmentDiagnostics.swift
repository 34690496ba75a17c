extension DiagnosticID {
  /// A number restarts at 1 under the same parent (二、 … 一、).
  public static let numberingRestarted: DiagnosticID = "segment.numbering-restarted"
  /// A number is skipped (一、 then 三、), also among inline items (一是 then 三是).
  public static let numberingSkipped: DiagnosticID = "segment.numbering-skipped"
  /// A number goes back (三、 then 二、).
  public static let numberingRepeated: DiagnosticID = "segment.numbering-repeated"
  /// The first node of a style is not numbered 1: the text may begin mid-document.
  public static let numberingStartsLate: DiagnosticID = "segment.numbering-starts-late"
}

/// The segmenter's messages, one factory per id.
extension Diagnostic {
  static func numberingRestarted(_ marker: String, after previous: String, span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .numberingRestarted, severity: .warning,
      message: "numbering \(marker) restarts after \(previous) under the same parent", span: span)
  }

  static func numberingSkipped(from previous: String, to marker: String, span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .numberingSkipped, severity: .warning, message: "numbering jumps from \(previous) to \(marker)", span: span)
  }

  static func inlineNumberingSkipped(to marker: String, span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .numberingSkipped, severity: .warning, message: "inline numbering jumps to \(marker)", span: span)
  }

  static func numberingRepeated(from previous: String, to marker: String, span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .numberingRepeated, severity: .warning, message: "numbering goes back from \(previous) to \(marker)", span: span)
  }

  static func numberingStartsLate(_ kind: NodeKind, marker: String, span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .numberingStartsLate, severity: .warning,
      message: "the first \(kind.rawValue) is numbered \(marker): the text may begin mid-document", span: span)
  }
}
