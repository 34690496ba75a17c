/// How the diff names metrics and units so that two reports' targets compare: synonyms folded, region words dropped,
/// unit spellings reconciled.
struct MetricKeys: Sendable {
  /// The rules whose synonym table folds metrics.
  let rules: RuleSet

  /// The key a target is paired by: the extractor's metric key, with the region and list words a province puts
  /// around it dropped as for any metric.
  func key(of target: Target) -> String { key(metric: target.metricKey) }

  /// The key of a metric as written: the rules' synonyms folded (地区生产总值增长 → 国内生产总值增长), then the region
  /// words a province puts in front (全省生产总值增长 is 生产总值增长) and list words after (分别) dropped.
  func key(metric: String) -> String {
    var s = metric.scalarValues
    // Region words come off before folding: 全省生产总值增长 must fold as 生产总值增长 does.
    for w in MetricKeys.regionWords where s.starts(with: w) && s.count > w.count + 1 {
      s.removeFirst(w.count)
      break
    }
    for w in MetricKeys.trailingWords where s.count > w.count + 1 && s.suffix(w.count).elementsEqual(w) {
      s.removeLast(w.count)
    }
    return rules.canonicalMetric(String(scalarValues: s))
  }

  /// Whether values in units `a` and `b` can be compared. Magnitudes are already folded into values (1200万人 is
  /// 12000000 人), so what is left is spelling (公里 and 千米); % and 个百分点 never compare.
  func comparable(_ a: String, _ b: String) -> Bool { unitKey(a) == unitKey(b) }

  /// A unit's spelling reduced to one form: the rules' canonical name, then the spellings they keep apart.
  func unitKey(_ unit: String) -> String {
    let c = rules.canonicalUnit(unit)
    return MetricKeys.unitSpellings[c] ?? c
  }

  private static let regionWords: [Scalars] = ["全省", "全市", "全区", "全国", "全州", "全县", "全盟", "我省", "我市", "我区"]
    .map(\.scalarValues)
  private static let trailingWords: [Scalars] = ["分别"].map(\.scalarValues)
  private static let unitSpellings: [String: String] = ["千米": "公里", "平方千米": "平方公里"]
}
