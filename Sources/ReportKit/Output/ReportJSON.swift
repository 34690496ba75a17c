/// Writes reports as the JSON of the public contract (schemaVersion 1).
public enum ReportJSON {
  /// One report as a JSON object (pretty-printed unless `pretty` is false).
  public static func encode(_ report: Report, pretty: Bool = true) -> [UInt8] {
    // About 10 bytes of pretty JSON per character of text (the text itself, then figures and spans): reserve
    // once rather than grow and copy.
    var w = JSONWriter(pretty: pretty, capacity: report.documents.reduce(65536) { $0 + $1.scalars.count * 12 })
    writeReport(report, into: &w)
    var out = w.bytes
    out.append(0x0A)
    return out
  }

  /// JSON Lines: one compact object per document, `{"schemaVersion", "source", "document"}`, for pandas.
  public static func encodeLines(_ report: Report) -> [UInt8] {
    var out: [UInt8] = []
    for d in report.documents {
      var w = JSONWriter(pretty: false)
      w.beginObject()
      w.field("schemaVersion", Report.schemaVersion)
      w.key("source")
      writeSource(report.source, into: &w)
      w.key("document")
      writeDocument(d, into: &w)
      w.endObject()
      out += w.bytes
      out.append(0x0A)
    }
    return out
  }

  static func writeReport(_ r: Report, into w: inout JSONWriter) {
    w.beginObject()
    w.field("schemaVersion", Report.schemaVersion)
    w.key("source")
    writeSource(r.source, into: &w)
    w.key("documents")
    w.beginArray()
    for d in r.documents {
      w.element()
      writeDocument(d, into: &w)
    }
    w.endArray()
    w.endObject()
  }

  static func writeSource(_ s: SourceInfo, into w: inout JSONWriter) {
    w.beginObject()
    w.field("path", s.path)
    w.field("format", s.format.rawValue)
    w.field("encoding", s.encoding.rawValue)
    w.field("sha256", s.sha256)
    w.endObject()
  }

  static func writeDocument(_ d: Document, into w: inout JSONWriter) {
    w.beginObject()
    w.field("id", d.id)
    w.field("title", d.title)
    w.field("subtitle", d.subtitle)
    w.field("authors", d.authors)
    w.field("speaker", d.speaker)
    w.field("affiliation", d.affiliation)
    w.field("region", d.region)
    w.field("year", d.year)
    w.field("yearEvidence", d.yearEvidence)
    w.key("text")
    w.string(scalars: d.scalars)
    w.key("outline")
    writeNodes(d.outline, into: &w)
    w.key("figures")
    w.beginArray()
    for f in d.figures {
      w.element()
      w.beginLineObject()
      w.field("id", f.id)
      w.field("text", f.text)
      w.field("value", f.value)
      w.field("upper", f.upper)
      w.field("unit", f.unit)
      w.field("qualifier", f.qualifier)
      w.field("kind", f.kind.rawValue)
      w.field("metric", f.metric)
      w.field("role", f.role.rawValue)
      w.field("nodeId", f.nodeId)
      w.field("span", f.span)
      w.field("sentence", f.sentence)
      w.endLineObject()
    }
    w.endArray()
    w.key("deadlines")
    w.beginArray()
    for t in d.deadlines {
      w.element()
      w.beginLineObject()
      w.field("id", t.id)
      w.field("text", t.text)
      w.field("kind", t.kind)
      w.key("interval")
      if let i = t.interval {
        w.beginLineObject()
        w.field("start", i.start.description)
        w.field("end", i.end.description)
        w.endLineObject()
      } else {
        w.null()
      }
      w.field("nodeId", t.nodeId)
      w.field("span", t.span)
      w.endLineObject()
    }
    w.endArray()
    w.key("targets")
    w.beginArray()
    for g in d.targets {
      w.element()
      w.beginLineObject()
      w.field("id", g.id)
      w.field("metric", g.metric)
      w.field("comparator", g.comparator.rawValue)
      w.field("value", g.value)
      w.field("upper", g.upper)
      w.field("unit", g.unit)
      w.field("hedge", g.hedge)
      w.field("deadlineId", g.deadlineId)
      w.field("figureId", g.figureId)
      w.field("nodeId", g.nodeId)
      w.field("owners", g.owners)
      w.field("span", g.span)
      w.field("text", g.text)
      w.field("sentence", g.sentence)
      w.endLineObject()
    }
    w.endArray()
    w.key("diagnostics")
    w.beginArray()
    for x in d.diagnostics {
      w.element()
      w.beginLineObject()
      w.field("id", x.id)
      w.field("severity", x.severity.rawValue)
      w.field("message", x.message)
      w.field("span", x.span)
      w.endLineObject()
    }
    w.endArray()
    w.endObject()
  }

  static func writeNodes(_ nodes: [Node], into w: inout JSONWriter) {
    w.beginArray()
    for n in nodes {
      w.element()
      w.beginObject()
      w.field("id", n.id)
      w.field("kind", n.kind.rawValue)
      w.field("marker", n.marker)
      w.field("ordinal", n.ordinal)
      w.field("level", n.level)
      w.field("heading", n.heading)
      w.field("span", n.span)
      w.field("headingSpan", n.headingSpan)
      w.field("role", n.role.rawValue)
      w.field("owners", n.owners)
      w.key("children")
      writeNodes(n.children, into: &w)
      w.endObject()
    }
    w.endArray()
  }
}
