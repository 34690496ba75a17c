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
}
