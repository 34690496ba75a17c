import Foundation
import Testing
@testable import ReportKit

/// The checklist in each format: CSV, XLSX (read back here, by openpyxl and by LibreOffice where installed),
/// Markdown and JSON (held to its schema); the same rows in all of them.
@Suite struct ChecklistWriterTests {
  typealias Cell = XLSXReading.Cell

  static let schema = try! JSONSchema(
    contentsOf: Paths.repo.appendingPathComponent("Sources/ReportKit/Output/Schemas/checklist.schema.json"))

  /// The seed with its division plan: 31 rows, 7 of them assigned, from two sources (so a 来源 column).
  static func seedWithPlan() throws -> Checklist {
    ChecklistSupport.checklist([
      try ChecklistSupport.report(file: Paths.seed), try ChecklistSupport.report(file: ChecklistSupport.seedDivision),
    ])
  }

  /// A short work report: two headline targets, then a task with a deadline and an owner.
  static func workReport() throws -> Checklist {
    ChecklistSupport.checklist([try ChecklistSupport.report("""
      各位代表：
      一、2024年工作回顾
      地区生产总值增长5.2%。
      二、2025年工作安排
      今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业60万人以上。
      （一）推进产业发展
      建设新型工业化示范区。6月底前完成园区规划。（牵头单位：市工信局）
      """, path: "report.txt")])
  }

  // MARK: CSV

