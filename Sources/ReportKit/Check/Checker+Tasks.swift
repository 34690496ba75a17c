extension Checker {
  /// A sentence must share this share of a task's distinct bigrams to be its evidence.
  static let taskOverlap = 0.5

  /// A task (or a goal with no goal word) judged by words: the progress sentence most like it, and what that
  /// sentence says was done (Rules: completionWords, partialWords, shortfallWords). A task so matched with none
  /// of these is in progress; a goal, whose words describe a state and not work, is unclear.
  func wordsItem(_ kind: CheckItemKind, text: String, node: NodeID?, headline: Bool, pool: EvidencePool) -> CheckItem {
    let query = text.scalarValues
    let queryTerms = TermSet.terms(of: query)
    var found: [(overlap: Double, entry: Int)] = []
    if queryTerms.count >= 3 {
      for hit in pool.index.search(query, limit: 5) {
        let terms = TermSet.terms(of: pool.entries[hit.passage].text)
        let overlap = TermSet.shared(queryTerms, terms) / Double(queryTerms.count)
        // A five-year review's sentence speaks of the task too, but the year's own account comes first.
        if overlap >= Checker.taskOverlap { found.append((pool.entries[hit.passage].multiYear ? overlap * 0.9 : overlap, hit.passage)) }
      }
    }
    found.sort { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : $0.entry < $1.entry }
    var item = CheckItem(
      kind: kind, targetId: nil, nodeId: node, headline: headline, metric: text,
      metricKey: String(scalarValues: rules.compiled.canonicalMetric(query)),
      target: CheckValue(value: nil, upper: nil, unit: "", comparator: nil, qualifier: nil, text: text),
      tolerance: nil, deadline: nil, ceilingInPractice: false, actual: nil, status: .notMentioned, evidence: [],
      reason: "「\(text)」：进展文件未提及", reasonEn: "\(text): not mentioned in the progress documents")
    guard let best = found.first else { return item }
    // The words are read in the clause that speaks of the task: 「实施全国统一大市场建设指引，出台新版…清单」 says
    // 出台 of the list, not of the market.
    let sentence = Checker.clause(of: pool.entries[best.entry].text, likest: queryTerms)
    let c = rules.compiled.check
    func said(_ w: (start: Int, length: Int, value: Bool)) -> String { "写明「\(String(scalarValues: sentence[w.start..<(w.start + w.length)]))」" }
    if let w = c.shortfall.first(in: sentence, from: 0, to: sentence.count) {
      (item.status, item.reason, item.reasonEn) = (.notMet, said(w), "says it fell short")
    } else if let w = c.partial.first(in: sentence, from: 0, to: sentence.count) {
      (item.status, item.reason, item.reasonEn) = (.partlyMet, said(w), "says it was partly done")
    } else if let w = c.completion.first(in: sentence, from: 0, to: sentence.count) {
      (item.status, item.reason, item.reasonEn) = (.met, said(w), "says it was done")
    } else if kind == .goal {
      (item.status, item.reason, item.reasonEn) = (.unclear, "提及，未写明结果", "mentioned, with no result stated")
    } else {
      (item.status, item.reason, item.reasonEn) = (.inProgress, "提及，未写明完成", "mentioned, not said to be done")
    }
    item.reason = "「\(text)」：" + item.reason
    item.reasonEn = "\(text): " + item.reasonEn
    item.evidence = found.prefix(2).map { pool.evidence(pool.entries[$0.entry], score: $0.overlap) }
    return item
  }

  /// The clause of `sentence` (between ，；。) that shares the most of `terms`; the first of equals.
  static func clause(of sentence: Scalars, likest terms: [UInt64]) -> Scalars {
    var best: Range<Int> = 0..<sentence.count
    var bestShared = -1.0
    var a = 0
    for i in 0...sentence.count {
      guard i == sentence.count || HeadlineGoals.endsClause(sentence[i]) else { continue }
      if i > a {
        let shared = TermSet.shared(terms, TermSet.terms(of: Array(sentence[a..<i])))
        if shared > bestShared { (best, bestShared) = (a..<i, shared) }
      }
      a = i + 1
    }
    return Array(sentence[best])
  }
}
