/// Finds the actual of a metric in the evidence pool: the figure whose metric stem names the same metric, whose
/// unit converts to the wanted one, and which speaks of change when the target does (a growth rate never
/// matches a level, nor a share a growth rate); and the sentences that name the metric without such a figure.
struct ActualFinder {
  /// A figure taken as the actual.
  struct Found {
    /// How well its metric matches, 0…1.
    var score: Double
    /// The pool entry (sentence) holding it.
    var entry: Int
    /// Its index in its document's figures.
    var figure: Int
    /// Its value in the wanted unit and the wanted sense: a decline against a growth target is negative.
    var value: ExactDecimal
  }

  let pool: EvidencePool
  let rules: CompiledRules

  /// The best actual of `stem` in `unit` (canonical; nil takes % or 个百分点 growth rates alike), with the
  /// entries that name the metric, best first. `direction` is the target's sense (增长, 下降, or a level).
  /// When `annual`, a sentence about several years gives no rate, only named, and its levels come second.
  func find(_ stem: MetricStem, unit: String?, direction: Change?, annual: Bool) -> (best: Found?, mentions: [(score: Double, entry: Int)]) {
    var best: Found?
    var mentions: [(score: Double, entry: Int)] = []
    let named = stem.stem.count >= 2 ? rules.canonicalMetric(stem.stem) : []
    for (e, entry) in pool.entries.enumerated() {
      let d = pool.progress[entry.source].document
      var mentioned = 0.0
      for fi in entry.figures {
        let f = d.figures[fi]
        guard let key = f.metricKey else { continue }
        let other = MetricStem(key, rules: rules)
        var score = stem.match(other)
        guard score > 0 else { continue }
        mentioned = max(mentioned, score)
        let figureDirection = other.direction ?? f.change
        // A five-year review's rates are averages or totals over the years; its levels are where the last
        // year ended (研发投入强度达3.38%), so they may serve, below any figure of the year itself.
        // 年均增长5.4%, 累计310万人: counted over several years, whether the metric or the words before the value say so.
        if annual && !stem.spansYears && (other.spansYears || ActualFinder.countedOverYears(d.scalars, before: f.span.start)) { continue }
        if annual && entry.multiYear {
          if figureDirection != nil { continue }
          score *= 0.95
        }
        let target = unit ?? (f.canonicalUnit == "个百分点" ? "个百分点" : "%")
        guard let value = Checker.converted(f.value, from: f.canonicalUnit, to: target, rules: rules) else { continue }
        guard (direction == nil) == (figureDirection == nil) || f.kind == .percentagePoint && target == "个百分点" else { continue }
        let signed = figureDirection == nil || direction == nil || figureDirection == direction
          ? value : value.negated
        // Earlier evidence wins a tie: a review opens with its headline figures.
        if best == nil || score > best!.score { best = Found(score: score, entry: e, figure: fi, value: signed) }
      }
      // Named in words (粮食总产量创新高) counts as a mention, a little below a figure of the metric.
      if mentioned == 0, !named.isEmpty, entry.canonical.containsRun(named) { mentioned = 0.6 }
      if mentioned > 0 { mentions.append((mentioned, e)) }
    }
    mentions.sort { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }
    return (best, mentions)
  }
}

extension ActualFinder {
  /// 累计 or 年均 within the four scalars before `start` (城镇新增就业累计310万人, 年均增长5%).
  static func countedOverYears(_ s: Scalars, before start: Int) -> Bool {
    let from = max(0, start - 4)
    let window = s[from..<start]
    return window.containsRun([0x7D2F, 0x8BA1]) || window.containsRun([0x5E74, 0x5747])
  }

  /// The metric match an actual needs; below it a figure only names the metric (城镇居民人均可支配收入 for
  /// 居民人均可支配收入).
  static let actualScore = 0.75
}
