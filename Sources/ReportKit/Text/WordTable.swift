/// A set of words (as scalar arrays) with a value each, matched longest-first at a text position.
///
/// Lookups run inside the extraction loop, so the layout avoids reference counting and hashing:
/// a bit table of first (and last) scalars answers "no word can start here" with one load; then a
/// small open-addressing table maps the scalar to a run of candidate words, longest first, all stored
/// in flat arrays of plain integers. The arrays live in one immutable object, so passing a table around
/// costs one reference count, not one per array.
// @unchecked: the pointers below read buffers that are written once in `init` and never again.
struct WordTable<Value: Sendable>: @unchecked Sendable {
  /// Owns the table's buffers, which never change after `init`; freed with the last copy of the table.
  private final class Storage: @unchecked Sendable {
    let chars: Frozen<UInt32>
    let starts: Frozen<Int32>
    let lengths: Frozen<Int32>
    let firstBits: Frozen<UInt64>
    let lastBits: Frozen<UInt64>
    let byFirst: Groups.Buffers
    let byLast: Groups.Buffers
    let values: [Value]

    init(
      chars: [UInt32], starts: [Int32], lengths: [Int32], firstBits: [UInt64], lastBits: [UInt64], byFirst: Groups.Buffers,
      byLast: Groups.Buffers, values: [Value]
    ) {
      self.values = values
      self.chars = Frozen(chars)
      self.starts = Frozen(starts)
      self.lengths = Frozen(lengths)
      self.firstBits = Frozen(firstBits)
      self.lastBits = Frozen(lastBits)
      self.byFirst = byFirst
      self.byLast = byLast
    }
  }

  // The table reads its buffers through plain pointers held beside their owner: a lookup in the extraction
  // loop then costs loads and compares, with no reference counting and no bounds checks (every index is
  // made by `init` and stays inside its buffer).
  private let storage: Storage
  /// The words' values, read only on a match.
  private var values: [Value] { storage.values }
  /// Every word's scalars, concatenated.
  private let chars: UnsafePointer<UInt32>
  /// Where each word starts in `chars`, and its length.
  private let starts: UnsafePointer<Int32>
  private let lengths: UnsafePointer<Int32>
  /// Bit tables of first and last scalars (folded by `bitMask`).
  private let firstBits: UnsafePointer<UInt64>
  private let lastBits: UnsafePointer<UInt64>
  /// The bits of a scalar that index the bit tables.
  private let bitMask: UInt32
  /// Word indices grouped by first scalar (and by last scalar), each group longest first.
  private let byFirst: Groups
  private let byLast: Groups
  /// Length of the longest word.
  let maxLength: Int
  /// Number of words.
  var count: Int { values.count }

  /// Word indices grouped by a key scalar, found through an open-addressing table.
  fileprivate struct Groups: @unchecked Sendable {
    /// The arrays of a group table, owned by the table's storage.
    final class Buffers: @unchecked Sendable {
      let keys: Frozen<UInt32>
      let ranges: Frozen<Int64>  // start << 32 | count, into `members`
      let members: Frozen<Int32>
      let mask: Int

      init(_ pairs: [(key: UInt32, word: Int32, length: Int32)]) {
        // Group by key, longest word first (ties by insertion order, so lookups are deterministic).
        let sorted = pairs.enumerated().sorted {
          ($0.element.key, -$0.element.length, $0.offset) < ($1.element.key, -$1.element.length, $1.offset)
        }.map(\.element)
        var members: [Int32] = []
        var groupKeys: [UInt32] = []
        var groupRanges: [Int64] = []
        for p in sorted {
          if groupKeys.last != p.key {
            groupKeys.append(p.key)
            groupRanges.append(Int64(members.count) << 32)
          }
          members.append(p.word)
          groupRanges[groupRanges.count - 1] += 1
        }
        var size = 4
        while size < groupKeys.count * 2 { size <<= 1 }
        let mask = size - 1
        var keys = [UInt32](repeating: UInt32.max, count: size)
        var ranges = [Int64](repeating: 0, count: size)
        for (k, key) in groupKeys.enumerated() {
          var h = Groups.hash(key) & mask
          while keys[h] != UInt32.max { h = (h + 1) & mask }
          keys[h] = key
          ranges[h] = groupRanges[k]
        }
        self.keys = Frozen(keys)
        self.ranges = Frozen(ranges)
        self.members = Frozen(members)
        self.mask = mask
      }
    }

    let keys: UnsafePointer<UInt32>
    let ranges: UnsafePointer<Int64>
    let members: UnsafePointer<Int32>
    let mask: Int

    init(_ b: Buffers) {
      keys = b.keys.base
      ranges = b.ranges.base
      members = b.members.base
      mask = b.mask
    }

    @inline(__always) static func hash(_ c: UInt32) -> Int { Int((c &* 0x9E37_79B1) >> 7) }

    /// The run of `members` for `key`, as (start, count).
    @inline(__always) func find(_ key: UInt32) -> (Int, Int)? {
      var h = Groups.hash(key) & mask
      while true {
        let k = keys[h]
        if k == key {
          let r = ranges[h]
          return (Int(r >> 32), Int(r & 0xFFFF_FFFF))
        }
        if k == UInt32.max { return nil }
        h = (h + 1) & mask
      }
    }
  }

