/// The result of extracting one input file: its source and the documents (articles) it holds.
public struct Report: Sendable {
  /// Version of the JSON contract; bumped only on incompatible changes.
  public static let schemaVersion = 1
  /// What was read.
  public var source: SourceInfo
  /// The articles found in the file, in order.
  public var documents: [Document]
  /// Maps document offsets back to source lines, for diagnostics.
  public var locator: SourceLocator

  /// Makes a report.
  public init(source: SourceInfo, documents: [Document], locator: SourceLocator = SourceLocator()) {
    self.source = source
    self.documents = documents
    self.locator = locator
  }
}

/// The role of a part of a report: reviewing what was done, or planning what will be done.
public enum PartRole: String, Sendable {
  /// 回顾: achievements of the past year or plan period.
  case review
  /// 任务/目标/下一步: what the year will do.
  case plan
  /// Headers, annexes, explanations.
  case other
}

/// One article of a file: its header, normalised text, outline and everything extracted from it.
public struct Document: Sendable {
  /// `d1`, `d2`… in file order.
  public var id: String
  /// The title line, letter spacing removed.
  public var title: String?
  /// A subtitle line (——…), without the dashes.
  public var subtitle: String?
  /// Bylines: authors of an article, or the speaker of a work report.
  public var authors: [String]
  /// The speaker line of a work report as written (国务院总理 李强).
  public var speaker: String?
  /// The affiliation line, e.g. 镇江市发展和改革委员会 from (作者单位:…).
  public var affiliation: String?
  /// The region the report speaks for, where the header names it.
  public var region: String?
  /// The year the report was delivered.
  public var year: Int?
  /// The words the year was inferred from, or `--year`.
  public var yearEvidence: String?
  /// Normalised text as Unicode scalar values: what every span indexes, and what the stages scan.
  public var scalars: Scalars
  /// Normalised text; every span indexes its Unicode scalars.
  public var text: String {
    get { String(scalarValues: scalars) }
    set { scalars = newValue.scalarValues }
  }
  /// Offset of `text` in the file's whole normalised text.
  public var offsetInFile: Int
  /// The outline tree.
  public var outline: [Node]
  /// Numbers with units found in the text.
  public var figures: [Figure]
  /// Dates, deadlines and periods found in the text.
  public var deadlines: [Deadline]
  /// Planned values for metrics.
  public var targets: [Target]
  /// Content problems found while reading this document.
  public var diagnostics: [Diagnostic]

  /// Makes a document with the given text and empty results.
  public init(id: String, text: String, offsetInFile: Int = 0) {
    self.init(id: id, scalars: text.scalarValues, offsetInFile: offsetInFile)
  }

  /// Makes a document with the given normalised scalars and empty results.
  public init(id: String, scalars: Scalars, offsetInFile: Int = 0) {
    self.id = id
    self.title = nil
    self.subtitle = nil
    self.authors = []
    self.speaker = nil
    self.affiliation = nil
    self.region = nil
    self.year = nil
    self.yearEvidence = nil
    self.scalars = scalars
    self.offsetInFile = offsetInFile
    self.outline = []
    self.figures = []
    self.deadlines = []
    self.targets = []
    self.diagnostics = []
  }
}

/// The kind of an outline node, from the marker that opens it.
public enum NodeKind: String, Sendable {
  /// 一、 or an unnumbered part heading.
  case part
  /// （一）
  case section
  /// 1. 1、 （1） ①
  case item
  /// 一是… 第一，… inside or at the start of a paragraph.
  case inline
}

/// A node of the outline: a numbered part, section, item or inline item, with its place in the text.
public struct Node: Sendable {
  /// Path of markers from the root, e.g. `三/（二）/2/一是`; stable across runs.
  public var id: String
  /// What the marker makes it.
  public var kind: NodeKind
  /// The marker as written (一、, （二）, 1., 一是); empty for an unnumbered heading.
  public var marker: String
  /// The number the marker carries, nil for an unnumbered heading.
  public var ordinal: Int?
  /// Depth in the tree, 1 for top-level nodes.
  public var level: Int
  /// The heading: the marker's line up to its first sentence end.
  public var heading: String
  /// From the marker to the end of the node's body (children included).
  public var span: SourceSpan
  /// The heading's own span.
  public var headingSpan: SourceSpan
  /// Review or plan, inherited from the part.
  public var role: PartRole
  /// Responsible units named in the node's text (牵头单位：…, （…负责）).
  public var owners: [String]
  /// Nodes below this one.
  public var children: [Node]

  /// Makes a node without children.
  public init(
    id: String, kind: NodeKind, marker: String, ordinal: Int?, level: Int, heading: String,
    span: SourceSpan, headingSpan: SourceSpan, role: PartRole = .other, owners: [String] = [],
    children: [Node] = []
  ) {
    self.id = id
    self.kind = kind
    self.marker = marker
    self.ordinal = ordinal
    self.level = level
    self.heading = heading
    self.span = span
    self.headingSpan = headingSpan
    self.role = role
    self.owners = owners
    self.children = children
  }
}

/// What a figure measures: money, a percentage, a count and so on.
public enum FigureKind: String, Sendable {
  case money, percent, percentagePoint, count, rank, physical, ratio, duration, other
}

/// Whether a figure is a planned value, an achieved one, or neither.
public enum FigureRole: String, Sendable {
  case target, actual, other
}

