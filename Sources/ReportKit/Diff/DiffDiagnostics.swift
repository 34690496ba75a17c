extension DiagnosticID {
  /// The two documents are of different kinds (a work report against a bulletin).
  public static let diffKindsDiffer: DiagnosticID = "diff.kinds-differ"
  /// The old document is of a later year than the new one.
  public static let diffYearsBackwards: DiagnosticID = "diff.years-backwards"
  /// The two documents are more than a year apart.
  public static let diffYearsApart: DiagnosticID = "diff.years-apart"
  /// The two documents speak for different regions (a province against the national report).
  public static let diffRegionsDiffer: DiagnosticID = "diff.regions-differ"
  /// A file holds several documents; the diff compares one of them.
  public static let diffDocumentChosen: DiagnosticID = "diff.document-chosen"
  /// A document has no outline; it is compared paragraph by paragraph.
  public static let diffNoOutline: DiagnosticID = "diff.no-outline"
  /// A document has no headline targets (no 主要预期目标 sentence, no plan part with targets).
  public static let diffNoHeadline: DiagnosticID = "diff.no-headline"
  /// Nothing differs: same outline, same texts, same targets.
  public static let diffNoChanges: DiagnosticID = "diff.no-changes"
}

/// The differ's notes, one factory per id. Notes describe the comparison, so they carry no span.
extension Diagnostic {
  static func diffKindsDiffer(_ old: DocumentKind, _ new: DocumentKind) -> Diagnostic {
    Diagnostic(id: .diffKindsDiffer, severity: .note,
      message: "the documents are of different kinds (old: \(old.rawValue), new: \(new.rawValue)); outlines and targets are compared all the same", span: nil)
  }

  static func diffYearsBackwards(_ old: Int, _ new: Int) -> Diagnostic {
    Diagnostic(id: .diffYearsBackwards, severity: .note,
      message: "the years go backwards: the old document is of \(old), the new one of \(new); added and removed read the other way round", span: nil)
  }

  static func diffYearsApart(_ old: Int, _ new: Int) -> Diagnostic {
    Diagnostic(id: .diffYearsApart, severity: .note,
      message: "the documents are \(new - old) years apart (\(old) and \(new)): changes accumulate over the years between", span: nil)
  }

  static func diffRegionsDiffer(_ old: String, _ new: String) -> Diagnostic {
    Diagnostic(id: .diffRegionsDiffer, severity: .note,
      message: "the documents speak for different regions (old: \(old), new: \(new))", span: nil)
  }

  static func diffDocumentChosen(side: String, path: String, count: Int, chosen: String) -> Diagnostic {
    Diagnostic(id: .diffDocumentChosen, severity: .note,
      message: "the \(side) file \(path) holds \(count) documents; the diff compares \(chosen), the first with an outline", span: nil)
  }

  static func diffNoOutline(side: String) -> Diagnostic {
    Diagnostic(id: .diffNoOutline, severity: .note,
      message: "the \(side) document has no numbered outline; it is compared paragraph by paragraph (ids ¶1, ¶2…)", span: nil)
  }

  static func diffNoHeadline(side: String) -> Diagnostic {
    Diagnostic(id: .diffNoHeadline, severity: .note,
      message: "the \(side) document states no headline targets (no 主要预期目标 sentence, no plan part with targets)", span: nil)
  }

  static func diffNoChanges() -> Diagnostic {
    Diagnostic(id: .diffNoChanges, severity: .note, message: "no changes: the outlines, texts and targets are the same", span: nil)
  }
}
