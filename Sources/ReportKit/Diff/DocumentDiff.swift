/// What happened to one outline node between the old and the new document.
public enum ChangeKind: String, Hashable, Sendable, CaseIterable {
  /// Only in the new document.
  case added
  /// Only in the old document.
  case removed
  /// In both, its text changed.
  case changed
  /// In both with the same text, under another parent or in another place among its siblings.
  case moved
  /// In both with the same text and place, under another number.
  case renumbered
}

/// One side of a change: a node of one document, with its own text (heading and body, without its children).
public struct NodeRef: Hashable, Sendable {
  /// The node's id in its document.
  public var nodeId: NodeID
  /// Part, section, item or inline item.
  public var kind: NodeKind
  /// The marker as written (（二）), empty for an unnumbered heading.
  public var marker: String
  /// The number the marker carries.
  public var ordinal: Int?
  /// Review or plan, from its part.
  public var role: PartRole
  /// The heading, without the marker.
  public var heading: String
  /// The node's own text: heading and body, without the marker and without its children's text.
  public var text: String
  /// The node's whole span in its document.
  public var span: SourceSpan

  /// Makes a reference.
  public init(
    nodeId: NodeID, kind: NodeKind, marker: String, ordinal: Int?, role: PartRole, heading: String, text: String,
    span: SourceSpan
  ) {
    self.nodeId = nodeId
    self.kind = kind
    self.marker = marker
    self.ordinal = ordinal
    self.role = role
    self.heading = heading
    self.text = text
    self.span = span
  }
}

/// An added, removed, changed, moved or renumbered node, with the target changes it holds.
public struct NodeChange: Hashable, Sendable {
  /// What happened.
  public var kind: ChangeKind
  /// The node in the old document, nil for an added one.
  public var old: NodeRef?
  /// The node in the new document, nil for a removed one.
  public var new: NodeRef?
  /// How alike the two own texts are (2 × shared characters / both lengths), nil unless both sides exist.
  public var similarity: Double?
  /// What else happened to a changed node: `moved`, `renumbered`.
  public var also: [ChangeKind]
  /// For a new node made from part of an old one whose best match is another new node: that old node.
  public var splitFrom: NodeID?
  /// For an old node folded into a new one that is the best match of another old node: that new node.
  public var mergedInto: NodeID?
  /// The character-level diff of the own texts, for a changed node; empty otherwise.
  public var pieces: [DiffPiece]
  /// The target changes of the targets that stand in this node's own text.
  public var targetChanges: [TargetChange]

  /// Makes a change.
  public init(
    kind: ChangeKind, old: NodeRef?, new: NodeRef?, similarity: Double? = nil, also: [ChangeKind] = [],
    splitFrom: NodeID? = nil, mergedInto: NodeID? = nil, pieces: [DiffPiece] = [], targetChanges: [TargetChange] = []
  ) {
    self.kind = kind
    self.old = old
    self.new = new
    self.similarity = similarity
    self.also = also
    self.splitFrom = splitFrom
    self.mergedInto = mergedInto
    self.pieces = pieces
    self.targetChanges = targetChanges
  }
}

/// How a target moved between the two documents.
public enum TargetDirection: String, Hashable, Sendable, CaseIterable {
  /// A higher value (a range compares by its lower end, then its upper end).
  case raised
  /// A lower value.
  case lowered
  /// The same value under another comparator (以上 → 左右).
  case comparatorChanged = "comparator-changed"
  /// Only in the new document.
  case added
  /// Only in the old document.
  case dropped
  /// Units that do not compare (% against 个百分点): both values are shown, neither is judged.
  case unitChanged = "unit-changed"
}

/// Which targets a target change compares.
public enum TargetScope: String, Hashable, Sendable, CaseIterable {
  /// The headline targets of the 主要预期目标 paragraph.
  case headline
  /// Targets elsewhere, compared within aligned nodes.
  case body
}

/// One side of a target change: a planned value with its unit and comparator, or a goal without a number.
public struct TargetValue: Hashable, Sendable {
  /// The value, magnitudes folded in (1.3万亿斤 → 1300000000000 斤); nil for a goal without a number.
  public var value: ExactDecimal?
  /// The upper end of a range.
  public var upper: ExactDecimal?
  /// The unit without magnitude words, empty without a number.
  public var unit: String
  /// How the value bounds the metric (a goal without a number is `reach`).
  public var comparator: Comparator
  /// 力争, 确保…
  public var hedge: String?
  /// The figure as written (1.3万亿斤).
  public var figure: String?
  /// The clause the target stands in (粮食产量1.3万亿斤以上).
  public var text: String
  /// The innermost node holding it.
  public var nodeId: NodeID?
  /// The extracted target, nil for a headline goal without a number.
  public var targetId: TargetID?
  /// The clause's span in its document.
  public var span: SourceSpan

