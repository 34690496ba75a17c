/// A hash table from terms (Han bigrams and Latin words packed in 64 bits, never 0) to a number: open addressing with
/// linear probing and Fibonacci hashing.
///
/// The aligner looks up every term occurrence of both documents a few times (document frequencies, weights); with
/// `Dictionary`'s SipHash those lookups were half the time of a diff of a 500 000-character report (measured with
/// perf), so the table hashes with one multiplication.
struct TermTable<Value> {
  private var keys: [UInt64]
  private var values: [Value]
  private var shift: UInt64
  private let zero: Value
  /// How many terms it holds.
  private(set) var count = 0

  /// An empty table sized for about `capacity` terms; `zero` is what an absent term reads as.
  init(capacity: Int, zero: Value) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Value](repeating: zero, count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
    self.zero = zero
  }

  /// The slot holding `t`, or the empty slot where it would go.
  @inline(__always) private func slot(_ t: UInt64) -> Int {
    let mask = keys.count - 1
    var i = Int(truncatingIfNeeded: (t &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while keys[i] != 0 && keys[i] != t { i = (i + 1) & mask }
    return i
  }

  /// The value of `t`, `zero` when absent.
  subscript(_ t: UInt64) -> Value {
    get {
      let i = slot(t)
      return keys[i] == t ? values[i] : zero
    }
    set {
      if (count + 1) * 2 > keys.count { grow() }
      let i = slot(t)
      if keys[i] != t {
        keys[i] = t
        count += 1
      }
      values[i] = newValue
    }
  }

  /// Whether `t` is in the table.
  func contains(_ t: UInt64) -> Bool { keys[slot(t)] == t }

  /// Calls `body` with each term and its value, in slot order.
  func forEach(_ body: (UInt64, Value) -> Void) {
    for i in keys.indices where keys[i] != 0 { body(keys[i], values[i]) }
  }

  private mutating func grow() {
    var bigger = TermTable(capacity: keys.count, zero: zero)
    forEach { bigger[$0] = $1 }
    self = bigger
  }
}
