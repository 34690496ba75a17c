import Testing
@testable import ReportKit

/// Sentences, found in the extraction pass: the unit a target quotes.
@Suite struct SentenceTests {
  private func sentenceText(_ text: String, of figure: String) throws -> String {
    let doc = ExtractSupport.raw(text)
    let f = try #require(doc.figures.first { $0.text == figure })
    return ExtractSupport.text(doc, f.sentence)
  }

  @Test func endMarksInsideBracketsDoNotEndTheSentence() throws {
    let text = "推进数字政府建设（今年完成一期；明年完成二期），新增上云企业1万家。其后增长5%。"
    #expect(try sentenceText(text, of: "1万家") == "推进数字政府建设（今年完成一期；明年完成二期），新增上云企业1万家。")
    #expect(try sentenceText(text, of: "5%") == "其后增长5%。")
  }

  @Test func anEndMarkInsideQuotesKeepsTheSentenceGoing() throws {
    let text = "他说：“新增就业5万人。”随后增长5%。下一句。"
    #expect(try sentenceText(text, of: "5万人") == "他说：“新增就业5万人。”随后增长5%。")
  }

  @Test func semicolonsAndLineBreaksEndSentences() throws {
    let text = "国内生产总值增长5%左右；城镇新增就业1200万人以上\n居民消费价格涨幅3%左右"
    #expect(try sentenceText(text, of: "5%") == "国内生产总值增长5%左右；")
    #expect(try sentenceText(text, of: "1200万人") == "城镇新增就业1200万人以上")
    #expect(try sentenceText(text, of: "3%") == "居民消费价格涨幅3%左右")
  }

  @Test func aBracketLeftOpenStopsHoldingSentencesTogether() throws {
    // “ opens and never closes: after 150 scalars an end mark ends the sentence again.
    let filler = String(repeating: "推进", count: 80)
    let text = "“\(filler)。增长5%。"
    #expect(try sentenceText(text, of: "5%") == "增长5%。")
  }
}