  private init(storage: Storage, maxLength: Int, bitMask: UInt32) {
    self.storage = storage
    self.bitMask = bitMask
    self.maxLength = maxLength
    chars = storage.chars.base
    starts = storage.starts.base
    lengths = storage.lengths.base
    firstBits = storage.firstBits.base
    lastBits = storage.lastBits.base
    byFirst = Groups(storage.byFirst)
    byLast = Groups(storage.byLast)
  }

  /// An empty table.
  init() { self.init([] as [(String, Value)]) }

  /// Makes a table from words and values; a later duplicate replaces an earlier one.
  init(_ pairs: [(String, Value)]) {
    var index: [Scalars: Int] = [:]
    var chars: [UInt32] = []
    var starts: [Int32] = []
    var lengths: [Int32] = []
    var values: [Value] = []
    var maxLength = 0
    for (w, v) in pairs {
      let s = w.scalarValues
      guard !s.isEmpty else { continue }
      if let k = index[s] {
        values[k] = v
        continue
      }
      index[s] = values.count
      starts.append(Int32(chars.count))
      lengths.append(Int32(s.count))
      chars.append(contentsOf: s)
      values.append(v)
      maxLength = max(maxLength, s.count)
    }
    // The bit tables are sized to the word count: 4 K bits for a short list, up to 64 K (one bit a 16-bit
    // scalar) for long ones. About 75 tables are built at every start, and full-size tables for all of them
    // were 1.2 MB of zeroed pages; a bit shared by two scalars only sends a lookup on to the exact test.
    var bitCount = 4096
    while bitCount < values.count * 64 && bitCount < 65536 { bitCount <<= 1 }
    let mask = UInt32(bitCount - 1)
    var firstBits = [UInt64](repeating: 0, count: bitCount / 64)
    var lastBits = [UInt64](repeating: 0, count: bitCount / 64)
    for k in values.indices {
      let a = Int(starts[k])
      WordTable.setBit(&firstBits, chars[a], mask: mask)
      WordTable.setBit(&lastBits, chars[a + Int(lengths[k]) - 1], mask: mask)
    }
    var f: [(key: UInt32, word: Int32, length: Int32)] = []
    var l: [(key: UInt32, word: Int32, length: Int32)] = []
    for k in values.indices {
      let a = Int(starts[k])
      let n = Int(lengths[k])
      f.append((chars[a], Int32(k), Int32(n)))
      l.append((chars[a + n - 1], Int32(k), Int32(n)))
    }
    let storage = Storage(
      chars: chars, starts: starts, lengths: lengths, firstBits: firstBits, lastBits: lastBits,
      byFirst: Groups.Buffers(f), byLast: Groups.Buffers(l), values: values)
    self.init(storage: storage, maxLength: maxLength, bitMask: mask)
  }

