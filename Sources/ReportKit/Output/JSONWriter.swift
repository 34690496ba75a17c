/// A small streaming JSON writer: fixed key order, exact numbers, UTF-8 bytes, no reflection.
///
/// JSONEncoder would sort or shuffle keys and print Doubles; users diff and script against this output,
/// so every byte is chosen here and identical across runs.
///
/// Non-copyable: it owns its byte buffer directly, so an append is a store and a bounds test, with no
/// reference counting (a buffer object cost a retain and a release per key). `package` so the index module
/// writes its JSON the same way.
package struct JSONWriter: ~Copyable {
  /// The output so far.
  package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The output so far and one byte more, copied once into an array of exactly that size (`bytes` and then
  /// an append would copy it twice and leave room for as much again).
  package func bytes(appending last: UInt8) -> [UInt8] {
    Array(unsafeUninitializedCapacity: count + 1) { out, n in
      if let o = out.baseAddress { o.update(from: base, count: count) }
      out[count] = last
      n = count + 1
    }
  }
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  private let pretty: Bool
  /// Depth of the outermost container being written on one line, 0 when none.
  private var lineDepth = 0
  private var depth = 0
  /// Bit d says whether the container at depth d already holds a member (a comma goes before the next).
  private var hasMember: UInt64 = 0

  /// Where a streaming writer hands its full buffer; nil keeps every byte in memory (`bytes`).
  private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
  /// The caller's buffer a writer `over:` started in, never freed here; `base` leaves it only if it grows.
  private let lent: UnsafeMutablePointer<UInt8>?

  package init(pretty: Bool, capacity: Int = 1 << 16) {
    self.pretty = pretty
    self.capacity = max(capacity, 64)
    self.sink = nil
    self.lent = nil
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  /// A writer that writes into `buffer` (the storage of the array being made, say) until it is full, then
  /// into a buffer of its own: `isInPlace` says whether every byte is still in `buffer`.
  package init(pretty: Bool, over buffer: UnsafeMutableBufferPointer<UInt8>) {
    self.pretty = pretty
    self.sink = nil
    if let start = buffer.baseAddress, buffer.count >= 64 {
      lent = start
      base = start
      capacity = buffer.count
    } else {
      lent = nil
      capacity = 64
      base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }
  }

  /// Whether every byte so far is in the buffer given to `init(pretty:over:)`, the first `count` of it.
  package var isInPlace: Bool { base == lent }

  /// How many bytes are written (and not yet handed to a sink).
  package var written: Int { count }

  /// A writer that hands its bytes to `sink` in chunks of about `chunk` bytes as it goes, and the rest on
  /// `flush()`: the JSON of a large document never sits in memory whole (it was 12 bytes per character of
  /// text, and twice that while copied out).
  package init(pretty: Bool, chunk: Int = 1 << 20, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
    self.pretty = pretty
    self.capacity = max(chunk, 64)
    self.sink = sink
    self.lent = nil
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  deinit { if base != lent { base.deallocate() } }

  /// Hands what is buffered to the sink (a writer without one keeps it).
  package mutating func flush() {
    guard let sink, count > 0 else { return }
    sink(UnsafeBufferPointer(start: base, count: count))
    count = 0
  }

  private mutating func grow(to needed: Int) {
    var needed = needed
    if sink != nil {
      // Hand the buffer over and start again at its beginning; grow only for one piece larger than it.
      let extra = needed - count
      flush()
      if extra <= capacity { return }
      needed = extra
    }
    var c = capacity * 2
    while c < needed { c *= 2 }
    let b = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
    b.update(from: base, count: count)
    if base != lent { base.deallocate() }
    base = b
    capacity = c
  }

  /// Makes room for `n` more bytes at `base + count` (a streaming writer hands its full buffer over first):
  /// a piece of known greatest size is then written with plain stores, one capacity test for all of it.
  @inline(__always) private mutating func reserve(_ n: Int) {
    if count + n > capacity { grow(to: count + n) }
  }

  @inline(__always) private mutating func append(_ b: UInt8) {
    if count == capacity { grow(to: count + 1) }
    base[count] = b
    count += 1
  }

  @inline(__always) private mutating func append(_ p: UnsafeBufferPointer<UInt8>) {
    if count + p.count > capacity { grow(to: count + p.count) }
    if let src = p.baseAddress {
      if p.count <= 16 { JSONWriter.copyShort(src, p.count, to: base + count) } else { (base + count).update(from: src, count: p.count) }
    }
    count += p.count
  }

  private mutating func newline() {
    guard pretty, lineDepth == 0 else { return }
    reserve(JSONWriter.separatorRoom)
    putNewline()
  }

  /// A newline and the indent of the current depth at `base + count`, inside room already reserved
  /// (`separatorRoom`): the spaces in eight-byte stores (a memset call cost more than the few bytes), at most
  /// 64 bytes from the newline on (what lands past the indent lies beyond `count`: never written out).
  @inline(__always) private mutating func putNewline() {
    let n = min(1 + depth * 2, 65)
    base[count] = 0x0A
    let spaces = UnsafeMutableRawPointer(base + count + 1)
    var k = 0
    while k < n &- 1 {
      spaces.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: k, as: UInt64.self)
      k &+= 8
    }
    count &+= n
  }

  /// The comma before a member or element (", " inside a one-line object), then its line break and indent.
  @inline(__always) private mutating func separate() {
    reserve(JSONWriter.separatorRoom)
    separateInRoom()
  }

  /// Room for a separator: the comma, a space or the line break, and the deepest indent.
  private static let separatorRoom = 67

  /// `separate()` once its room is reserved (a key reserves its own bytes and these in one test).
  @inline(__always) private mutating func separateInRoom() {
    let bit: UInt64 = 1 << UInt64(min(depth, 63))
    if hasMember & bit != 0 {
      base[count] = 0x2C
      count += 1
      if pretty && lineDepth != 0 {  // ", " between the members of a one-line object
        base[count] = 0x20
        count += 1
      }
    }
    hasMember |= bit
    guard pretty, lineDepth == 0 else { return }
    putNewline()
  }

  /// Copies a short run of bytes with plain stores: a call to memmove costs more than the copy of a key.
  /// Eight bytes a word, the last word overlapping the one before; four-byte words for four to seven bytes.
  @inline(__always) private static func copyShort(_ src: UnsafePointer<UInt8>, _ n: Int, to dst: UnsafeMutablePointer<UInt8>) {
    let from = UnsafeRawPointer(src)
    let to = UnsafeMutableRawPointer(dst)
    if n >= 8 {
      var i = 0
      while i &+ 8 < n {
        to.storeBytes(of: from.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self)
        i &+= 8
      }
      to.storeBytes(of: from.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self), toByteOffset: n &- 8, as: UInt64.self)
    } else if n >= 4 {
      to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
      to.storeBytes(of: from.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self), toByteOffset: n &- 4, as: UInt32.self)
    } else {
      var i = 0
      while i < n {
        dst[i] = src[i]
        i &+= 1
      }
    }
  }

  /// Copies a literal to `p + n` and advances `n`: inlined, its length is a constant.
  @inline(__always) private static func copyConstant(_ s: StaticString, to p: UnsafeMutablePointer<UInt8>, _ n: inout Int) {
    copyShort(s.utf8Start, s.utf8CodeUnitCount, to: p + n)
    n &+= s.utf8CodeUnitCount
  }

  private mutating func open(_ c: UInt8) {
    append(c)
    depth += 1
    hasMember &= ~(1 << UInt64(min(depth, 63)))
  }

  private mutating func close(_ c: UInt8) {
    let had = hasMember & (1 << UInt64(min(depth, 63))) != 0
    depth -= 1
    if had { newline() }
    append(c)
  }

  package mutating func beginObject() { open(0x7B) }
  package mutating func endObject() { close(0x7D) }
  package mutating func beginArray() { open(0x5B) }
  package mutating func endArray() { close(0x5D) }

  /// Starts a member `"key":`; the value follows. Keys are the contract's ASCII names: no escaping.
  @inline(__always) package mutating func key(_ k: StaticString) {
    // The key's bytes are static: `"key": ` is written in place, with no String and no reference counting,
    // after one room test for it and the separator before it.
    let n = k.utf8CodeUnitCount
    reserve(JSONWriter.separatorRoom &+ n &+ 4)
    separateInRoom()
    let p = base + count
    p[0] = 0x22
    JSONWriter.copyShort(k.utf8Start, n, to: p + 1)
    p[n + 1] = 0x22
    p[n + 2] = 0x3A
    p[n + 3] = 0x20
    count &+= pretty ? n &+ 4 : n &+ 3
  }

  /// Starts an object written on one line even in pretty output: a record of a list (a figure, a deadline)
  /// reads best, and greps best, as one line.
  package mutating func beginLineObject() {
    if lineDepth == 0 { lineDepth = depth + 1 }
    beginObject()
  }

  /// Ends an object started with `beginLineObject`.
  package mutating func endLineObject() {
    endObject()
    if depth + 1 == lineDepth { lineDepth = 0 }
  }

  /// Starts an array element.
  package mutating func element() { separate() }

  package mutating func string(_ s: String) {
    // Native strings give their UTF-8 without a copy; others (bridged, rare) are copied once.
    if s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
      var copy = s
      copy.withUTF8 { escaped($0) }
    }
  }

  @inline(__always) private mutating func escaped(_ u: UnsafeBufferPointer<UInt8>) {
    // A string of the output's size (a metric, a unit, a quote) is written in place byte by byte, room for
    // the worst case (every byte a 6-byte escape) reserved once, in the caller (a call and its frame cost
    // as much as a short string's bytes); a huge one goes in runs, out of line.
    let room = u.count &* 6 &+ 2
    guard room <= 4096 else { return escapedLong(u) }
    reserve(room)
    let p = base + count
    var n = 1
    p[0] = 0x22
    var i = 0
    if let src = u.baseAddress {
      // Eight bytes at a time while none needs escaping (nearly always: the text is Chinese), then the
      // eight one by one.
      while i + 8 <= u.count {
        let x = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
        if !JSONWriter.mayNeedEscape(x) {
          UnsafeMutableRawPointer(p + n).storeBytes(of: x, as: UInt64.self)
          n &+= 8
        } else {
          for k in i..<(i + 8) { JSONWriter.put(src[k], at: p, &n) }
        }
        i += 8
      }
      if i < u.count && JSONWriter.putCleanTail(src, u.count, from: i, at: p, &n) { i = u.count }
      while i < u.count {
        JSONWriter.put(src[i], at: p, &n)
        i += 1
      }
    }
    p[n] = 0x22
    count &+= n &+ 1
  }

  /// `escaped` for a string too long to reserve its worst case at once.
  @inline(never) private mutating func escapedLong(_ u: UnsafeBufferPointer<UInt8>) {
    append(0x22)
    // Copy runs that need no escaping in one go; most of the text is Chinese and needs none.
    var runStart = 0
    for i in 0..<u.count {
      let b = u[i]
      guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
      if i > runStart { append(UnsafeBufferPointer(rebasing: u[runStart..<i])) }
      runStart = i + 1
      switch b {
      case 0x22: append(0x5C); append(0x22)
      case 0x5C: append(0x5C); append(0x5C)
      case 0x0A: append(0x5C); append(0x6E)
      case 0x0D: append(0x5C); append(0x72)
      case 0x09: append(0x5C); append(0x74)
      default:
        for x in [0x5C, 0x75, 0x30, 0x30, JSONWriter.hexDigit(b >> 4), JSONWriter.hexDigit(b & 0xF)] { append(x) }
      }
    }
    if u.count > runStart { append(UnsafeBufferPointer(rebasing: u[runStart..<u.count])) }
    append(0x22)
  }

  /// Writes the last bytes of a string from `i` (fewer than eight) as whole words when nothing before them
  /// was escaped and none of them needs it, and says whether it did. With eight bytes or more, the last
  /// eight are tested and stored again (overlapping the ones already written); with four to seven, two
  /// overlapping four-byte words. `n` counts the opening quote (output = input + 1 when nothing was escaped).
  @inline(__always) private static func putCleanTail(
    _ src: UnsafePointer<UInt8>, _ count: Int, from i: Int, at p: UnsafeMutablePointer<UInt8>, _ n: inout Int
  ) -> Bool {
    guard n == i &+ 1 else { return false }
    if count >= 8 {
      let x = UnsafeRawPointer(src + count - 8).loadUnaligned(as: UInt64.self)
      guard !mayNeedEscape(x) else { return false }
      UnsafeMutableRawPointer(p + 1 + count - 8).storeBytes(of: x, as: UInt64.self)
    } else if count >= 4 {
      let a = UnsafeRawPointer(src).loadUnaligned(as: UInt32.self)
      let b = UnsafeRawPointer(src + count - 4).loadUnaligned(as: UInt32.self)
      guard !mayNeedEscape(UInt64(a) | UInt64(b) << 32) else { return false }
      UnsafeMutableRawPointer(p + 1).storeBytes(of: a, as: UInt32.self)
      UnsafeMutableRawPointer(p + 1 + count - 4).storeBytes(of: b, as: UInt32.self)
    } else {
      return false
    }
    n = count &+ 1
    return true
  }

  /// Whether one of the eight bytes of `x` is below 0x20, a quote or a backslash (false means none is; true
  /// may be wrong, the bytes are then looked at one by one).
  @inline(__always) private static func mayNeedEscape(_ x: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A lane below n borrows into its high bit in (x − n·ones) & ~x (exact for n ≤ 128: no lane is missed).
    let control = (x &- ones &* 0x20) & ~x & highs
    let q = x ^ (ones &* 0x22)
    let bs = x ^ (ones &* 0x5C)
    return control | ((q &- ones) & ~q & highs) | ((bs &- ones) & ~bs & highs) != 0
  }

  /// Writes `b` at `p + n`, escaped as JSON needs, and advances `n`.
  @inline(__always) private static func put(_ b: UInt8, at p: UnsafeMutablePointer<UInt8>, _ n: inout Int) {
    if b >= 0x20 && b != 0x22 && b != 0x5C {
      p[n] = b
      n &+= 1
      return
    }
    p[n] = 0x5C
    switch b {
    case 0x22, 0x5C: p[n + 1] = b; n += 2
    case 0x0A: p[n + 1] = 0x6E; n += 2
    case 0x0D: p[n + 1] = 0x72; n += 2
    case 0x09: p[n + 1] = 0x74; n += 2
    default:
      p[n + 1] = 0x75; p[n + 2] = 0x30; p[n + 3] = 0x30
      p[n + 4] = hexDigit(b >> 4); p[n + 5] = hexDigit(b & 0xF)
      n += 6
    }
  }

  /// The lower-case hex digit of `v` (0…15).
  @inline(__always) private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }

  /// A string given as scalar values, encoded to UTF-8 here: no intermediate `String` for the long text.
  package mutating func string(scalars: Scalars) { string(scalars: scalars[...]) }

  /// A string given as a slice of scalar values (a sentence of the text).
  package mutating func string(scalars: ArraySlice<UInt32>) {
    append(0x22)
    scalars.withUnsafeBufferPointer { src in
      // Encoded straight into the buffer, in pieces of at most 8192 scalars with room for the worst case (an
      // escaped control is 6 bytes): no scratch copy of the text, and a streaming writer holds one chunk at most.
      var i = 0
      while i < src.count {
        let end = min(i + 8192, src.count)
        let room = (end - i) * 6
        reserve(room)
        let p = base + count
        var n = 0
        var k = i
        while k < end {
          // Four scalars a step while all four are three-byte ones (Han, CJK punctuation: nearly all the text),
          // then the four that stopped it one by one: retried a scalar on, the vector test would fail again
          // on the same scalar up to four times.
          k = JSONWriter.putThreeByteRun(src, from: k, to: end, at: p, &n)
          let stop = min(k &+ 4, end)
          while k < stop {
            let v = src[k]
            if JSONWriter.isThreeByte(v) {
              JSONWriter.putThreeByte(v, at: p + n)
              n &+= 3
            } else if v < 0x80 {
              JSONWriter.put(UInt8(truncatingIfNeeded: v), at: p, &n)
            } else {
              UTF8Encoding.write(v, into: UnsafeMutableBufferPointer(start: p, count: room), at: &n)
            }
            k &+= 1
          }
        }
        count += n
        i = end
      }
    }
    append(0x22)
  }

  /// Whether `v` is written as three UTF-8 bytes: U+0800…U+FFFF outside the surrogates (U+D800…U+DFFF).
  @inline(__always) private static func isThreeByte(_ v: UInt32) -> Bool {
    v &- 0x800 < 0xD800 - 0x800 || v &- 0xE000 < 0x1_0000 - 0xE000
  }

  /// The three UTF-8 bytes of `v` (see `isThreeByte`) in the low bytes of a word, first byte lowest.
  @inline(__always) private static func threeByteWord(_ v: UInt32) -> UInt32 {
    (0xE0 | v >> 12) | (0x80 | (v >> 6) & 0x3F) << 8 | (0x80 | v & 0x3F) << 16
  }

  /// `threeByteWord` of two scalars at once: the scalars of `x` (as loaded from two adjacent UInt32s on a
  /// little-endian machine) in its halves, each half's three UTF-8 bytes in its low bytes, first lowest.
  @inline(__always) private static func threeBytePair(_ x: UInt64) -> UInt64 {
    let low6: UInt64 = 0x3F_0000_003F
    return (x &>> 12 & 0xF_0000_000F) | (x &>> 6 & low6) &<< 8 | (x & low6) &<< 16 | 0x80_80E0_0080_80E0
  }

  /// Writes the three bytes of `v` at `p` as one four-byte store: the fourth byte is overwritten by what
  /// follows, and the room reserved for the text (six bytes a scalar) always covers it.
  @inline(__always) private static func putThreeByte(_ v: UInt32, at p: UnsafeMutablePointer<UInt8>) {
    UnsafeMutableRawPointer(p).storeBytes(of: threeByteWord(v).littleEndian, as: UInt32.self)
  }

  /// Encodes scalars from `k` four at a time while all four are three-byte ones, at `p + n` (advanced), and
  /// returns where it stopped. One vector test for the four; two eight-byte stores of six bytes each (the
  /// last two bytes of each are overwritten next, within the room reserved for the text).
  @inline(__always) private static func putThreeByteRun(
    _ src: UnsafeBufferPointer<UInt32>, from k: Int, to end: Int, at p: UnsafeMutablePointer<UInt8>, _ n: inout Int
  ) -> Int {
    guard let base = src.baseAddress else { return k }
    var k = k
    while k &+ 4 <= end {
      let x = UnsafeRawPointer(base + k).loadUnaligned(as: SIMD4<UInt32>.self)
      guard all(((x &- 0x800) .< 0xD800 - 0x800) .| ((x &- 0xE000) .< 0x1_0000 - 0xE000)) else { break }
      // The bytes are made two scalars to a 64-bit word (the vector form was taken apart lane by lane by
      // the compiler, twice the instructions), each word's halves stored three bytes apart.
      let q = UnsafeMutableRawPointer(p + n)
      let a = JSONWriter.threeBytePair(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
      let b = JSONWriter.threeBytePair(UnsafeRawPointer(base + (k &+ 2)).loadUnaligned(as: UInt64.self))
      q.storeBytes(of: UInt32(truncatingIfNeeded: a).littleEndian, as: UInt32.self)
      q.storeBytes(of: UInt32(truncatingIfNeeded: a &>> 32).littleEndian, toByteOffset: 3, as: UInt32.self)
      q.storeBytes(of: UInt32(truncatingIfNeeded: b).littleEndian, toByteOffset: 6, as: UInt32.self)
      q.storeBytes(of: UInt32(truncatingIfNeeded: b &>> 32).littleEndian, toByteOffset: 9, as: UInt32.self)
      n &+= 12
      k &+= 4
    }
    return k
  }

  @inline(__always) package mutating func raw(_ s: StaticString) {
    let n = s.utf8CodeUnitCount
    reserve(n)
    JSONWriter.copyShort(s.utf8Start, n, to: base + count)
    count += n
  }
  package mutating func raw(_ s: String) {
    if s.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
      var copy = s
      copy.withUTF8 { append($0) }
    }
  }
  package mutating func int(_ v: Int) {
    // Written in place: a sign and at most 19 digits.
    reserve(20)
    count &+= JSONWriter.putInt(v, at: base + count)
  }

  /// "00" "01" … "99": the digits of a number are written two at a time (one division by 100 a pair).
  private static let digitPairs: StaticString = """
    00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899
    """

  /// Writes `v` in decimal at `p` (room for 20 bytes) and returns how many bytes it took. The digits are
  /// counted first, then stored from the last.
  @inline(__always) private static func putInt(_ v: Int, at p: UnsafeMutablePointer<UInt8>) -> Int {
    guard v < 0 else { return putDigits(UInt64(v), at: p) }
    p[0] = 0x2D
    return 1 &+ putDigits(UInt64(v.magnitude), at: p + 1)
  }

  /// Writes the decimal digits of `m` at `p` (room for 20 bytes) and returns how many there are.
  @inline(__always) private static func putDigits(_ m: UInt64, at p: UnsafeMutablePointer<UInt8>) -> Int {
    var m = m
    let n = digitCount(m)
    let pairs = digitPairs.utf8Start
    var k = n
    while m >= 100 {
      let q = m / 100
      let r = Int(truncatingIfNeeded: m &- q &* 100) &* 2
      k &-= 2
      p[k] = pairs[r]
      p[k &+ 1] = pairs[r &+ 1]
      m = q
    }
    if m >= 10 {
      let r = Int(truncatingIfNeeded: m) &* 2
      p[k &- 2] = pairs[r]
      p[k &- 1] = pairs[r &+ 1]
    } else {
      p[k &- 1] = UInt8(truncatingIfNeeded: 0x30 &+ m)
    }
    return n
  }

  /// The number of decimal digits of `m`: a comparison a digit, as the numbers written are mostly small
  /// (offsets, ids, years).
  @inline(__always) private static func digitCount(_ m: UInt64) -> Int {
    var digits = 1
    var t = m
    while t >= 10_000 {
      t /= 10_000
      digits &+= 4
    }
    if t >= 100 { return digits &+ (t >= 1000 ? 3 : 2) }
    return digits &+ (t >= 10 ? 1 : 0)
  }

  /// An exact decimal as `ExactDecimal.description` spells it (`6890000000`, `1.7`, `0.05`), with no String.
  package mutating func decimal(_ v: ExactDecimal) {
    // A sign, at most 19 digits, a point and "0." or at most 20 zeros: in place after one room test. A
    // larger exponent (never one of a report's figures) goes the general way.
    guard v.exponent > -20 && v.exponent <= 20 else { return decimalAnyExponent(v) }
    reserve(48)
    let p = base + count
    var n = 0
    if v.significand < 0 {
      p[0] = 0x2D
      n = 1
    }
    let m = v.significand.magnitude
    if v.exponent >= 0 {
      n &+= JSONWriter.putDigits(m, at: p + n)
      JSONWriter.putZeros(v.exponent, at: p + n)
      n &+= v.exponent
    } else {
      let places = -v.exponent
      let digits = JSONWriter.digitCount(m)
      if digits > places {
        // The digits one place on, then the whole part moved back into that place, the point after it.
        _ = JSONWriter.putDigits(m, at: p + n + 1)
        let whole = digits - places
        for i in 0..<whole { p[n + i] = p[n + i + 1] }
        p[n + whole] = 0x2E
        n &+= digits + 1
      } else {
        p[n] = 0x30
        p[n + 1] = 0x2E
        JSONWriter.putZeros(places - digits, at: p + n + 2)
        n &+= 2 + places - digits
        n &+= JSONWriter.putDigits(m, at: p + n)
      }
    }
    count &+= n
  }

  /// Writes `k` zeros (ASCII) at `p`, with plain stores (a memset call costs more than a few).
  @inline(__always) private static func putZeros(_ k: Int, at p: UnsafeMutablePointer<UInt8>) {
    var i = 0
    while i < k {
      p[i] = 0x30
      i &+= 1
    }
  }

  /// `decimal(_:)` for any exponent, a piece at a time.
  private mutating func decimalAnyExponent(_ v: ExactDecimal) {
    // The significand's digits, written backwards into 24 bytes of the stack (it has at most 19).
    var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &buffer) { raw in
      let d = raw.bindMemory(to: UInt8.self)
      var m = v.significand.magnitude
      var k = d.count
      repeat {
        k -= 1
        d[k] = UInt8(truncatingIfNeeded: 0x30 &+ m % 10)
        m /= 10
      } while m > 0
      let digits = UnsafeBufferPointer(rebasing: d[k...])
      if v.significand < 0 { append(0x2D) }
      if v.exponent >= 0 {
        append(digits)
        for _ in 0..<v.exponent { append(0x30) }
        return
      }
      let places = -v.exponent
      if digits.count > places {
        let cut = digits.count - places
        append(UnsafeBufferPointer(rebasing: digits[..<cut]))
        append(0x2E)
        append(UnsafeBufferPointer(rebasing: digits[cut...]))
      } else {
        append(0x30)
        append(0x2E)
        for _ in 0..<(places - digits.count) { append(0x30) }
        append(digits)
      }
    }
  }

  /// A day as the string `Day.description` spells it (`"2024-12-31"`), with no String.
  package mutating func day(_ d: Day) {
    append(0x22)
    int(d.year)
    append(0x2D)
    if d.month < 10 { append(0x30) }
    int(d.month)
    append(0x2D)
    if d.day < 10 { append(0x30) }
    int(d.day)
    append(0x22)
  }

  /// A static ASCII string that needs no escaping (an enum's spelling), in quotes.
  @inline(__always) package mutating func quoted(_ s: StaticString) {
    let n = s.utf8CodeUnitCount
    reserve(n &+ 2)
    let p = base + count
    p[0] = 0x22
    JSONWriter.copyShort(s.utf8Start, n, to: p + 1)
    p[n &+ 1] = 0x22
    count &+= n &+ 2
  }

  // The literals are typed: left to the type checker, they would be Strings, and go through `raw(String)`.
  @inline(__always) package mutating func null() { raw("null" as StaticString) }
  @inline(__always) package mutating func field(_ k: StaticString, _ v: Bool) {
    key(k)
    if v { raw("true" as StaticString) } else { raw("false" as StaticString) }
  }

  @inline(__always) package mutating func field(_ k: StaticString, _ v: String) { key(k); string(v) }
  @inline(__always) package mutating func field(_ k: StaticString, _ v: String?) { key(k); if let v { string(v) } else { null() } }
  @inline(__always) package mutating func field(_ k: StaticString, _ v: Int) { key(k); int(v) }
  @inline(__always) package mutating func field(_ k: StaticString, _ v: Int?) { key(k); if let v { int(v) } else { null() } }
  @inline(__always) package mutating func field(_ k: StaticString, _ v: ExactDecimal) { key(k); decimal(v) }
  @inline(__always) package mutating func field(_ k: StaticString, _ v: ExactDecimal?) { key(k); if let v { decimal(v) } else { null() } }
  @inline(__always) package mutating func field(_ k: StaticString, _ v: Day?) { key(k); if let v { day(v) } else { null() } }
  /// An id such as `f12`, written without making a String.
  package mutating func id<K: IDPrefix>(_ v: SequentialID<K>) {
    // Quote, prefix, at most 20 bytes of number, quote: one room test.
    reserve(23)
    let p = base + count
    p[0] = 0x22
    p[1] = K.prefix
    let n = 2 &+ JSONWriter.putInt(v.number, at: p + 2)
    p[n] = 0x22
    count &+= n &+ 1
  }
  @inline(__always) package mutating func field<K: IDPrefix>(_ k: StaticString, _ v: SequentialID<K>) { key(k); id(v) }
  @inline(__always) package mutating func field<K: IDPrefix>(_ k: StaticString, _ v: SequentialID<K>?) { key(k); if let v { id(v) } else { null() } }
  @inline(__always) package mutating func field(_ k: StaticString, _ v: NodeID?) { key(k); if let v { string(v.path) } else { null() } }
  @inline(__always) package mutating func field(_ k: StaticString, _ v: [String]) {
    key(k)
    beginArray()
    for x in v { element(); string(x) }
    endArray()
  }
  @inline(__always) package mutating func field(_ k: StaticString, _ v: SourceSpan?) {
    key(k)
    guard let v else { return null() }
    span(v)
  }

  /// A span as `{"start": 3, "end": 9}`, always on one line (it is read as a pair), written in one go: the
  /// bytes beginLineObject, two keys and endLineObject would write (no spaces in compact output), with one
  /// room test. Depth and line depth are left as those calls leave them.
  private mutating func span(_ v: SourceSpan) {
    // Two numbers of at most 20 bytes and 21 bytes of syntax.
    reserve(64)
    let p = base + count
    // Each spelling's syntax a constant, so each copy is a store or two.
    var n = 0
    if pretty {
      JSONWriter.copyConstant("{\"start\": ", to: p, &n)
      n &+= JSONWriter.putInt(v.start, at: p + n)
      JSONWriter.copyConstant(", \"end\": ", to: p, &n)
    } else {
      JSONWriter.copyConstant("{\"start\":", to: p, &n)
      n &+= JSONWriter.putInt(v.start, at: p + n)
      JSONWriter.copyConstant(",\"end\":", to: p, &n)
    }
    n &+= JSONWriter.putInt(v.end, at: p + n)
    p[n] = 0x7D
    count &+= n &+ 1
  }
}
