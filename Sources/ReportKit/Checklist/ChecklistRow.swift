/// One line of a task checklist (任务分工表): a task of a plan part, or a headline target.
public struct ChecklistRow: Hashable, Sendable {
  /// What a row stands for.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A numbered task, an inline 一是 item, or a paragraph led by its task (实施提振消费专项行动。…).
    case task
    /// A target of the 主要预期目标 paragraph (国内生产总值增长5%左右).
    case target
  }

  /// Where the 牵头单位 of a row come from.
  public enum OwnerSource: String, Hashable, Sendable, CaseIterable {
    /// The report names them (牵头单位：…, （…负责）), on the task or a node above it.
    case report
    /// A 任务分工方案 given beside the report assigns the task.
    case divisionPlan
    /// Nobody is named.
    case none
  }

  /// Stable across runs: `d1/三/（一）/p2` for a task (document id and node id, `/pN` for the N-th paragraph of a
  /// node), `d1/g3` for a headline target (document id and target id).
  public var id: String
  /// 序号: 1, 2, 3… over the whole checklist, in input and text order.
  public var seq: Int
  /// Task or headline target.
  public var kind: Kind
  /// 任务: the task's lead clause, without its marker; for a target, its metric and value.
  public var task: String
  /// The targets inside the task (for a target row, the target itself).
  public var targets: [ChecklistTarget]
  /// 完成时限, nil when neither the task nor anything above it names one.
  public var deadline: ChecklistDeadline?
  /// 牵头单位, in the order named.
  public var owners: [String]
  /// Where `owners` come from.
  public var ownersFrom: OwnerSource
  /// The rows of a 任务分工方案 that assign this task, best first (empty when none does).
  public var assignments: [DivisionAssignment]
  /// 章节: the headings above the task, outermost first, each with its marker (三、2025年政府工作任务).
  public var sectionPath: [String]
  /// 原文: the task's own text (for a target, its sentence), clipped at 500 characters with an ellipsis.
  public var text: String
  /// Position of the input file in `Checklist.sources`.
  public var sourceIndex: Int
  /// The document (article) of that file, `d1`…
  public var documentId: String
  /// The outline node holding the task or target.
  public var nodeId: NodeID?
  /// The target of a target row.
  public var targetId: TargetID?
  /// Where the task stands in the document's text.
  public var span: SourceSpan

  /// Makes a row; `seq` is set when the checklist is assembled.
  public init(
    id: String, seq: Int = 0, kind: Kind, task: String, targets: [ChecklistTarget] = [],
    deadline: ChecklistDeadline? = nil, owners: [String] = [], ownersFrom: OwnerSource = .none,
    assignments: [DivisionAssignment] = [], sectionPath: [String] = [], text: String, sourceIndex: Int = 0,
    documentId: String, nodeId: NodeID? = nil, targetId: TargetID? = nil, span: SourceSpan
  ) {
    self.id = id
    self.seq = seq
    self.kind = kind
    self.task = task
    self.targets = targets
    self.deadline = deadline
    self.owners = owners
    self.ownersFrom = ownersFrom
    self.assignments = assignments
    self.sectionPath = sectionPath
    self.text = text
    self.sourceIndex = sourceIndex
    self.documentId = documentId
    self.nodeId = nodeId
    self.targetId = targetId
    self.span = span
  }

  /// 指标: the metrics of `targets`, one per target, joined by ；, nil when there is none.
  public var metric: String? { targets.isEmpty ? nil : targets.map(\.metric).joined(separator: "；") }

  /// 目标值: the values of `targets` as the report writes them (≥ 1200万人, 5%左右), joined by ；.
  public var target: String? { targets.isEmpty ? nil : targets.map(\.valueText).joined(separator: "；") }

  /// 章节 as one line: the headings joined by › .
  public var section: String { sectionPath.joined(separator: " › ") }

  /// 牵头单位 as one line, joined by 、.
  public var ownerList: String { owners.joined(separator: "、") }
}

/// A target quoted on a checklist row: its metric and its value as the report writes it.
public struct ChecklistTarget: Hashable, Sendable {
  /// The target in the document.
  public var targetId: TargetID
  /// 国内生产总值增长.
  public var metric: String
  /// How the value bounds the metric.
  public var comparator: Comparator
  /// The exact value (1200万人 → 12000000).
  public var value: ExactDecimal
  /// The upper bound of a range.
  public var upper: ExactDecimal?
  /// The unit without magnitude words (人, %, 元).
  public var unit: String
  /// The value as written, with its comparator: ≥ 1200万人, ≤ 3%, 5%左右, 4.5%—5%, 50%.
  public var valueText: String

  /// Makes a quoted target.
  public init(
    targetId: TargetID, metric: String, comparator: Comparator, value: ExactDecimal, upper: ExactDecimal? = nil,
    unit: String, valueText: String
  ) {
    self.targetId = targetId
    self.metric = metric
    self.comparator = comparator
    self.value = value
    self.upper = upper
    self.unit = unit
    self.valueText = valueText
  }
}

/// The 完成时限 of a row: the words it was read from, the interval they mean, and where they stand.
public struct ChecklistDeadline: Hashable, Sendable {
  /// Where the deadline was found, nearest first.
  public enum Basis: String, Hashable, Sendable, CaseIterable {
    /// In the task's own text (年底前, 到2027年).
    case text
    /// In the heading of a section or item above the task.
    case heading
    /// In the heading of the part (三、2025年政府工作任务, 二、“十五五”时期主要目标…).
    case part
    /// Nothing says: a work report's tasks are the report year's.
    case reportYear
  }

  /// The words as written (12月底前, “十五五”时期); for `reportYear`, the year (2025年).
  public var text: String
  /// The closed interval of days, nil when the words cannot be dated (the report year is unknown).
  public var interval: DayInterval?
  /// Where it was found.
  public var basis: Basis
  /// The deadline record it was read from, nil for `reportYear`.
  public var deadlineId: DeadlineID?

  /// Makes a deadline.
  public init(text: String, interval: DayInterval?, basis: Basis, deadlineId: DeadlineID? = nil) {
    self.text = text
    self.interval = interval
    self.basis = basis
    self.deadlineId = deadlineId
  }

  /// The deadline as a reader says it: 2025年底前, 2025年6月底前, 2025年3月5日前; the words when undated.
  public var display: String {
    guard let end = interval?.end else { return text }
    if end.month == 12 && end.day == 31 { return "\(end.year)年底前" }
    if end == Day.endOfMonth(end.year, end.month) { return "\(end.year)年\(end.month)月底前" }
    return "\(end.year)年\(end.month)月\(end.day)日前"
  }
}

/// A row of a 任务分工方案 that assigns a checklist task, with how well its words match the task's.
public struct DivisionAssignment: Hashable, Sendable {
  /// Position of the plan's file in `Checklist.sources`.
  public var sourceIndex: Int
  /// The plan's document in that file.
  public var documentId: String
  /// The plan's row as written, without its unit labels.
  public var text: String
  /// The units the row names as leading (牵头单位), else as responsible (责任单位).
  public var owners: [String]
  /// The share of the row's weighted character bigrams that the task's text holds (0…1).
  public var score: Double
  /// Where the row stands in the plan's text.
  public var span: SourceSpan

  /// Makes an assignment.
  public init(sourceIndex: Int, documentId: String, text: String, owners: [String], score: Double, span: SourceSpan) {
    self.sourceIndex = sourceIndex
    self.documentId = documentId
    self.text = text
    self.owners = owners
    self.score = score
    self.span = span
  }
}
