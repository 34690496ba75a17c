/// Trims a task's words to its action: the lead clause, not the paragraph.
///
/// A heading up to `maxLength` characters is the task as it stands (坚定实施产业强市“一号战略”，奋力打好“五大关键战”);
/// a longer one gives its first clause, up to ，, skipping one framing clause that only says how or where
/// (结合我市总体布局，… ; 在…的基础上，…) when another follows. Clauses never end inside （…）, “…” or 《…》.
enum TaskWording {
  /// Headings up to this many characters stay whole.
  static let maxLength = 25

  /// Words that open a clause framing the action rather than naming it.
  static let framingOpeners = ["按照", "根据", "结合", "围绕", "依托", "对照", "立足", "基于", "面对", "借助", "通过", "针对"]

  /// The action of `words` (a heading or a lead sentence), its closing punctuation and blanks removed.
  static func lead(_ words: ArraySlice<UInt32>) -> String {
    let s = trimmed(words)
    guard s.count > maxLength else { return String(scalarValues: s) }
    let clauses = clauseRanges(s)
    guard clauses.count > 1 else { return String(scalarValues: s) }
    var k = 0
    if isFraming(s[clauses[0]]) { k = 1 }
    var r = clauses[k]
    // A clause of a few characters (加快，) says too little alone: take the next with it.
    if r.count < 4, k + 1 < clauses.count { r = r.lowerBound..<clauses[k + 1].upperBound }
    return String(scalarValues: trimmed(s[r]))
  }

  /// The first sentence of `words`: up to 。！？； outside brackets and quotes, or all of it.
  static func firstSentence(_ words: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
    var depth = 0
    for i in words.indices {
      let c = words[i]
      if opens(c) { depth += 1 } else if closes(c) { depth = max(0, depth - 1) }
      if depth == 0, c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0x0A {
        return words[words.startIndex...i]
      }
    }
    return words
  }

  /// Whether `words` hold a clause break (，) outside brackets and quotes.
  static func hasClauseBreak(_ words: ArraySlice<UInt32>) -> Bool { clauseRanges(Array(words)).count > 1 }

  // MARK: Helpers

  /// The clauses of `s`, split at ， (and ASCII ,) outside brackets and quotes; each range excludes its comma.
  private static func clauseRanges(_ s: [UInt32]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var depth = 0
    var start = 0
    for (i, c) in s.enumerated() {
      if opens(c) { depth += 1 } else if closes(c) { depth = max(0, depth - 1) }
      if depth == 0, c == 0xFF0C || c == 0x2C {
        if i > start { out.append(start..<i) }
        start = i + 1
      }
    }
    if start < s.count { out.append(start..<s.count) }
    return out
  }

  /// A clause opening with a framing word, or 在… ending in 上/下/中/时/后/前 (在…的基础上, 在…过程中).
  private static func isFraming(_ clause: ArraySlice<UInt32>) -> Bool {
    let text = String(scalarValues: clause)
    if framingOpeners.contains(where: { text.hasPrefix($0) }) { return true }
    guard clause.first == 0x5728, let last = clause.last else { return false }  // 在
    // 上 下 中 时 后 前
    return [0x4E0A, 0x4E0B, 0x4E2D, 0x65F6, 0x540E, 0x524D].contains(last)
  }

  /// `s` without blanks and punctuation at either end, except closing quotes and brackets that belong to it.
  static func trimmed(_ s: ArraySlice<UInt32>) -> [UInt32] {
    var a = s.startIndex
    var b = s.endIndex
    while a < b, Scalar.isBlank(s[a]) || isTrailing(s[a]) { a += 1 }
    while a < b, Scalar.isBlank(s[b - 1]) || isTrailing(s[b - 1]) { b -= 1 }
    return Array(s[a..<b])
  }

  /// 。，；：！？、 and their ASCII forms: punctuation that never ends a task's words.
  private static func isTrailing(_ c: UInt32) -> Bool {
    switch c {
    case 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x3001, 0x2C, 0x3B, 0x3A, 0x2E, 0x0A: return true
    default: return false
    }
  }

  /// （ ( “ 《 【 ‘
  @inline(__always) static func opens(_ c: UInt32) -> Bool {
    c == 0xFF08 || c == 0x28 || c == 0x201C || c == 0x300A || c == 0x3010 || c == 0x2018
  }

  /// ） ) ” 》 】 ’
  @inline(__always) static func closes(_ c: UInt32) -> Bool {
    c == 0xFF09 || c == 0x29 || c == 0x201D || c == 0x300B || c == 0x3011 || c == 0x2019
  }
}
