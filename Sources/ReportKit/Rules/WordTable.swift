/// A set of words (as scalar arrays) with a value each, matched longest-first at a text position.
///
/// Lookups run inside the extraction loop, so a 64 K-bit table of first (and last) scalars answers
/// "no word can start here" with one load before any dictionary is touched.
struct WordTable<Value: Sendable>: Sendable {
  struct Entry: Sendable {
    var word: Scalars
    var value: Value
  }
  private var byFirst: [UInt32: [Entry]] = [:]
  private var byLast: [UInt32: [Entry]] = [:]
  private var firstBits: [UInt64]
  private var lastBits: [UInt64]
  /// Length of the longest word.
  private(set) var maxLength = 0
  /// Number of words.
  private(set) var count = 0

  init() {
    firstBits = [UInt64](repeating: 0, count: 1024)
    lastBits = [UInt64](repeating: 0, count: 1024)
  }

  /// Makes a table from words and values; a later duplicate replaces an earlier one.
  init(_ pairs: [(String, Value)]) {
    self.init()
    for (w, v) in pairs { insert(w, v) }
  }

  mutating func insert(_ word: String, _ value: Value) {
    let w = word.scalarValues
    guard let f = w.first, let l = w.last else { return }
    if let k = byFirst[f]?.firstIndex(where: { $0.word == w }) {
      byFirst[f]![k].value = value
      if let m = byLast[l]?.firstIndex(where: { $0.word == w }) { byLast[l]![m].value = value }
      return
    }
    byFirst[f, default: []].append(Entry(word: w, value: value))
    byFirst[f]!.sort { $0.word.count > $1.word.count }
    byLast[l, default: []].append(Entry(word: w, value: value))
    byLast[l]!.sort { $0.word.count > $1.word.count }
    WordTable.setBit(&firstBits, f)
    WordTable.setBit(&lastBits, l)
    maxLength = max(maxLength, w.count)
    count += 1
  }

  private static func setBit(_ bits: inout [UInt64], _ c: UInt32) {
    let k = Int(c & 0xFFFF)
    bits[k >> 6] |= 1 << UInt64(k & 63)
  }

  @inline(__always) private static func test(_ bits: [UInt64], _ c: UInt32) -> Bool {
    let k = Int(c & 0xFFFF)
    return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
  }

  /// Whether some word starts with `c` (a cheap pre-test).
  @inline(__always) func mayStart(with c: UInt32) -> Bool { WordTable.test(firstBits, c) }

  /// The longest word starting at `i` and ending at or before `limit`.
  func longest(in s: Scalars, at i: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
    let end = limit ?? s.count
    guard i >= 0, i < end, WordTable.test(firstBits, s[i]), let list = byFirst[s[i]] else { return nil }
    for e in list where i + e.word.count <= end {
      var ok = true
      var k = 1
      while k < e.word.count {
        if s[i + k] != e.word[k] { ok = false; break }
        k += 1
      }
      if ok { return (e.word.count, e.value) }
    }
    return nil
  }

  /// The longest word ending just before `end` and starting at or after `floor`.
  func longest(in s: Scalars, endingAt end: Int, floor: Int = 0) -> (length: Int, value: Value)? {
    guard end > floor, end <= s.count, WordTable.test(lastBits, s[end - 1]), let list = byLast[s[end - 1]]
    else { return nil }
    for e in list where end - e.word.count >= floor {
      let start = end - e.word.count
      var ok = true
      var k = 0
      while k < e.word.count - 1 {
        if s[start + k] != e.word[k] { ok = false; break }
        k += 1
      }
      if ok { return (e.word.count, e.value) }
    }
    return nil
  }

  /// The first word found scanning `range` from its start, longest at each position.
  func first(in s: Scalars, from lower: Int, to upper: Int) -> (start: Int, length: Int, value: Value)? {
    var i = max(0, lower)
    while i < upper {
      if WordTable.test(firstBits, s[i]), let m = longest(in: s, at: i, limit: upper) { return (i, m.length, m.value) }
      i += 1
    }
    return nil
  }

  /// The word found nearest before `upper` (the one that starts last), within `lower..<upper`; a longer word
  /// starting earlier that covers it wins (努力争取 over 争取).
  func last(in s: Scalars, from lower: Int, to upper: Int) -> (start: Int, length: Int, value: Value)? {
    var i = upper - 1
    let lo = max(0, lower)
    while i >= lo {
      if WordTable.test(firstBits, s[i]), let m = longest(in: s, at: i, limit: upper) {
        var best = (start: i, length: m.length, value: m.value)
        var j = i - 1
        while j >= lo && j > i - maxLength {
          if WordTable.test(firstBits, s[j]), let w = longest(in: s, at: j, limit: upper), j + w.length >= best.start + best.length {
            best = (j, w.length, w.value)
          }
          j -= 1
        }
        return best
      }
      i -= 1
    }
    return nil
  }

  /// Whether a word of the table covers offset `i` (starts at or before it and ends after it).
  func covers(_ s: Scalars, _ i: Int) -> Bool {
    guard maxLength > 0 else { return false }
    var j = i
    let lo = max(0, i - maxLength + 1)
    while j >= lo {
      if WordTable.test(firstBits, s[j]), let m = longest(in: s, at: j), j + m.length > i { return true }
      j -= 1
    }
    return false
  }

  /// The value of exactly `word`, if present.
  func value(of word: Scalars) -> Value? {
    guard let f = word.first else { return nil }
    return byFirst[f]?.first(where: { $0.word == word })?.value
  }
}
