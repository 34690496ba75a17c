/// What a figure measures: money, a percentage, a count and so on.
public enum FigureKind: String, Hashable, Sendable, CaseIterable {
  case money, percent, percentagePoint, count, rank, physical, ratio, duration, other
}

/// Whether a figure is a planned value, an achieved one, or neither.
public enum FigureRole: String, Hashable, Sendable, CaseIterable {
  case target, actual, other
}

/// The direction of a value that is a change, not a level: 再提高20元 is +20, 下降3.3% is −3.3.
public enum Change: String, Hashable, Sendable, CaseIterable {
  /// 提高, 增加, 增长, 上升…
  case increase
  /// 下降, 减少, 降低, 缩小…
  case decrease
}

/// What a figure is compared with: 比上年, 比2020年, 比年初.
public struct FigureBase: Hashable, Sendable {
  /// The base as written (上年, 2020年, 年初).
  public var text: String
  /// The days it names, nil when the report year is unknown.
  public var interval: DayInterval?

  /// Makes a base.
  public init(text: String, interval: DayInterval?) {
    self.text = text
    self.interval = interval
  }
}

/// A number with its unit found in the text.
public struct Figure: Hashable, Sendable {
  /// `f1`, `f2`… in text order within the document.
  public var id: FigureID
  /// The number and unit as written (470亿元).
  public var text: String
  /// The exact value, magnitudes folded in (47000000000).
  public var value: ExactDecimal
  /// Upper bound of a range (4.5%—5% gives 4.5 and 5).
  public var upper: ExactDecimal?
  /// The unit as written, without magnitude words (元, %, 个百分点, 标准箱, 元/人月).
  public var unit: String
  /// The unit's canonical spelling from the rules (标箱 for 标准箱, 元 for 圆), for comparing figures.
  public var canonicalUnit: String
  /// 约, 近, 超过, 以上, 以下, 左右, 以内…
  public var qualifier: String?
  /// The kind the unit and context give.
  public var kind: FigureKind
  /// What it measures (投资, 国内生产总值增长), nil when the text does not say.
  public var metric: String?
  /// The metric with its synonyms folded (地区生产总值增长 → 国内生产总值增长), for matching across reports.
  public var metricKey: String?
  /// Target, actual or other.
  public var role: FigureRole
  /// Whether the value is a change (再提高20元) rather than a level, and which way.
  public var change: Change?
  /// The figure is an estimate (预计…).
  public var estimate: Bool
  /// What it is compared with (比上年增长), when the text says.
  public var base: FigureBase?
  /// The innermost outline node holding it.
  public var nodeId: NodeID?
  /// The figure's own span (equal to `text`).
  public var span: SourceSpan
  /// The sentence holding it.
  public var sentence: SourceSpan
}

