/// A half-open range of Unicode scalar offsets into a document's normalised text.
public struct SourceSpan: Hashable, Sendable, Comparable {
  /// First scalar of the range.
  public var start: Int
  /// One past the last scalar of the range.
  public var end: Int

  /// Makes a span from `start` up to, not including, `end`.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  /// Whether `offset` falls inside the span.
  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

  /// Whether `other` lies wholly inside this span.
  public func contains(_ other: SourceSpan) -> Bool { other.start >= start && other.end <= end }

  /// By start, then by end.
  public static func < (a: SourceSpan, b: SourceSpan) -> Bool {
    a.start != b.start ? a.start < b.start : a.end < b.end
  }
}
