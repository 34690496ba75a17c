/// A 任务分工方案 laid out as a table: a header row naming the columns, then one row per task.
///
/// Tables reach the text as one line per row with the cells separated by blanks (Word's and HTML's table rows
/// become lines; tabs fold to blanks). The normaliser closes the blank between Chinese and digits, so a row's
/// 序号 sticks to its task (「1实施提振消费专项行动」) and a 完成时限 to the cell before it (「市财政局2025年12月底」):
/// the number is split off the first cell, and a unit cell ends at its first digit. Columns are counted from the
/// left; a row with more cells than the header, or too few to reach the task and unit columns, is left out
/// rather than misread.
struct DivisionTable {
  /// Headers of the task column.
  static let taskHeaders: Set<String> = ["重点任务", "主要任务", "工作任务", "任务", "具体任务", "工作内容", "任务内容", "重点工作", "工作事项", "目标任务", "任务事项"]
  /// Headers of the lead-unit column, preferred in this order.
  static let ownerHeaders = ["牵头单位", "牵头部门", "责任单位", "责任部门", "主要责任单位", "责任主体"]

  /// Headers of a number column, split off a task glued to it.
  static let numberHeaders: Set<String> = ["序号", "编号"]

  /// Where the header row is in the lines, and its columns.
  let headerLine: Int
  /// Whether the first column numbers the rows.
  let numbered: Bool
  let width: Int
  let taskColumn: Int
  let ownerColumn: Int

  /// The table whose header is among the first lines of the text, nil when none names a task and a unit column.
  init?(header lines: [Range<Int>], in s: Scalars) {
    for (k, line) in lines.prefix(40).enumerated() {
      let cells = DivisionTable.cells(s[line]).map { String(scalarValues: $0) }
      guard cells.count >= 2, let task = cells.firstIndex(where: DivisionTable.taskHeaders.contains),
        let owner = DivisionTable.ownerHeaders.lazy.compactMap({ cells.firstIndex(of: $0) }).first
      else { continue }
      headerLine = k
      numbered = DivisionTable.numberHeaders.contains(cells[0])
      width = cells.count
      taskColumn = task
      ownerColumn = owner
      return
    }
    return nil
  }

  /// The rows under the header.
  func rows(_ lines: [Range<Int>], in s: Scalars) -> [DivisionRow] {
    var out: [DivisionRow] = []
    for line in lines.dropFirst(headerLine + 1) {
      var cells = DivisionTable.cells(s[line])
      if numbered, let first = cells.first, let k = first.firstIndex(where: { !Scalar.isDigit($0) }), k > first.startIndex,
        Scalar.isHan(first[k])
      {
        cells[0] = first[..<k]
        cells.insert(first[k...], at: 1)
      }
      guard cells.count <= width, cells.count > max(taskColumn, ownerColumn) else { continue }
      let words = Array(cells[taskColumn])
      guard words.contains(where: Scalar.isHan) else { continue }
      var unitCell = cells[ownerColumn]
      if let digit = unitCell.firstIndex(where: Scalar.isDigit) { unitCell = unitCell[..<digit] }
      let owners = DivisionTable.units(unitCell)
      guard !owners.isEmpty else { continue }
      out.append(DivisionRow(
        text: String(scalarValues: words), words: words, owners: owners,
        span: SourceSpan(start: line.lowerBound, end: line.upperBound)))
    }
    return out
  }

  /// The blank-separated cells of a line.
  static func cells(_ line: ArraySlice<UInt32>) -> [ArraySlice<UInt32>] {
    line.split(whereSeparator: Scalar.isBlank)
  }

  /// A cell's units, split at 、，,；;/ with a closing 等 dropped (市财政局等 → 市财政局).
  static func units(_ cell: ArraySlice<UInt32>) -> [String] {
    cell.split { OwnerScanner.isSeparator($0) }.compactMap { part in
      var p = part
      while let l = p.last, l == 0x7B49 || Scalar.isCJKPunctuation(l) { p = p.dropLast() }  // 等
      return p.count >= 2 ? String(scalarValues: p) : nil
    }
  }
}
