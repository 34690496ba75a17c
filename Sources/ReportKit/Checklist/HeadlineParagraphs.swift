/// Finds the headline targets of a report: those of its 主要预期目标 paragraph
/// (「今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右…」).
///
/// The paragraph is the first line of a plan part that names 主要预期目标 (else 预期目标) and holds a target; when
/// that line only announces them (「主要预期目标是：」), the lines right after it that hold targets are the list.
/// 主要 goes first because a new plan period's goals come before the year's (2021: 「“十四五”时期…年度视情提出经济增长
/// 预期目标…城镇调查失业率控制在5.5%以内」, then 「今年发展主要预期目标是：…」).
enum HeadlineParagraphs {
  /// Lines listed after an announcing line, at most.
  static let maxListLines = 20

  /// The line ranges of the headline paragraph(s) of `doc`, empty when it has none.
  static func paragraphs(of doc: Document, lines: [Range<Int>]) -> [Range<Int>] {
    let main: [UInt32] = [0x4E3B, 0x8981, 0x9884, 0x671F, 0x76EE, 0x6807]  // 主要预期目标
    for word in [main, Array(main.dropFirst(2))] {
      let found = paragraphs(of: doc, lines: lines, naming: word)
      if !found.isEmpty { return found }
    }
    return []
  }

  private static func paragraphs(of doc: Document, lines: [Range<Int>], naming word: [UInt32]) -> [Range<Int>] {
    var targetStarts = doc.targets.map(\.span.start)
    targetStarts.sort()
    func holdsTarget(_ r: Range<Int>) -> Bool {
      var lo = 0
      var hi = targetStarts.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if targetStarts[mid] < r.lowerBound { lo = mid + 1 } else { hi = mid }
      }
      return lo < targetStarts.count && targetStarts[lo] < r.upperBound
    }
    for (k, line) in lines.enumerated() where doc.outline.role(at: line.lowerBound) == .plan {
      guard contains(doc.scalars[line], word) else { continue }
      if holdsTarget(line) { return [line] }
      // An announcing line ends with ：; its list follows, one target (or a few) per line.
      guard let last = doc.scalars[line].last, last == 0xFF1A || last == 0x3A else { continue }
      var list: [Range<Int>] = []
      for next in lines[(k + 1)...].prefix(maxListLines) {
        guard holdsTarget(next) else { break }
        list.append(next)
      }
      if !list.isEmpty { return list }
    }
    return []
  }

  private static func contains(_ s: ArraySlice<UInt32>, _ word: [UInt32]) -> Bool {
    guard s.count >= word.count else { return false }
    var i = s.startIndex
    while i + word.count <= s.endIndex {
      if s[i] == word[0] && s[i..<(i + word.count)].elementsEqual(word) { return true }
      i += 1
    }
    return false
  }
}
