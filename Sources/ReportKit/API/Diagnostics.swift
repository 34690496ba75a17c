/// How serious a diagnostic is.
public enum Severity: String, Hashable, Sendable, CaseIterable {
  case error, warning, note
}

/// The stable id of a kind of diagnostic, `stage.what` (`segment.numbering-skipped`); tests key on it.
///
/// Each id is declared once, as a static constant beside the message factory of the stage that emits it
/// (`Segment/SegmentDiagnostics.swift`…), so a misspelt id does not compile.
public struct DiagnosticID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// `stage.what`.
  public var rawValue: String

  /// Makes an id from its text.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Makes an id from a literal.
  public init(stringLiteral rawValue: String) { self.rawValue = rawValue }

  /// The stage that emits it: `segment` of `segment.numbering-skipped`.
  public var stage: Substring { rawValue.prefix { $0 != "." } }

  /// The id's text.
  public var description: String { rawValue }

  /// By text.
  public static func < (a: DiagnosticID, b: DiagnosticID) -> Bool { a.rawValue < b.rawValue }
}

/// A content problem found while reading a document; never fatal.
public struct Diagnostic: Hashable, Sendable {
  /// Stable id such as `segment.numbering-skipped`.
  public var id: DiagnosticID
  /// How serious it is.
  public var severity: Severity
  /// One line a person can act on; it names no command-line option (the caller adds its own hints).
  public var message: String
  /// Where it applies, in the document's text.
  public var span: SourceSpan?

  /// Makes a diagnostic.
  public init(id: DiagnosticID, severity: Severity, message: String, span: SourceSpan?) {
    self.id = id
    self.severity = severity
    self.message = message
    self.span = span
  }
}
