import Foundation
import Testing
import ZIPFoundation
@testable import ReportKit

extension Components {
  @Suite struct XLSXWriterTests {
    typealias Cell = Workbook.Cell
    typealias Column = Workbook.Column

    /// Two sheets with the same name (a / to replace, then a clash), every kind of cell, escaping and a wrap column.
    static let workbook = Workbook(sheets: [
      Workbook.Sheet(
        name: "指标/汇总",
        columns: [Column(header: "地区"), Column(header: "财政收入（元）"), Column(header: "日期"),
                  Column(header: "说明", width: 40, wrap: true)],
        rows: [
          [.text("上海"), .number("47000000000"), .date(year: 2025, month: 12, day: 31), .text("A&B <C> \"D\"\u{01}")],
          [.text("内蒙古自治区"), .number("5.2"), .empty, .text("第一行\n第二行")],
          [.text("_x0041_"), .number("-3.3"), .date(year: 2025, month: 2, day: 30), .text("上海")],
        ]),
      Workbook.Sheet(name: "指标/汇总", columns: [Column(header: "x")], rows: [[.number("1")]], freezeHeader: false),
    ])

    /// The parts of an .xlsx, as text, by path.
    static func parts(_ bytes: [UInt8]) throws -> [String: String] {
      let archive = try Archive(data: Data(bytes), accessMode: .read)
      var out: [String: String] = [:]
      for entry in archive {
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        out[entry.path] = String(decoding: data, as: UTF8.self)
      }
      return out
    }

    @Test func writesThePartsExcelNeeds() throws {
      let p = try Self.parts(XLSXWriter.encode(Self.workbook))
      #expect(
        Set(p.keys) == [
          "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
          "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        ])
      let workbook = try #require(p["xl/workbook.xml"])
      #expect(workbook.contains("<sheet name=\"指标_汇总\" sheetId=\"1\" r:id=\"rId1\"/>"))
      #expect(workbook.contains("<sheet name=\"指标_汇总 (2)\" sheetId=\"2\" r:id=\"rId2\"/>"))
      let styles = try #require(p["xl/styles.xml"])
      #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"))
      #expect(styles.contains("<alignment vertical=\"top\" wrapText=\"1\"/>"))
      #expect(styles.contains("<font><b/>"))
    }

    @Test func headerRowFrozenPaneAndWidths() throws {
      let sheet = try #require(try Self.parts(XLSXWriter.encode(Self.workbook))["xl/worksheets/sheet1.xml"])
      #expect(sheet.contains("<dimension ref=\"A1:D4\"/>"))
      #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
      // Fitted widths, widest cell + 2: A 内蒙古自治区 6 × 2 = 12; B 财政收入（元） 7 × 2 = 14 (the fullwidth
      // brackets count 2); C yyyy-mm-dd 10; D is given.
      #expect(
        sheet.contains(
          "<cols><col min=\"1\" max=\"1\" width=\"14\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"16\" "
            + "customWidth=\"1\"/><col min=\"3\" max=\"3\" width=\"12\" customWidth=\"1\"/><col min=\"4\" max=\"4\" "
            + "width=\"40\" customWidth=\"1\"/></cols>"))
      // Bold header (style 1), shared strings 0–3 in column order.
      #expect(
        sheet.contains(
          "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\" t=\"s\"><v>1</v></c>"
            + "<c r=\"C1\" s=\"1\" t=\"s\"><v>2</v></c><c r=\"D1\" s=\"1\" t=\"s\"><v>3</v></c></row>"))
      let second = try #require(try Self.parts(XLSXWriter.encode(Self.workbook))["xl/worksheets/sheet2.xml"])
      #expect(!second.contains("<pane"))
    }

