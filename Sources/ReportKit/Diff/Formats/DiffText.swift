/// Renders a diff for a terminal: the two documents, notes, a summary (counts of each change kind, then the target
/// changes), then each node change with its edits inline.
///
/// With `colored`, deletions are red and insertions green (ANSI); without, they read `[-deleted-]` and `{+inserted+}`
/// (wdiff's marks), so a piped or NO_COLOR view loses nothing. The caller decides: the library reads no terminal.
public enum DiffText {
  /// The text view of `diff`.
  public static func render(_ diff: DocumentDiff, colored: Bool) -> String {
    let m = Marks(colored: colored)
    var out = ""
    out += m.bold("old") + "  " + DiffWords.side(diff.old) + "\n"
    out += m.bold("new") + "  " + DiffWords.side(diff.new) + "\n"
    for n in diff.notes { out += "note: \(n.message) [\(n.id)]\n" }
    out += "\n" + m.bold("Summary") + "\n"
    let counts = ChangeKind.allCases.map { "\(diff.count($0)) \($0.rawValue)" }
    out += "  changes: " + counts.joined(separator: ", ") + "\n"
    let directions = TargetDirection.allCases.compactMap { d -> String? in
      let n = diff.targetChanges.filter { $0.direction == d }.count
      return n == 0 ? nil : "\(n) \(d.rawValue)"
    }
    out += "  target changes: " + (directions.isEmpty ? "none" : directions.joined(separator: ", ")) + "\n"
    if !diff.targetChanges.isEmpty {
      out += "\n" + m.bold("Target changes") + " (headline first)\n"
      for t in diff.targetChanges { out += "  " + targetLine(t, m) + "\n" }
    }
    if !diff.changes.isEmpty { out += "\n" + m.bold("Changes") + "\n" }
    for c in diff.changes { out += change(c, m) }
    return out
  }

  /// `[headline] 居民消费价格涨幅: 3% (about) → 2% (about), lowered (-1个百分点)  (二 → 二)`.
  static func targetLine(_ t: TargetChange, _ m: Marks) -> String {
    var l = "[\(t.scope.rawValue)] \(t.metric): "
    switch t.direction {
    case .added: l += m.inserted(DiffWords.value(t.new)) + ", added"
    case .dropped: l += m.deleted(DiffWords.value(t.old)) + ", dropped"
    default:
      l += m.deleted(DiffWords.value(t.old)) + " → " + m.inserted(DiffWords.value(t.new)) + ", " + t.direction.rawValue
      if let d = DiffWords.delta(t) { l += " (\(d))" }
    }
    let where_ = [t.old?.nodeId?.path, t.new?.nodeId?.path].compactMap { $0 }
    if !where_.isEmpty { l += "  (" + where_.joined(separator: " → ") + ")" }
    if let e = t.elsewhere {
      l += "; in the \(t.direction == .dropped ? "new" : "old") text at \(e.nodeId?.path ?? "the preamble"): " + DiffWords.value(e)
    }
    return l
  }

  private static func change(_ c: NodeChange, _ m: Marks) -> String {
    let sign: String
    switch c.kind {
    case .added: sign = m.inserted("+ added")
    case .removed: sign = m.deleted("- removed")
    case .changed: sign = "~ changed"
    case .moved: sign = "> moved"
    case .renumbered: sign = "# renumbered"
    }
    var head = sign + " " + m.bold(DiffWords.ids(c))
    let heading = DiffWords.heading(c)
    if !heading.isEmpty { head += " 「\(heading)」" }
    var extra: [String] = []
    if let s = c.similarity, c.kind == .changed { extra.append("similarity \(DiffWords.ratio(s))") }
    if !c.also.isEmpty { extra.append("also " + c.also.map(\.rawValue).joined(separator: ", ")) }
    if let s = c.splitFrom { extra.append("split from \(s.path)") }
    if let s = c.mergedInto { extra.append("merged into \(s.path)") }
    if !extra.isEmpty { head += "  (" + extra.joined(separator: "; ") + ")" }
    var out = head + "\n"
    switch c.kind {
    case .changed:
      var body = ""
      for p in c.pieces {
        let t = String(scalarValues: p.text)
        switch p.operation {
        case .equal: body += t
        case .delete: body += m.deleted(t)
        case .insert: body += m.inserted(t)
        }
      }
      out += indent(body)
    case .added: out += indent(m.inserted(c.new?.text ?? ""))
    case .removed: out += indent(m.deleted(c.old?.text ?? ""))
    case .moved, .renumbered:
      // The text is the same on both sides: its first line says which node it is.
      let first = (c.new?.text ?? "").split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
      out += indent(clip(first, 60))
    }
    for t in c.targetChanges { out += "    ◎ " + targetLine(t, m) + "\n" }
    return out
  }

  private static func indent(_ s: String) -> String {
    s.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
  }

  private static func clip(_ s: String, _ n: Int) -> String {
    s.unicodeScalars.count <= n ? s : String(String.UnicodeScalarView(s.unicodeScalars.prefix(n))) + "…"
  }

  /// How edits are marked: ANSI colours, or wdiff's brackets.
  struct Marks {
    let colored: Bool
    func deleted(_ s: String) -> String { s.isEmpty ? s : colored ? wrap(s, "\u{1B}[31m") : "[-" + s + "-]" }
    func inserted(_ s: String) -> String { s.isEmpty ? s : colored ? wrap(s, "\u{1B}[32m") : "{+" + s + "+}" }
    func bold(_ s: String) -> String { colored ? "\u{1B}[1m" + s + "\u{1B}[0m" : s }

    /// Colours each line on its own, so that a pager or a terminal that resets at line ends keeps the colour.
    private func wrap(_ s: String, _ code: String) -> String {
      s.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : code + $0 + "\u{1B}[0m" }
        .joined(separator: "\n")
    }
  }
}
