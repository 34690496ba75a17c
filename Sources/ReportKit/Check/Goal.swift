/// A headline goal without a number, read as what it asks of which metrics (Rules: goalWords, goalFillers):
/// 「进出口稳量提质」 asks 进出口 to rise; 「国际收支保持基本平衡」 asks 国际收支 to be 平衡; 「单位国内生产总值能耗和
/// 主要污染物排放量继续下降」 asks both to fall; 「居民收入增长和经济增长同步」 asks 居民收入增长 to keep up with
/// 经济增长.
struct Goal: Equatable {
  /// What a goal word asks.
  enum Ask: String, Sendable {
    /// A growth above zero.
    case rise
    /// A decline.
    case fall
    /// The review says the same state of it (平衡, 改善).
    case state
    /// Its growth keeps up with the partner's.
    case alongside
  }

  /// What is asked.
  var ask: Ask
  /// The goal word as written (提质, 平衡, 同步).
  var word: Scalars
  /// The metrics it asks it of; for `alongside`, the one that must keep up.
  var metrics: [Scalars]
  /// For `alongside`, the metric to keep up with (经济增长).
  var partner: Scalars?

  /// The goal of a clause, nil when no goal word ends it or no metric stands before the word.
  init?(_ clause: Scalars, rules: CompiledRules) {
    let c = rules.check
    // The goal word nearest the end: the clause's predicate.
    var found: (start: Int, length: Int, ask: Ask)?
    var i = clause.count - 1
    while i > 0 && found == nil {
      if let m = c.goalWords.longest(in: clause, at: i) { found = (i, m.length, m.value) }
      i -= 1
    }
    guard let (start, length, ask) = found else { return nil }
    var end = start
    while let f = c.goalFillers.longest(in: clause, endingAt: end), f.length < end { end -= f.length }
    let head = Array(clause[0..<end])
    guard head.count >= 2 else { return nil }
    self.ask = ask
    word = Array(clause[start..<(start + length)])
    if ask == .alongside {
      // 居民收入增长和经济增长: the last 和/与/同 parts the two.
      guard let cut = head.lastIndex(where: { Goal.joiners.contains($0) }), cut >= 2, cut < head.count - 2 else { return nil }
      metrics = [Array(head[0..<cut])]
      partner = Array(head[(cut + 1)...])
    } else {
      // 单位国内生产总值能耗和主要污染物排放量: each of the joined metrics.
      metrics = head.split(whereSeparator: { Goal.joiners.contains($0) || $0 == 0x3001 }).map(Array.init).filter { $0.count >= 2 }
      partner = nil
      if metrics.isEmpty { return nil }
    }
  }

  /// 和 与 同 及: words that join two metrics.
  static let joiners: Set<UInt32> = [0x548C, 0x4E0E, 0x540C, 0x53CA]
}