  private static func setBit(_ bits: inout [UInt64], _ c: UInt32, mask: UInt32) {
    let k = Int(c & mask)
    bits[k >> 6] |= 1 << UInt64(k & 63)
  }

  @inline(__always) private func test(_ bits: UnsafePointer<UInt64>, _ c: UInt32) -> Bool {
    let k = Int(c & bitMask)
    return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
  }

  /// Whether some word starts with `c` (a cheap pre-test).
  @inline(__always) func mayStart(with c: UInt32) -> Bool { test(firstBits, c) }

  /// Whether word `w` occurs in `s` at `i` (the caller checked the bounds).
  @inline(__always) private func matches(_ w: Int, _ s: UnsafeBufferPointer<UInt32>, at i: Int) -> Bool {
    let a = Int(starts[w])
    let n = Int(lengths[w])
    var k = 0
    while k < n {
      if s[i + k] != chars[a + k] { return false }
      k += 1
    }
    return true
  }

  /// The index of the longest word starting at `i` and ending at or before `end` (`i < end <= s.count`), past
  /// the first-scalar bit test.
  @inline(__always) private func longestIndex(in s: UnsafeBufferPointer<UInt32>, at i: Int, end: Int) -> Int? {
    guard let (start, n) = byFirst.find(s[i]) else { return nil }
    var m = start
    while m < start + n {
      let w = Int(byFirst.members[m])
      if i + Int(lengths[w]) <= end && matches(w, s, at: i) { return w }
      m += 1
    }
    return nil
  }

  /// The index of the longest word starting at `i` and ending at or before `end`.
  @inline(__always) private func longestIndex(in s: Scalars, at i: Int, end: Int) -> Int? {
    guard i >= 0, i < end, i < s.count, test(firstBits, s[i]) else { return nil }
    return s.withUnsafeBufferPointer { longestIndex(in: $0, at: i, end: min(end, $0.count)) }
  }

  /// The longest word starting at `i` and ending at or before `limit`.
  @inline(__always) func longest(in s: Scalars, at i: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
    // The bit test is inlined into the caller's loop; most positions end there.
    guard i >= 0, i < s.count, test(firstBits, s[i]) else { return nil }
    return longestMatch(in: s, at: i, limit: limit)
  }

  /// `longest(in:at:limit:)` past its first-scalar test.
  @inline(never) private func longestMatch(in s: Scalars, at i: Int, limit: Int?) -> (length: Int, value: Value)? {
    guard let w = longestIndex(in: s, at: i, end: limit ?? s.count) else { return nil }
    return (Int(lengths[w]), values[w])
  }

  /// The longest word ending just before `end` and starting at or after `floor`.
  @inline(__always) func longest(in s: Scalars, endingAt end: Int, floor: Int = 0) -> (length: Int, value: Value)? {
    guard end > floor, end <= s.count, test(lastBits, s[end - 1]) else { return nil }
    return longestMatch(in: s, endingAt: end, floor: floor)
  }

  /// `longest(in:endingAt:floor:)` past its last-scalar test.
  @inline(never) private func longestMatch(in s: Scalars, endingAt end: Int, floor: Int) -> (length: Int, value: Value)? {
    guard let (start, n) = byLast.find(s[end - 1]) else { return nil }
    return s.withUnsafeBufferPointer { p in
      var m = start
      while m < start + n {
        let w = Int(byLast.members[m])
        let len = Int(lengths[w])
        if end - len >= floor && matches(w, p, at: end - len) { return (len, values[w]) }
        m += 1
      }
      return nil
    }
  }

  /// The first word found scanning `range` from its start, longest at each position.
  func first(in s: Scalars, from lower: Int, to upper: Int) -> (start: Int, length: Int, value: Value)? {
    // Over a raw buffer: the loop tests one bit per scalar, and a bounds check doubled its cost.
    s.withUnsafeBufferPointer { p in
      let upper = min(upper, p.count)
      var i = max(0, lower)
      while i < upper {
        if test(firstBits, p[i]), let w = longestIndex(in: p, at: i, end: upper) {
          return (i, Int(lengths[w]), values[w])
        }
        i += 1
      }
      return nil
    }
  }

