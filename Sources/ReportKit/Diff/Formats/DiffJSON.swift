/// Writes a diff as the JSON of the contract (`diff --format json`, schemaVersion 1), with the house writer: fixed
/// key order, exact decimals, one line per target change, note and text piece.
public enum DiffJSON {
  /// The diff as a JSON object (pretty unless `pretty` is false), with a final line break.
  public static func encode(_ diff: DocumentDiff, pretty: Bool = true) -> [UInt8] {
    let size = diff.changes.reduce(4096) { $0 + 3 * (($1.old?.text.utf8.count ?? 0) + ($1.new?.text.utf8.count ?? 0)) + 512 }
    var w = JSONWriter(pretty: pretty, capacity: size)
    w.beginObject()
    w.field("schemaVersion", DocumentDiff.schemaVersion)
    w.key("old")
    side(diff.old, &w)
    w.key("new")
    side(diff.new, &w)
    w.key("notes")
    w.beginArray()
    for n in diff.notes {
      w.element()
      w.beginLineObject()
      w.field("id", n.id.rawValue)
      w.field("severity", n.severity.rawValue)
      w.field("message", n.message)
      w.endLineObject()
    }
    w.endArray()
    summary(diff, &w)
    w.key("targetChanges")
    targetChanges(diff.targetChanges, &w)
    w.key("changes")
    w.beginArray()
    for c in diff.changes {
      w.element()
      change(c, &w)
    }
    w.endArray()
    w.endObject()
    var out = w.bytes
    out.append(0x0A)
    return out
  }

  private static func side(_ s: DiffSide, _ w: inout JSONWriter) {
    w.beginObject()
    w.field("path", s.path)
    w.field("format", s.format.rawValue)
    w.field("sha256", s.sha256)
    w.field("documentId", s.documentId)
    w.field("documentCount", s.documentCount)
    w.field("title", s.title)
    w.field("region", s.region)
    w.field("year", s.year)
    w.field("kind", s.kind.rawValue)
    w.endObject()
  }

  private static func summary(_ d: DocumentDiff, _ w: inout JSONWriter) {
    w.key("summary")
    w.beginObject()
    w.key("changes")
    w.beginLineObject()
    for k in ChangeKind.allCases {
      w.key(k.jsonKey)
      w.int(d.count(k))
    }
    w.endLineObject()
    w.key("targetChanges")
    w.beginLineObject()
    for dir in TargetDirection.allCases {
      w.key(dir.jsonKey)
      w.int(d.targetChanges.reduce(0) { $0 + ($1.direction == dir ? 1 : 0) })
    }
    w.endLineObject()
    w.endObject()
  }

  private static func targetChanges(_ list: [TargetChange], _ w: inout JSONWriter) {
    w.beginArray()
    for t in list {
      w.element()
      w.beginLineObject()
      w.field("metric", t.metric)
      w.field("metricKey", t.metricKey)
      w.field("scope", t.scope.rawValue)
      w.field("direction", t.direction.rawValue)
      w.key("old")
      value(t.old, &w)
      w.key("new")
      value(t.new, &w)
      w.field("delta", t.delta)
      w.key("elsewhere")
      value(t.elsewhere, &w)
      w.endLineObject()
    }
    w.endArray()
  }

  /// A side of a target change; `value` comes first, so the first number of the object is the value.
  private static func value(_ v: TargetValue?, _ w: inout JSONWriter) {
    guard let v else { return w.null() }
    w.beginObject()
    w.field("value", v.value)
    w.field("upper", v.upper)
    w.field("unit", v.unit)
    w.field("comparator", v.comparator.rawValue)
    w.field("hedge", v.hedge)
    w.field("figure", v.figure)
    w.field("text", v.text)
    w.field("nodeId", v.nodeId)
    w.field("targetId", v.targetId)
    w.field("span", v.span)
    w.endObject()
  }

  private static func change(_ c: NodeChange, _ w: inout JSONWriter) {
    w.beginObject()
    w.field("kind", c.kind.rawValue)
    w.key("old")
    node(c.old, &w)
    w.key("new")
    node(c.new, &w)
    w.key("similarity")
    if let s = c.similarity { w.raw(DiffWords.ratio(s)) } else { w.null() }
    w.key("also")
    w.beginArray()
    for k in c.also {
      w.element()
      w.string(k.rawValue)
    }
    w.endArray()
    w.field("splitFrom", c.splitFrom)
    w.field("mergedInto", c.mergedInto)
    w.key("pieces")
    w.beginArray()
    for p in c.pieces {
      w.element()
      w.beginLineObject()
      w.field("op", p.operation.rawValue)
      w.key("text")
      w.string(scalars: p.text)
      w.endLineObject()
    }
    w.endArray()
    w.key("targetChanges")
    targetChanges(c.targetChanges, &w)
    w.endObject()
  }

  private static func node(_ n: NodeRef?, _ w: inout JSONWriter) {
    guard let n else { return w.null() }
    w.beginObject()
    w.field("nodeId", n.nodeId)
    w.field("text", n.text)
    w.field("kind", n.kind.rawValue)
    w.field("marker", n.marker)
    w.field("ordinal", n.ordinal)
    w.field("role", n.role.rawValue)
    w.field("heading", n.heading)
    w.field("span", n.span)
    w.endObject()
  }
}

extension ChangeKind {
  /// The summary's key for the kind (the contract's names are already JSON keys).
  fileprivate var jsonKey: StaticString {
    switch self {
    case .added: return "added"
    case .removed: return "removed"
    case .changed: return "changed"
    case .moved: return "moved"
    case .renumbered: return "renumbered"
    }
  }
}

extension TargetDirection {
  /// The summary's key: the direction in lowerCamelCase, as JSON keys are.
  fileprivate var jsonKey: StaticString {
    switch self {
    case .raised: return "raised"
    case .lowered: return "lowered"
    case .comparatorChanged: return "comparatorChanged"
    case .added: return "added"
    case .dropped: return "dropped"
    case .unitChanged: return "unitChanged"
    }
  }
}
