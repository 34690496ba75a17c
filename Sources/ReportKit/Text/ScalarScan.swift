extension UnsafeBufferPointer where Element == UInt32 {
  /// The first offset in `from..<end` whose scalar is at most `limit`, else `end`; eight scalars a step.
  ///
  /// Line breaks (U+000A–000D, U+0085, U+2028, U+2029) all lie below most of the text (Han from U+3400): a scan
  /// for them with `limit` 0x2029 tests eight scalars with one vector comparison, then stops at digits and
  /// other low scalars for the caller to look at.
  @inline(__always)
  func firstOffset(atMost limit: UInt32, from: Int, to end: Int) -> Int {
    guard let base = baseAddress else { return end }
    var i = from
    let lim = SIMD8<UInt32>(repeating: limit)
    while i &+ 8 <= end {
      let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<UInt32>.self)
      if any(v .<= lim) { break }
      i &+= 8
    }
    while i < end && base[i] > limit { i &+= 1 }
    return i
  }

  /// The first offset in `from..<end` whose scalar is `a` or `b`, else `end`; eight scalars a step.
  @inline(__always)
  func firstOffset(of a: UInt32, or b: UInt32, from: Int, to end: Int) -> Int {
    guard let base = baseAddress else { return end }
    var i = from
    let va = SIMD8<UInt32>(repeating: a)
    let vb = SIMD8<UInt32>(repeating: b)
    while i &+ 8 <= end {
      let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<UInt32>.self)
      if any((v .== va) .| (v .== vb)) { break }
      i &+= 8
    }
    while i < end && base[i] != a && base[i] != b { i &+= 1 }
    return i
  }

  /// The first offset in `from..<end` whose scalar is `a`, else `end`; eight scalars a step.
  @inline(__always)
  func firstOffset(of a: UInt32, from: Int, to end: Int) -> Int { firstOffset(of: a, or: a, from: from, to: end) }

  /// The first offset in `from..<end` whose scalar ends a line (`Scalar.isLineBreak`), else `end`; eight scalars
  /// a step, passing over digits, Latin and punctuation as fast as over Han. A function of its own: inlined into
  /// the normaliser's large loop, its vector test (`any`) was left as a call.
  @inline(never)
  func firstLineBreak(from: Int, to end: Int) -> Int {
    guard let base = baseAddress else { return end }
    var i = from
    // Vectors on both sides: with a scalar operand the comparisons compile lane by lane.
    typealias V = SIMD8<UInt32>
    let lf = V(repeating: 0x0A)
    let three = V(repeating: 3)
    let nel = V(repeating: 0x85)
    let lineSeparator = V(repeating: 0x2028)
    let one = V(repeating: 1)
    let paragraphSeparator = V(repeating: 0x2029)
    while i &+ 8 <= end {
      let v = UnsafeRawPointer(base + i).loadUnaligned(as: V.self)
      // Eight scalars above U+2029 (Han, CJK and full-width punctuation) pass with one comparison.
      if any(v .<= paragraphSeparator) {
        // U+000A–000D in one unsigned comparison, U+2028–2029 in another.
        let hit = ((v &- lf) .<= three) .| (v .== nel) .| ((v &- lineSeparator) .<= one)
        if any(hit) { break }
      }
      i &+= 8
    }
    while i < end && !Scalar.isLineBreak(base[i]) { i &+= 1 }
    return i
  }
}

extension Scalar {
  /// A scalar that ends a line of source text: LF, VT, FF, CR, NEL, and the Unicode line and paragraph
  /// separators (U+2028, U+2029).
  @inline(__always) static func isLineBreak(_ v: UInt32) -> Bool {
    v &- 0x0A <= 3 || v == 0x85 || v &- 0x2028 <= 1
  }
}
