/// Writes a target's value the way the report does, with its comparator: ≥ 1200万人, ≤ 3%, 5%左右, 约5%,
/// 4.5%—5%, 50%.
///
/// The number and unit are the figure's own text (1.4万亿斤 stays 1.4万亿斤, never 1400000000000斤); a floor or a
/// ceiling is a sign before it, as a table reads best; an about keeps its word on the side the report put it.
enum TargetValueText {
  /// The quoted form of target `t` of `doc`.
  static func checklistTarget(_ t: Target, in doc: Document) -> ChecklistTarget {
    ChecklistTarget(
      targetId: t.id, metric: t.metric, comparator: t.comparator, value: t.value, upper: t.upper, unit: t.unit,
      valueText: text(of: t, in: doc))
  }

  /// The value of `t` as written, with its comparator.
  static func text(of t: Target, in doc: Document) -> String {
    let figure = doc.figure(of: t)
    let written = figure?.text ?? plain(t)
    switch t.comparator {
    case .floor: return "≥ " + written
    case .ceiling: return "≤ " + written
    case .range, .reach: return written
    case .about:
      guard let f = figure, let q = f.qualifier else { return written + "左右" }
      let after = SourceSpan(start: f.span.end, end: f.span.end + q.unicodeScalars.count)
      return doc.text(of: after) == q ? written + q : q + written
    }
  }

  /// The value and unit from the target alone, when its figure is missing: 5%, 12000000人.
  private static func plain(_ t: Target) -> String {
    let value = t.upper.map { "\(t.value)—\($0)" } ?? t.value.description
    return value + t.unit
  }
}
