/// Writes reports as the JSON of the public contract (schemaVersion 1).
public enum ReportJSON {
  /// One report as a JSON object (pretty-printed unless `pretty` is false), with a final line break.
  public static func encode(_ report: Report, pretty: Bool = true) -> [UInt8] {
    // About 10 bytes of pretty JSON per character of text (the text itself, then figures and spans): reserve
    // once rather than grow and copy.
    var w = JSONWriter(pretty: pretty, capacity: report.documents.reduce(65536) { $0 + $1.scalars.count * 12 })
    writeReport(report, into: &w)
    return w.bytes(appending: 0x0A)
  }

  /// The bytes of `encode` without the final line break, handed to `sink` in chunks of about 1 MB as they are
  /// written, so the JSON of a large document is never held whole.
  public static func write(_ report: Report, pretty: Bool = true, to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
    var w = JSONWriter(pretty: pretty, sink: sink)
    writeReport(report, into: &w)
    w.flush()
  }

  /// JSON Lines: one compact object per document, `{"schemaVersion", "source", "document"}`, for pandas.
  public static func encodeLines(_ report: Report) -> [UInt8] {
    var out: [UInt8] = []
    for d in report.documents {
      var w = JSONWriter(pretty: false, capacity: d.scalars.count * 8 + 4096)
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

  /// The record of an input that could not be read, `{"source": {"path"}, "error": {"kind", "message"}}`,
  /// which takes the input's place in a JSON array of several reports.
  public static func encodeFailure(_ error: IngestError, pretty: Bool = true) -> [UInt8] {
    var w = JSONWriter(pretty: pretty, capacity: 256)
    w.beginObject()
    w.key("source")
    w.beginObject()
    w.field("path", error.path)
    w.endObject()
    w.key("error")
    w.beginLineObject()
    w.field("kind", error.kind.rawValue)
    w.field("message", error.reason)
    w.endLineObject()
    w.endObject()
    var out = w.bytes
    out.append(0x0A)
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

  static func writeDocument(_ d: borrowing Document, into w: inout JSONWriter) {
    w.beginObject()
    w.field("id", d.id)
    w.field("title", d.header.title)
    w.field("subtitle", d.header.subtitle)
    w.field("authors", d.header.authors)
    w.field("speaker", d.header.speaker)
    w.field("affiliation", d.header.affiliation)
    w.field("region", d.header.region)
    w.field("year", d.year)
    w.field("yearEvidence", d.yearEvidence)
    w.field("kind", d.kind.rawValue)
    w.field("kindEvidence", d.kindEvidence)
    w.field("dataYear", d.dataYear)
    w.field("dataYearEvidence", d.dataYearEvidence)
    w.field("docNumber", d.docNumber)
    w.field("date", d.date)
    w.key("text")
    w.string(scalars: d.scalars)
    w.field("headline", d.headline)
    w.key("outline")
    writeNodes(d.outline.roots, into: &w)
    // Each record is written by its own function from the array's buffer: `for x in` copied every record out,
    // retaining and releasing its strings; sentences and deadlines are now read in place (a figure or a target
    // is still copied once for its call).
    w.key("sentences")
    w.beginArray()
    d.sentences.withUnsafeBufferPointer { list in for i in list.indices { writeSentence(list[i], into: &w) } }
    w.endArray()
    w.key("figures")
    w.beginArray()
    d.figures.withUnsafeBufferPointer { list in for i in list.indices { writeFigure(list[i], into: &w) } }
    w.endArray()
    w.key("deadlines")
    w.beginArray()
    d.deadlines.withUnsafeBufferPointer { list in for i in list.indices { writeDeadline(list[i], into: &w) } }
    w.endArray()
    w.key("targets")
    w.beginArray()
    d.targets.withUnsafeBufferPointer { list in for i in list.indices { writeTarget(list[i], of: d, into: &w) } }
    w.endArray()
    w.key("diagnostics")
    w.beginArray()
    d.diagnostics.withUnsafeBufferPointer { list in for i in list.indices { writeDiagnostic(list[i], into: &w) } }
    w.endArray()
    w.endObject()
  }

  static func writeSentence(_ x: borrowing Sentence, into w: inout JSONWriter) {
    w.element()
    w.beginLineObject()
    w.field("id", x.id)
    w.field("span", x.span)
    w.field("nodeId", x.nodeId)
    w.field("role", x.role.rawValue)
    w.endLineObject()
  }

  static func writeFigure(_ f: borrowing Figure, into w: inout JSONWriter) {
    w.element()
    w.beginLineObject()
    w.field("id", f.id)
    w.field("text", f.text)
    w.field("value", f.value)
    w.field("upper", f.upper)
    w.field("unit", f.unit)
    w.field("canonicalUnit", f.canonicalUnit)
    w.field("qualifier", f.qualifier)
    w.field("kind", f.kind.rawValue)
    w.field("metric", f.metric)
    w.field("metricKey", f.metricKey)
    w.field("role", f.role.rawValue)
    w.field("change", f.change?.rawValue)
    w.field("estimate", f.estimate)
    w.key("base")
    if let b = f.base {
      w.beginLineObject()
      w.field("text", b.text)
      w.key("interval")
      writeInterval(b.interval, into: &w)
      w.endLineObject()
    } else {
      w.null()
    }
    w.field("nodeId", f.nodeId)
    w.field("span", f.span)
    w.field("sentence", f.sentence)
    w.endLineObject()
  }

  static func writeDeadline(_ t: borrowing Deadline, into w: inout JSONWriter) {
    w.element()
    w.beginLineObject()
    w.field("id", t.id)
    w.field("text", t.text)
    w.field("kind", t.kind.rawValue)
    w.key("interval")
    writeInterval(t.interval, into: &w)
    w.field("nodeId", t.nodeId)
    w.field("span", t.span)
    w.endLineObject()
  }

  /// A target of `d`, with its quote of the document's text.
  static func writeTarget(_ g: borrowing Target, of d: borrowing Document, into w: inout JSONWriter) {
    w.element()
    w.beginLineObject()
    w.field("id", g.id)
    w.field("metric", g.metric)
    w.field("metricKey", g.metricKey)
    w.field("comparator", g.comparator.rawValue)
    w.field("value", g.value)
    w.field("upper", g.upper)
    w.field("unit", g.unit)
    w.field("canonicalUnit", g.canonicalUnit)
    w.field("change", g.change?.rawValue)
    w.field("hedge", g.hedge)
    w.field("deadlineId", g.deadlineId)
    w.field("deadlineInherited", g.deadlineInherited)
    w.field("figureId", g.figureId)
    w.field("headline", g.headline)
    w.field("nodeId", g.nodeId)
    w.field("owners", g.owners)
    w.field("span", g.span)
    w.key("text")
    let quote = d.quote(of: g)
    if quote.clippedBefore || quote.clippedAfter {
      w.string(d.quoteText(of: g))
    } else {
      w.string(scalars: d.scalars[clamped(quote.span, d.scalars.count)])
    }
    w.field("sentence", g.sentence)
    w.endLineObject()
  }

  static func writeDiagnostic(_ x: borrowing Diagnostic, into w: inout JSONWriter) {
    w.element()
    w.beginLineObject()
    w.field("id", x.id.rawValue)
    w.field("severity", x.severity.rawValue)
    w.field("message", x.message)
    w.field("span", x.span)
    w.endLineObject()
  }

  static func writeInterval(_ interval: DayInterval?, into w: inout JSONWriter) {
    guard let i = interval else { return w.null() }
    w.beginLineObject()
    w.key("start")
    w.day(i.start)
    w.key("end")
    w.day(i.end)
    w.endLineObject()
  }

  /// The span's range within a text of `count` scalars.
  private static func clamped(_ s: SourceSpan, _ count: Int) -> Range<Int> {
    let a = max(0, min(s.start, count))
    return a..<max(a, min(s.end, count))
  }

  static func writeNodes(_ nodes: [Node], into w: inout JSONWriter) {
    w.beginArray()
    nodes.withUnsafeBufferPointer { list in for i in list.indices { writeNode(list[i], into: &w) } }
    w.endArray()
  }

  static func writeNode(_ n: borrowing Node, into w: inout JSONWriter) {
    w.element()
    w.beginObject()
    w.field("id", n.id.path)
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
}