    @Test func cellsByKind() throws {
      let sheet = try #require(try Self.parts(XLSXWriter.encode(Self.workbook))["xl/worksheets/sheet1.xml"])
      // Text in style 2 (top) or 3 (wrap, column D); numbers verbatim; 2025-12-31 is serial 46022 in the date style
      // 4; the empty cell C3 is left out; 2025-02-30 is no date, so it is the text at index 9.
      #expect(
        sheet.contains(
          "<row r=\"2\"><c r=\"A2\" s=\"2\" t=\"s\"><v>4</v></c><c r=\"B2\" s=\"2\"><v>47000000000</v></c>"
            + "<c r=\"C2\" s=\"4\"><v>46022</v></c><c r=\"D2\" s=\"3\" t=\"s\"><v>5</v></c></row>"))
      #expect(
        sheet.contains(
          "<row r=\"3\"><c r=\"A3\" s=\"2\" t=\"s\"><v>6</v></c><c r=\"B3\" s=\"2\"><v>5.2</v></c>"
            + "<c r=\"D3\" s=\"3\" t=\"s\"><v>7</v></c></row>"))
      #expect(
        sheet.contains(
          "<row r=\"4\"><c r=\"A4\" s=\"2\" t=\"s\"><v>8</v></c><c r=\"B4\" s=\"2\"><v>-3.3</v></c>"
            + "<c r=\"C4\" s=\"2\" t=\"s\"><v>9</v></c><c r=\"D4\" s=\"3\" t=\"s\"><v>4</v></c></row>"))
    }

    @Test func sharedStringsAreEscapedAndCounted() throws {
      let sst = try #require(try Self.parts(XLSXWriter.encode(Self.workbook))["xl/sharedStrings.xml"])
      // Sheet 1: 4 headers + 2 + 2 + 3 text cells = 11 references, 上海 twice; sheet 2: 1 header.
      #expect(sst.contains("count=\"12\" uniqueCount=\"11\">"))
      let items = [
        "地区", "财政收入（元）", "日期", "说明", "上海", "A&amp;B &lt;C&gt; &quot;D&quot;", "内蒙古自治区", "第一行\n第二行",
        "_x005F_x0041_", "2025-02-30", "x",
      ]
      #expect(sst.hasSuffix(items.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined() + "</sst>"))
    }

    @Test(arguments: [
      (1900, 1, 1, 1), (1900, 2, 28, 59), (1900, 3, 1, 61), (1970, 1, 1, 25569), (2000, 1, 1, 36526),
      // 1900-01-01 + 126 years of 365 days + 31 leap days (1904…2024) = 2026-01-01, serial 2 + 46021 − 1.
      (2025, 12, 31, 46022),
    ])
    func dateSerials(year: Int, month: Int, day: Int, serial: Int) {
      #expect(XLSXWriter.serial(year: year, month: month, day: day) == serial)
    }

    @Test(arguments: [(2025, 2, 29), (2024, 13, 1), (2024, 4, 31), (1899, 12, 31), (2024, 1, 0)])
    func invalidDates(year: Int, month: Int, day: Int) {
      #expect(XLSXWriter.serial(year: year, month: month, day: day) == nil)
    }

    @Test(arguments: [
      ("47000000000", true), ("5.2", true), ("-3.3", true), ("0", true), ("0.0052", true),
      ("123456789012345", true), ("1234567890123456", false), ("12345678901234567", false),
      ("5.", false), (".5", false), ("1e5", false), ("5%", false), ("", false), ("-", false), ("1,000", false),
    ])
    func exactNumbers(text: String, exact: Bool) {
      #expect(XLSXWriter.isExactNumber(text) == exact)
    }

    @Test(arguments: [
      (["a/b"], ["a_b"]), (["[x]:*?\\"], ["_x_____"]), (["'引用'"], ["引用"]), ([""], ["Sheet1"]),
      (["汇总", "汇总", "汇总"], ["汇总", "汇总 (2)", "汇总 (3)"]), (["Data", "DATA"], ["Data", "DATA (2)"]),
      (["History"], ["History_"]),
      ([String(repeating: "省", count: 40)], [String(repeating: "省", count: 31)]),
      ([String(repeating: "省", count: 31), String(repeating: "省", count: 31)],
       [String(repeating: "省", count: 31), String(repeating: "省", count: 27) + " (2)"]),
    ])
    func sheetNames(names: [String], expected: [String]) {
      #expect(XLSXWriter.sheetNames(names) == expected)
    }

    @Test(arguments: [
      ("", 0), ("abc", 3), ("地区", 4), ("５％", 4), ("GDP增长5%", 9), ("一\n二三", 4), ("（一）", 6), ("e\u{301}", 1),
    ])
    func displayWidth(text: String, width: Int) {
      #expect(XLSXWriter.displayWidth(text) == width)
    }

    @Test(arguments: [
      ("a&b", "a&amp;b"), ("<t>", "&lt;t&gt;"), ("\"q\"", "&quot;q&quot;"), ("a\rb", "a&#13;b"), ("tab\tlf\n", "tab\tlf\n"),
      ("\u{0}\u{8}\u{B}\u{1F}x", "x"), ("\u{FFFE}\u{FFFF}元", "元"), ("_x0041_", "_x005F_x0041_"), ("_X00aF_", "_x005F_X00aF_"),
      ("_x12G4_", "_x12G4_"), ("_x004_", "_x004_"), ("a_b", "a_b"),
    ])
    func escaping(text: String, xml: String) {
      var x = XMLBytes()
      x.escaped(text)
      #expect(x.bytes == Array(xml.utf8))
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (701, "ZZ"), (702, "AAA")])
    func columnNames(index: Int, name: String) {
      #expect(XLSXWriter.columnName(index) == name)
    }

    @Test func sameWorkbookSameBytes() throws {
      #expect(try XLSXWriter.encode(Self.workbook) == XLSXWriter.encode(Self.workbook))
    }

    @Test func emptyWorkbookHasOneSheet() throws {
      let p = try Self.parts(XLSXWriter.encode(Workbook(sheets: [])))
      #expect(p["xl/workbook.xml"]?.contains("<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>") == true)
      #expect(p["xl/worksheets/sheet1.xml"]?.contains("<sheetData></sheetData>") == true)
    }

    // MARK: Other readers

    /// Runs a program with arguments; its exit status and standard output.
    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = arguments
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = FileHandle.nullDevice
      do { try process.run() } catch { return (-1, "") }
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let hasOpenpyxl = run(["python3", "-c", "import openpyxl"]).status == 0
    static let office: String? = ["soffice", "libreoffice"].first { run(["which", $0]).status == 0 }

    /// A fresh temporary folder holding the workbook as book.xlsx.
    static func writeTemporary() throws -> URL {
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reportkit-xlsx-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      try Data(XLSXWriter.encode(workbook)).write(to: dir.appendingPathComponent("book.xlsx"))
      return dir
    }

    @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl is not installed (pip install openpyxl)"))
    func openpyxlReadsIt() throws {
      let dir = try Self.writeTemporary()
      defer { try? FileManager.default.removeItem(at: dir) }
      let script = """
        import sys, json, datetime, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        def value(v):
            if isinstance(v, datetime.datetime): return ["datetime", v.isoformat()]
            return [type(v).__name__, v]
        print(json.dumps([{"title": ws.title, "freeze": ws.freeze_panes,
                           "rows": [[value(v) for v in row] for row in ws.iter_rows(values_only=True)]}
                          for ws in wb.worksheets], ensure_ascii=False))
        """
      let (status, output) = Self.run(["python3", "-c", script, dir.appendingPathComponent("book.xlsx").path])
      try #require(status == 0)
      let sheets = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
      try #require(sheets.count == 2)
      #expect(sheets[0]["title"] as? String == "指标_汇总")
      #expect(sheets[0]["freeze"] as? String == "A2")
      #expect(sheets[1]["title"] as? String == "指标_汇总 (2)")
      #expect(sheets[1]["freeze"] is NSNull)
      let rows = try #require(sheets[0]["rows"] as? [[[Any]]])
      func cell(_ r: Int, _ c: Int) -> String {
        let v = rows[r][c]
        return "\(v[0]):\(v[1])"
      }
      #expect(rows.count == 4)
      #expect((0..<4).map { cell(0, $0) } == ["str:地区", "str:财政收入（元）", "str:日期", "str:说明"])
      #expect((0..<4).map { cell(1, $0) } == ["str:上海", "int:47000000000", "datetime:2025-12-31T00:00:00", "str:A&B <C> \"D\""])
      #expect((0..<4).map { cell(2, $0) } == ["str:内蒙古自治区", "float:5.2", "NoneType:<null>", "str:第一行\n第二行"])
      #expect((0..<4).map { cell(3, $0) } == ["str:_x0041_", "float:-3.3", "str:2025-02-30", "str:上海"])
    }

    @Test(.enabled(if: office != nil, "LibreOffice (soffice) is not installed"))
    func libreOfficeConvertsItToCSV() throws {
      let dir = try Self.writeTemporary()
      defer { try? FileManager.default.removeItem(at: dir) }
      let (status, _) = Self.run([
        Self.office!, "-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", dir.path, dir.appendingPathComponent("book.xlsx").path,
      ])
      try #require(status == 0)
      let csv = try String(contentsOf: dir.appendingPathComponent("book.csv"), encoding: .utf8)
      // The first sheet, dates in the cells' yyyy-mm-dd format. LibreOffice quotes text cells (all or only where
      // RFC 4180 needs it, by version), never numbers: the number and the date are unquoted because they are numbers.
      #expect(
        Self.parseCSV(csv) == [
          ["地区", "财政收入（元）", "日期", "说明"],
          ["上海", "47000000000", "2025-12-31", "A&B <C> \"D\""],
          ["内蒙古自治区", "5.2", "", "第一行\n第二行"],
          ["_x0041_", "-3.3", "2025-02-30", "上海"],
        ])
      #expect(csv.contains(",47000000000,2025-12-31,"))
    }

    /// Rows of RFC 4180 CSV (LF or CRLF line ends; a final line end is optional).
    static func parseCSV(_ text: String) -> [[String]] {
      var rows: [[String]] = []
      var row: [String] = []
      var field = ""
      var quoted = false
      var chars = Array(text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars)[...]
      while let c = chars.popFirst() {
        if quoted {
          if c == "\"" {
            if chars.first == "\"" {
              field.unicodeScalars.append("\"")
              chars.removeFirst()
            } else {
              quoted = false
            }
          } else {
            field.unicodeScalars.append(c)
          }
        } else if c == "\"" {
          quoted = true
        } else if c == "," {
          row.append(field)
          field = ""
        } else if c == "\n" {
          row.append(field)
          rows.append(row)
          row = []
          field = ""
        } else {
          field.unicodeScalars.append(c)
        }
      }
      if !field.isEmpty || !row.isEmpty {
        row.append(field)
        rows.append(row)
      }
      return rows
    }
  }
}
