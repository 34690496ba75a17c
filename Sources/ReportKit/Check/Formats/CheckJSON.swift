/// Writes a check result as the JSON of the contract (`check --format json`, schemaVersion 1).
public enum CheckJSON {
  /// The result as pretty JSON with a final line break; each evidence record on one line.
  public static func encode(_ r: CheckResult) -> [UInt8] {
    var w = JSONWriter(pretty: true, capacity: 1 << 16)
    w.beginObject()
    w.field("schemaVersion", Report.schemaVersion)
    w.key("plan")
    source(r.plan, into: &w)
    // The contract names one progress document; `sources` lists them all.
    w.key("progress")
    if let p = r.progress.first { source(p, into: &w) } else { w.null() }
    w.field("planYear", r.planYear)
    w.key("sources")
    w.beginArray()
    for p in r.progress {
      w.element()
      source(p, into: &w)
    }
    w.endArray()
    w.key("summary")
    w.beginLineObject()
    let summary = r.summary
    w.field("met", summary[.met] ?? 0)
    w.field("exceeded", summary[.exceeded] ?? 0)
    w.field("partlyMet", summary[.partlyMet] ?? 0)
    w.field("notMet", summary[.notMet] ?? 0)
    w.field("inProgress", summary[.inProgress] ?? 0)
    w.field("notMentioned", summary[.notMentioned] ?? 0)
    w.field("unclear", summary[.unclear] ?? 0)
    w.endLineObject()
    w.key("items")
    w.beginArray()
    for i in r.items {
      w.element()
      w.beginObject()
      w.field("kind", i.kind.rawValue)
      w.field("targetId", i.targetId)
      w.field("nodeId", i.nodeId)
      w.field("headline", i.headline)
      w.field("metric", i.metric)
      w.field("metricKey", i.metricKey)
      w.key("target")
      value(i.target, into: &w)
      w.field("tolerance", i.tolerance)
      w.field("deadline", i.deadline)
      w.field("ceilingInPractice", i.ceilingInPractice)
      w.key("actual")
      if let a = i.actual { value(a, into: &w) } else { w.null() }
      w.field("status", i.status.rawValue)
      w.key("evidence")
      w.beginArray()
      for e in i.evidence {
        w.element()
        w.beginLineObject()
        w.field("source", e.source)
        w.field("documentId", e.documentId)
        w.field("text", e.text)
        w.field("span", e.span)
        w.field("figure", e.figure)
        w.field("score", ExactDecimal(significand: Int64((e.score * 1000).rounded()), exponent: -3))
        w.field("multiYear", e.multiYear)
        w.endLineObject()
      }
      w.endArray()
      w.field("reason", i.reason)
      w.field("reasonEn", i.reasonEn)
      w.endObject()
    }
    w.endArray()
    w.key("diagnostics")
    w.beginArray()
    for d in r.diagnostics {
      w.element()
      w.beginLineObject()
      w.field("id", d.id.rawValue)
      w.field("severity", d.severity.rawValue)
      w.field("message", d.message)
      w.endLineObject()
    }
    w.endArray()
    w.endObject()
    var out = w.bytes
    out.append(0x0A)
    return out
  }

  private static func source(_ s: CheckSource, into w: inout JSONWriter) {
    w.beginLineObject()
    w.field("path", s.path)
    w.field("year", s.year)
    w.field("dataYear", s.dataYear)
    w.field("kind", s.kind.rawValue)
    w.endLineObject()
  }

  private static func value(_ v: CheckValue, into w: inout JSONWriter) {
    w.beginLineObject()
    w.field("value", v.value)
    w.field("upper", v.upper)
    w.field("unit", v.unit)
    w.field("comparator", v.comparator?.rawValue)
    w.field("qualifier", v.qualifier)
    w.field("text", v.text)
    w.endLineObject()
  }
}
