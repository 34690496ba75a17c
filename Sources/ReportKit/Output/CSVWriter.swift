/// Writes a table as CSV that Excel and WPS open correctly in a Chinese locale and that cannot run formulas.
///
/// UTF-8 with a byte-order mark (without it Excel reads the bytes as GBK), CRLF after every record, and RFC 4180
/// quoting: a field holding a comma, a double quote, CR or LF is quoted, with its double quotes doubled.
public enum CSVWriter {
  /// The CSV bytes of `header` and then `rows`; a row shorter than the header is padded with empty fields.
  public static func encode(header: [String], rows: [[String]], bom: Bool = true) -> [UInt8] {
    var out: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
    out.reserveCapacity(64 * (rows.count + 1))
    write(header, width: 0, to: &out)
    for row in rows { write(row, width: header.count, to: &out) }
    return out
  }

  private static func write(_ fields: [String], width: Int, to out: inout [UInt8]) {
    for k in 0..<max(fields.count, width) {
      if k > 0 { out.append(0x2C) }
      if k < fields.count { writeField(fields[k], to: &out) }
    }
    out.append(0x0D)
    out.append(0x0A)
  }

  private static func writeField(_ field: String, to out: inout [UInt8]) {
    let u = Array(field.utf8)
    let guarded = needsFormulaGuard(u)
    var quoted = false
    for b in u where b == 0x2C || b == 0x22 || b == 0x0D || b == 0x0A {
      quoted = true
      break
    }
    if quoted { out.append(0x22) }
    if guarded { out.append(0x27) }  // '
    for b in u {
      out.append(b)
      if b == 0x22 { out.append(0x22) }
    }
    if quoted { out.append(0x22) }
  }

  /// Whether a field would be read as a formula, so it gets a leading apostrophe (the OWASP rule for CSV injection).
  ///
  /// The rule: the field's first byte is = + - @, TAB or CR (spreadsheets start a formula at =, + and -, run @ as
  /// a function call, and skip a leading TAB or CR before looking), unless the whole field is a plain negative
  /// decimal, -digits or -digits.digits (-3.3, -12), which is a number and stays one. The apostrophe is what
  /// Excel itself shows for text that looks like a formula; it stays visible in other programs.
  static func needsFormulaGuard(_ u: [UInt8]) -> Bool {
    guard let first = u.first else { return false }
    switch first {
    case 0x3D, 0x2B, 0x40, 0x09, 0x0D: return true  // = + @ TAB CR
    case 0x2D: return !isNegativeDecimal(u)  // -
    default: return false
    }
  }

  /// -digits or -digits.digits.
  private static func isNegativeDecimal(_ u: [UInt8]) -> Bool {
    var i = 1
    var intDigits = 0
    while i < u.count && u[i] >= 0x30 && u[i] <= 0x39 {
      i += 1
      intDigits += 1
    }
    guard intDigits > 0 else { return false }
    if i == u.count { return true }
    guard u[i] == 0x2E else { return false }
    i += 1
    var fracDigits = 0
    while i < u.count && u[i] >= 0x30 && u[i] <= 0x39 {
      i += 1
      fracDigits += 1
    }
    return fracDigits > 0 && i == u.count
  }
}
