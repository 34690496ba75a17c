/// Writes reports as the JSON of the public contract (schemaVersion 1).
public enum ReportJSON {
  /// One report as a JSON object (pretty-printed unless `pretty` is false), with a final line break.
  public static func encode(_ report: Report, pretty: Bool = true) -> [UInt8] {
    // Written straight into the array returned, reserved once from the text's length: pretty JSON is 8–17
    // bytes a character of text over the corpus (the text itself, then figures and spans), 12 on average,
    // so 16 and 64 KB leave room for all of it. A report that outgrows it is copied once at the end, as
    // every report was before (written into the writer's own buffer, then copied out).
    let estimate = report.documents.reduce(65536) { $0 + $1.scalars.count * 16 }
    var spilled: [UInt8]?
    let bytes = [UInt8](unsafeUninitializedCapacity: estimate) { buffer, n in
      var w = JSONWriter(pretty: pretty, over: buffer)
      writeReport(report, into: &w)
      if w.isInPlace && w.written < buffer.count {
        buffer[w.written] = 0x0A
        n = w.written + 1
      } else {
        spilled = w.bytes(appending: 0x0A)
        n = 0
      }
    }
    return spilled ?? bytes
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
    // retaining and releasing its strings. Sentences, figures, deadlines, targets and nodes are handed over as
    // a pointer into the buffer: passed as a value, even a borrowed one, each was still copied for the call
    // (the compiler cannot tell that the call leaves the buffer alone), eight strings retained and released a
    // figure. (Read through the pointer, each String field is still retained while it is written.)
    w.key("sentences")
    w.beginArray()
    d.sentences.withUnsafeBufferPointer { list in for i in list.indices { writeSentence(list.baseAddress! + i, into: &w) } }
    w.endArray()
    w.key("figures")
    w.beginArray()
    d.figures.withUnsafeBufferPointer { list in for i in list.indices { writeFigure(list.baseAddress! + i, into: &w) } }
    w.endArray()
    w.key("deadlines")
    w.beginArray()
    d.deadlines.withUnsafeBufferPointer { list in for i in list.indices { writeDeadline(list.baseAddress! + i, into: &w) } }
    w.endArray()
    w.key("targets")
    w.beginArray()
    d.targets.withUnsafeBufferPointer { list in for i in list.indices { writeTarget(list.baseAddress! + i, of: d, into: &w) } }
    w.endArray()
    w.key("diagnostics")
    w.beginArray()
    d.diagnostics.withUnsafeBufferPointer { list in for i in list.indices { writeDiagnostic(list[i], into: &w) } }
    w.endArray()
    w.endObject()
  }

  /// The sentence at `x` (in its array's buffer, read in place: a copy of it was a retain and a release).
  static func writeSentence(_ x: UnsafePointer<Sentence>, into w: inout JSONWriter) {
    w.element()
    w.beginLineObject()
    w.field("id", x.pointee.id)
    w.field("span", x.pointee.span)
    w.field("nodeId", x.pointee.nodeId)
    w.field("role", x.pointee.role)
    w.endLineObject()
  }

  /// The figure at `f` (in its array's buffer, read in place).
  static func writeFigure(_ f: UnsafePointer<Figure>, into w: inout JSONWriter) {
    w.element()
    w.beginLineObject()
    w.field("id", f.pointee.id)
    w.field("text", f.pointee.text)
    w.field("value", f.pointee.value)
    w.field("upper", f.pointee.upper)
    w.field("unit", f.pointee.unit)
    w.field("canonicalUnit", f.pointee.canonicalUnit)
    w.field("qualifier", f.pointee.qualifier)
    w.field("kind", f.pointee.kind)
    w.field("metric", f.pointee.metric)
    w.field("metricKey", f.pointee.metricKey)
    w.field("role", f.pointee.role)
    w.field("change", f.pointee.change)
    w.field("estimate", f.pointee.estimate)
    w.key("base")
    if let b = f.pointee.base {
      w.beginLineObject()
      w.field("text", b.text)
      w.key("interval")
      writeInterval(b.interval, into: &w)
      w.endLineObject()
    } else {
      w.null()
    }
    w.field("nodeId", f.pointee.nodeId)
    w.field("span", f.pointee.span)
    w.field("sentence", f.pointee.sentence)
    w.endLineObject()
  }

  /// The deadline at `t` (in its array's buffer, read in place).
  static func writeDeadline(_ t: UnsafePointer<Deadline>, into w: inout JSONWriter) {
    w.element()
    w.beginLineObject()
    w.field("id", t.pointee.id)
    w.field("text", t.pointee.text)
    w.field("kind", t.pointee.kind)
    w.key("interval")
    writeInterval(t.pointee.interval, into: &w)
    w.field("nodeId", t.pointee.nodeId)
    w.field("span", t.pointee.span)
    w.endLineObject()
  }

  /// The target at `g` (in its array's buffer, read in place) of `d`, with its quote of the document's text.
  static func writeTarget(_ g: UnsafePointer<Target>, of d: borrowing Document, into w: inout JSONWriter) {
    w.element()
    w.beginLineObject()
    w.field("id", g.pointee.id)
    w.field("metric", g.pointee.metric)
    w.field("metricKey", g.pointee.metricKey)
    w.field("comparator", g.pointee.comparator)
    w.field("value", g.pointee.value)
    w.field("upper", g.pointee.upper)
    w.field("unit", g.pointee.unit)
    w.field("canonicalUnit", g.pointee.canonicalUnit)
    w.field("change", g.pointee.change)
    w.field("hedge", g.pointee.hedge)
    w.field("deadlineId", g.pointee.deadlineId)
    w.field("deadlineInherited", g.pointee.deadlineInherited)
    w.field("figureId", g.pointee.figureId)
    w.field("headline", g.pointee.headline)
    w.field("nodeId", g.pointee.nodeId)
    w.field("owners", g.pointee.owners)
    w.field("span", g.pointee.span)
    w.key("text")
    let quote = d.quote(of: g.pointee)
    if quote.clippedBefore || quote.clippedAfter {
      w.string(d.quoteText(of: g.pointee))
    } else {
      w.string(scalars: d.scalars[clamped(quote.span, d.scalars.count)])
    }
    w.field("sentence", g.pointee.sentence)
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
    nodes.withUnsafeBufferPointer { list in for i in list.indices { writeNode(list.baseAddress! + i, into: &w) } }
    w.endArray()
  }

  /// The node at `n` (in its array's buffer, read in place) and its children.
  static func writeNode(_ n: UnsafePointer<Node>, into w: inout JSONWriter) {
    w.element()
    w.beginObject()
    w.field("id", n.pointee.id.path)
    w.field("kind", n.pointee.kind)
    w.field("marker", n.pointee.marker)
    w.field("ordinal", n.pointee.ordinal)
    w.field("level", n.pointee.level)
    w.field("heading", n.pointee.heading)
    w.field("span", n.pointee.span)
    w.field("headingSpan", n.pointee.headingSpan)
    w.field("role", n.pointee.role)
    w.field("owners", n.pointee.owners)
    w.key("children")
    writeNodes(n.pointee.children, into: &w)
    w.endObject()
  }
}
