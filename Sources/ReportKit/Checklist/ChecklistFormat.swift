/// The formats `checklist` writes.
public enum ChecklistFormat: String, CaseIterable, Sendable {
  /// `- [ ] 任务（时限，牵头单位）` lines under their section headings.
  case markdown
  /// UTF-8 CSV with a byte-order mark, for Excel and WPS.
  case csv
  /// An Excel workbook: the checklist, then the headline targets with their values as numbers.
  case xlsx
  /// The checklist JSON (schemaVersion 1, `Sources/ReportKit/Output/Schemas/checklist.schema.json`).
  case json

  /// The format an output file's extension names (`.md`/`.markdown`, `.csv`, `.xlsx`, `.json`), if any.
  public init?(fileExtension ext: String) {
    switch ext.lowercased() {
    case "md", "markdown": self = .markdown
    case "csv": self = .csv
    case "xlsx": self = .xlsx
    case "json": self = .json
    default: return nil
    }
  }

  /// The bytes of `checklist` in this format.
  public func encode(_ checklist: Checklist) throws(XLSXError) -> [UInt8] {
    switch self {
    case .markdown: return Array(ChecklistMarkdownWriter.render(checklist).utf8)
    case .csv: return ChecklistCSVWriter.encode(checklist)
    case .xlsx: return try ChecklistXLSXWriter.encode(checklist)
    case .json: return ChecklistJSONWriter.encode(checklist)
    }
  }
}
