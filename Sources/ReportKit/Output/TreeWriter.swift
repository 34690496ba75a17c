/// Renders a report as an indented tree a person can read in a terminal, with extractions under their nodes.
public enum TreeWriter {
  /// The tree text for `report`: a line naming the source, then each document.
  public static func render(_ report: Report) -> String {
    var out = "\(report.source.path) · \(report.source.format.rawValue) · \(report.source.encoding.rawValue)\n"
    for d in report.documents {
      let h = d.header
      var head = "\(d.id) \(h.title ?? "(untitled)")"
      if let sub = h.subtitle { head += " —— \(sub)" }
      out += head + "\n"
      var meta: [String] = []
      if !h.authors.isEmpty { meta.append("by " + h.authors.joined(separator: "、")) }
      if let a = h.affiliation { meta.append("(\(a))") }
      if let r = h.region { meta.append("region \(r)") }
      if let y = d.year { meta.append("year \(y) [\(d.yearEvidence ?? "")]") } else { meta.append("year unknown") }
      if let y = d.dataYear, y != d.year { meta.append("data year \(y) [\(d.dataYearEvidence ?? "")]") }
      out += "  " + meta.joined(separator: "  ") + "\n"
      var facts = ["kind \(d.kind.rawValue)"]
      if let n = d.docNumber { facts.append("no. \(n)") }
      if let day = d.date { facts.append("dated \(day)") }
      out += "  " + facts.joined(separator: "  ") + "\n"
      let lines = ExtractionLines(
        d,
        figure: { f in
          var l = "· \(f.text) = \(ExtractionLines.value(f.value, f.upper))\(ExtractionLines.unit(f.unit)) \(f.kind.rawValue)"
          if let q = f.qualifier { l += " \(q)" }
          if let m = f.metric { l += " «\(m)»" }
          if f.role != .other { l += " [\(f.role.rawValue)]" }
          return l
        },
        deadline: { t in
          "⏱ \(t.text) \(t.kind.rawValue) " + (t.interval.map { "\($0.start)..\($0.end)" } ?? "unresolved")
        },
        target: { g in
          var l = "◎ \(g.metric) \(g.comparator.rawValue) \(ExtractionLines.value(g.value, g.upper))\(ExtractionLines.unit(g.unit))"
          if let h = g.hedge { l += " (\(h))" }
          if let t = d.deadline(of: g) { l += " by \(t.text)" }
          if !g.owners.isEmpty { l += " ← " + g.owners.joined(separator: "、") }
          return l
        })
      for l in lines.loose { out += "    " + l + "\n" }
      func walk(_ nodes: [Node], _ indent: String) {
        for n in nodes {
          var line = indent + (n.marker.isEmpty ? "§" : n.marker) + " " + clip(n.heading, 40)
          if n.role != .other && n.level == 1 { line += "  [\(n.role.rawValue)]" }
          if !n.owners.isEmpty { line += "  ← " + n.owners.joined(separator: "、") }
          out += line + "\n"
          for l in lines.byNode[n.id] ?? [] { out += indent + "    " + l + "\n" }
          walk(n.children, indent + "  ")
        }
      }
      walk(d.outline.roots, "  ")
      for x in d.diagnostics where x.severity != .note {
        out += "  ! \(x.severity.rawValue) [\(x.id)] \(x.message)\n"
      }
    }
    return out
  }

  private static func clip(_ s: String, _ n: Int) -> String {
    s.unicodeScalars.count <= n ? s : String(String.UnicodeScalarView(s.unicodeScalars.prefix(n))) + "…"
  }
}