// The initialisers live in extensions so that the memberwise ones stay synthesized: the extraction builds
// each figure and target with those, which the compiler moves into their array; built with these, each
// was copied on its way in and the copy destroyed (16 reference-count operations a figure).
extension Figure {
  /// Makes a figure.
  public init(
    id: FigureID, text: String, value: ExactDecimal, upper: ExactDecimal? = nil, unit: String,
    canonicalUnit: String? = nil, qualifier: String? = nil, kind: FigureKind, metric: String? = nil,
    metricKey: String? = nil, role: FigureRole = .other, change: Change? = nil, estimate: Bool = false,
    base: FigureBase? = nil, nodeId: NodeID? = nil, span: SourceSpan, sentence: SourceSpan
  ) {
    self.id = id
    self.text = text
    self.value = value
    self.upper = upper
    self.unit = unit
    self.canonicalUnit = canonicalUnit ?? unit
    self.qualifier = qualifier
    self.kind = kind
    self.metric = metric
    self.metricKey = metricKey
    self.role = role
    self.change = change
    self.estimate = estimate
    self.base = base
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

/// How a deadline phrase bounds time; the rule of each kind is in Rules/README.md.
public enum DeadlineKind: String, Hashable, Sendable, CaseIterable {
  /// 年底前, 12月底前, 到2025年: from the report year's start to the named end.
  case by
  /// 2年内, 年内: the report year counts as the first.
  case within
  /// 2030年前, 6月30日前.
  case before
  /// 1-10月, 上半年, 2021—2025年.
  case period
  /// “十四五”期间.
  case during
  /// 2022年, 今年.
  case year
  /// 10月.
  case month
  /// 6月5日.
  case date
  /// 2021年以来.
  case since
}

/// A date, deadline or period named in the text, resolved against the report's year.
public struct Deadline: Hashable, Sendable {
  /// `t1`, `t2`… in text order within the document.
  public var id: DeadlineID
  /// The words as written (12月底前, “十四五”期间).
  public var text: String
  /// How the phrase bounds time.
  public var kind: DeadlineKind
  /// The closed interval, nil when the report year is unknown and the phrase is relative.
  public var interval: DayInterval?
  /// The innermost outline node holding it.
  public var nodeId: NodeID?
  /// Where it stands.
  public var span: SourceSpan

  /// Makes a deadline.
  public init(
    id: DeadlineID, text: String, kind: DeadlineKind, interval: DayInterval?, nodeId: NodeID? = nil, span: SourceSpan
  ) {
    self.id = id
    self.text = text
    self.kind = kind
    self.interval = interval
    self.nodeId = nodeId
    self.span = span
  }
}

/// How a target's value bounds the metric.
public enum Comparator: String, Hashable, Sendable, CaseIterable {
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
public struct Target: Hashable, Sendable {
  /// `g1`, `g2`… in text order within the document.
  public var id: TargetID
  /// What is measured (居民光伏屋顶安装率), carried over from earlier in the sentence when not repeated.
  public var metric: String
  /// The metric with its synonyms folded, for matching across reports (`check`, `diff`).
  public var metricKey: String
  /// How the value bounds the metric.
  public var comparator: Comparator
  /// The planned value.
  public var value: ExactDecimal
  /// Upper bound for a range.
  public var upper: ExactDecimal?
  /// The figure's unit as written.
  public var unit: String
  /// The unit's canonical spelling.
  public var canonicalUnit: String
  /// Whether the value is a change of the metric (再提高20元) rather than the level it reaches.
  public var change: Change?
  /// 力争, 确保, 争取, 努力…
  public var hedge: String?
  /// The deadline the target carries (`Document.deadline(of:)`).
  public var deadlineId: DeadlineID?
  /// The deadline comes from a heading or a lead-in above the target, not from its own sentence.
  public var deadlineInherited: Bool
  /// The figure holding the value (`Document.figure(of:)`).
  public var figureId: FigureID
  /// It stands in the report's headline paragraph (主要预期目标).
  public var headline: Bool
  /// The innermost outline node holding it.
  public var nodeId: NodeID?
  /// Responsible units, from the text or the enclosing node.
  public var owners: [String]
  /// The figure's span.
  public var span: SourceSpan
  /// The sentence's span (`Document.sentenceText(of:)` gives its text).
  public var sentence: SourceSpan
}

extension Target {
  /// Makes a target.
  public init(
    id: TargetID, metric: String, metricKey: String? = nil, comparator: Comparator, value: ExactDecimal,
    upper: ExactDecimal? = nil, unit: String, canonicalUnit: String? = nil, change: Change? = nil, hedge: String? = nil,
    deadlineId: DeadlineID? = nil, deadlineInherited: Bool = false, figureId: FigureID, headline: Bool = false,
    nodeId: NodeID? = nil, owners: [String] = [], span: SourceSpan, sentence: SourceSpan
  ) {
    self.headline = headline
    self.id = id
    self.metric = metric
    self.metricKey = metricKey ?? metric
    self.comparator = comparator
    self.value = value
    self.upper = upper
    self.unit = unit
    self.canonicalUnit = canonicalUnit ?? unit
    self.change = change
    self.hedge = hedge
    self.deadlineId = deadlineId
    self.deadlineInherited = deadlineInherited
    self.figureId = figureId
    self.nodeId = nodeId
    self.owners = owners
    self.span = span
    self.sentence = sentence
  }
}
