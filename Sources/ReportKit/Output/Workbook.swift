/// A spreadsheet to write as .xlsx: sheets of typed cells under a header row.
public struct Workbook: Sendable {
  /// The sheets, in tab order; a workbook with none is written with one empty sheet (Excel needs one).
  public var sheets: [Sheet]

  /// A workbook of `sheets`.
  public init(sheets: [Sheet]) {
    self.sheets = sheets
  }

  /// One worksheet: a header row from its columns, then its rows.
  public struct Sheet: Sendable {
    /// The tab name; made valid when written (at most 31 characters, none of []:*?/\, unique in the workbook).
    public var name: String
    /// The columns, left to right: they give the header row and the widths.
    public var columns: [Column]
    /// The rows under the header; a row shorter than the columns leaves the rest empty.
    public var rows: [[Cell]]
    /// Whether the header row stays in view while scrolling.
    public var freezeHeader: Bool

    /// A sheet named `name` with `columns` over `rows`.
    public init(name: String, columns: [Column], rows: [[Cell]], freezeHeader: Bool = true) {
      self.name = name
      self.columns = columns
      self.rows = rows
      self.freezeHeader = freezeHeader
    }
  }

  /// A column: its header, its width and whether its text wraps.
  public struct Column: Sendable {
    /// The header cell's text.
    public var header: String
    /// The width in characters of the digit 0 (a Han character takes two); nil fits the widest cell, within bounds.
    public var width: Int?
    /// Whether long text wraps inside the cell (the row grows) instead of running over the next cell.
    public var wrap: Bool

    /// A column headed `header`.
    public init(header: String, width: Int? = nil, wrap: Bool = false) {
      self.header = header
      self.width = width
      self.wrap = wrap
    }
  }

  /// One cell's value.
  public enum Cell: Sendable, Hashable {
    /// Text, kept exactly (characters XML cannot carry are dropped).
    case text(String)
    /// A number as exact decimal text (`47000000000`, `5.2`, `-3.3`), written as Excel stores it; text that is no
    /// plain decimal, or has more digits than Excel keeps (15), is written as text so that nothing is rounded.
    case number(String)
    /// A calendar date, shown as yyyy-mm-dd; an invalid date, or one before 1900, is written as text.
    case date(year: Int, month: Int, day: Int)
    /// No value.
    case empty
  }
}
