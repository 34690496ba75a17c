import Testing
@testable import ReportKitIndex

@Test(arguments: [
  ("新增就业", "新增 增就 就业"),
  ("就业", "就业"),
  ("改革，开放", "改革 开放"),
  ("省、市", ""),
  ("5G网络", "5g g网 网络"),
])
func pairsOfEachRunOfWordCharacters(text: String, pairs: String) {
  let tokens = Bigrams.tokens(text.unicodeScalars.map(\.value)[...])
  #expect(String(decoding: tokens, as: UTF8.self) == pairs)
}
