/// A sentence of a document: the unit of evidence a cross-check quotes.
///
/// Sentences end at 。！？；!?; and at line ends, never inside （…） or “…” (unless a bracket stays open for
/// more than 150 scalars); closing quotes and brackets after an end mark stay with its sentence.
public struct Sentence: Hashable, Sendable {
  /// `s1`, `s2`… in text order.
  public var id: SentenceID
  /// Where it stands, its end mark included.
  public var span: SourceSpan
  /// The innermost outline node holding its start, nil outside every node.
  public var nodeId: NodeID?
  /// The role of the part it stands in.
  public var role: PartRole

  /// Makes a sentence.
  public init(id: SentenceID, span: SourceSpan, nodeId: NodeID? = nil, role: PartRole = .other) {
    self.id = id
    self.span = span
    self.nodeId = nodeId
    self.role = role
  }
}
