/// A 分别 list: 「高技术制造业、装备制造业增加值分别增长9.4%、9.2%」 names its subjects before 分别 and gives
/// their values after it, in the same order.
///
/// The subjects are split at 、 和 与 及; a word shared by all of them is written once, after the last
/// (装备制造业增加值 lends 增加值 to 高技术制造业) or shortened away from the first (城镇、农村居民人均可支配
/// 收入: 城镇 takes 居民人均可支配收入). The change word after 分别 (增长, 提高) joins each metric, as it does
/// for a single figure (国内生产总值增长).
struct RespectivelyList {
  /// The full metric of each subject, in order.
  var metrics: [Scalars]
  /// Where 分别 stands; values after it pair with the subjects.
  var start: Int
  /// The direction of the change word after 分别 (分别提高15、22个百分点: each value an increase).
  var direction: Change?

  /// The list whose 分别 stands in `a..<b` (a clause run of a sentence), nil when there is none or it names
  /// fewer than two subjects.
  static func find(in s: Scalars, from a: Int, to b: Int, rules: CompiledRules, trim: (Int, Int) -> (Int, Int)) -> RespectivelyList? {
    let at = s.withUnsafeBufferPointer { p in
      var i = a
      let end = min(b, p.count)
      while i + 1 < end {
        if p[i] == 0x5206 && p[i + 1] == 0x522B { return i }  // 分别
        i += 1
      }
      return -1
    }
    guard at > a else { return nil }
    // The subjects: back to the clause break (，；：) before 分别; 、 separates them.
    var start = at
    while start > a, !(s[start - 1] == 0xFF0C || s[start - 1] == 0xFF1A || s[start - 1] == 0xFF1B || s[start - 1] == 0x2C) {
      start -= 1
    }
    var items = split(s, start, at, by: { $0 == 0x3001 }, trim: trim)  // 、
    // Without 、, one 和 / 与 / 及 may join two subjects (城镇和农村居民…); each side must be a word of its own.
    if items.count < 2 {
      let two = split(s, start, at, by: { $0 == 0x548C || $0 == 0x4E0E || $0 == 0x53CA }, trim: trim)
      if two.count == 2, two.allSatisfy({ $0.count >= 2 }) { items = two }
    }
    // 城乡居民人均可支配收入分别增长4.2%、5.3%: one subject that names two (Rules: pairWords).
    if items.count == 1, let only = items.first, let p = RespectivelyList.pair(in: only, rules: rules) { items = p }
    guard items.count >= 2, items.allSatisfy({ $0.count <= 24 }) else { return nil }
    // The change word right after 分别 (增长, 提高, 下降), which each metric carries as one figure's would.
    var verb: Scalars = []
    var v = at + 2
    while v < b, v - (at + 2) < 4, Scalar.isHan(s[v]), !NumeralReader.mayStart(s[v]) { v += 1 }
    if let m = rules.changeWords.longest(in: s, at: at + 2, limit: v) { verb = Array(s[(at + 2)..<(at + 2 + m.length)]) }
    let direction = rules.changeDirections.longest(in: s, at: at + 2, limit: v).flatMap { m in
      // 分别提高到…: the word leads to levels, not changes.
      at + 2 + m.length < b && (s[at + 2 + m.length] == 0x5230 || s[at + 2 + m.length] == 0x81F3) ? nil : m.value
    }
    let heads = RespectivelyList.subjects(items, heads: rules.metricHeads)
    return RespectivelyList(metrics: heads.map { $0 + verb }, start: at, direction: direction)
  }

  /// The subjects a pair word stands for (城乡居民收入 → 城镇居民收入, 农村居民收入), where the subject starts
  /// with one, past a place word of at most three characters (全省城乡…).
  static func pair(in item: Scalars, rules: CompiledRules) -> [Scalars]? {
    for k in 0...min(3, item.count - 1) {
      if let m = rules.pairWords.longest(in: item, at: k), k + m.length < item.count, m.value.count >= 2 {
        let rest = Array(item[(k + m.length)...])
        return m.value.map { $0 + rest }
      }
    }
    return nil
  }

  /// The pieces of `a..<b` between separators outside brackets and quotes, each trimmed.
  private static func split(_ s: Scalars, _ a: Int, _ b: Int, by isSeparator: (UInt32) -> Bool, trim: (Int, Int) -> (Int, Int))
    -> [Scalars]
  {
    var items: [Scalars] = []
    var p = a
    var depth = 0
    var k = a
    while k <= b {
      let c: UInt32 = k < b ? s[k] : 0x3001
      if c == 0xFF08 || c == 0x28 || c == 0x201C { depth += 1 }
      if c == 0xFF09 || c == 0x29 || c == 0x201D { depth = max(0, depth - 1) }
      if depth == 0 && (k == b || isSeparator(c)) {
        let (x, y) = trim(p, k)
        if x < y { items.append(Array(s[x..<y])) }
        p = k + 1
      }
      k += 1
    }
    return items
  }

  /// Each item completed with the words the items share: the tail of the last item past the word the
  /// others end with, or, for a short first item that ends in no head word, the last item's words from its
  /// first head word on (Rules: metricHeads).
  static func subjects(_ items: [Scalars], heads: WordTable<Bool>) -> [Scalars] {
    guard let last = items.last, let first = items.first, let end = first.last else { return items }
    // 高技术制造业、装备制造业增加值: the last item continues past the word the others end with (业).
    if let cut = last.lastIndex(of: end), cut + 1 < last.count {
      let tail = Array(last[(cut + 1)...])
      return items.dropLast().map { $0 + tail } + [last]
    }
    // 城镇、农村居民人均可支配收入; 蔬菜、小浆果设施产量占比: the shared head starts at the last item's first
    // head word.
    if first.count <= 8, heads.longest(in: first, endingAt: first.count) == nil, let h = heads.first(in: last, from: 1, to: last.count) {
      let tail = Array(last[h.start...])
      return items.dropLast().map { heads.longest(in: $0, endingAt: $0.count) == nil ? $0 + tail : $0 } + [last]
    }
    return items
  }
}
