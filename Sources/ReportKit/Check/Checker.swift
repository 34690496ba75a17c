/// Cross-checks a plan against progress documents: did they do what they said?
///
/// Every target of the plan's plan parts (headline targets first, then those inside tasks), every headline goal
/// without a number, and every task of the plan parts is looked for in the progress documents (`EvidencePool`):
/// a numbered target by the figures whose metric stem matches its own and whose unit compares (`ActualFinder`),
/// judged by `Verdict`; a goal by what its goal word asks of its metrics (`Goal`); a task by the likeness of its
/// words to a sentence (character bigrams with BM25), judged by the completion words of that sentence.
public struct Checker: Sendable {
  /// The rules read: metric synonyms, tolerances, ceiling metrics, goal and completion words.
  public let rules: RuleSet

  /// Makes a checker.
  public init(rules: RuleSet = .builtin) {
    self.rules = rules
  }

  /// Checks `plan` (its first document with targets or a plan part) against the documents of `progress`.
  public func check(plan: Report, progress: [Report], planYear: Int? = nil) -> CheckResult {
    let planDoc = plan.documents.first { d in d.targets.contains { $0.headline } }
      ?? plan.documents.first { d in d.outline.nodes.contains { $0.role == .plan } } ?? plan.documents.first
      ?? Document(id: "d1", scalars: [])
    let pool = progress.flatMap { r in r.documents.map { EvidencePool.Progress(path: r.source.path, document: $0) } }
    return check(plan: planDoc, path: plan.source.path, progress: pool, planYear: planYear)
  }

  /// Checks one plan document against progress documents already read.
  func check(plan: Document, path: String, progress: [EvidencePool.Progress], planYear given: Int?) -> CheckResult {
    var diagnostics: [Diagnostic] = []
    let planYear = given ?? plan.year
    let sources = progress.map { p in
      CheckSource(path: p.path, year: p.document.year, dataYear: Checker.dataYear(of: p.document), kind: p.document.kind)
    }
    if let y = planYear {
      for s in sources {
        if let py = s.year, py < y { diagnostics.append(.checkOlderProgress(s.path, year: py, plan: y)) }
        else if let dy = s.dataYear, dy != y { diagnostics.append(.checkOtherYear(s.path, describes: dy, plan: y)) }
      }
    } else {
      diagnostics.append(.checkYearUnknown())
    }
    let planSource = CheckSource(path: path, year: plan.year, dataYear: plan.year, kind: plan.kind)
    let hasPlan = plan.outline.nodes.contains { $0.role == .plan } || plan.targets.contains { $0.headline }
    guard hasPlan else {
      diagnostics.append(.checkNoPlan())
      return CheckResult(plan: planSource, planYear: planYear, progress: sources, items: [], diagnostics: diagnostics)
    }
    let compiled = rules.compiled
    let pool = EvidencePool(progress, rules: compiled)
    let finder = ActualFinder(pool: pool, rules: compiled)
    // The last year the evidence speaks of: a target due later is not yet late.
    let evidenceYear = sources.compactMap(\.dataYear).max()
    var items: [CheckItem] = []
    // Headline targets first, in text order, then the headline goals without a number, then the others.
    let planned = plan.targets.filter { $0.headline || plan.outline.role(at: $0.span.start) != .review }
    for t in planned where t.headline { items.append(item(for: t, in: plan, finder: finder, evidenceYear: evidenceYear)) }
    for clause in HeadlineGoals.unnumbered(in: plan, rules: rules) {
      items.append(goalItem(clause, in: plan, finder: finder))
    }
    for t in planned where !t.headline { items.append(item(for: t, in: plan, finder: finder, evidenceYear: evidenceYear)) }
    let lines = Lines.ranges(in: plan.scalars)
    let headlineLines = plan.headline.map { h in lines.filter { $0.lowerBound < h.end && $0.upperBound > h.start } } ?? []
    for task in TaskFinder(document: plan, lines: lines, headline: headlineLines).tasks() {
      let node = plan.outline.nodes[task.nodeIndex]
      items.append(wordsItem(.task, text: task.lead, node: node.id, headline: false, pool: pool))
    }
    return CheckResult(plan: planSource, planYear: planYear, progress: sources, items: items, diagnostics: diagnostics)
  }

  /// The year a progress document reports on: a bulletin's data year; the year before a work report or a
  /// plan-execution report was delivered (its review); else its own year.
  static func dataYear(of d: Document) -> Int? {
    switch d.kind {
    case .statisticalBulletin: return d.dataYear ?? d.year.map { $0 - 1 }
    case .workReport, .planExecutionReport: return d.year.map { $0 - 1 }
    default: return d.dataYear ?? d.year.map { $0 - 1 }
    }
  }

  // MARK: Numbered targets

