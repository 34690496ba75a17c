/// Writes a checklist as an Excel workbook: sheet 任务清单 with every row, sheet 主要目标 with the headline targets.
///
/// Both sheets freeze their header row; 完成时限 cells are dates (the interval's last day), 序号 and the targets'
/// values numbers; long text wraps in columns of fixed width so that rows grow downwards, not sideways.
public enum ChecklistXLSXWriter {
  /// The name of the sheet of all rows.
  public static let checklistSheet = "任务清单"
  /// The name of the sheet of headline targets.
  public static let targetSheet = "主要目标"

  /// The .xlsx bytes.
  public static func encode(_ checklist: Checklist) throws(XLSXError) -> [UInt8] {
    try XLSXWriter.encode(workbook(checklist))
  }

  /// The workbook of `checklist`.
  public static func workbook(_ checklist: Checklist) -> Workbook {
    typealias Column = Workbook.Column
    let several = checklist.rowsFromSeveralSources
    // Widths in characters of the digit 0 (a Han character takes two); nil fits the widest cell.
    var columns = [
      Column(header: "序号"), Column(header: "任务", wrap: true), Column(header: "指标", width: 30, wrap: true),
      Column(header: "目标值", width: 22, wrap: true), Column(header: "完成时限"), Column(header: "牵头单位", width: 24, wrap: true),
      Column(header: "章节", width: 40, wrap: true), Column(header: "原文", width: 80, wrap: true), Column(header: "id"),
    ]
    if several { columns.append(Column(header: ChecklistTable.sourceHeader)) }
    let rows = checklist.rows.map { r -> [Workbook.Cell] in
      var cells: [Workbook.Cell] = [
        .number(String(r.seq)), .text(r.task), text(r.metric), text(r.target), date(r.deadline), text(r.ownerList),
        text(r.section), .text(r.text), .text(r.id),
      ]
      if several { cells.append(.text(ChecklistTable.sourcePath(r, checklist))) }
      return cells
    }
    var targetColumns = [
      Column(header: "序号"), Column(header: "指标", width: 30, wrap: true), Column(header: "目标值"), Column(header: "比较"),
      Column(header: "数值"), Column(header: "上限"), Column(header: "单位"), Column(header: "完成时限"),
      Column(header: "牵头单位", width: 24, wrap: true), Column(header: "原文", width: 60, wrap: true), Column(header: "id"),
    ]
    if several { targetColumns.append(Column(header: ChecklistTable.sourceHeader)) }
    let targetRows = checklist.targetRows.compactMap { r -> [Workbook.Cell]? in
      guard let t = r.targets.first else { return nil }
      var cells: [Workbook.Cell] = [
        .number(String(r.seq)), .text(t.metric), .text(t.valueText), .text(comparatorWord(t.comparator)),
        .number(t.value.description), t.upper.map { .number($0.description) } ?? .empty, text(t.unit), date(r.deadline),
        text(r.ownerList), .text(r.text), .text(r.id),
      ]
      if several { cells.append(.text(ChecklistTable.sourcePath(r, checklist))) }
      return cells
    }
    return Workbook(sheets: [
      Workbook.Sheet(name: checklistSheet, columns: columns, rows: rows),
      Workbook.Sheet(name: targetSheet, columns: targetColumns, rows: targetRows),
    ])
  }

  /// 不低于, 不高于, 左右, 区间, 达到: how a supervision office names the comparators.
  static func comparatorWord(_ c: Comparator) -> String {
    switch c {
    case .floor: return "不低于"
    case .ceiling: return "不高于"
    case .about: return "左右"
    case .range: return "区间"
    case .reach: return "达到"
    }
  }

  private static func text(_ s: String?) -> Workbook.Cell {
    guard let s, !s.isEmpty else { return .empty }
    return .text(s)
  }

  /// The last day as a date cell; undated words as text.
  private static func date(_ d: ChecklistDeadline?) -> Workbook.Cell {
    guard let d else { return .empty }
    guard let end = d.interval?.end else { return .text(d.text) }
    return .date(year: end.year, month: end.month, day: end.day)
  }
}
