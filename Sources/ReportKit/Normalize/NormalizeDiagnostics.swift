extension DiagnosticID {
  /// A paragraph split by a page break was joined.
  public static let pageBreakJoined: DiagnosticID = "normalize.page-break-joined"
  /// A marker broken over two lines (「（」 / 「三）…」) was joined.
  public static let markerJoined: DiagnosticID = "normalize.marker-joined"
}

/// The normaliser's messages, one factory per id.
extension Diagnostic {
  static func pageBreakJoined(span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .pageBreakJoined, severity: .note, message: "joined a paragraph split by a page break", span: span)
  }

  static func markerJoined(span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .markerJoined, severity: .note, message: "joined a marker split over two lines", span: span)
  }
}

extension NormalizedText.Repair {
  /// The note for this repair in a document starting at `base` of the normalised text and `count` long: it
  /// marks the scalars on both sides of the join.
  func diagnostic(documentStart base: Int, count: Int) -> Diagnostic {
    let at = offset - base
    let span = SourceSpan(start: max(0, at - 1), end: min(count, at + 1))
    return id == .markerJoined ? .markerJoined(span: span) : .pageBreakJoined(span: span)
  }
}
