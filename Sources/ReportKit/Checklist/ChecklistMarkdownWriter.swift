/// Renders a checklist as Markdown to tick off: `- [ ] 任务（时限，牵头单位）` lines under the headings of their
/// document and sections.
///
/// Each document with rows is a `##` heading; its sections follow from `###` down (levels past `######` are
/// joined with › into the last). A row whose sections are a shorter prefix of the row before it (a task back
/// under a part after a section's tasks) repeats its deepest heading, so that no line sits under a heading it
/// does not belong to.
public enum ChecklistMarkdownWriter {
  /// The Markdown text.
  public static func render(_ checklist: Checklist) -> String {
    var out = "# 任务清单\n\n"
    for (k, source) in checklist.sources.enumerated() {
      let rows = checklist.rows.filter { $0.sourceIndex == k }.count
      let assigned = source.documents.filter { $0.use == .divisionPlan }.reduce(0) { $0 + $1.rows }
      var what: [String] = []
      if source.documents.contains(where: { $0.use == .report }) { what.append("\(rows) 项") }
      if source.documents.contains(where: { $0.use == .divisionPlan }) { what.append("任务分工方案，分配 \(assigned) 项") }
      out += "来源：`\(source.info.path)`（\(what.joined(separator: "；"))）\n\n"
    }
    if checklist.rows.isEmpty {
      out += "（没有任务：输入中没有找到规划部分。）\n"
      return out
    }
    let several = checklist.rowsFromSeveralSources
    var document: (Int, String)? = nil
    var path: [String] = []
    // A list ends with a blank line before the next heading; its items stay together.
    var inList = false
    func heading(_ text: String) {
      if inList { out += "\n" }
      inList = false
      out += text + "\n\n"
    }
    for row in checklist.rows {
      if document.map({ $0 != (row.sourceIndex, row.documentId) }) ?? true {
        document = (row.sourceIndex, row.documentId)
        let entry = checklist.sources[row.sourceIndex].documents.first { $0.id == row.documentId }
        var title = "## \(MarkdownWriter.escape(documentTitle(entry, row.documentId)))"
        if several { title += " · `\(checklist.sources[row.sourceIndex].info.path)`" }
        heading(title)
        path = []
      }
      let key = headingPath(row.sectionPath)
      var first = zip(key, path).prefix { $0 == $1 }.count
      // Back up to a shorter prefix: repeat its deepest heading.
      if first == key.count && key.count < path.count && !key.isEmpty { first = key.count - 1 }
      for level in first..<key.count {
        heading("\(String(repeating: "#", count: level + 3)) \(MarkdownWriter.escape(key[level]))")
      }
      path = key
      out += line(row) + "\n"
      inList = true
    }
    return out
  }

  /// The document's title; an untitled one by its id, with its year and kind where known (d1 · 2025年政府工作报告).
  static func documentTitle(_ entry: ChecklistSource.DocumentEntry?, _ id: String) -> String {
    if let t = entry?.title, !t.isEmpty { return t }
    guard let e = entry, e.kind == .workReport else { return id }
    return "\(id) · " + (e.year.map { "\($0)年" } ?? "") + "政府工作报告"
  }

  /// `- [ ] 任务（时限，牵头单位）`, the bracket holding what is known.
  static func line(_ row: ChecklistRow) -> String {
    var notes: [String] = []
    if let d = row.deadline { notes.append(d.display) }
    if !row.owners.isEmpty { notes.append(row.ownerList) }
    let bracket = notes.isEmpty ? "" : "（\(notes.map(MarkdownWriter.escape).joined(separator: "，"))）"
    return "- [ ] \(MarkdownWriter.escape(row.task))\(bracket)"
  }

  /// The section headings as Markdown levels ### to ######: at most four, the deeper ones joined into the last.
  private static func headingPath(_ p: [String]) -> [String] {
    p.count <= 4 ? p : Array(p.prefix(3)) + [p.dropFirst(3).joined(separator: " › ")]
  }
}
