/// The kind of a document as far as a checklist needs it, until the layout stage fills `Document.kind`.
///
/// A kind the pipeline set wins; otherwise a 任务分工方案 is told by its title (or first lines) and a work report by
/// its title or its 「各位代表：」 salutation. One small function, to be dropped once `Document.kind` is filled.
enum DocumentKindGuess {
  /// Words of a task-division plan's title: 重点工作任务分工方案, 责任分工, 分工的通知/意见.
  static let divisionWords = ["分工方案", "任务分工", "责任分工", "分工的通知", "分工的意见", "工作分工"]

  /// The kind of `doc`: its own when set, else guessed from its title and first lines.
  static func kind(of doc: Document) -> DocumentKind {
    if doc.kind != .other { return doc.kind }
    let title = doc.header.title ?? ""
    // The first two lines too: a plan's title line is not always read as a title (a 通知 above it, a number).
    let opening = String(scalarValues: Array(doc.scalars.prefix(240)))
    let head = opening.split(separator: "\n", omittingEmptySubsequences: true).prefix(2).joined(separator: "\n")
    if divisionWords.contains(where: { title.contains($0) || head.contains($0) }) { return .taskPlan }
    if title.contains("政府工作报告") || opening.contains("各位代表") { return .workReport }
    return .other
  }
}
