/// Writes a checklist as CSV: UTF-8 with a byte-order mark, RFC 4180 quoting, formulas guarded (`CSVWriter`).
public enum ChecklistCSVWriter {
  /// The CSV bytes: the header row, then one record per row; 完成时限 is the last day (2025-12-31), which
  /// spreadsheets read as a date.
  public static func encode(_ checklist: Checklist) -> [UInt8] {
    let several = checklist.rowsFromSeveralSources
    let records = checklist.rows.map { r -> [String] in
      var fields = [
        String(r.seq), r.task, r.metric ?? "", r.target ?? "", ChecklistTable.deadlineText(r.deadline), r.ownerList,
        r.section, r.text, r.id,
      ]
      if several { fields.append(ChecklistTable.sourcePath(r, checklist)) }
      return fields
    }
    return CSVWriter.encode(header: ChecklistTable.headers(checklist), rows: records)
  }
}
