/// Finds the 完成时限 of a task: from its own text, else inherited from the headings above it, else (for a work
/// report) the report year.
///
/// Within one span, phrases that set a deadline (年底前, 到2027年, 2030年前, 2年内) win over phrases that only name
/// a time (今年, 10月, “十五五”时期): of the first, the latest end (a task is done when its last part is); of the
/// second, the earliest (「今年将开展“十五五”规划编制工作」 is this year's work). Phrases looking back (2021年以来)
/// and times that ended before the report year began (比2020年) are references, never deadlines.
struct DeadlineInheritance {
  let document: Document
  /// Whether tasks with no deadline of their own are the report year's.
  let isWorkReport: Bool

  /// The deadline of a task whose own words are `own` (nearest first: the target's phrase, its sentence, its
  /// paragraph…), with the nodes above it, nearest first.
  func deadline(own: [SourceSpan], ancestors: [Node], preset: Deadline? = nil) -> ChecklistDeadline? {
    if let d = preset, isCandidate(d) { return ChecklistDeadline(d, .text) }
    for span in own {
      if let d = pick(in: span) { return ChecklistDeadline(d, .text) }
    }
    for node in ancestors {
      if let d = pick(in: node.headingSpan) { return ChecklistDeadline(d, node.kind == .part ? .part : .heading) }
    }
    if isWorkReport, let y = document.year {
      return ChecklistDeadline(
        text: "\(y)年", interval: DayInterval(start: Day(y, 1, 1), end: Day(y, 12, 31)), basis: .reportYear)
    }
    return nil
  }

  /// The deadline phrase of `span` by the rules above; a dated one before an undated one.
  func pick(in span: SourceSpan) -> Deadline? {
    let inside = document.deadlines.filter { span.contains($0.span) && isCandidate($0) }
    let dated = inside.filter { $0.interval != nil }
    return choose(dated.isEmpty ? inside : dated)
  }

  private func choose(_ list: [Deadline]) -> Deadline? {
    let setting = list.filter { DeadlineInheritance.settingKinds.contains($0.kind) }
    func end(_ d: Deadline) -> Day { d.interval?.end ?? Day(0, 1, 1) }
    // max/min keep the first of equal ends: the phrase met first in the text.
    if !setting.isEmpty { return setting.reduce(setting[0]) { end($1) > end($0) ? $1 : $0 } }
    guard let first = list.first else { return nil }
    return list.reduce(first) { end($1) < end($0) ? $1 : $0 }
  }

  /// Kinds whose words set a deadline rather than name a time.
  static let settingKinds: Set<DeadlineKind> = [.by, .before, .within]

  private func isCandidate(_ d: Deadline) -> Bool {
    if d.kind == .since { return false }
    if let y = document.year, let end = d.interval?.end, end < Day(y, 1, 1) { return false }
    return true
  }
}

extension ChecklistDeadline {
  /// The deadline read from `d`, found at `basis`.
  init(_ d: Deadline, _ basis: Basis) {
    self.init(text: d.text, interval: d.interval, basis: basis, deadlineId: d.id)
  }
}