  @Test func csvHasTheContractsColumnsABOMAndOneRecordPerRow() throws {
    let c = try Self.workReport()
    let bytes = ChecklistCSVWriter.encode(c)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("序号,任务,指标,目标值,完成时限,牵头单位,章节,原文,id\r\n"))
    let rows = Components.XLSXWriterTests.parseCSV(text)
    #expect(rows.count == 4)
    #expect(rows[1] == ["1", "地区生产总值增长 5%左右", "地区生产总值增长", "5%左右", "2025-12-31", "", "二、2025年工作安排",
                        "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；", "d1/g1"])
    #expect(rows[3] == ["3", "建设新型工业化示范区", "", "", "2025-06-30", "市工信局", "二、2025年工作安排 › （一）推进产业发展",
                        "建设新型工业化示范区。6月底前完成园区规划。（牵头单位：市工信局）", "d1/二/（一）/p1"])
  }

  @Test func csvGuardsFormulasAndNamesSourcesWhenSeveral() throws {
    var c = try Self.workReport()
    c.rows[0].task = "=HYPERLINK(\"http://x\")"
    let text = String(decoding: ChecklistCSVWriter.encode(c).dropFirst(3), as: UTF8.self)
    let rows = Components.XLSXWriterTests.parseCSV(text)
    #expect(rows[1][1] == "'=HYPERLINK(\"http://x\")")
    let several = try Self.seedWithPlan()
    let header = Components.XLSXWriterTests.parseCSV(String(decoding: ChecklistCSVWriter.encode(several).dropFirst(3), as: UTF8.self))[0]
    // Only the seed gives rows, so one source: no 来源 column.
    #expect(header.last == "id")
    var two = several
    two.rows[30].sourceIndex = 1
    let wide = Components.XLSXWriterTests.parseCSV(String(decoding: ChecklistCSVWriter.encode(two).dropFirst(3), as: UTF8.self))
    #expect(wide[0].last == "来源")
    #expect(wide[31].last == ChecklistSupport.seedDivision.path)
  }

  // MARK: XLSX

  @Test func xlsxHasTwoSheetsAFrozenHeaderDatesAndNumbers() throws {
    let c = try Self.workReport()
    let parts = try XLSXReading.parts(ChecklistXLSXWriter.encode(c))
    let workbook = try #require(parts["xl/workbook.xml"])
    #expect(workbook.contains("<sheet name=\"任务清单\" sheetId=\"1\" r:id=\"rId1\"/>"))
    #expect(workbook.contains("<sheet name=\"主要目标\" sheetId=\"2\" r:id=\"rId2\"/>"))
    let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
    #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    // 原文 (column H) is 80 wide and wraps.
    #expect(sheet.contains("<col min=\"8\" max=\"8\" width=\"80\" customWidth=\"1\"/>"))
    let rows = XLSXReading.rows(parts, sheet: 1)
    #expect(rows.count == 4)
    #expect(rows[0].map(\.value) == ChecklistTable.headers)
    #expect(rows[0].allSatisfy { $0.style == "1" })  // bold
    // 序号 a number; 完成时限 2025-06-30 a date: serial 45838 (2025-12-31 is 46022, 184 days later) in style 4.
    // Empty cells are not written: C4 and D4 (no target) are absent.
    func cell(_ ref: String) -> Cell? { rows[3].first { $0.ref == ref } }
    #expect(rows[3].map(\.ref) == ["A4", "B4", "E4", "F4", "G4", "H4", "I4"])
    #expect(cell("A4") == Cell(ref: "A4", style: "2", type: nil, value: "3"))
    #expect(cell("E4") == Cell(ref: "E4", style: "4", type: nil, value: "45838"))
    #expect(cell("H4") == Cell(ref: "H4", style: "3", type: "s", value: "建设新型工业化示范区。6月底前完成园区规划。（牵头单位：市工信局）"))
    // The targets' sheet: 地区生产总值增长 5 (%), 城镇新增就业 600000 (人), as numbers.
    let targets = XLSXReading.rows(parts, sheet: 2)
    #expect(targets.count == 3)
    #expect(targets[0].map(\.value) == ["序号", "指标", "目标值", "比较", "数值", "上限", "单位", "完成时限", "牵头单位", "原文", "id"])
    #expect(targets[1].map(\.value) == ["1", "地区生产总值增长", "5%左右", "左右", "5", "%", "46022", "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；", "d1/g1"])
    #expect(targets[2].first { $0.ref == "E3" } == Cell(ref: "E3", style: "2", type: nil, value: "600000"))
    #expect(targets[2].first { $0.ref == "D3" }?.value == "不低于")
  }

  static let hasOpenpyxl = Components.XLSXWriterTests.hasOpenpyxl
  static let office = Components.XLSXWriterTests.office

  /// A fresh folder holding the seed-with-plan checklist as tasks.xlsx and tasks.csv.
  static func writeTemporary() throws -> (URL, Checklist) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reportkit-checklist-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var c = try seedWithPlan()
    c.sources[0].info.path = "seed.txt"
    try Data(ChecklistXLSXWriter.encode(c)).write(to: dir.appendingPathComponent("tasks.xlsx"))
    try Data(ChecklistCSVWriter.encode(c)).write(to: dir.appendingPathComponent("tasks.csv"))
    return (dir, c)
  }

  @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl is not installed (pip install openpyxl)"))
  func openpyxlReadsTheRowsTheCSVHolds() throws {
    let (dir, _) = try Self.writeTemporary()
    defer { try? FileManager.default.removeItem(at: dir) }
    let script = """
      import sys, json, csv, datetime, openpyxl
      wb = openpyxl.load_workbook(sys.argv[1] + "/tasks.xlsx")
      ws = wb["任务清单"]
      def text(v):
          if v is None: return ""
          if isinstance(v, datetime.datetime): return v.date().isoformat()
          return str(v)
      rows = [[text(v) for v in r] for r in ws.iter_rows(values_only=True)]
      with open(sys.argv[1] + "/tasks.csv", encoding="utf-8-sig", newline="") as f:
          want = list(csv.reader(f))
      print(json.dumps({"sheets": wb.sheetnames, "freeze": ws.freeze_panes, "same": rows == want,
                        "rows": len(rows), "dates": sum(isinstance(c.value, datetime.datetime) for r in ws.iter_rows() for c in r)}))
      """
    let (status, output) = Components.XLSXWriterTests.run(["python3", "-c", script, dir.path])
    try #require(status == 0)
    let r = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(r["sheets"] as? [String] == ["任务清单", "主要目标"])
    #expect(r["freeze"] as? String == "A2")
    #expect(r["rows"] as? Int == 32)
    #expect(r["same"] as? Bool == true)
    // The seed's two dated rows: 2./三是 (年底) and the third article's 二、1. (2年内).
    #expect(r["dates"] as? Int == 2)
  }

  @Test(.enabled(if: office != nil, "LibreOffice (soffice) is not installed"))
  func libreOfficeConvertsItToTheSameRowsAsTheCSV() throws {
    let (dir, _) = try Self.writeTemporary()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("converted")
    let (status, _) = Components.XLSXWriterTests.run([
      Self.office!, "-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out.path, dir.appendingPathComponent("tasks.xlsx").path,
    ])
    try #require(status == 0)
    let converted = try String(contentsOf: out.appendingPathComponent("tasks.csv"), encoding: .utf8)
    let ours = try String(contentsOf: dir.appendingPathComponent("tasks.csv"), encoding: .utf8)
    let want = Components.XLSXWriterTests.parseCSV(String(ours.drop { $0 == "\u{FEFF}" }))
    let got = Components.XLSXWriterTests.parseCSV(String(converted.drop { $0 == "\u{FEFF}" }))
    #expect(got.count == 32)
    #expect(got == want)
  }

  // MARK: Markdown, JSON and the formats together

  @Test func markdownGroupsLinesUnderTheirHeadings() throws {
    let md = ChecklistMarkdownWriter.render(try Self.workReport())
    #expect(md == """
      # 任务清单

      来源：`report.txt`（3 项）

      ## d1 · 2025年政府工作报告

      ### 二、2025年工作安排

      - [ ] 地区生产总值增长 5%左右（2025年底前）
      - [ ] 城镇新增就业 ≥ 60万人（2025年底前）

      #### （一）推进产业发展

      - [ ] 建设新型工业化示范区（2025年6月底前，市工信局）

      """)
  }

  @Test func jsonConformsToItsSchema() throws {
    for c in [try Self.workReport(), try Self.seedWithPlan(), Checklist()] {
      let json = try JSONSerialization.jsonObject(with: Data(ChecklistJSONWriter.encode(c)))
      #expect(Self.schema.problems(json) == [])
    }
  }

  @Test func theSchemaCatchesWhatItShould() throws {
    var json = try JSONSerialization.jsonObject(with: Data(ChecklistJSONWriter.encode(try Self.workReport()))) as! [String: Any]
    var rows = json["rows"] as! [[String: Any]]
    rows[0]["kind"] = "goal"
    rows[1]["deadline"] = ["text": "年底", "end": "2025-12-31"]
    rows[2].removeValue(forKey: "owners")
    json["rows"] = rows
    let problems = Self.schema.problems(json)
    #expect(problems.contains { $0.hasPrefix("$.rows[0].kind:") })
    #expect(problems.contains("$.rows[1].deadline: no start"))
    #expect(problems.contains("$.rows[2]: no owners"))
  }

  @Test func jsonRowsCarryTheirDeadlineOwnersAndAssignments() throws {
    let json = try JSONSerialization.jsonObject(with: Data(ChecklistJSONWriter.encode(try Self.seedWithPlan()))) as! [String: Any]
    let rows = json["rows"] as! [[String: Any]]
    let first = rows[0]
    #expect(first["id"] as? String == "d1/1/一是")
    #expect(first["owners"] as? [String] == ["市发改委产业发展处"])
    #expect(first["ownersFrom"] as? String == "divisionPlan")
    let a = try #require((first["assignments"] as? [[String: Any]])?.first)
    #expect(a["text"] as? String == "推进实施重点产业布局规划，提高产业链现代化水平")
    #expect(a["score"] as? Double == 1)
    let dated = try #require(rows.first { $0["id"] as? String == "d1/2/三是" })
    let d = try #require(dated["deadline"] as? [String: Any])
    #expect(d["text"] as? String == "年底")
    #expect(d["end"] as? String == "2022-12-31")
    #expect(d["basis"] as? String == "text")
  }

  @Test func everyFormatHasTheSameRows() throws {
    for c in [try Self.seedWithPlan(), try Self.workReport(), Checklist()] {
      let n = c.rows.count
      #expect(ChecklistSupport.checkboxLines(ChecklistMarkdownWriter.render(c)).count == n)
      #expect(Components.XLSXWriterTests.parseCSV(String(decoding: ChecklistCSVWriter.encode(c).dropFirst(3), as: UTF8.self)).count == n + 1)
      #expect(XLSXReading.rows(try XLSXReading.parts(ChecklistXLSXWriter.encode(c)), sheet: 1).count == n + 1)
      let json = try JSONSerialization.jsonObject(with: Data(ChecklistJSONWriter.encode(c))) as! [String: Any]
      #expect((json["rows"] as? [Any])?.count == n)
    }
  }

  @Test func theSameInputGivesTheSameBytes() throws {
    for format in ChecklistFormat.allCases {
      #expect(try format.encode(try Self.seedWithPlan()) == format.encode(try Self.seedWithPlan()))
    }
  }
}
