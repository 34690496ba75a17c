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

  package init(pretty: Bool, capacity: Int = 1 << 16) {
    self.pretty = pretty
    self.capacity = max(capacity, 64)
    self.sink = nil
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  /// A writer that hands its bytes to `sink` in chunks of about `chunk` bytes as it goes, and the rest on
  /// `flush()`: the JSON of a large document never sits in memory whole (it was 12 bytes per character of
  /// text, and twice that while copied out).
  package init(pretty: Bool, chunk: Int = 1 << 20, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
    self.pretty = pretty
    self.capacity = max(chunk, 64)
    self.sink = sink
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

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
    base.deallocate()
    base = b
    capacity = c
  }

  @inline(__always) private mutating func append(_ b: UInt8) {
    if count == capacity { grow(to: count + 1) }
    base[count] = b
    count += 1
  }

  @inline(__always) private mutating func append(_ p: UnsafeBufferPointer<UInt8>) {
    if count + p.count > capacity { grow(to: count + p.count) }
    if let src = p.baseAddress { (base + count).update(from: src, count: p.count) }
    count += p.count
  }

  /// "\n" and 64 spaces: a newline and its indent are one slice of it.
  private static let indent: StaticString = "\n                                                                "


  private mutating func newline() {
    guard pretty, lineDepth == 0 else { return }
    let n = min(1 + depth * 2, 65)
    JSONWriter.indent.withUTF8Buffer { append(UnsafeBufferPointer(rebasing: $0[0..<n])) }
  }

  private mutating func separate() {
    let bit: UInt64 = 1 << UInt64(min(depth, 63))
    if hasMember & bit != 0 {
      append(0x2C)
      if pretty && lineDepth != 0 { append(0x20) }  // ", " between the members of a one-line object
    }
    hasMember |= bit
    newline()
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
  package mutating func key(_ k: StaticString) {
    separate()
    append(0x22)
    k.withUTF8Buffer { append($0) }
    append(0x22)
    append(0x3A)
    if pretty { append(0x20) }
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

  private mutating func escaped(_ u: UnsafeBufferPointer<UInt8>) {
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
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for x in [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]] { append(x) }
      }
    }
    if u.count > runStart { append(UnsafeBufferPointer(rebasing: u[runStart..<u.count])) }
    append(0x22)
  }

  /// A string given as scalar values, encoded to UTF-8 here: no intermediate `String` for the long text.
  package mutating func string(scalars: Scalars) { string(scalars: scalars[...]) }

  /// A string given as a slice of scalar values (a sentence of the text).
  package mutating func string(scalars: ArraySlice<UInt32>) {
    append(0x22)
    // Encoded straight into the buffer, in pieces of at most 8192 scalars with room for the worst case (an
    // escaped control is 6 bytes): no scratch copy of the text, and a streaming writer holds one chunk at most.
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let end = min(i + 8192, scalars.endIndex)
      let room = (end - i) * 6
      if count + room > capacity { grow(to: count + room) }
      let out = UnsafeMutableBufferPointer(start: base + count, count: room)
      var n = 0
      for v in scalars[i..<end] {
        if v < 0x80 {
          switch v {
          case 0x22, 0x5C:
            out[n] = 0x5C; out[n + 1] = UInt8(v); n += 2
          case 0x0A:
            out[n] = 0x5C; out[n + 1] = 0x6E; n += 2
          case 0x0D:
            out[n] = 0x5C; out[n + 1] = 0x72; n += 2
          case 0x09:
            out[n] = 0x5C; out[n + 1] = 0x74; n += 2
          case 0..<0x20:
            let hex: StaticString = "0123456789abcdef"
            hex.withUTF8Buffer { h in
              out[n] = 0x5C; out[n + 1] = 0x75; out[n + 2] = 0x30; out[n + 3] = 0x30
              out[n + 4] = h[Int(v >> 4)]; out[n + 5] = h[Int(v & 0xF)]
            }
            n += 6
          default:
            out[n] = UInt8(v); n += 1
          }
        } else {
          UTF8Encoding.write(v, into: out, at: &n)
        }
      }
      count += n
      i = end
    }
    append(0x22)
  }

  package mutating func raw(_ s: StaticString) { s.withUTF8Buffer { append($0) } }
  package mutating func raw(_ s: String) {
    if s.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
      var copy = s
      copy.withUTF8 { append($0) }
    }
  }
  package mutating func int(_ v: Int) {
    if v >= 0 && v < 10 {
      append(UInt8(0x30 + v))
      return
    }
    // Digits written backwards into a small buffer: no String for each offset.
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var m = v.magnitude
    var k = 20
    withUnsafeMutableBytes(of: &digits) { d in
      repeat {
        k -= 1
        d[k] = UInt8(0x30 + m % 10)
        m /= 10
      } while m > 0
      if v < 0 { append(0x2D) }
      append(UnsafeBufferPointer(rebasing: UnsafeRawBufferPointer(d).bindMemory(to: UInt8.self)[k..<20]))
    }
  }
  package mutating func null() { raw("null") }
  package mutating func field(_ k: StaticString, _ v: Bool) { key(k); raw(v ? "true" : "false") }

  package mutating func field(_ k: StaticString, _ v: String) { key(k); string(v) }
  package mutating func field(_ k: StaticString, _ v: String?) { key(k); if let v { string(v) } else { null() } }
  package mutating func field(_ k: StaticString, _ v: Int) { key(k); int(v) }
  package mutating func field(_ k: StaticString, _ v: Int?) { key(k); if let v { int(v) } else { null() } }
  package mutating func field(_ k: StaticString, _ v: ExactDecimal) { key(k); raw(v.description) }
  package mutating func field(_ k: StaticString, _ v: ExactDecimal?) { key(k); if let v { raw(v.description) } else { null() } }
  /// An id such as `f12`, written without making a String.
  package mutating func id<K: IDPrefix>(_ v: SequentialID<K>) {
    append(0x22)
    append(K.prefix)
    int(v.number)
    append(0x22)
  }
  package mutating func field<K: IDPrefix>(_ k: StaticString, _ v: SequentialID<K>) { key(k); id(v) }
  package mutating func field<K: IDPrefix>(_ k: StaticString, _ v: SequentialID<K>?) { key(k); if let v { id(v) } else { null() } }
  package mutating func field(_ k: StaticString, _ v: NodeID?) { key(k); if let v { string(v.path) } else { null() } }
  package mutating func field(_ k: StaticString, _ v: [String]) {
    key(k)
    beginArray()
    for x in v { element(); string(x) }
    endArray()
  }
  package mutating func field(_ k: StaticString, _ v: SourceSpan?) {
    key(k)
    guard let v else { return null() }
    // Spans stay on one line even in pretty output: they are read as a pair.
    let wasLine = lineDepth
    beginLineObject()
    key("start")
    int(v.start)
    key("end")
    int(v.end)
    endLineObject()
    lineDepth = wasLine
  }
}
