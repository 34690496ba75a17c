/// How a plan's commitment fared, as the progress documents tell it.
public enum CheckStatus: String, Hashable, Sendable, CaseIterable {
  /// The actual meets the target within its tolerance, or the text says it was done (建成, 完成).
  case met
  /// The actual goes beyond the target and its tolerance.
  case exceeded
  /// Part of it was done (基本完成), or some of several actuals meet it.
  case partlyMet = "partly-met"
  /// The actual falls short, or a ceiling was passed.
  case notMet = "not-met"
  /// The text reports work under way (推进, 启动) and no result.
  case inProgress = "in-progress"
  /// No progress document says anything about it.
  case notMentioned = "not-mentioned"
  /// The progress documents speak of it, but no verdict follows (values that do not compare).
  case unclear
}

/// What a check item is about.
public enum CheckItemKind: String, Hashable, Sendable {
  /// A target with a number.
  case target
  /// A headline goal without a number (居民收入增长和经济增长同步).
  case goal
  /// A task of a plan part, judged by words.
  case task
}

/// A sentence of a progress document quoted as evidence.
public struct CheckEvidence: Hashable, Sendable {
  /// The progress document's path.
  public var source: String
  /// The document within it (`d1`).
  public var documentId: String
  /// The sentence as written.
  public var text: String
  /// Its span in that document's text.
  public var span: SourceSpan
  /// The figure of the sentence that gave the actual, where one did.
  public var figure: SourceSpan?
  /// How well it matches, 0…1.
  public var score: Double
  /// It reports on several years (a five-year review), so it names the metric but gives no annual actual.
  public var multiYear: Bool
}

/// The value an item compares: a target's, or the actual found for it.
public struct CheckValue: Hashable, Sendable {
  /// The value (an actual's sign follows its change: 下降0.1% is −0.1).
  public var value: ExactDecimal?
  /// The upper end of a range.
  public var upper: ExactDecimal?
  /// The unit, canonical.
  public var unit: String
  /// floor, ceiling, about, range, reach (for a target); the qualifier's comparator (for an actual: 超过 is floor).
  public var comparator: Comparator?
  /// The qualifier as written (左右, 以上, 超过).
  public var qualifier: String?
  /// The words it stands in.
  public var text: String
}

/// One commitment of the plan and its verdict.
public struct CheckItem: Hashable, Sendable {
  /// Target, headline goal or task.
  public var kind: CheckItemKind
  /// The target's id, for a target.
  public var targetId: TargetID?
  /// The outline node holding it.
  public var nodeId: NodeID?
  /// It stands in the plan's headline paragraph.
  public var headline: Bool
  /// What it measures: a target's metric, a goal's metrics (居民收入增长; 单位国内生产总值能耗、主要污染物排放量),
  /// a task's lead clause. A goal's whole clause is in `target.text`.
  public var metric: String
  /// The metric key the evidence was matched by.
  public var metricKey: String
  /// What the plan set.
  public var target: CheckValue
  /// The band the verdict allowed around the target (0.5 for a % target, 5 % of a quantity), nil without a number.
  public var tolerance: ExactDecimal?
  /// The target's deadline as written (2027年底前), when it has one.
  public var deadline: String?
  /// The target is read as a ceiling though written 左右 (unemployment, prices: Rules ceilingMetrics).
  public var ceilingInPractice: Bool
  /// What the progress documents report, nil when no number was found.
  public var actual: CheckValue?
  /// The verdict.
  public var status: CheckStatus
  /// The sentences the verdict rests on, best first.
  public var evidence: [CheckEvidence]
  /// One line a person can check, in Chinese: 「目标 5%左右，实际 5.2%：在容差内」.
  public var reason: String
  /// The same in English: "target 5% about, actual 5.2%: within tolerance".
  public var reasonEn: String
}

/// A document the check read.
public struct CheckSource: Hashable, Sendable {
  /// The path as given.
  public var path: String
  /// The year it was delivered or published.
  public var year: Int?
  /// The year it reports on (a work report's review: the year before; a bulletin: the year in its title).
  public var dataYear: Int?
  /// Its kind.
  public var kind: DocumentKind
}

/// The verdicts on a plan's commitments.
public struct CheckResult: Hashable, Sendable {
  /// The plan.
  public var plan: CheckSource
  /// The year the plan is for (the plan's year, or the one the caller gave).
  public var planYear: Int?
  /// The progress documents, in the order given.
  public var progress: [CheckSource]
  /// Headline targets first, then the other targets and the tasks in text order.
  public var items: [CheckItem]
  /// Problems with the inputs (a progress document about another year…); never fatal.
  public var diagnostics: [Diagnostic]

  /// How many items have each status.
  public var summary: [CheckStatus: Int] {
    var out: [CheckStatus: Int] = [:]
    for s in CheckStatus.allCases { out[s] = 0 }
    for i in items { out[i.status, default: 0] += 1 }
    return out
  }
}
