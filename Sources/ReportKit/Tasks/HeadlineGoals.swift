/// The clauses of a report's headline paragraph (`Document.headline`), and those among them that set a goal
/// without a number (居民收入增长和经济增长同步, 国际收支保持基本平衡): what diff and check compare beside the
/// headline's numbered targets.
enum HeadlineGoals {
  /// The clauses of `region`, split at ，；。！？ and line breaks, blanks trimmed, empty ones left out.
  static func clauses(of region: SourceSpan, in s: Scalars) -> [SourceSpan] {
    var out: [SourceSpan] = []
    var a = region.start
    for i in region.start...min(region.end, s.count) {
      guard i == region.end || i == s.count || endsClause(s[i]) else { continue }
      var lo = a, hi = i
      while lo < hi && Scalar.isBlank(s[lo]) { lo += 1 }
      while hi > lo && Scalar.isBlank(s[hi - 1]) { hi -= 1 }
      if hi > lo { out.append(SourceSpan(start: lo, end: hi)) }
      a = i + 1
    }
    return out
  }

  /// The headline clauses of `document` that set a goal without a number: no figure in them, four Han characters
  /// or more, at most 40 scalars, and no aside about the targets (Rules: headlineAsides, 更好结果…).
  static func unnumbered(in document: Document, rules: RuleSet) -> [SourceSpan] {
    guard let region = document.headline else { return [] }
    let s = document.scalars
    return clauses(of: region, in: s).filter { clause in
      let text = Array(s[clause.start..<clause.end])
      let han = text.reduce(0) { $0 + (Scalar.isHan($1) ? 1 : 0) }
      guard han >= 4, text.count <= 40 else { return false }
      guard !document.figures.contains(where: { clause.contains($0.span) }) else { return false }
      return rules.compiled.headlineAsides.first(in: text, from: 0, to: text.count) == nil
    }
  }

  /// ， ； 。 ！ ？ and the line break.
  static func endsClause(_ c: UInt32) -> Bool {
    c == 0xFF0C || c == 0xFF1B || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == Scalar.newline
  }
}