  /// The smallest end of any word (not only the longest at its start) lying wholly inside `lower..<upper`:
  /// whether a word stands before some offset `x` of the range is then `firstEnd <= x`, asked once per range.
  func firstEnd(in s: Scalars, from lower: Int, to upper: Int) -> Int? {
    s.withUnsafeBufferPointer { p in
      let upper = min(upper, p.count)
      var best = Int.max
      var i = max(0, lower)
      // A word starting at or after the best end found cannot end before it.
      while i < upper && i < best {
        if test(firstBits, p[i]), let (start, n) = byFirst.find(p[i]) {
          var m = start
          while m < start + n {
            let w = Int(byFirst.members[m])
            let end = i + Int(lengths[w])
            if end <= upper && end < best && matches(w, p, at: i) { best = end }
            m += 1
          }
        }
        i += 1
      }
      return best == Int.max ? nil : best
    }
  }

  /// The word found nearest before `upper` (the one that starts last), within `lower..<upper`; a longer word
  /// starting earlier that covers it wins (努力争取 over 争取).
  func last(in s: Scalars, from lower: Int, to upper: Int) -> (start: Int, length: Int, value: Value)? {
    s.withUnsafeBufferPointer { p in
      let upper = min(upper, p.count)
      var i = upper - 1
      let lo = max(0, lower)
      while i >= lo {
        if test(firstBits, p[i]), let w = longestIndex(in: p, at: i, end: upper) {
          var best = (start: i, length: Int(lengths[w]), word: w)
          var j = i - 1
          while j >= lo && j > i - maxLength {
            if test(firstBits, p[j]), let v = longestIndex(in: p, at: j, end: upper),
              j + Int(lengths[v]) >= best.start + best.length
            {
              best = (j, Int(lengths[v]), v)
            }
            j -= 1
          }
          return (best.start, best.length, values[best.word])
        }
        i -= 1
      }
      return nil
    }
  }

  /// Calls `body` with the value of every word (not only the longest) starting in `lower..<upper` and
  /// ending by `upper`.
  func forEachMatch(in s: Scalars, from lower: Int, to upper: Int, _ body: (Value) -> Void) {
    s.withUnsafeBufferPointer { p in
      let upper = min(upper, p.count)
      var i = max(0, lower)
      while i < upper {
        if test(firstBits, p[i]), let (start, n) = byFirst.find(p[i]) {
          var m = start
          while m < start + n {
            let w = Int(byFirst.members[m])
            if i + Int(lengths[w]) <= upper && matches(w, p, at: i) { body(values[w]) }
            m += 1
          }
        }
        i += 1
      }
    }
  }

  /// Whether a word of the table covers offset `i` (starts at or before it and ends after it).
  func covers(_ s: Scalars, _ i: Int) -> Bool {
    guard maxLength > 0 else { return false }
    return s.withUnsafeBufferPointer { p in
      var j = min(i, p.count - 1)
      let lo = max(0, i - maxLength + 1)
      while j >= lo {
        if test(firstBits, p[j]), let w = longestIndex(in: p, at: j, end: p.count), j + Int(lengths[w]) > i {
          return true
        }
        j -= 1
      }
      return false
    }
  }

  /// The value of exactly `word`, if present.
  func value(of word: Scalars) -> Value? {
    guard !word.isEmpty, let w = longestIndex(in: word, at: 0, end: word.count), Int(lengths[w]) == word.count else {
      return nil
    }
    return values[w]
  }
}

/// A buffer of plain values copied out of an array once and never changed, freed with this owner.
final class Frozen<T: BitwiseCopyable>: @unchecked Sendable {
  let base: UnsafePointer<T>

  init(_ array: [T]) {
    // At least one element, so an empty table still has a valid (never read) address.
    let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
    array.withUnsafeBufferPointer { b in
      if let a = b.baseAddress { p.initialize(from: a, count: b.count) }
    }
    base = UnsafePointer(p)
  }

  deinit { UnsafeMutablePointer(mutating: base).deallocate() }
}