  private func item(for t: Target, in plan: Document, finder: ActualFinder, evidenceYear: Int?) -> CheckItem {
    let compiled = rules.compiled
    let stem = MetricStem(t.metricKey, rules: compiled)
    let figure = plan.figure(of: t)
    let deadline = plan.deadline(of: t)
    let percent = t.canonicalUnit == "%"
    let targetText = CheckWords.written(value: t.value, upper: t.upper, unit: t.unit, qualifier: figure?.qualifier)
    let ceilingMetric = compiled.check.ceilingMetrics.longest(in: stem.stem, at: 0).map { $0.length == stem.stem.count } ?? false
    // A target due over several years (“十四五”期间) may take a five-year figure; an annual one may not.
    let annual = deadline?.interval.map { $0.end.year == $0.start.year } ?? true
    // The target in its own sense: 降低3% is a reduction of 3 whether the key says 降低 or the figure does.
    let (found, mentions) = finder.find(stem, unit: t.canonicalUnit, direction: stem.direction ?? t.change, annual: annual)
    let pool = finder.pool
    var item = CheckItem(
      kind: .target, targetId: t.id, nodeId: t.nodeId, headline: t.headline, metric: t.metric, metricKey: t.metricKey,
      target: CheckValue(value: t.value, upper: t.upper, unit: t.canonicalUnit, comparator: t.comparator, qualifier: figure?.qualifier,
        text: plan.sentenceText(of: t)),
      tolerance: Verdict.band(t.value, percent: percent, rules: compiled.check), deadline: deadline?.text, ceilingInPractice: ceilingMetric && t.comparator == .about,
      actual: nil, status: .notMentioned, evidence: [], reason: "", reasonEn: "")
    guard let b = found, b.score >= ActualFinder.actualScore else {
      // Named without a comparable number, or not at all.
      item.evidence = mentions.prefix(2).map { pool.evidence(pool.entries[$0.entry], score: $0.score) }
      item.status = item.evidence.isEmpty ? .notMentioned : .unclear
      item.reason = item.evidence.isEmpty ? "目标 \(targetText)：进展文件未提及" : "目标 \(targetText)：进展文件提及该指标，但没有可比的年度数值"
      item.reasonEn = item.evidence.isEmpty
        ? "target \(targetText): not mentioned in the progress documents"
        : "target \(targetText): the metric is mentioned, with no annual value that compares"
      return item
    }
    let entry = pool.entries[b.entry]
    let f = pool.progress[entry.source].document.figures[b.figure]
    let actualComparator = compiled.comparator(ofQualifier: f.qualifier)
    // A converted actual (258亿斤 for a target in 吨) is written in the target's unit.
    let converted = f.canonicalUnit != t.canonicalUnit
    let actualText = CheckWords.written(value: b.value, upper: nil, unit: converted ? t.unit : f.unit, qualifier: f.qualifier)
    var verdict = Verdict.judge(
      target: t.value, upper: t.upper, comparator: t.comparator, percent: percent, ceilingMetric: ceilingMetric,
      actual: b.value, actualComparator: actualComparator, rules: compiled.check, targetText: targetText, actualText: actualText)
    if verdict.status == .notMet, let due = deadline?.interval?.end.year, let seen = evidenceYear, due > seen {
      verdict.status = .inProgress
      verdict.reason += "；期限\(deadline!.text)，尚未到期"
      verdict.reasonEn += "; due \(due), not yet"
    }
    let upper = f.upper.flatMap { Checker.converted($0, from: f.canonicalUnit, to: t.canonicalUnit, rules: compiled) }
    item.actual = CheckValue(value: b.value, upper: upper, unit: t.canonicalUnit, comparator: actualComparator, qualifier: f.qualifier,
      text: String(scalarValues: entry.text))
    item.status = verdict.status
    item.reason = verdict.reason
    item.reasonEn = verdict.reasonEn
    item.evidence = [pool.evidence(entry, figure: b.figure, score: b.score)]
    if let other = mentions.first(where: { $0.entry != b.entry }) {
      item.evidence.append(pool.evidence(pool.entries[other.entry], score: other.score))
    }
    return item
  }

  /// `value` in `from` converted to `to` (吨 to 斤, 千克 to 公斤) by the unit factors of the rules, nil when they do not
  /// compare (% and 个百分点 never do).
  static func converted(_ value: ExactDecimal, from: String, to: String, rules: CompiledRules = RuleSet.builtin.compiled) -> ExactDecimal? {
    if from == to { return value }
    let factors = rules.check.unitFactors
    guard let a = factors[from], let b = factors[to], a.base == b.base else { return nil }
    if a.factor == b.factor { return value }
    return ExactDecimal.quotient(Verdict.product(value, a.factor), b.factor)
  }

}

extension CompiledRules {
  /// The comparator a figure's qualifier gives it (超过 is floor, 不到 ceiling), nil for none.
  func comparator(ofQualifier q: String?) -> Comparator? {
    guard let q = q?.scalarValues else { return nil }
    return qualifiersBefore.value(of: q).flatMap { $0?.comparator } ?? qualifiersAfter.value(of: q)?.comparator
  }
}
