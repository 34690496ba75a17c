extension Scalar {
  /// A scalar with no canonical decomposition that no combining mark or joiner may follow into the same
  /// character: printable ASCII, the middle dot, general punctuation (dashes, quotes, ‰; not the invisible
  /// format characters), CJK punctuation (not the tone marks U+302A–302F), CJK ideographs (not the
  /// compatibility ones) and the full-width forms. Text made only of these is equal as a `String` (canonical
  /// equivalence) exactly where its scalars are equal, and each scalar is a character of its own.
  @inline(__always) static func isInert(_ c: UInt32) -> Bool {
    switch c {
    case 0x20...0x7E, 0xB7, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
      return true
    default:
      return false
    }
  }
}
