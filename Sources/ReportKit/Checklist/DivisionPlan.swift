/// A row of a 任务分工方案: a task in the plan's words and the units it names for it.
struct DivisionRow: Sendable {
  /// The row's words without its unit labels and its list marker.
  var text: String
  /// The same words, for matching.
  var words: Scalars
  /// The lead units (牵头单位), else the responsible ones (责任单位).
  var owners: [String]
  /// The row's line in the plan's text.
  var span: SourceSpan
}

/// Reads the rows of a 任务分工方案: each line that names units for a task.
///
/// Two layouts: a task with its labels (「1. 推进…。（牵头单位：市发改委；责任单位：各辖市区）」, or a bracket
/// 「（市信用办牵头，各相关部门按职责分工负责）」), read with the extractor's owner scanner; and a table whose header
/// row names the columns (序号 重点任务 牵头单位 责任单位 完成时限), each later row giving one cell per column.
struct DivisionPlanReader {
  let rules: CompiledRules

  /// The rows of `doc`, in text order.
  func rows(of doc: Document) -> [DivisionRow] {
    let s = doc.scalars
    let lines = Lines.ranges(in: s)
    if let table = DivisionTable(header: lines, in: s) { return table.rows(lines, in: s) }
    let scanner = OwnerScanner(rules: rules)
    var out: [DivisionRow] = []
    for line in lines {
      var mentions: [(mention: OwnerMention, end: Int)] = []
      var i = line.lowerBound
      while i < line.upperBound {
        if scanner.mayStart(s[i]), let (m, end) = scanner.mention(s, at: i) {
          mentions.append((m, min(end, line.upperBound)))
          i = max(end, i + 1)
        } else {
          i += 1
        }
      }
      guard !mentions.isEmpty else { continue }
      let words = DivisionPlanReader.words(s, line, removing: mentions.map { $0.mention.offset..<$0.end })
      guard words.contains(where: Scalar.isHan) else { continue }
      var lead: [String] = []
      var all: [String] = []
      for (m, end) in mentions {
        let units = leadUnits(m, end: end, in: s)
        for u in units where !lead.contains(u) { lead.append(u) }
        for u in m.units where !all.contains(u) { all.append(u) }
      }
      out.append(DivisionRow(
        text: String(scalarValues: words), words: words, owners: lead.isEmpty ? all : lead,
        span: SourceSpan(start: line.lowerBound, end: line.upperBound)))
    }
    return out
  }

  /// The units a mention names as leading: all of a 牵头单位/牵头部门 label's list; in a bracket, those of the
  /// parts ending with 牵头 (「（省发展改革委牵头，省财政厅等按职责分工负责）」 leads with 省发展改革委).
  private func leadUnits(_ m: OwnerMention, end: Int, in s: Scalars) -> [String] {
    let lead: [UInt32] = [0x7275, 0x5934]  // 牵头
    let c = s[m.offset]
    if c != 0xFF08 && c != 0x28 {
      guard let label = rules.ownerLabels.longest(in: s, at: m.offset) else { return [] }
      return DivisionPlanReader.find(lead, in: s[m.offset..<(m.offset + label.length)]) ? m.units : []
    }
    // The bracket's parts, split at ，；, each tested for a closing 牵头 (or 牵头负责).
    var parts: [ArraySlice<UInt32>] = []
    var a = m.offset + 1
    for k in (m.offset + 1)..<end {
      let x = s[k]
      if x == 0xFF0C || x == 0x2C || x == 0xFF1B || x == 0x3B || x == 0xFF09 || x == 0x29 {
        if k > a { parts.append(s[a..<k]) }
        a = k + 1
      }
    }
    if a < end { parts.append(s[a..<end]) }
    let leading = parts.filter { p in
      let t = String(scalarValues: p)
      return t.hasSuffix("牵头") || t.hasSuffix("牵头负责")
    }
    return m.units.filter { u in
      let w = u.scalarValues
      return leading.contains { DivisionPlanReader.find(w, in: $0) }
    }
  }

  /// The line's words without the mentions, the brackets and separators left around them, and the list marker.
  static func words(_ s: Scalars, _ line: Range<Int>, removing cuts: [Range<Int>]) -> Scalars {
    var pieces: [ArraySlice<UInt32>] = []
    var a = line.lowerBound
    for cut in cuts {
      if cut.lowerBound > a { pieces.append(s[a..<cut.lowerBound]) }
      a = max(a, cut.upperBound)
    }
    if a < line.upperBound { pieces.append(s[a..<line.upperBound]) }
    var out: Scalars = []
    for p in pieces {
      // What a label's bracket leaves: 「（」 before, 「；」 between, 「）」 after.
      var lo = p.startIndex
      var hi = p.endIndex
      while lo < hi, isLeftover(p[lo]) { lo += 1 }
      while hi > lo, isLeftover(p[hi - 1]) || p[hi - 1] == 0xFF08 || p[hi - 1] == 0x28 { hi -= 1 }
      out += p[lo..<hi]
    }
    if let m = MarkerReader.lineMarker(out, at: 0, end: out.count) { out.removeFirst(m.length) }
    return TaskWording.trimmed(out[...])
  }

  /// Blanks, ） ) ； ; ， , and ： left over beside a removed label.
  private static func isLeftover(_ c: UInt32) -> Bool {
    Scalar.isBlank(c) || c == 0xFF09 || c == 0x29 || c == 0xFF1B || c == 0x3B || c == 0xFF0C || c == 0x2C
      || c == 0xFF1A || c == 0x3A
  }

  static func find(_ word: [UInt32], in s: ArraySlice<UInt32>) -> Bool {
    guard !word.isEmpty, s.count >= word.count else { return false }
    var i = s.startIndex
    while i + word.count <= s.endIndex {
      if s[i..<(i + word.count)].elementsEqual(word) { return true }
      i += 1
    }
    return false
  }
}
