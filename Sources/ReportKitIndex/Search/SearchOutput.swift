import Foundation
import ReportKit

/// Writes search results: JSON `{"query", "total", "results": [...]}`, one hit per line, or text for a terminal.
public enum SearchOutput {
  /// The results as one JSON object, hits one per line.
  public static func json(_ r: SearchResults) -> [UInt8] {
    var w = JSONWriter(pretty: true, capacity: 4096 + r.hits.count * 512)
    w.beginObject()
    w.field("query", r.query.text)
    w.field("total", r.total)
    w.key("results")
    w.beginArray()
    for h in r.hits {
      w.element()
      write(h, into: &w, oneLine: true)
    }
    w.endArray()
    w.endObject()
    return w.bytes + [0x0A]
  }

  /// One compact JSON object per hit and line.
  public static func jsonLines(_ r: SearchResults) -> [UInt8] {
    var out: [UInt8] = []
    for h in r.hits {
      var w = JSONWriter(pretty: false, capacity: 512)
      write(h, into: &w, oneLine: false)
      out += w.bytes
      out.append(0x0A)
    }
    return out
  }

  /// Two lines per hit: where it is, then the snippet with the match in 【】; a last line counts the hits.
  public static func text(_ r: SearchResults) -> String {
    var out = ""
    for h in r.hits {
      let d = h.document
      var place = [d.path, d.region ?? "", d.year.map(String.init) ?? ""].filter { !$0.isEmpty }.joined(separator: "  ")
      if let n = h.nodeId { place += "  " + n }
      if let heading = h.heading, !heading.isEmpty { place += " " + heading }
      out += place + "\n"
      var line = "  " + h.snippet.marked
      if let rec = h.record {
        let value = [rec.comparator, rec.value, rec.unit].compactMap { $0 }.joined(separator: " ")
        line += "\n  \(h.kind.rawValue) \(rec.id): \(value)" + (rec.metric.map { " «\($0)»" } ?? "")
      }
      out += line + "\n"
    }
    let shown = r.hits.count < r.total ? "\(r.hits.count) of \(r.total)" : "\(r.total)"
    out += "\(shown) \(r.query.kind == .text ? "hits" : r.query.kind.rawValue + " hits") for \(r.query.text)\n"
    return out
  }

  private static func write(_ h: SearchHit, into w: inout JSONWriter, oneLine: Bool) {
    if oneLine { w.beginLineObject() } else { w.beginObject() }
    w.field("kind", h.kind.rawValue)
    w.key("document")
    w.beginObject()
    w.field("path", h.document.path)
    w.field("id", h.document.id)
    w.field("title", h.document.title)
    w.field("region", h.document.region)
    w.field("level", h.document.level)
    w.field("year", h.document.year)
    w.endObject()
    w.field("nodeId", h.nodeId)
    w.field("heading", h.heading)
    w.key("snippet")
    w.beginObject()
    w.field("text", h.snippet.text)
    w.field("start", h.snippet.start)
    w.field("end", h.snippet.end)
    w.endObject()
    w.field("span", h.span)
    w.key("score")
    if let s = h.score { w.raw(String(format: "%.4f", s)) } else { w.null() }
    if let rec = h.record {
      w.field("id", rec.id)
      w.field("text", rec.text)
      w.key("value")
      if let v = rec.value { w.raw(v) } else { w.null() }
      w.field("unit", rec.unit)
      w.field("metric", rec.metric)
      if h.kind == .target { w.field("comparator", rec.comparator) }
    }
    if oneLine { w.endLineObject() } else { w.endObject() }
  }
}
