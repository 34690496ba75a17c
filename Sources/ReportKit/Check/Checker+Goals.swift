extension Checker {
  /// The verdict on one metric of a goal.
  private struct Part {
    var status: CheckStatus
    var zh: String
    var en: String
    var evidence: [CheckEvidence]
    var actual: CheckValue?
  }

  /// A headline goal without a number, judged by what its goal word asks (`Goal`); a clause with no goal word
  /// is judged by its words, as a task is.
  func goalItem(_ clause: SourceSpan, in plan: Document, finder: ActualFinder) -> CheckItem {
    let text = Array(plan.scalars[clause.start..<clause.end])
    let written = String(scalarValues: text)
    let node = plan.outline.node(containing: clause.start)?.id
    let compiled = rules.compiled
    guard let goal = Goal(text, rules: compiled) else {
      return wordsItem(.goal, text: written, node: node, headline: true, pool: finder.pool)
    }
    var parts: [Part] = []
    switch goal.ask {
    case .rise, .fall:
      for m in goal.metrics { parts.append(change(of: m, goal: goal, finder: finder)) }
    case .state:
      for m in goal.metrics { parts.append(state(of: m, goal: goal, finder: finder)) }
    case .alongside:
      parts.append(alongside(goal, finder: finder))
    }
    let statuses = parts.map(\.status)
    let status: CheckStatus
    if statuses.allSatisfy({ $0 == .met }) { status = .met }
    else if statuses.contains(.met) { status = .partlyMet }
    else if statuses.contains(.notMet) { status = .notMet }
    else if statuses.contains(.unclear) { status = .unclear }
    else { status = .notMentioned }
    var evidence: [CheckEvidence] = []
    for p in parts { for e in p.evidence where !evidence.contains(where: { $0.span == e.span && $0.source == e.source }) { evidence.append(e) } }
    return CheckItem(
      kind: .goal, targetId: nil, nodeId: node, headline: true, metric: goal.metrics.map { String(scalarValues: $0) }.joined(separator: "、"),
      metricKey: String(scalarValues: compiled.canonicalMetric(goal.metrics.first ?? text)),
      target: CheckValue(value: nil, upper: nil, unit: "", comparator: nil, qualifier: nil, text: written),
      tolerance: goal.ask == .alongside ? compiled.check.percentBand : nil, deadline: nil, ceilingInPractice: false,
      actual: parts.count == 1 ? parts[0].actual : nil, status: status, evidence: evidence,
      reason: "「\(written)」：" + parts.map(\.zh).joined(separator: "；"),
      reasonEn: "\(written): " + parts.map(\.en).joined(separator: "; "))
  }

  /// A metric asked to rise or fall: its change figure's sign.
  private func change(of metric: Scalars, goal: Goal, finder: ActualFinder) -> Part {
    let name = String(scalarValues: metric)
    let sense: Change = goal.ask == .fall ? .decrease : .increase
    let stem = MetricStem(String(scalarValues: rules.compiled.canonicalMetric(metric)), rules: rules.compiled)
    let (found, mentions) = finder.find(stem, unit: nil, direction: sense, annual: true)
    let pool = finder.pool
    guard let b = found, b.score >= ActualFinder.actualScore else {
      // No figure: a sentence may still say it, in words (主要污染物排放量继续下降).
      let said = state(of: metric, goal: goal, finder: finder)
      if said.status == .met || said.status == .notMet { return said }
      return unfound(name, mentions: mentions, pool: pool)
    }
    let entry = pool.entries[b.entry]
    let f = pool.progress[entry.source].document.figures[b.figure]
    // b.value is in the goal's sense: above zero is what was asked.
    let asked = b.value.significand > 0
    let shown = CheckWords.written(value: b.value.magnitude, upper: nil, unit: f.unit, qualifier: nil)
    let moved = (b.value.significand > 0) == (sense == .increase) ? "增长" : "下降"
    let movedEn = (b.value.significand > 0) == (sense == .increase) ? "grew" : "fell"
    let actual = CheckValue(value: b.value, upper: nil, unit: f.canonicalUnit, comparator: nil, qualifier: f.qualifier,
      text: String(scalarValues: entry.text))
    return Part(
      status: asked ? .met : .notMet,
      zh: "\(name)\(moved)\(shown)，" + (asked ? "达到" : "未达到") + (goal.ask == .fall ? "下降的要求" : "增长的要求"),
      en: "\(name) \(movedEn) \(shown), " + (asked ? "as asked" : "not as asked"),
      evidence: [pool.evidence(entry, figure: b.figure, score: b.score)], actual: actual)
  }

  /// A metric asked to hold a state (平衡, 改善): a sentence of one year that says the goal word of it, in the
  /// same clause, with no shortfall word.
  private func state(of metric: Scalars, goal: Goal, finder: ActualFinder) -> Part {
    let name = String(scalarValues: metric)
    let named = rules.compiled.canonicalMetric(metric)
    let pool = finder.pool
    var mentions: [(score: Double, entry: Int)] = []
    for (e, entry) in pool.entries.enumerated() {
      guard let at = Checker.clauseAfter(named, in: entry.canonical) else { continue }
      let clause = Array(entry.canonical[at])
      let says = clause.containsRun(goal.word)
      let short = rules.compiled.check.shortfall.first(in: clause, from: 0, to: clause.count) != nil
      if says && !entry.multiYear {
        let ev = [pool.evidence(entry, score: 1)]
        let quoted = Checker.clause(holding: goal.word, in: entry.text).map { "写明「\($0)」" } ?? "写明\(name)\(String(scalarValues: goal.word))"
        return short
          ? Part(status: .notMet, zh: quoted + "，未达到", en: "says \(name) fell short", evidence: ev, actual: nil)
          : Part(status: .met, zh: quoted, en: "says \(name) did", evidence: ev, actual: nil)
      }
      mentions.append((says ? 0.8 : 0.6, e))
    }
    mentions.sort { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }
    return unfound(name, mentions: mentions, pool: pool)
  }

  /// A metric asked to keep up with another (居民收入增长和经济增长同步): both growth rates, the first not below
  /// the second by more than the percent band; else a sentence that says 同步 of it.
  private func alongside(_ goal: Goal, finder: ActualFinder) -> Part {
    let c = rules.compiled
    let first = goal.metrics[0], partner = goal.partner ?? []
    let name = String(scalarValues: first), other = String(scalarValues: partner)
    let a = finder.find(MetricStem(String(scalarValues: c.canonicalMetric(first)), rules: c), unit: "%", direction: .increase, annual: true)
    let b = finder.find(MetricStem(String(scalarValues: c.canonicalMetric(partner)), rules: c), unit: "%", direction: .increase, annual: true)
    let pool = finder.pool
    if let x = a.best, let y = b.best, x.score >= ActualFinder.actualScore, y.score >= ActualFinder.actualScore {
      let band = c.check.percentBand
      let kept = !(x.value < (y.value.adding(band.negated) ?? y.value))
      let ex = pool.entries[x.entry], ey = pool.entries[y.entry]
      var evidence = [pool.evidence(ex, figure: x.figure, score: x.score)]
      if y.entry != x.entry { evidence.append(pool.evidence(ey, figure: y.figure, score: y.score)) }
      let fx = pool.progress[ex.source].document.figures[x.figure]
      let actual = CheckValue(value: x.value, upper: nil, unit: "%", comparator: nil, qualifier: fx.qualifier, text: String(scalarValues: ex.text))
      return Part(
        status: kept ? .met : .notMet,
        zh: "\(name)\(x.value)%，\(other)\(y.value)%：" + (kept ? "同步（差距不超过\(band)个百分点）" : "落后\(other)超过\(band)个百分点"),
        en: "\(name) \(x.value)%, \(other) \(y.value)%: " + (kept ? "kept pace (within \(band) pp)" : "fell behind by more than \(band) pp"),
        evidence: evidence, actual: actual)
    }
    // No pair of rates: a sentence may still say it kept pace.
    let said = state(of: first, goal: goal, finder: finder)
    if said.status == .met || said.status == .notMet { return said }
    let mentions = (a.mentions + b.mentions).sorted { $0.score > $1.score }
    let hasA = a.best.map { $0.score >= ActualFinder.actualScore } ?? false
    // Name the half the documents speak of, and the half they give no rate for.
    let named = a.mentions.isEmpty && !b.mentions.isEmpty ? other : name
    return unfound(named, mentions: mentions, pool: pool, missing: hasA ? other : name)
  }

  /// Named without a verdict (unclear), or not at all (not-mentioned).
  private func unfound(_ name: String, mentions: [(score: Double, entry: Int)], pool: EvidencePool, missing: String? = nil) -> Part {
    var seen = Set<Int>()
    let evidence = mentions.filter { seen.insert($0.entry).inserted }.prefix(2).map { pool.evidence(pool.entries[$0.entry], score: $0.score) }
    if evidence.isEmpty { return Part(status: .notMentioned, zh: "进展文件未提及\(name)", en: "\(name) not mentioned", evidence: [], actual: nil) }
    let what = missing.map { "没有\($0)的年度数值" } ?? "没有可下结论的年度表述"
    return Part(status: .unclear, zh: "进展文件提及\(name)，但\(what)", en: "\(name) is mentioned, with no annual statement to judge by",
      evidence: Array(evidence), actual: nil)
  }

  /// The clause of `s` (between ，；。) that holds `w`, as written.
  static func clause(holding w: Scalars, in s: Scalars) -> String? {
    guard let first = w.first, w.count <= s.count else { return nil }
    var i = 0
    while i + w.count <= s.count {
      if s[i] == first && Array(s[i..<(i + w.count)]) == w {
        var a = i, b = i + w.count
        while a > 0 && !HeadlineGoals.endsClause(s[a - 1]) { a -= 1 }
        while b < s.count && !HeadlineGoals.endsClause(s[b]) { b += 1 }
        return String(scalarValues: s[a..<b])
      }
      i += 1
    }
    return nil
  }

  /// The clause of `s` from where `w` starts to the next ，；。 (the metric and what is said of it), nil when
  /// `w` is not in `s`.
  static func clauseAfter(_ w: Scalars, in s: Scalars) -> Range<Int>? {
    guard let first = w.first, w.count <= s.count else { return nil }
    var i = 0
    while i + w.count <= s.count {
      if s[i] == first && Array(s[i..<(i + w.count)]) == w {
        var end = i + w.count
        while end < s.count && !HeadlineGoals.endsClause(s[end]) { end += 1 }
        return i..<end
      }
      i += 1
    }
    return nil
  }
}
