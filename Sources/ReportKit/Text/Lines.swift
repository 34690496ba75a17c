/// The lines (paragraphs) of normalised text.
public enum Lines {
  /// The non-empty lines of `s` from offset `from` on, without their line breaks.
  public static func ranges(in s: Scalars, from: Int = 0) -> [Range<Int>] {
    var out: [Range<Int>] = []
    s.withUnsafeBufferPointer { p in
      let n = p.count
      var a = from
      while a < n {
        // Lines run to a few hundred scalars: the break is found eight scalars a step.
        let i = p.firstOffset(of: Scalar.newline, from: a, to: n)
        if i > a { out.append(a..<i) }
        a = i + 1
      }
    }
    return out
  }
}
