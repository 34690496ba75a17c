import Testing
@testable import ReportKit

/// The decoder's runs of three-byte sequences (two at a time where both are led by E1–EC) give the scalars
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
