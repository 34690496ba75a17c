/// Renders a diff as one self-contained HTML page: the documents and notes, the table of target changes on top,
/// then each node change side by side, old on the left and new on the right, with deletions in `<del>` and
/// insertions in `<ins>`. Inline CSS only: no script, no font or image to fetch, so the file opens offline.
public enum DiffHTML {
  /// The page for `diff`.
  public static func render(_ diff: DocumentDiff) -> String {
    var h = ""
    h.reserveCapacity(diff.changes.reduce(16384) { $0 + 3 * (($1.old?.text.utf8.count ?? 0) + ($1.new?.text.utf8.count ?? 0)) })
    let title = "ReportKit diff: \(name(diff.old)) → \(name(diff.new))"
    h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    h += "<title>\(esc(title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
    h += "<header>\n<h1>\(esc(title))</h1>\n<table class=\"sides\">\n"
    h += "<tr><th>old</th><td>\(esc(DiffWords.side(diff.old)))</td></tr>\n"
    h += "<tr><th>new</th><td>\(esc(DiffWords.side(diff.new)))</td></tr>\n</table>\n"
    if !diff.notes.isEmpty {
      h += "<ul class=\"notes\">\n"
      for n in diff.notes { h += "<li>\(esc(n.message)) <code>\(esc(n.id.rawValue))</code></li>\n" }
      h += "</ul>\n"
    }
    h += "<p class=\"summary\">"
    h += ChangeKind.allCases.map { "<span class=\"k-\($0.rawValue)\">\(diff.count($0)) \($0.rawValue)</span>" }
      .joined(separator: " · ")
    let directions = TargetDirection.allCases.compactMap { d -> String? in
      let n = diff.targetChanges.filter { $0.direction == d }.count
      return n == 0 ? nil : "\(n) \(d.rawValue)"
    }
    h += "<br>targets: " + (directions.isEmpty ? "no change" : directions.joined(separator: " · "))
    h += "</p>\n</header>\n"
    h += targetTable(diff.targetChanges)
    h += "<section id=\"changes\">\n<h2>Changes (\(diff.changes.count))</h2>\n"
    h += "<table class=\"changes\">\n<colgroup><col class=\"half\"><col class=\"half\"></colgroup>\n"
    h += "<thead><tr><th>old</th><th>new</th></tr></thead>\n<tbody>\n"
    for c in diff.changes { h += change(c) }
    h += "</tbody>\n</table>\n</section>\n</body>\n</html>\n"
    return h
  }

  private static func name(_ s: DiffSide) -> String {
    let file = s.path.split(separator: "/").suffix(3).joined(separator: "/")
    return (file.isEmpty ? s.documentId : file) + (s.year.map { " (\($0))" } ?? "")
  }

  private static func targetTable(_ list: [TargetChange]) -> String {
    var h = "<section id=\"targets\">\n<h2>Target changes (\(list.count))</h2>\n"
    guard !list.isEmpty else { return h + "<p class=\"none\">No target changed.</p>\n</section>\n" }
    h += "<table id=\"target-changes\" class=\"targets\">\n"
    h += "<thead><tr><th>scope</th><th>metric</th><th>old</th><th>new</th><th>change</th><th>where</th></tr></thead>\n<tbody>\n"
    for t in list {
      h += "<tr class=\"d-\(t.direction.rawValue) s-\(t.scope.rawValue)\">"
      h += "<td>\(t.scope.rawValue)</td><td>\(esc(t.metric))</td>"
      h += "<td>\(t.old.map { "<del>\(esc(DiffWords.value($0)))</del>" } ?? "—")</td>"
      h += "<td>\(t.new.map { "<ins>\(esc(DiffWords.value($0)))</ins>" } ?? "—")</td>"
      var what = t.direction.rawValue
      if let d = DiffWords.delta(t) { what += " (\(d))" }
      h += "<td class=\"dir\">\(esc(what))</td>"
      var place = [t.old?.nodeId?.path, t.new?.nodeId?.path].compactMap { $0 }.joined(separator: " → ")
      if let e = t.elsewhere { place += (place.isEmpty ? "" : "; ") + "elsewhere: \(e.nodeId?.path ?? "preamble") \(DiffWords.value(e))" }
      h += "<td class=\"where\">\(esc(place))</td></tr>\n"
    }
    return h + "</tbody>\n</table>\n</section>\n"
  }

