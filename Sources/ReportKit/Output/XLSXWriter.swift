import Foundation
internal import ZIPFoundation

/// A failure to assemble the .xlsx archive in memory (a zip-layer error, not a problem with the cells).
public struct XLSXError: Error, CustomStringConvertible {
  /// What went wrong, naming the part being written.
  public let description: String
}

/// Writes a `Workbook` as an Office Open XML spreadsheet (.xlsx) that Excel, WPS, LibreOffice and openpyxl open.
///
/// The parts are the minimal set Excel needs plus docProps/app.xml: content types, package and workbook
/// relationships, the workbook, styles (bold header, top-aligned body, wrapped text, yyyy-mm-dd dates), one shared
/// string table and one part per sheet. Output is byte-for-byte the same for the same workbook: zip entries carry a
/// fixed date, never the clock's.
public enum XLSXWriter {
  /// The .xlsx file's bytes.
  public static func encode(_ workbook: Workbook) throws(XLSXError) -> [UInt8] {
    let sheets = workbook.sheets.isEmpty ? [Workbook.Sheet(name: "Sheet1", columns: [], rows: [])] : workbook.sheets
    let names = sheetNames(sheets.map(\.name))
    var strings = SharedStrings()
    var parts: [(path: String, bytes: [UInt8])] = []
    parts.append(("[Content_Types].xml", contentTypes(sheetCount: sheets.count)))
    parts.append(("_rels/.rels", Array(packageRels.utf8)))
    parts.append(("docProps/app.xml", Array(appProperties.utf8)))
    parts.append(("xl/workbook.xml", workbookPart(names)))
    parts.append(("xl/_rels/workbook.xml.rels", workbookRels(sheetCount: sheets.count)))
    parts.append(("xl/styles.xml", Array(styles.utf8)))
    for (k, sheet) in sheets.enumerated() {
      parts.append(("xl/worksheets/sheet\(k + 1).xml", worksheet(sheet, selected: k == 0, strings: &strings)))
    }
    parts.append(("xl/sharedStrings.xml", strings.part()))
    return try zip(parts)
  }

  // MARK: Package parts

  private static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  private static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  private static func contentTypes(sheetCount: Int) -> [UInt8] {
    let ml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    var x = xmlHeader
    x += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    x += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    x += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    x += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(ml).sheet.main+xml\"/>"
    for k in 1...sheetCount {
      x += "<Override PartName=\"/xl/worksheets/sheet\(k).xml\" ContentType=\"\(ml).worksheet+xml\"/>"
    }
    x += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(ml).styles+xml\"/>"
    x += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(ml).sharedStrings+xml\"/>"
    x += "<Override PartName=\"/docProps/app.xml\" "
    x += "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    x += "</Types>"
    return Array(x.utf8)
  }

