/// Renders a report as Markdown: a heading per document, its byline and source, the outline as headings and
/// nested lists, and each node's targets, figures and deadlines under it.
public enum MarkdownWriter {
  /// The Markdown text for `report`.
  public static func render(_ report: Report) -> String {
    var out = ""
    for d in report.documents {
      let h = d.header
      out += "# \(escape(h.title ?? d.id))\n\n"
      if let sub = h.subtitle { out += "*——\(escape(sub))*\n\n" }
      var meta: [String] = []
      if !h.authors.isEmpty { meta.append(escape(h.authors.joined(separator: "、"))) }
      if let a = h.affiliation { meta.append(escape(a)) }
      if let r = h.region { meta.append(escape(r)) }
      if let y = d.year { meta.append("\(y)") }
      meta.append("source `\(report.source.path)`")
      out += meta.joined(separator: " · ") + "\n\n"
      let lines = ExtractionLines(
        d,
        figure: { f in
          var l = "\(escape(f.text)) = \(ExtractionLines.value(f.value, f.upper))\(ExtractionLines.unit(escape(f.unit)))"
          if let m = f.metric { l += " · \(escape(m))" }
          if f.role != .other { l += " · \(f.role.rawValue)" }
          return "figure: " + l
        },
        deadline: { t in
          "deadline: \(escape(t.text)) (\(t.kind.rawValue)" + (t.interval.map { ", \($0.start) – \($0.end))" } ?? ", unresolved)")
        },
        target: { g in
          var l = "**target: \(escape(g.metric)) \(g.comparator.rawValue) \(ExtractionLines.value(g.value, g.upper))"
          l += "\(ExtractionLines.unit(escape(g.unit)))**"
          if let hedge = g.hedge { l += " (\(escape(hedge)))" }
          if let t = d.deadline(of: g) { l += " · by \(escape(t.text))" }
          if !g.owners.isEmpty { l += " · \(escape(g.owners.joined(separator: "、")))" }
          return l
        })
      // Targets first under each node: they are what a reader of the plan parts looks for.
      func extractions(_ id: NodeID?, _ indent: String) {
        let list = id.map { lines.byNode[$0] ?? [] } ?? lines.loose
        for l in list.filter({ $0.hasPrefix("**") }) + list.filter({ !$0.hasPrefix("**") }) { out += "\(indent)- \(l)\n" }
      }
      extractions(nil, "")
      func walk(_ nodes: [Node], _ depth: Int) {
        for n in nodes {
          if depth == 0 && n.kind == .part {
            out += "## \(escape(n.marker))\(escape(n.heading))"
            if n.role != .other { out += " *(\(n.role.rawValue))*" }
            out += "\n\n"
            extractions(n.id, "")
            walk(n.children, 0)
            out += "\n"
            continue
          }
          let indent = String(repeating: "  ", count: depth)
          out += "\(indent)- **\(escape(n.marker))** \(escape(n.heading)) `\(n.id)`\n"
          extractions(n.id, indent + "  ")
          walk(n.children, depth + 1)
        }
      }
      walk(d.outline.roots, 0)
      out += "\n"
    }
    return out
  }

  /// Escapes the characters Markdown would read as syntax.
  static func escape(_ s: String) -> String {
    var r = ""
    for ch in s {
      if "\\`*_[]#<>|".contains(ch) { r.append("\\") }
      r.append(ch)
    }
    return r
  }
}
