/// Renders a report as Markdown: a heading per document, its byline, and the outline as nested lists.
public enum MarkdownWriter {
  /// The Markdown text for `report`.
  public static func render(_ report: Report) -> String {
    var out = ""
    for d in report.documents {
      out += "# \(escape(d.title ?? d.id))\n\n"
      if let sub = d.subtitle { out += "*——\(escape(sub))*\n\n" }
      var meta: [String] = []
      if !d.authors.isEmpty { meta.append(d.authors.joined(separator: "、")) }
      if let a = d.affiliation { meta.append(escape(a)) }
      if let y = d.year { meta.append("\(y)") }
      if !meta.isEmpty { out += meta.joined(separator: " · ") + "\n\n" }
      func walk(_ nodes: [Node], _ depth: Int) {
        for n in nodes {
          if depth == 0 && n.kind == .part {
            out += "## \(escape(n.marker))\(escape(n.heading))\n\n"
            walk(n.children, 0)
            out += "\n"
            continue
          }
          let indent = String(repeating: "  ", count: depth)
          out += "\(indent)- **\(escape(n.marker))** \(escape(n.heading)) `\(n.id)`\n"
          walk(n.children, depth + 1)
        }
      }
      walk(d.outline, 0)
      out += "\n"
    }
    return out
  }

  /// Escapes the characters Markdown would read as syntax.
  private static func escape(_ s: String) -> String {
    var r = ""
    for ch in s {
      if "\\`*_[]#<>|".contains(ch) { r.append("\\") }
      r.append(ch)
    }
    return r
  }
}
