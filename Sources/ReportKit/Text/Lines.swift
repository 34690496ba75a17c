/// The lines (paragraphs) of normalised text.
public enum Lines {
  /// The non-empty lines of `s` from offset `from` on, without their line breaks.
  public static func ranges(in s: Scalars, from: Int = 0) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var a = from
    var i = from
    while i < s.count {
      if s[i] == Scalar.newline {
        if i > a { out.append(a..<i) }
        a = i + 1
      }
      i += 1
    }
    if a < s.count { out.append(a..<s.count) }
    return out
  }
}