/// A number with its unit found in the text.
public struct Figure: Sendable {
  /// `f1`, `f2`… in text order within the document.
  public var id: String
  /// The number and unit as written (470亿元).
  public var text: String
  /// The exact value, magnitudes folded in (47000000000).
  public var value: ExactDecimal
  /// Upper bound of a range (4.5%—5% gives 4.5 and 5).
  public var upper: ExactDecimal?
  /// The unit without magnitude words (元, %, 个百分点, MW).
  public var unit: String
  /// 约, 近, 超过, 以上, 以下, 左右, 以内…
  public var qualifier: String?
  /// The kind the unit and context give.
  public var kind: FigureKind
  /// What it measures (投资, 国内生产总值增长), nil when the text does not say.
  public var metric: String?
  /// Target, actual or other.
  public var role: FigureRole
  /// The innermost outline node holding it.
  public var nodeId: String?
  /// The figure's own span (equal to `text`).
  public var span: SourceSpan
  /// The sentence holding it.
  public var sentence: SourceSpan

  /// Makes a figure.
  public init(
    id: String, text: String, value: ExactDecimal, upper: ExactDecimal? = nil, unit: String,
    qualifier: String? = nil, kind: FigureKind, metric: String? = nil, role: FigureRole = .other,
    nodeId: String? = nil, span: SourceSpan, sentence: SourceSpan
  ) {
    self.id = id
    self.text = text
    self.value = value
    self.upper = upper
    self.unit = unit
    self.qualifier = qualifier
    self.kind = kind
    self.metric = metric
    self.role = role
    self.nodeId = nodeId
    self.span = span
    self.sentence = sentence
  }
}

/// A calendar day, written as an ISO date.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The year, e.g. 2024.
  public var year: Int
  /// 1…12.
  public var month: Int
  /// 1…31.
  public var day: Int

  /// Makes a day; callers keep month and day in range.
  public init(_ year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The last day of `month` in `year`.
  public static func endOfMonth(_ year: Int, _ month: Int) -> Day {
    let days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    var d = days[max(0, min(11, month - 1))]
    if month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) { d = 29 }
    return Day(year, month, d)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let y = String(year)
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(y)-\(m)-\(d)"
  }

  /// Calendar order.
  public static func < (a: Day, b: Day) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}

/// A closed interval of days.
public struct DayInterval: Hashable, Sendable {
  /// The first day, included.
  public var start: Day
  /// The last day, included.
  public var end: Day

  /// Makes the interval from `start` to `end`, both included.
  public init(start: Day, end: Day) {
    self.start = start
    self.end = end
  }
}

/// A date, deadline or period named in the text, resolved against the report's year.
public struct Deadline: Sendable {
  /// `t1`, `t2`… in text order within the document.
  public var id: String
  /// The words as written (12月底前, “十四五”期间).
  public var text: String
  /// by, within, before, period, during, year, month, date, since (see Rules/README.md).
  public var kind: String
  /// The closed interval, nil when the report year is unknown and the phrase is relative.
  public var interval: DayInterval?
  /// The innermost outline node holding it.
  public var nodeId: String?
  /// Where it stands.
  public var span: SourceSpan

  /// Makes a deadline.
  public init(id: String, text: String, kind: String, interval: DayInterval?, nodeId: String? = nil, span: SourceSpan) {
    self.id = id
    self.text = text
    self.kind = kind
    self.interval = interval
    self.nodeId = nodeId
    self.span = span
  }
}

/// How a target's value bounds the metric.
public enum Comparator: String, Sendable {
  /// 以上, 不低于, 超过.
  case floor
  /// 以内, 不超过, 控制在, 以下.
  case ceiling
  /// 左右, 约.
  case about
  /// 4.5%—5%.
  case range
  /// 达到, 达, or no word at all.
  case reach
}

/// A planned value for a metric.
public struct Target: Sendable {
  /// `g1`, `g2`… in text order within the document.
  public var id: String
  /// What is measured (居民光伏屋顶安装率), carried over from earlier in the sentence when not repeated.
  public var metric: String
  /// How the value bounds the metric.
  public var comparator: Comparator
  /// The planned value.
  public var value: ExactDecimal
  /// Upper bound for a range.
  public var upper: ExactDecimal?
  /// The figure's unit.
  public var unit: String
  /// 力争, 确保, 争取, 努力…
  public var hedge: String?
  /// The deadline the target carries.
  public var deadlineId: String?
  /// The figure holding the value.
  public var figureId: String
  /// The innermost outline node holding it.
  public var nodeId: String?
  /// Responsible units, from the text or the enclosing node.
  public var owners: [String]
  /// The figure's span.
  public var span: SourceSpan
  /// The whole sentence.
  public var text: String
  /// The sentence's span.
  public var sentence: SourceSpan

  /// Makes a target.
  public init(
    id: String, metric: String, comparator: Comparator, value: ExactDecimal, upper: ExactDecimal? = nil,
    unit: String, hedge: String? = nil, deadlineId: String? = nil, figureId: String, nodeId: String? = nil,
    owners: [String] = [], span: SourceSpan, text: String, sentence: SourceSpan
  ) {
    self.id = id
    self.metric = metric
    self.comparator = comparator
    self.value = value
    self.upper = upper
    self.unit = unit
    self.hedge = hedge
    self.deadlineId = deadlineId
    self.figureId = figureId
    self.nodeId = nodeId
    self.owners = owners
    self.span = span
    self.text = text
    self.sentence = sentence
  }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable {
  case error, warning, note
}

/// A content problem found while reading a document; never fatal.
public struct Diagnostic: Sendable, Hashable {
  /// Stable id such as `segment.numbering-skipped`; tests key on it.
  public var id: String
  /// How serious it is.
  public var severity: Severity
  /// One line a person can act on.
  public var message: String
  /// Where it applies, in the document's text.
  public var span: SourceSpan?

  /// Makes a diagnostic.
  public init(id: String, severity: Severity, message: String, span: SourceSpan?) {
    self.id = id
    self.severity = severity
    self.message = message
    self.span = span
  }
}