  /// Makes a side.
  public init(
    value: ExactDecimal?, upper: ExactDecimal? = nil, unit: String, comparator: Comparator, hedge: String? = nil,
    figure: String? = nil, text: String, nodeId: NodeID? = nil, targetId: TargetID? = nil, span: SourceSpan
  ) {
    self.value = value
    self.upper = upper
    self.unit = unit
    self.comparator = comparator
    self.hedge = hedge
    self.figure = figure
    self.text = text
    self.nodeId = nodeId
    self.targetId = targetId
    self.span = span
  }
}

/// A target raised, lowered, given another comparator, added or dropped, by canonical metric.
public struct TargetChange: Hashable, Sendable {
  /// The metric as the new document writes it (the old one's when dropped).
  public var metric: String
  /// The key the two sides were paired by (synonyms folded).
  public var metricKey: String
  /// Headline or body.
  public var scope: TargetScope
  /// What changed.
  public var direction: TargetDirection
  /// The old side, nil when added.
  public var old: TargetValue?
  /// The new side, nil when dropped.
  public var new: TargetValue?
  /// New minus old (lower ends), in the shared unit; nil when either has no number or the units differ.
  public var delta: ExactDecimal?
  /// For a headline target added or dropped: the same metric outside the other document's headline, if any.
  public var elsewhere: TargetValue?

  /// Makes a target change.
  public init(
    metric: String, metricKey: String, scope: TargetScope, direction: TargetDirection, old: TargetValue?,
    new: TargetValue?, delta: ExactDecimal? = nil, elsewhere: TargetValue? = nil
  ) {
    self.metric = metric
    self.metricKey = metricKey
    self.scope = scope
    self.direction = direction
    self.old = old
    self.new = new
    self.delta = delta
    self.elsewhere = elsewhere
  }
}

/// What a diff says about one of its two documents.
public struct DiffSide: Hashable, Sendable {
  /// The input's path as given.
  public var path: String
  /// The detected container format.
  public var format: SourceFormat
  /// SHA-256 of the input bytes.
  public var sha256: String
  /// The document of the file that was compared (`d1`…).
  public var documentId: String
  /// How many documents the file holds.
  public var documentCount: Int
  /// Title line.
  public var title: String?
  /// The region the report speaks for.
  public var region: String?
  /// The year it was delivered.
  public var year: Int?
  /// What kind of document it is (the layout stage's, else one read from the title).
  public var kind: DocumentKind

  /// Makes a side.
  public init(
    path: String, format: SourceFormat, sha256: String, documentId: String, documentCount: Int, title: String?,
    region: String?, year: Int?, kind: DocumentKind
  ) {
    self.path = path
    self.format = format
    self.sha256 = sha256
    self.documentId = documentId
    self.documentCount = documentCount
    self.title = title
    self.region = region
    self.year = year
    self.kind = kind
  }
}

/// The differences between two documents: node changes in reading order, target changes, and notes.
public struct DocumentDiff: Hashable, Sendable {
  /// Version of the diff JSON; bumped only on incompatible changes.
  public static let schemaVersion = 1
  /// The old document.
  public var old: DiffSide
  /// The new document.
  public var new: DiffSide
  /// What a reader should know about the comparison (different kinds, years going backwards…).
  public var notes: [Diagnostic]
  /// Node changes in the new document's order, removed nodes where they stood.
  public var changes: [NodeChange]
  /// Every target change, headline targets first, then the others in the new document's order.
  public var targetChanges: [TargetChange]

  /// Makes a diff.
  public init(old: DiffSide, new: DiffSide, notes: [Diagnostic], changes: [NodeChange], targetChanges: [TargetChange]) {
    self.old = old
    self.new = new
    self.notes = notes
    self.changes = changes
    self.targetChanges = targetChanges
  }

  /// How many changes are of `kind`.
  public func count(_ kind: ChangeKind) -> Int { changes.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) } }
}
