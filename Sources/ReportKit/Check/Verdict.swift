/// The verdict on a numbered target given its actual, by the convention of check.yaml:
///
/// - a band of `checkPercentBand` percentage points around a % target, `checkQuantityShare` of the target
///   around any other;
/// - ceiling (以内, 不超过): met when the actual is at most the target, not-met above;
/// - floor (以上) and reach: not-met below the target, exceeded past the band above, else met;
/// - about (左右): on a ceiling metric (unemployment, prices) met up to target + band, not-met above; otherwise
///   met within the band, exceeded above it, not-met below;
/// - range: not-met below the lower end, exceeded above the upper, met inside.
///
/// An actual written 超过/突破 X counts as just above X (超过3% passes an edge of exactly 3); 不到 X just below.
struct Verdict {
  var status: CheckStatus
  var reason: String
  var reasonEn: String

  /// The verdict on `actual` (in the target's own sense: a reduction target compares reductions) against a
  /// target of `value`…`upper` under `comparator`.
  static func judge(
    target value: ExactDecimal, upper: ExactDecimal?, comparator: Comparator, percent: Bool, ceilingMetric: Bool,
    actual: ExactDecimal, actualComparator: Comparator?, rules: CompiledRules.CheckRules,
    targetText: String, actualText: String
  ) -> Verdict {
    let band = Verdict.band(value, percent: percent, rules: rules)
    let bandText = percent ? "\(rules.percentBand)个百分点" : "\(percentOf(rules.quantityShare))%"
    let bandEn = percent ? "\(rules.percentBand) pp" : "\(percentOf(rules.quantityShare))%"
    // Strictly above or below an edge, as 超过 and 不到 say.
    let nudge: Int = actualComparator == .floor ? 1 : (actualComparator == .ceiling ? -1 : 0)
    func above(_ edge: ExactDecimal) -> Bool { actual > edge || (actual == edge && nudge > 0) }
    func below(_ edge: ExactDecimal) -> Bool { actual < edge || (actual == edge && nudge < 0) }
    let plus = value.adding(band) ?? value
    let minus = value.adding(band.negated) ?? value
    let head = "目标 \(targetText)，实际 \(actualText)"
    let headEn = "target \(targetText), actual \(actualText)"
    func make(_ s: CheckStatus, _ zh: String, _ en: String) -> Verdict { Verdict(status: s, reason: "\(head)：\(zh)", reasonEn: "\(headEn): \(en)") }
    switch comparator {
    case .ceiling:
      return above(value) ? make(.notMet, "超过上限", "above the ceiling") : make(.met, "未超过上限", "within the ceiling")
    case .floor, .reach:
      if below(value) { return make(.notMet, "低于目标", "below the target") }
      if above(plus) { return make(.exceeded, "超出目标\(bandText)以上", "above the target by more than \(bandEn)") }
      return make(.met, "达到目标", "meets the target")
    case .about:
      if ceilingMetric {
        return above(plus)
          ? make(.notMet, "高于目标加容差（\(bandText)）", "above the target plus \(bandEn)")
          : make(.met, "不高于目标加容差（\(bandText)），此项目标实为上限", "not above the target plus \(bandEn) (a ceiling in practice)")
      }
      if below(minus) { return make(.notMet, "低于目标减容差（\(bandText)）", "below the target minus \(bandEn)") }
      if above(plus) { return make(.exceeded, "高于目标加容差（\(bandText)）", "above the target plus \(bandEn)") }
      return make(.met, "在容差内（±\(bandText)）", "within tolerance (±\(bandEn))")
    case .range:
      let top = upper ?? value
      if below(value) { return make(.notMet, "低于区间下限", "below the range") }
      if above(top) { return make(.exceeded, "高于区间上限", "above the range") }
      return make(.met, "在目标区间内", "inside the range")
    }
  }

  /// The tolerance around a target of `value`: the percent band for a % target, the quantity share of it otherwise.
  static func band(_ value: ExactDecimal, percent: Bool, rules: CompiledRules.CheckRules) -> ExactDecimal {
    percent ? rules.percentBand : product(value, rules.quantityShare).magnitude
  }

  /// `a × b`, exact where it fits.
  static func product(_ a: ExactDecimal, _ b: ExactDecimal) -> ExactDecimal {
    let (m, o) = a.significand.multipliedReportingOverflow(by: b.significand)
    if !o { return ExactDecimal(significand: m, exponent: a.exponent + b.exponent) }
    return ExactDecimal(literal: String(a.doubleValue * b.doubleValue)) ?? a
  }

  /// 0.05 → 5.
  private static func percentOf(_ share: ExactDecimal) -> ExactDecimal { share.scaled(byPowerOfTen: 2) }
}
