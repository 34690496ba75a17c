/// Renders a report as an indented tree a person can read in a terminal, with extractions under their nodes.
public enum TreeWriter {
  /// The tree text for `report`.
  public static func render(_ report: Report) -> String {
    var out = ""
    for d in report.documents {
      var head = "\(d.id) \(d.title ?? "(untitled)")"
      if let sub = d.subtitle { head += " —— \(sub)" }
      out += head + "\n"
      var meta: [String] = []
      if !d.authors.isEmpty { meta.append("by " + d.authors.joined(separator: "、")) }
      if let a = d.affiliation { meta.append("(\(a))") }
      if let r = d.region { meta.append("region \(r)") }
      if let y = d.year { meta.append("year \(y) [\(d.yearEvidence ?? "")]") } else { meta.append("year unknown") }
      out += "  " + meta.joined(separator: "  ") + "\n"
      var byNode: [String: [String]] = [:]
      var loose: [String] = []
      func attach(_ nodeId: String?, _ line: String) {
        if let id = nodeId { byNode[id, default: []].append(line) } else { loose.append(line) }
      }
      for f in d.figures {
        var l = "· \(f.text) = \(f.value) \(f.unit) \(f.kind.rawValue)"
        if let q = f.qualifier { l += " \(q)" }
        if let m = f.metric { l += " «\(m)»" }
        if f.role != .other { l += " [\(f.role.rawValue)]" }
        attach(f.nodeId, l)
      }
      for t in d.deadlines {
        let iv = t.interval.map { "\($0.start)..\($0.end)" } ?? "unresolved"
        attach(t.nodeId, "⏱ \(t.text) \(t.kind) \(iv)")
      }
      for g in d.targets {
        var l = "◎ \(g.metric) \(g.comparator.rawValue) \(g.value)"
        if let u = g.upper { l += "–\(u)" }
        l += " \(g.unit)"
        if let h = g.hedge { l += " (\(h))" }
        if let dl = g.deadlineId, let t = d.deadlines.first(where: { $0.id == dl }) { l += " by \(t.text)" }
        if !g.owners.isEmpty { l += " ← " + g.owners.joined(separator: "、") }
        attach(g.nodeId, l)
      }
      for l in loose { out += "    " + l + "\n" }
      func walk(_ nodes: [Node], _ indent: String) {
        for n in nodes {
          var line = indent + (n.marker.isEmpty ? "§" : n.marker) + " " + clip(n.heading, 40)
          if n.role != .other && n.level == 1 { line += "  [\(n.role.rawValue)]" }
          if !n.owners.isEmpty { line += "  ← " + n.owners.joined(separator: "、") }
          out += line + "\n"
          for l in byNode[n.id] ?? [] { out += indent + "    " + l + "\n" }
          walk(n.children, indent + "  ")
        }
      }
      walk(d.outline, "  ")
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
