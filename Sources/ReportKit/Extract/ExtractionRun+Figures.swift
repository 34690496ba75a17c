extension ExtractionRun {
  /// Figures and targets from the hits, sentence by sentence: metric, role, change, estimate and base of
  /// each figure; comparator, hedge, deadline and owners of each target.
  mutating func buildFigures() {
    // The helpers that only read are called on this copy, taken once before anything is appended to the
    // output (so it shares no buffer that grows): called on `self`, inout here, each call first copied the
    // run's 288 bytes (seven copies a figure, 1 % of a run).
    let run = self
    let finder = MetricFinder(rules: rules)
    var cachedFacts: SentenceFacts?
    var sentenceDeadlines: [Int] = []  // indices into deadlineHits for the current sentence
    var deadlineCursor = 0
    var baseCursor = 0
    // Carry-over within a sentence: the last figure's metric and unit, and the last target.
    // Each kept in a variable of its own: reading one field of an optional tuple copied all of them.
    var lastUnit: String?  // nil before the sentence's first figure
    var lastMetric: Scalars?
    var lastTargetMetric: Scalars?  // nil before the sentence's first target
    var lastTargetKey: Scalars = []
    var lastTargetKeyName = ""
    var lastTargetName = ""
    var lastTargetHedge: String?
    var lastBaseline: (sentence: SourceSpan, metric: Scalars?)?
    // A value restated later is one target: the first target of each key.
    var seenTargets: [TargetKey: Int] = [:]
    var spans: [SourceSpan] = []  // the sentence's deadline phrases
    var bases: [SourceSpan] = []  // the sentence's comparison bases
    var lineStart = 0
    var respectively: RespectivelyList?
    var respectivelyCount = 0
    var estimateEnd: Int?  // where the sentence's first estimate word (预计) ends: figures after it are estimates
    figures.reserveCapacity(figureHits.count)
    // About a quarter of the figures are targets (4,053 of 15,624 over the 84 reports).
    targets.reserveCapacity(figureHits.count / 3)
    // Every target is a figure: reserving for all of them spares the rehashing of growth steps.
    seenTargets.reserveCapacity(figureHits.count)

    var sentenceCursor = 0  // the hits come in text order
    var nodes = NodeCursor()
    for k in figureHits.indices {
      let hit = figureHits[k]
      let sentence = index.sentence(containing: hit.span.start, cursor: &sentenceCursor)
      let nodeAt = hasOutline ? nodes.index(containing: hit.span.start, in: outline) : nil
      // Only the node's id and role: copying the whole node (its text, children, owners) costs per figure.
      let nodeId = nodeAt.map { outline.nodes[$0].id }
      let nodeRole = nodeAt.map { outline.nodes[$0].role }
      if cachedFacts?.span != sentence {
        cachedFacts = facts(sentence)
        (lastUnit, lastMetric) = (nil, nil)
        (lastTargetMetric, lastTargetHedge) = (nil, nil)
        // Deadlines from the list head to the sentence end.
        let head = cachedFacts!.headStart
        while deadlineCursor < deadlineHits.count && deadlineHits[deadlineCursor].span.end <= head { deadlineCursor += 1 }
        sentenceDeadlines = []
        var d = deadlineCursor
        while d < deadlineHits.count && deadlineHits[d].span.start < sentence.end {
          sentenceDeadlines.append(d)
          d += 1
        }
        spans = sentenceDeadlines.map { deadlineHits[$0].span }.filter { $0.start >= sentence.start }
        // The comparison bases of the sentence, cut out of metrics with their 比 (比上年增长 → 增长).
        while baseCursor < baseHits.count && baseHits[baseCursor].span.end <= sentence.start { baseCursor += 1 }
        bases = []
        var b = baseCursor
        while b < baseHits.count && baseHits[b].span.start < sentence.end {
          let sp = baseHits[b].span
          bases.append(SourceSpan(start: max(sentence.start, sp.start - 1), end: sp.end))
          b += 1
        }
        lineStart = cachedFacts!.lineStart
        // The sentence pass of `facts` said whether 分别 stands here and where an estimate word may start.
        respectively = !cachedFacts!.hasRespectively ? nil : RespectivelyList.find(
          in: s, from: sentence.start, to: sentence.end, rules: rules, trim: { finder.trimmed(self.s, $0, $1) })
        respectivelyCount = 0
        estimateEnd = cachedFacts!.estimateFrom.flatMap { rules.estimateWords.firstEnd(in: s, from: $0, to: sentence.end) }
      }
      let f = cachedFacts!
      let clauseStart = index.clauseStart(before: hit.leftEdge, floor: sentence.start)
      let clauseEnd = index.clauseEnd(after: hit.resume, ceiling: sentence.end)
      var metric: Scalars?
      var inList = false
      if let r = respectively, hit.span.start > r.start {
        // 分别: the k-th value after it measures the k-th subject (baselines and new values alike).
        metric = r.metrics[respectivelyCount % r.metrics.count]
        respectivelyCount += 1
        inList = true
      } else {
        metric = finder.metric(s, hit: hit, clauseStart: clauseStart, clauseEnd: clauseEnd, deadlines: spans, bases: bases)
        if metric == nil, let unit = lastUnit, unit == hit.unit { metric = lastMetric }
        // 国内生产总值超过126万亿元，增长5.2%: a bare change word continues the previous figure's metric.
        if let m = metric, let base = lastMetric, run.isChangeWord(m), !base.ends(with: m) { metric = base + m }
        // 高新技术企业达1200家，营业收入增长12%: a component named right after a count of holders is theirs
        // (高新技术企业营业收入增长). Statistics name an industry's components without its 企业: 规模以上工业企业达
        // 7.6万家、增加值增长3% → 规模以上工业增加值增长.
        if let m = metric, let base = lastMetric, k > 0, clauseStart <= figureHits[k - 1].resume + 1,
          rules.componentNouns.longest(in: m, at: 0) != nil,
          let holder = rules.holderNouns.longest(in: base, endingAt: base.count), base.count - holder.length >= 2
        {
          let owner = Array(base.prefix(base.count - holder.length))
          let industry = owner.count >= 2 && owner[owner.count - 2] == 0x5DE5 && owner[owner.count - 1] == 0x4E1A  // 工业
          metric = (industry ? owner : base) + m
        }
      }
      metric = metric.map { run.removingNoise(ExtractionRun.withoutRespectively($0)) }.flatMap { m in
        m.count < 2 || rules.genericMetrics.value(of: m) != nil ? nil : m  // 迈上新台阶: no metric
      }
      (lastMetric, lastUnit) = (metric, hit.unit)
      let estimate = estimateEnd.map { $0 <= hit.leftEdge } ?? false
      var role = run.role(hit, facts: f, part: nodeRole, deadlines: sentenceDeadlines, estimate: estimate)
      // 由每人每年240元提高到280元: 240元 is where the metric starts, so it is the current value, no target;
      // the value it moves to names the same metric.
      let currentNoun = inList ? nil : run.currentValueNoun(hit, clauseStart: clauseStart, clauseEnd: clauseEnd)
      let baseline = inList ? run.isListBaseline(hit, list: respectively!, sentence: sentence)
        : currentNoun != nil || run.isBaseline(hit, clauseStart: clauseStart, clauseEnd: clauseEnd)
      var carried = metric
      if baseline {
        if role == .target { role = .actual }
        // 制造业等行业现行16%的税率: the value measures 制造业等行业现行税率, the one it moves to 制造业等行业税率.
        if let noun = currentNoun {
          var head = metric ?? []
          metric = head + noun
          if let w = rules.currentWords.longest(in: head, endingAt: head.count) { head.removeLast(w.length) }
          carried = head + noun
        }
      } else if !inList, let b = lastBaseline, b.sentence == sentence,
        metric == nil || metric.map(run.isChangeWord) == true || (metric.map { m in b.metric.map { $0.ends(with: m) } ?? false } ?? false)
      {
        metric = b.metric
      }
      lastBaseline = baseline ? (sentence, carried) : nil
      if role == .target && run.isNoTarget(hit, finder: finder, clauseEnd: clauseEnd, sentence: sentence) { role = .other }
      let metricName = metric.map { String(scalarValues: $0) }
      let metricKeyScalars = metric.map { run.matchKey($0) }
      // Most metrics are their own key: their name is reused rather than built twice.
      let metricKey = metricKeyScalars.map { $0 == metric! ? metricName! : String(scalarValues: $0) }
      let change = baseline ? nil : (run.change(hit) ?? (inList ? respectively?.direction : nil))
      let id = FigureID(k + 1)
      // The memberwise initialiser (every field given, in order): see `Figure`'s extension.
      let figure = Figure(
        id: id, text: index.string(hit.span), value: hit.value, upper: hit.upper, unit: hit.writtenUnit,
        canonicalUnit: hit.unit, qualifier: hit.qualifier?.word, kind: hit.kind, metric: metricName, metricKey: metricKey,
        role: role, change: change, estimate: estimate, base: run.base(of: hit, clauseStart: clauseStart), nodeId: nodeId,
        span: hit.span, sentence: sentence)
      figures.append(consume figure)

      guard role == .target else { continue }
      // Targets: a metric, carried over from the sentence's last target when the clause names none.
      guard let targetMetric = metric ?? lastTargetMetric else { continue }
      let targetName = metric == nil ? lastTargetName : metricName!
      let targetKey = metric == nil ? (lastTargetKey, lastTargetKeyName) : (metricKeyScalars!, metricKey!)
      // A hedge governs its own sentence from where it stands, and a list it introduces (力争…：A；B); never
      // a clause before it, nor an item after a 「；」.
      let hedgeHit = rules.hedges.last(in: s, from: sentence.start, to: hit.leftEdge)
        ?? (f.headStart < sentence.start && f.leadInEnd > f.headStart ? rules.hedges.last(in: s, from: f.headStart, to: f.leadInEnd) : nil)
      let hedge = hedgeHit?.value ?? lastTargetHedge
      let next = k + 1 < figureHits.count && figureHits[k + 1].span.start < sentence.end ? figureHits[k + 1].span.start : nil
      let deadline = targetDeadline(hit, sentence: sentence, candidates: sentenceDeadlines, nextFigure: next, nodeAt: nodeAt)
      // Owners named in the target's own paragraph, else those of its node (inherited from above).
      let nodeOwners = nodeAt.map { outline.owners(ofNodeAt: $0) } ?? []
      let owners = paragraphOwners.isEmpty ? nodeOwners : (paragraphOwners[lineStart] ?? nodeOwners)
      let comparator = run.comparator(hit, clauseStart: clauseStart)
      // A value restated later (经济增长预期目标为5%左右 after 国内生产总值增长5%左右) is one target, when the
      // restatement carries no deadline of its own, or the same one.
      let key = TargetKey(
        metric: targetKey.0, value: hit.value, upper: hit.upper, unit: hit.unit, comparator: comparator)
      if let first = seenTargets[key] {
        let other = targets[first].deadlineId.map { deadlineHits[$0.number - 1].interval }
        let mine = deadline.map { deadlineHits[$0.id.number - 1].interval }
        if mine == nil || other == mine {
          (lastTargetMetric, lastTargetKey, lastTargetKeyName) = (targetMetric, targetKey.0, targetKey.1)
          (lastTargetName, lastTargetHedge) = (targetName, hedge)
          continue
        }
      } else {
        seenTargets[key] = targets.count
      }
      targets.append(
        Target(
          id: TargetID(targets.count + 1), metric: targetName, metricKey: targetKey.1,
          comparator: comparator, value: hit.value, upper: hit.upper, unit: hit.writtenUnit, canonicalUnit: hit.unit,
          change: change, hedge: hedge, deadlineId: deadline?.id, deadlineInherited: deadline?.inherited ?? false,
          figureId: id, headline: false, nodeId: nodeId, owners: owners, span: hit.span, sentence: sentence))
      (lastTargetMetric, lastTargetKey, lastTargetKeyName) = (targetMetric, targetKey.0, targetKey.1)
      (lastTargetName, lastTargetHedge) = (targetName, hedge)
    }
  }

  /// What identifies a target: metric key, value, unit and comparator.
  ///
  /// Hashed over raw bytes: the synthesized hash fed the metric to the hasher scalar by scalar and ran the
  /// unit through String's canonical-equivalence hashing, a third of a microsecond per target. Units are
  /// compared byte for byte to match (they are the rules' canonical spellings, so equal units are equal bytes).
  struct TargetKey: Hashable {
    var metric: Scalars
    var value: ExactDecimal
    var upper: ExactDecimal?
    var unit: String
    var comparator: Comparator

    func hash(into h: inout Hasher) {
      // One word folded by hand (FNV-1a over the scalars and fields), then one combine: the hasher's rounds
      // over every byte cost more than the rest of a target.
      var x: UInt64 = 0xCBF2_9CE4_8422_2325
      @inline(__always) func mix(_ v: UInt64) { x = (x ^ v) &* 0x100_0000_01B3 }
      for c in metric { mix(UInt64(c)) }
      mix(UInt64(bitPattern: value.significand))
      mix(UInt64(bitPattern: Int64(value.exponent)))
      if let u = upper {
        mix(UInt64(bitPattern: u.significand))
        mix(UInt64(bitPattern: Int64(u.exponent)))
      } else {
        mix(0x5A5A)
      }
      for b in unit.utf8 { mix(UInt64(b)) }
      h.combine(x)
      h.combine(comparator)
    }

    static func == (a: TargetKey, b: TargetKey) -> Bool {
      a.metric == b.metric && a.value == b.value && a.upper == b.upper && a.comparator == b.comparator
        && a.unit.utf8.elementsEqual(b.unit.utf8)
    }
  }

  /// The metric without a 分别 left inside it (A、B增加值分别增长 → A、B增加值增长).
  static func withoutRespectively(_ m: Scalars) -> Scalars {
    guard m.count >= 2, m.contains(0x5206) else { return m }  // no 分: nothing to take out, nothing to copy
    var out = Scalars()
    out.reserveCapacity(m.count)
    var i = 0
    while i < m.count {
      if i + 1 < m.count, m[i] == 0x5206, m[i + 1] == 0x522B {  // 分别
        i += 2
        continue
      }
      out.append(m[i])
      i += 1
    }
    return out
  }

  /// The metric without the rules' noise words (按可比口径).
  func removingNoise(_ m: Scalars) -> Scalars {
    // Most metrics hold no noise word: they are returned as they are, with no copy.
    let noise = rules.metricNoise
    guard m.indices.contains(where: { noise.longest(in: m, at: $0) != nil }) else { return m }
    var out = Scalars()
    out.reserveCapacity(m.count)
    var i = 0
    while i < m.count {
      if let w = noise.longest(in: m, at: i) {
        i += w.length
        continue
      }
      out.append(m[i])
      i += 1
    }
    return out
  }

  /// The key a metric is matched by across reports: synonyms folded, and a 再 before the final change word
  /// dropped (标准再提高 and 标准提高 are one metric; 再 says "once more", which the change already carries).
  func matchKey(_ m: Scalars) -> Scalars {
    var out = rules.canonicalMetric(m)
    if let w = rules.changeWords.longest(in: out, endingAt: out.count), out.count > w.length,
      out[out.count - w.length - 1] == 0x518D  // 再
    {
      out.remove(at: out.count - w.length - 1)
    }
    return out
  }

  /// Whether `hit` is the starting value of a change: 从/由 before it in its clause, 提高到/降至… right after (a value
  /// in force now, 现行16%的税率降至13%, is found by `currentValueNoun`).
  func isBaseline(_ hit: FigureHit, clauseStart: Int, clauseEnd: Int) -> Bool {
    guard hit.resume < clauseEnd, rules.baselineWords.longest(in: s, at: hit.resume, limit: clauseEnd) != nil else { return false }
    var i = hit.leftEdge - 1
    while i >= clauseStart && hit.leftEdge - i <= 8 {
      if s[i] == 0x4ECE || s[i] == 0x7531 { return true }  // 从 由
      i -= 1
    }
    return false
  }

  /// The noun of a value in force now: 税率 in 「现行16%的税率降至13%」 (a current word right before the value, 的 and
  /// at most six characters of noun after it, then a baseline word); nil otherwise.
  func currentValueNoun(_ hit: FigureHit, clauseStart: Int, clauseEnd: Int) -> Scalars? {
    guard hit.leftEdge > clauseStart, rules.currentWords.longest(in: s, endingAt: hit.leftEdge, floor: clauseStart) != nil,
      hit.resume + 1 < clauseEnd, s[hit.resume] == 0x7684  // 的
    else { return nil }
    var j = hit.resume + 1
    while j < clauseEnd && j - hit.resume <= 7 && Scalar.isHan(s[j]) {
      if rules.baselineWords.longest(in: s, at: j, limit: clauseEnd) != nil {
        return j > hit.resume + 1 ? Array(s[(hit.resume + 1)..<j]) : nil
      }
      j += 1
    }
    return nil
  }

  /// In 「分别从202元、270元提高到209元、280元」 the values between 分别从 and the change word are baselines.
  private func isListBaseline(_ hit: FigureHit, list: RespectivelyList, sentence: SourceSpan) -> Bool {
    let after = list.start + 2
    guard after < sentence.end, s[after] == 0x4ECE || s[after] == 0x7531 else { return false }  // 从 由
    var i = hit.resume
    while i < sentence.end {
      if rules.baselineWords.longest(in: s, at: i, limit: sentence.end) != nil { return true }
      if Scalar.endsSentence(s[i]) || s[i] == 0xFF0C { return false }
      i += 1
    }
    return false
  }

  /// Whether the whole metric is one change word (增长, 下降…).
  func isChangeWord(_ s: Scalars) -> Bool {
    guard let m = rules.changeWords.longest(in: s, at: 0) else { return false }
    return m.length == s.count
  }

  /// The direction of a value that is a change: a change word right before it, past fillers (再提高20元,
  /// 增长了5%, 分别下降3%); none when the word leads to a level (提高到280元).
  func change(_ hit: FigureHit) -> Change? {
    var p = hit.leftEdge
    let floor = max(0, p - 8)
    while let m = rules.changeFillers.longest(in: s, endingAt: p, floor: floor) { p -= m.length }
    return rules.changeDirections.longest(in: s, endingAt: p, floor: floor)?.value
  }

  /// What a figure is compared with: the nearest 比上年 / 比2020年 / 比年初 before it in its clause.
  private func base(of hit: FigureHit, clauseStart: Int) -> FigureBase? {
    var lo = 0
    var hi = baseHits.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if baseHits[mid].span.end <= hit.leftEdge { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return nil }
    let b = baseHits[lo - 1]
    guard b.span.start >= clauseStart else { return nil }
    var interval = b.interval
    // 比年初: the balance on the first day of the year.
    if let iv = interval, b.span.end - b.span.start == 2, s[b.span.start] == 0x5E74, s[b.span.start + 1] == 0x521D {
      interval = DayInterval(start: iv.start, end: iv.start)
    }
    return FigureBase(text: index.string(b.span), interval: interval)
  }

  /// Values in plan wording that set no target: counts of the plan's own items (提出3项指标, 实施28项工程),
  /// populations in rhetoric (汇聚8500万江苏人民的力量), and thresholds of a definition (规模以上工业企业
  /// （年主营业务收入2000万元及以上）).
  private func isNoTarget(_ hit: FigureHit, finder: MetricFinder, clauseEnd: Int, sentence: SourceSpan) -> Bool {
    if hit.kind == .count {
      // The words right after the count (20项主要指标): a plan item noun ends within six characters.
      var k = hit.resume
      while k < clauseEnd && k - hit.resume < 6 && Scalar.isHan(s[k]) {
        k += 1
        if let m = rules.planItemNouns.longest(in: s, endingAt: k, floor: hit.resume), m.length >= 2 { return true }
      }
    }
    // 汇聚8500万江苏人民的力量: a population in rhetoric (a count, or a bare magnitude).
    if hit.kind == .count || hit.kind == .other, let noun = finder.following(s, from: hit.resume, to: clauseEnd),
      rules.rhetoricNouns.first(in: noun, from: 0, to: noun.count) != nil
    {
      return true
    }
    if let q = hit.after?.word, q.hasPrefix("及") { return true }
    // 60岁以上人口, 规模以上, 500万元以上项目: a class of things, its bound no target.
    if let end = hit.afterEnd, hit.after?.comparator != .about, end < s.count, Scalar.isHan(s[end]),
      rules.metricStops.longest(in: s, at: end) == nil, rules.changeWords.longest(in: s, at: end) == nil,
      rules.hedges.longest(in: s, at: end) == nil
    {
      return true
    }
    // Inside （…） with 以上/以下: a definition's threshold.
    if let q = hit.after?.comparator, q != .about {
      var i = hit.leftEdge - 1
      while i >= sentence.start {
        if s[i] == 0xFF09 || s[i] == 0x29 { return false }
        if s[i] == 0xFF08 || s[i] == 0x28 { return true }
        i -= 1
      }
    }
    return false
  }

  /// The target's comparator: a range, then the qualifier after the value, the one before it, 多/余, and
  /// last a comparator word earlier in the clause (控制在); reach when nothing says otherwise.
  func comparator(_ hit: FigureHit, clauseStart: Int) -> Comparator {
    if hit.upper != nil { return .range }
    if let q = hit.after { return q.comparator }
    if let q = hit.before { return q.comparator }
    if let q = hit.inner { return q.comparator }
    if let w = rules.comparatorWords.last(in: s, from: clauseStart, to: hit.leftEdge) { return w.value }
    return .reach
  }
}
