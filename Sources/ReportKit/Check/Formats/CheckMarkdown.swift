/// Renders a check result as a Markdown scorecard: the documents and notes, a summary by status, then per part
/// (headline targets and goals, other targets, tasks) a table of target, actual and verdict, and the evidence
/// sentence of each item with the figure that gave the actual in bold.
public enum CheckMarkdown {
  /// The scorecard text.
  public static func render(_ r: CheckResult) -> String {
    var out = "# 核查 Check：\(esc(r.plan.described))\n\n"
    out += "- 计划 Plan：\(esc(r.plan.described))" + (r.planYear.map { "，计划年度 \($0)" } ?? "") + "\n"
    for p in r.progress { out += "- 进展 Progress：\(esc(p.described))\n" }
    if !r.diagnostics.isEmpty {
      out += "\n"
      for d in r.diagnostics { out += "> **\(d.severity.rawValue)** \(esc(d.message)) `\(d.id.rawValue)`\n" }
    }
    out += "\n| 状态 Status | 项数 Items |\n|---|---:|\n"
    let summary = r.summary
    for s in CheckStatus.allCases { out += "| \(s.sign) \(s.chinese) \(s.rawValue) | \(summary[s] ?? 0) |\n" }
    out += "| 合计 total | \(r.items.count) |\n"
    for (title, items) in r.sections where !items.isEmpty {
      out += "\n## \(title)（\(items.count)）\n\n"
      let numbered = items.contains { $0.kind == .target }
      if numbered {
        out += "| # | 指标 | 目标 | 实际 | 状态 | 判断 |\n|---:|---|---|---|---|---|\n"
      } else {
        out += "| # | 内容 | 状态 | 判断 |\n|---:|---|---|---|\n"
      }
      for (n, i) in items.enumerated() {
        let status = "\(i.status.sign) \(i.status.chinese)"
        if numbered {
          let target = i.kind == .target ? i.targetWritten : "（无数值）"
          out += "| \(n + 1) | \(cell(i.metric)) | \(cell(target)) | \(cell(i.actualWritten)) | \(status) | \(cell(i.verdictWords)) |\n"
        } else {
          out += "| \(n + 1) | \(cell(clip(i.metric, 60))) | \(status) | \(cell(i.verdictWords)) |\n"
        }
      }
      let quoted = items.enumerated().filter { !$0.element.evidence.isEmpty }
      if !quoted.isEmpty {
        out += "\n依据 Evidence：\n\n"
        for (n, i) in quoted {
          out += "\(n + 1). **\(esc(clip(i.metric, 40)))**（\(i.status.rawValue)）\n"
          for e in i.evidence {
            let m = e.marked
            var quote = esc(m.before) + (m.figure.isEmpty ? "" : "**\(esc(m.figure))**") + esc(m.after)
            if e.multiYear { quote += " *（五年回顾）*" }
            // A code span shows its text as it is: no escapes inside, and no backtick to end it early.
            out += "   > \(quote) — `\(file(e.source).replacingOccurrences(of: "`", with: "'"))` \(e.span.start)–\(e.span.end)\n"
          }
        }
      }
    }
    return out
  }

  private static func file(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

  private static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n)) + "…" }

  /// Text in a table cell: Markdown escaped, line breaks as spaces.
  private static func cell(_ s: String) -> String { esc(s).replacingOccurrences(of: "\n", with: " ") }

  private static func esc(_ s: String) -> String { MarkdownWriter.escape(s) }
}
