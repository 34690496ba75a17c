/// A metric key split into what is measured and the direction its value moves: 居民消费价格涨幅 is
/// (居民消费价格, increase), 单位国内生产总值能耗降低 (单位国内生产总值能耗, decrease), 城镇新增就业 (城镇新增就业,
/// no direction: a level). Targets and actuals compare on the stem; the directions turn values into one sense.
struct MetricStem: Hashable {
  /// The metric without its change word.
  var stem: Scalars
  /// The change word's direction, nil for a level.
  var direction: Change?
  /// The stem's distinct bigrams, for reworded metrics.
  var terms: [UInt64]
  /// The key counts over several years (年均增长, 累计): no annual actual.
  var spansYears: Bool

  /// The stem of a metric key (Rules: risingSuffixes, fallingSuffixes).
  init(_ key: String, rules: CompiledRules) {
    var s = key.scalarValues
    var direction: Change?
    if let m = rules.check.suffixes.longest(in: s, endingAt: s.count), m.length < s.count {
      direction = m.value
      s.removeLast(m.length)
    }
    // 年均 and 累计 say how the change is counted, not what changes; but they count it over several years.
    var spans = false
    for w in [[0x5E74, 0x5747], [0x7D2F, 0x8BA1]] as [Scalars] where s.count > w.count + 1 && Array(s.suffix(w.count)) == w {
      s.removeLast(w.count)
      spans = true
    }
    // 年均增长 is a rising suffix of its own, cut whole above: look at the key as written.
    let written = key.scalarValues
    spansYears = spans || written.containsRun([0x7D2F, 0x8BA1]) || written.containsRun([0x5E74, 0x5747])
    stem = s
    self.direction = direction
    terms = TermSet.terms(of: s)
  }

  /// How well another stem (a figure's) names this one (a target's), 0…1: 1 for the same stem, 0.85 when one
  /// starts the other (城镇调查失业率 in 城镇调查失业率平均), 0.7 when the other ends with this one (城镇居民…), else
  /// 0.9 × the bigram likeness when that reaches 0.7 (a stem inside the target's own is another metric: 0).
  func match(_ other: MetricStem) -> Double {
    if stem == other.stem { return 1 }
    let (short, long) = stem.count <= other.stem.count ? (stem, other.stem) : (other.stem, stem)
    // 城镇调查失业率平均 names 城镇调查失业率, either way round.
    if short.count >= 3, long.starts(with: short) { return 0.85 }
    // 城镇居民人均可支配收入 is a part of 居民人均可支配收入: a mention, below what takes an actual. But a
    // metric found inside this one (国内生产总值 in 单位国内生产总值能耗), or this one inside a longer one that
    // goes on past it (研发经费支出相当于国内生产总值的比例), is another metric altogether.
    if short.count >= 3, long.containsRun(short) { return short == stem && long.suffix(short.count).elementsEqual(short) ? 0.7 : 0 }
    let d = TermSet.dice(terms, other.terms)
    return d >= 0.7 ? d * 0.9 : 0
  }
}