  private static func change(_ c: NodeChange) -> String {
    var head = "<span class=\"kind\">\(c.kind.rawValue)</span> <code>\(esc(DiffWords.ids(c)))</code>"
    let heading = DiffWords.heading(c)
    if !heading.isEmpty { head += " <span class=\"heading\">\(esc(heading))</span>" }
    var extra: [String] = []
    if let s = c.similarity, c.kind == .changed { extra.append("similarity \(DiffWords.ratio(s))") }
    if !c.also.isEmpty { extra.append("also " + c.also.map(\.rawValue).joined(separator: ", ")) }
    if let s = c.splitFrom { extra.append("split from \(s.path)") }
    if let s = c.mergedInto { extra.append("merged into \(s.path)") }
    if !extra.isEmpty { head += " <span class=\"extra\">" + esc(extra.joined(separator: "; ")) + "</span>" }
    var h = "<tr class=\"head k-\(c.kind.rawValue)\"><td colspan=\"2\">\(head)</td></tr>\n"
    var left = "", right = ""
    switch c.kind {
    case .changed:
      for p in c.pieces {
        let t = text(p.text)
        switch p.operation {
        case .equal:
          left += t
          right += t
        case .delete: left += "<del>\(t)</del>"
        case .insert: right += "<ins>\(t)</ins>"
        }
      }
    case .added: right = "<ins>\(text(c.new?.text ?? ""))</ins>"
    case .removed: left = "<del>\(text(c.old?.text ?? ""))</del>"
    case .moved, .renumbered:
      left = text(c.old?.text ?? "")
      right = text(c.new?.text ?? "")
    }
    h += "<tr class=\"body k-\(c.kind.rawValue)\"><td class=\"old\">\(left)</td><td class=\"new\">\(right)</td></tr>\n"
    if !c.targetChanges.isEmpty {
      h += "<tr class=\"tc\"><td colspan=\"2\"><ul>"
      for t in c.targetChanges { h += "<li>\(esc(DiffText.targetLine(t, DiffText.Marks(colored: false))))</li>" }
      h += "</ul></td></tr>\n"
    }
    return h
  }

  /// Escaped text with its line breaks kept.
  private static func text(_ s: String) -> String { esc(s).replacingOccurrences(of: "\n", with: "<br>\n") }
  private static func text(_ s: Scalars) -> String { text(String(scalarValues: s)) }

  static func esc(_ s: String) -> String { HTMLText.escape(s) }

  private static let style = """
    body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
      margin: 1.5rem; color: #222; background: #fff; line-height: 1.6; }
    h1 { font-size: 1.3rem; margin: 0 0 .5rem; }
    h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #ddd; padding: .3rem .5rem; vertical-align: top; text-align: left; }
    th { background: #f3f3f3; }
    table.sides { width: auto; }
    .notes { color: #7a5200; background: #fff8e5; border: 1px solid #f0d48a; padding: .4rem 1.6rem; }
    .summary span { margin-right: .3rem; }
    col.half { width: 50%; }
    del { background: #ffd7d5; color: #82071e; text-decoration: line-through; }
    ins { background: #ccf5d2; color: #055d20; text-decoration: none; }
    table.targets td.dir { white-space: nowrap; font-weight: bold; }
    tr.d-raised td.dir { color: #055d20; }
    tr.d-lowered td.dir { color: #82071e; }
    tr.s-headline td:first-child { font-weight: bold; }
    td.where { color: #666; font-size: .9em; }
    tr.head td { background: #f6f8fa; border-top: 2px solid #bbb; }
    tr.head .kind { font-weight: bold; text-transform: uppercase; font-size: .8em; padding: 0 .3rem; border-radius: 3px; }
    tr.k-added .kind { background: #ccf5d2; }
    tr.k-removed .kind { background: #ffd7d5; }
    tr.k-changed .kind { background: #fff1c2; }
    tr.k-moved .kind, tr.k-renumbered .kind { background: #dde8ff; }
    tr.head .extra { color: #666; font-size: .9em; }
    tr.head .heading { font-weight: bold; }
    tr.head code { border: 1px solid #ccc; border-radius: 3px; padding: 0 .25rem; background: #fff; }
    tr.tc td { background: #fbfbfb; font-size: .9em; }
    tr.tc ul { margin: 0; padding-left: 1.2rem; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }

    """
}
