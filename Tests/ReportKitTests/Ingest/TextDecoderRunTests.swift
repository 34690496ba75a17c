import Testing
@testable import ReportKit

/// The decoder's runs of three-byte sequences (four or two at a time, then one) give the scalars
/// Swift's own decoding gives, whatever the run's length, what breaks it and where the text ends.
@Test(arguments: ["政府工作报告", "增长，稳定；提高：", "一二三四五六七\u{3002}", "ＡＢ１２３年", "年\u{FFFD}年", "年\u{E000}年", "甲乙a丙丁𠀀戊"])
func decodedRunsMatchSwiftsDecoding(piece: String) {
  for prefix in ["", "a", "ab"] {
    for repeats in 1...5 {
      let text = prefix + String(repeating: piece, count: repeats)
      let d = TextDecoder.decodeUTF8(Array(text.utf8), from: 0)
      #expect(d?.scalars == text.unicodeScalars.map(\.value))
    }
  }
}

@Test func aRunCutShortAtTheEndIsDamage() {
  // 年 is E5 B9 B4: its last byte missing after a run of six Han.
  let bytes = Array("政府工作报告".utf8) + [0xE5, 0xB9]
  #expect(TextDecoder.decodeUTF8(bytes, from: 0) == nil)
  let lossy = TextDecoder.decodeUTF8(bytes, from: 0, lossy: true)
  #expect(lossy?.scalars == "政府工作报告".unicodeScalars.map(\.value) + [0xFFFD, 0xFFFD])
  #expect(lossy?.undecodable == 2)
}

/// Texts drawn from the scalars on each side of every bound the runs test (U+0FFF/U+1000 for E0/E1, U+CFFF/
/// U+D000 for EC/ED, U+E000 and U+F8FF/U+F900 for EE/EF, U+FFFD, U+FFFF) mixed with Han, full-width
/// punctuation, ASCII, controls and two- and four-byte forms: the decoder's four-, two- and one-at-a-time
/// runs give Swift's scalars and count exactly what `Decoded.note` counts scalar by scalar.
@Test func mixedTextsDecodeAsSwiftDoesAndCountAsNoteDoes() {
  let alphabet: [UInt32] = [
    0x653F, 0x5E9C, 0x5DE5, 0x4F5C, 0x3002, 0xFF0C, 0xFF1B, 0xFF08, 0x0FFF, 0x1000, 0xCFFF, 0xD7FF, 0xE000,
    0xF8FF, 0xF900, 0xFFFD, 0xFFFF, 0xFEFF, 0x31, 0x25, 0x0A, 0x01, 0xE9, 0x20000,
  ]
  var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
  func next(_ n: Int) -> Int {
    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int(truncatingIfNeeded: seed >> 33) % n
  }
  for _ in 0..<400 {
    // Mostly Han and full-width forms, as in a report, so that runs of every length occur.
    let length = 1 + next(40)
    let values = (0..<length).map { _ in next(3) > 0 ? alphabet[next(8)] : alphabet[next(alphabet.count)] }
    let text = String(String.UnicodeScalarView(values.map { Unicode.Scalar($0)! }))
    let d = TextDecoder.decodeUTF8(Array(text.utf8), from: 0)
    #expect(d?.scalars == values)
    var expected = TextDecoder.Decoded(scalars: values, encoding: .utf8)
    for (k, v) in values.enumerated() { expected.note(v, at: k) }
    #expect(d?.controls == expected.controls)
    #expect(d?.replacements == expected.replacements)
    #expect(d?.firstBad == expected.firstBad)
    #expect(d?.multibyte == values.filter { $0 >= 0x80 }.count)
  }
}