  private static let packageRels =
    xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relNS)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"\(relNS)/extended-properties\" Target=\"docProps/app.xml\"/>"
    + "</Relationships>"

  private static let appProperties =
    xmlHeader
    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    + "<Application>ReportKit</Application></Properties>"

  private static func workbookPart(_ names: [String]) -> [UInt8] {
    var x = XMLBytes()
    x.raw(xmlHeader + "<workbook xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\">")
    x.raw("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>")
    for (k, name) in names.enumerated() {
      x.raw("<sheet name=\"")
      x.escaped(name)
      x.raw("\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>")
    }
    x.raw("</sheets></workbook>")
    return x.bytes
  }

  private static func workbookRels(sheetCount: Int) -> [UInt8] {
    var x = xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for k in 1...sheetCount {
      x += "<Relationship Id=\"rId\(k)\" Type=\"\(relNS)/worksheet\" Target=\"worksheets/sheet\(k).xml\"/>"
    }
    x += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relNS)/styles\" Target=\"styles.xml\"/>"
    x += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relNS)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    x += "</Relationships>"
    return Array(x.utf8)
  }

  /// Cell style indices into `styles`' cellXfs.
  enum Style: Int {
    case plain = 0, header = 1, body = 2, wrapped = 3, date = 4
  }

  /// Fonts 0 (regular) and 1 (bold); number format 164 is yyyy-mm-dd (ids below 164 are Excel's built-ins).
  /// Body cells are top-aligned, so that a row whose wrapped cell grows still reads from its top line.
  private static let styles =
    xmlHeader + "<styleSheet xmlns=\"\(mainNS)\">"
    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"5\">"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
    + "<alignment vertical=\"top\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
    + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
    + "applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
    + "</cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"

  // MARK: Worksheet

  private static func worksheet(_ sheet: Workbook.Sheet, selected: Bool, strings: inout SharedStrings) -> [UInt8] {
    let hasHeader = !sheet.columns.isEmpty
    let firstRow = hasHeader ? 2 : 1
    let lastRow = firstRow + sheet.rows.count - 1
    let columnCount = max(sheet.columns.count, sheet.rows.map(\.count).max() ?? 0)
    var x = XMLBytes()
    x.raw(xmlHeader + "<worksheet xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\">")
    if columnCount > 0 && lastRow >= 1 {
      x.raw("<dimension ref=\"A1:\(columnName(columnCount - 1))\(lastRow)\"/>")
    } else {
      x.raw("<dimension ref=\"A1\"/>")
    }
    x.raw("<sheetViews><sheetView\(selected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">")
    if hasHeader && sheet.freezeHeader {
      // Row 1 frozen: the pane below it scrolls and holds the selection.
      x.raw("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
      x.raw("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
    }
    x.raw("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
    if hasHeader {
      x.raw("<cols>")
      for (k, column) in sheet.columns.enumerated() {
        let width = column.width ?? fittedWidth(column, k, sheet.rows)
        x.raw("<col min=\"\(k + 1)\" max=\"\(k + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
      }
      x.raw("</cols>")
    }
    x.raw("<sheetData>")
    if hasHeader {
      x.raw("<row r=\"1\">")
      for (k, column) in sheet.columns.enumerated() {
        let index = strings.index(column.header)
        x.raw("<c r=\"\(columnName(k))1\" s=\"\(Style.header.rawValue)\" t=\"s\"><v>\(index)</v></c>")
      }
      x.raw("</row>")
    }
    for (i, row) in sheet.rows.enumerated() {
      let r = firstRow + i
      x.raw("<row r=\"\(r)\">")
      for (k, cell) in row.enumerated() {
        let wrap = k < sheet.columns.count && sheet.columns[k].wrap
        let textStyle = wrap ? Style.wrapped : Style.body
        let ref = "\(columnName(k))\(r)"
        switch cell {
        case .empty:
          continue
        case .text(let s):
          x.raw("<c r=\"\(ref)\" s=\"\(textStyle.rawValue)\" t=\"s\"><v>\(strings.index(s))</v></c>")
        case .number(let s):
          if isExactNumber(s) {
            x.raw("<c r=\"\(ref)\" s=\"\(Style.body.rawValue)\"><v>\(s)</v></c>")
          } else {
            x.raw("<c r=\"\(ref)\" s=\"\(textStyle.rawValue)\" t=\"s\"><v>\(strings.index(s))</v></c>")
          }
        case .date(let year, let month, let day):
          if let serial = serial(year: year, month: month, day: day) {
            x.raw("<c r=\"\(ref)\" s=\"\(Style.date.rawValue)\"><v>\(serial)</v></c>")
          } else {
            let s = isoDate(year, month, day)
            x.raw("<c r=\"\(ref)\" s=\"\(textStyle.rawValue)\" t=\"s\"><v>\(strings.index(s))</v></c>")
          }
        }
      }
      x.raw("</row>")
    }
    x.raw("</sheetData></worksheet>")
    return x.bytes
  }

  /// A width that shows the widest cell of column `k` (its longest line), two characters of margin, within 6…60
  /// for wrapped columns (they grow downwards instead) and 6…100 otherwise.
  private static func fittedWidth(_ column: Workbook.Column, _ k: Int, _ rows: [[Workbook.Cell]]) -> Int {
    var widest = displayWidth(column.header)
    for row in rows where k < row.count {
      switch row[k] {
      case .text(let s), .number(let s): widest = max(widest, displayWidth(s))
      case .date: widest = max(widest, 10)  // yyyy-mm-dd
      case .empty: break
      }
    }
    return min(max(widest + 2, 6), column.wrap ? 60 : 100)
  }

  /// Columns are A…Z, AA…ZZ, AAA…: bijective base 26.
  static func columnName(_ index: Int) -> String {
    var n = index + 1
    var letters: [UInt8] = []
    while n > 0 {
      let r = (n - 1) % 26
      letters.append(UInt8(0x41 + r))
      n = (n - 1) / 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
  }

  // MARK: Values

  /// Whether `s` is a plain decimal (-?digits[.digits]) of at most 15 significant digits, which a double holds and
  /// Excel shows exactly.
  static func isExactNumber(_ s: String) -> Bool {
    let u = Array(s.utf8)
    var i = 0
    if i < u.count && u[i] == 0x2D { i += 1 }  // -
    var digits: [UInt8] = []
    let intStart = i
    while i < u.count && u[i] >= 0x30 && u[i] <= 0x39 {
      digits.append(u[i])
      i += 1
    }
    guard i > intStart else { return false }
    if i < u.count && u[i] == 0x2E {  // .
      i += 1
      let fracStart = i
      while i < u.count && u[i] >= 0x30 && u[i] <= 0x39 {
        digits.append(u[i])
        i += 1
      }
      guard i > fracStart else { return false }
    }
    guard i == u.count else { return false }
    // Leading and trailing zeros are not significant: 47000000000 has 2 significant digits, 0.0052 has 2.
    guard let first = digits.firstIndex(where: { $0 != 0x30 }) else { return true }
    let last = digits.lastIndex(where: { $0 != 0x30 })!
    return last - first + 1 <= 15
  }

  /// The Excel serial number of a date: days since 1899-12-30 (so 1900-03-01 is 61 and 2025-12-31 is 46022), nil
  /// for an invalid date or one before 1900.
  ///
  /// Excel counts a 29 February 1900 that never was (Lotus 1-2-3's bug), so 1900-01-01 is 1 and the days of January
  /// and February 1900 are one less than the 1899-12-30 count.
  static func serial(year: Int, month: Int, day: Int) -> Int? {
    guard year >= 1900, year <= 9999, month >= 1, month <= 12, day >= 1, day <= daysIn(month, year) else {
      return nil
    }
    let days = daysFromCivil(year, month, day) - daysFromCivil(1899, 12, 30)
    return year == 1900 && month <= 2 ? days - 1 : days
  }

  private static func daysIn(_ month: Int, _ year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
  private static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  private static func isoDate(_ y: Int, _ m: Int, _ d: Int) -> String {
    func pad(_ v: Int, _ n: Int) -> String {
      let s = String(v)
      return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
    }
    return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
  }

  // MARK: Sheet names and widths

  /// Sheet names Excel accepts: []:*?/\ and control characters become _, no ' at either end, at most 31 UTF-16
  /// units, none empty (Sheet1, Sheet2…), none "History" (reserved), and no two equal ignoring case (a second
  /// 汇总 becomes 汇总 (2)).
  static func sheetNames(_ names: [String]) -> [String] {
    var used = Set<String>()
    var out: [String] = []
    for (k, name) in names.enumerated() {
      var scalars = String.UnicodeScalarView()
      for c in name.unicodeScalars {
        switch c {
        case "[", "]", ":", "*", "?", "/", "\\": scalars.append("_")
        default: scalars.append(c.value < 0x20 || c.value == 0x7F ? "_" : c)
        }
      }
      var s = String(scalars)
      while s.hasPrefix("'") { s.removeFirst() }
      while s.hasSuffix("'") { s.removeLast() }
      s = truncated(s, to: 31)
      if s.isEmpty { s = "Sheet\(k + 1)" }
      if s.lowercased() == "history" { s += "_" }
      var candidate = s
      var n = 2
      while used.contains(candidate.lowercased()) {
        let suffix = " (\(n))"
        candidate = truncated(s, to: 31 - suffix.utf16.count) + suffix
        n += 1
      }
      used.insert(candidate.lowercased())
      out.append(candidate)
    }
    return out
  }

  /// The longest prefix of `s` of at most `limit` UTF-16 units that ends between characters.
  private static func truncated(_ s: String, to limit: Int) -> String {
    guard s.utf16.count > limit else { return s }
    var units = 0
    var end = s.startIndex
    for i in s.indices {
      let next = s[i].utf16.count
      if units + next > limit { break }
      units += next
      end = s.index(after: i)
    }
    return String(s[..<end])
  }

  /// The width of the longest line of `s` in columns of a monospaced font: East Asian wide and fullwidth
  /// characters (Han, kana, Hangul, CJK punctuation, fullwidth forms) count 2, combining marks and controls 0,
  /// the rest 1.
  public static func displayWidth(_ s: String) -> Int {
    var widest = 0
    var line = 0
    for c in s.unicodeScalars {
      let v = c.value
      if v == 0x0A {
        widest = max(widest, line)
        line = 0
      } else {
        line += scalarWidth(v)
      }
    }
    return max(widest, line)
  }

  @inline(__always) private static func scalarWidth(_ v: UInt32) -> Int {
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    if (v >= 0x300 && v <= 0x36F) || (v >= 0x200B && v <= 0x200F) || (v >= 0xFE00 && v <= 0xFE0F) { return 0 }
    if (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0x303E) || (v >= 0x3041 && v <= 0x33FF)
      || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xA000 && v <= 0xA4CF)
      || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F)
      || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1F64F)
      || (v >= 0x1F900 && v <= 0x1F9FF) || (v >= 0x20000 && v <= 0x3FFFD)
    {
      return 2
    }
    return 1
  }

  // MARK: Zip

  /// Zip entries carry this date (2000-01-01), so the same workbook gives the same bytes.
  private static let entryDate = Date(timeIntervalSince1970: 946_684_800)

  private static func zip(_ parts: [(path: String, bytes: [UInt8])]) throws(XLSXError) -> [UInt8] {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for part in parts {
        let bytes = part.bytes
        try archive.addEntry(
          with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: entryDate,
          compressionMethod: .deflate
        ) { position, size in
          let start = Int(position)
          return Data(bytes[start..<min(start + size, bytes.count)])
        }
      }
      guard let data = archive.data else { throw XLSXError(description: "the in-memory zip archive has no data") }
      return [UInt8](data)
    } catch let e as XLSXError {
      throw e
    } catch {
      throw XLSXError(description: "could not build the .xlsx zip archive in memory (\(error))")
    }
  }
}

/// The shared string table: each distinct text once, cells refer to it by index.
private struct SharedStrings {
  private var indices: [String: Int] = [:]
  private var texts: [String] = []
  /// Cell references made, distinct or not (the table's count attribute).
  private var references = 0

  mutating func index(_ s: String) -> Int {
    references += 1
    if let i = indices[s] { return i }
    indices[s] = texts.count
    texts.append(s)
    return texts.count - 1
  }

  func part() -> [UInt8] {
    var x = XMLBytes()
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
    x.raw("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
    x.raw("count=\"\(references)\" uniqueCount=\"\(texts.count)\">")
    for t in texts {
      // preserve: Excel otherwise trims leading and trailing spaces and newlines.
      x.raw("<si><t xml:space=\"preserve\">")
      x.escaped(t)
      x.raw("</t></si>")
    }
    x.raw("</sst>")
    return x.bytes
  }
}
