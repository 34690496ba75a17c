/// The part of its sentence a target quotes as its `text`: the whole sentence, or for a huge one the words
/// around the target's figure, so the output stays proportional to the input however many targets a sentence
/// holds (one sentence of 16,000 targets once made 6 GB of JSON, each target copying it whole).
public struct TargetQuote: Hashable, Sendable {
  /// Sentences up to this many scalars are quoted whole (the longest of the external corpus has 501).
  public static let wholeLimit = 1000
  /// Scalars kept on each side of the figure when a longer sentence is clipped.
  public static let context = 60

  /// What is quoted, inside the sentence.
  public var span: SourceSpan
  /// Whether the sentence goes on before `span` (the quote then starts with …).
  public var clippedBefore: Bool
  /// Whether the sentence goes on after `span` (the quote then ends with …).
  public var clippedAfter: Bool

  /// The quote of a target whose figure is at `figure` in `sentence`.
  public init(figure: SourceSpan, sentence: SourceSpan) {
    guard sentence.end - sentence.start > TargetQuote.wholeLimit else {
      self.init(span: sentence, clippedBefore: false, clippedAfter: false)
      return
    }
    let a = max(sentence.start, min(figure.start, sentence.end) - TargetQuote.context)
    let b = min(sentence.end, max(figure.end, a) + TargetQuote.context)
    self.init(span: SourceSpan(start: a, end: b), clippedBefore: a > sentence.start, clippedAfter: b < sentence.end)
  }

  /// Makes a quote from its parts.
  public init(span: SourceSpan, clippedBefore: Bool, clippedAfter: Bool) {
    self.span = span
    self.clippedBefore = clippedBefore
    self.clippedAfter = clippedAfter
  }
}

extension Document {
  /// What the target's `text` quotes of its sentence (`TargetQuote`).
  public func quote(of target: Target) -> TargetQuote { TargetQuote(figure: target.span, sentence: target.sentence) }

  /// The target's `text`: its sentence, or the words around its figure with … where a huge sentence was clipped.
  public func quoteText(of target: Target) -> String {
    let q = quote(of: target)
    return (q.clippedBefore ? "…" : "") + text(of: q.span) + (q.clippedAfter ? "…" : "")
  }
}
