extension DiagnosticID {
  /// A paragraph split by a page break was joined.
  public static let pageBreakJoined: DiagnosticID = "normalize.page-break-joined"
  /// A marker broken over two lines (「（」 / 「三）…」) was joined.
  public static let markerJoined: DiagnosticID = "normalize.marker-joined"
  /// A line that had lost its line breaks (a report stored as one cell) was cut into paragraphs again.
  public static let layoutRebuilt: DiagnosticID = "normalize.layout-rebuilt"
  /// Newspaper or page debris (下转7版, （上接第4版）, （来源：解放日报）, a bare page number) left the text.
  public static let debrisRemoved: DiagnosticID = "normalize.debris-removed"
}

/// The normaliser's messages, one factory per id.
extension Diagnostic {
  static func pageBreakJoined(span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .pageBreakJoined, severity: .note, message: "joined a paragraph split by a page break", span: span)
  }

  static func markerJoined(span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .markerJoined, severity: .note, message: "joined a marker split over two lines", span: span)
  }

  static func layoutRebuilt(paragraphs: Int, span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .layoutRebuilt, severity: .note,
      message: "the text had lost its line breaks: rebuilt \(paragraphs) paragraphs from blank runs, markers and sentence ends",
      span: span)
  }

  static func debrisRemoved(_ text: String, span: SourceSpan) -> Diagnostic {
    Diagnostic(id: .debrisRemoved, severity: .note, message: "removed 「\(text)」 from the text (newspaper or page debris)",
      span: span)
  }
}

extension NormalizedText.Repair {
  /// The note for this repair in a document starting at `base` of the normalised text and `count` long: it
  /// marks the scalars on both sides of the join (of the removal), or the first of the rebuilt text.
  func diagnostic(documentStart base: Int, count: Int) -> Diagnostic {
    let at = offset - base
    let span = SourceSpan(start: max(0, min(count - 1, at - 1)), end: min(count, max(at + 1, 1)))
    switch id {
    case .markerJoined: return .markerJoined(span: span)
    case .layoutRebuilt: return .layoutRebuilt(paragraphs: self.count, span: SourceSpan(start: at, end: min(count, at + 1)))
    case .debrisRemoved: return .debrisRemoved(text ?? "", span: span)
    default: return .pageBreakJoined(span: span)
    }
  }
}
