/// Writes a checklist as JSON (schemaVersion 1): its sources, then one line per row.
///
/// The shape is documented in README (Checklists) and held to `Output/Schemas/checklist.schema.json` by the tests.
public enum ChecklistJSONWriter {
  /// The JSON bytes, with a final line break.
  public static func encode(_ checklist: Checklist) -> [UInt8] {
    var w = JSONWriter(pretty: true, capacity: 4096 + checklist.rows.count * 1536)
    w.beginObject()
    w.field("schemaVersion", Checklist.schemaVersion)
    w.key("sources")
    w.beginArray()
    for s in checklist.sources {
      w.element()
      w.beginObject()
      w.field("path", s.info.path)
      w.field("format", s.info.format.rawValue)
      w.field("encoding", s.info.encoding.rawValue)
      w.field("sha256", s.info.sha256)
      w.key("documents")
      w.beginArray()
      for d in s.documents {
        w.element()
        w.beginLineObject()
        w.field("id", d.id)
        w.field("title", d.title)
        w.field("year", d.year)
        w.field("kind", d.kind.rawValue)
        w.field("use", d.use.rawValue)
        w.field("rows", d.rows)
        w.endLineObject()
      }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    w.key("rows")
    w.beginArray()
    for r in checklist.rows {
      w.element()
      write(r, checklist, into: &w)
    }
    w.endArray()
    w.endObject()
    var out = w.bytes
    out.append(0x0A)
    return out
  }

  private static func write(_ r: ChecklistRow, _ checklist: Checklist, into w: inout JSONWriter) {
    w.beginLineObject()
    w.field("id", r.id)
    w.field("seq", r.seq)
    w.field("kind", r.kind.rawValue)
    w.field("task", r.task)
    w.field("metric", r.metric)
    w.field("target", r.target)
    w.key("targets")
    w.beginArray()
    for t in r.targets {
      w.element()
      w.beginObject()
      w.field("targetId", t.targetId)
      w.field("metric", t.metric)
      w.field("comparator", t.comparator.rawValue)
      w.field("value", t.value)
      w.field("upper", t.upper)
      w.field("unit", t.unit)
      w.field("text", t.valueText)
      w.endObject()
    }
    w.endArray()
    w.key("deadline")
    if let d = r.deadline {
      w.beginObject()
      w.field("text", d.text)
      w.field("start", d.interval?.start.description)
      w.field("end", d.interval?.end.description)
      w.field("basis", d.basis.rawValue)
      w.field("deadlineId", d.deadlineId)
      w.endObject()
    } else {
      w.null()
    }
    w.field("owners", r.owners)
    w.field("ownersFrom", r.ownersFrom.rawValue)
    w.key("assignments")
    w.beginArray()
    for a in r.assignments {
      w.element()
      w.beginObject()
      w.field("source", ChecklistJSONWriter.path(a.sourceIndex, checklist))
      w.field("documentId", a.documentId)
      w.field("text", a.text)
      w.field("owners", a.owners)
      // Three decimals, written exactly: a Double would print its binary noise.
      w.field("score", ExactDecimal(significand: Int64((a.score * 1000).rounded()), exponent: -3))
      w.field("span", a.span)
      w.endObject()
    }
    w.endArray()
    w.field("section", r.section)
    w.field("sectionPath", r.sectionPath)
    w.field("text", r.text)
    w.field("source", ChecklistJSONWriter.path(r.sourceIndex, checklist))
    w.field("documentId", r.documentId)
    w.field("nodeId", r.nodeId)
    w.field("targetId", r.targetId)
    w.field("span", r.span)
    w.endLineObject()
  }

  private static func path(_ sourceIndex: Int, _ checklist: Checklist) -> String {
    sourceIndex < checklist.sources.count ? checklist.sources[sourceIndex].info.path : ""
  }
}
