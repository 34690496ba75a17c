/// The columns of the checklist table that CSV and XLSX share: 序号, 任务, 指标, 目标值, 完成时限, 牵头单位, 章节, 原文,
/// id, and 来源 when the rows come from several files.
enum ChecklistTable {
  /// The contract's columns, in order.
  static let headers = ["序号", "任务", "指标", "目标值", "完成时限", "牵头单位", "章节", "原文", "id"]
  /// The column naming each row's file.
  static let sourceHeader = "来源"

  /// The headers of `checklist`'s table.
  static func headers(_ checklist: Checklist) -> [String] {
    headers + (checklist.rowsFromSeveralSources ? [sourceHeader] : [])
  }

  /// The path of a row's file.
  static func sourcePath(_ row: ChecklistRow, _ checklist: Checklist) -> String {
    row.sourceIndex < checklist.sources.count ? checklist.sources[row.sourceIndex].info.path : ""
  }

  /// 完成时限 as text: the interval's last day (2025-12-31), or the words when they cannot be dated.
  static func deadlineText(_ d: ChecklistDeadline?) -> String {
    guard let d else { return "" }
    return d.interval.map { $0.end.description } ?? d.text
  }
}
