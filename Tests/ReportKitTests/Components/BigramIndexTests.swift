import Foundation
import Testing
@testable import ReportKit

extension Components {
  @Suite struct BigramIndexTests {
    static let sentences = [
      "加快建设现代化产业体系",  // 0: 10 bigrams
      "推进乡村全面振兴",  // 1: 7
      "着力扩大国内需求",  // 2: 7
      "建设现代化基础设施体系",  // 3: 10
      "深入实施科教兴国战略",  // 4: 9
    ]
    static let index = BigramIndex(passages: sentences.map(\.scalarValues))

    static func passages(_ query: String, limit: Int = 10) -> [Int] {
      index.search(query.scalarValues, limit: limit).map(\.passage)
    }

    @Test func bigramsArePackedPairsBrokenByOtherCharacters() {
      // 现 U+73B0 代 U+4EE3 化 U+5316 | ， | 产 U+4EA7 业 U+4E1A | 2025 | 体 U+4F53 系 U+7CFB
      #expect(
        BigramIndex.bigrams("现代化，产业2025体系 a".scalarValues)
          == [0x73B0_0000_4EE3, 0x4EE3_0000_5316, 0x4EA7_0000_4E1A, 0x4F53_0000_7CFB])
      #expect(BigramIndex.bigrams("化".scalarValues) == [])
    }

    @Test func theSentenceWithTheMostSharedBigramsRanksFirst() {
      // The query's 8 bigrams 建设 设现 现代 代化 化产 产业 业体 体系 are all in 0; 3 has 5 of them
      // (建设 设现 现代 代化 体系); the others have none.
      #expect(Self.passages("建设现代化产业体系") == [0, 3])
      #expect(Self.passages("建设现代化产业体系", limit: 1) == [0])
      #expect(Self.passages("乡村振兴") == [1])  // 乡村 and 振兴 (村振 is in no sentence)
    }

    @Test(arguments: ["保障和改善民生", "2025，。", "", "   "])
    func noSharedBigramNoHit(query: String) {
      #expect(Self.passages(query) == [])
    }

    @Test func limitZeroAndEmptyIndex() {
      #expect(Self.passages("建设现代化", limit: 0) == [])
      #expect(BigramIndex(passages: []).search("建设".scalarValues, limit: 5).isEmpty)
    }

    @Test func aOneCharacterQueryFallsBackToCharacters() {
      #expect(Self.passages("村") == [1])
      // 体 is in 0 and 3, both 10 terms long: equal scores, so passage order.
      #expect(Self.passages("体") == [0, 3])
    }

    @Test func latinWordsAreWholeTerms() {
      let index = BigramIndex(passages: ["GDP增长5%".scalarValues, "CPI涨幅2%".scalarValues, "建设5G基站".scalarValues])
      #expect(index.search("gdp".scalarValues, limit: 5).map(\.passage) == [0])
      #expect(index.search("ＧＤＰ".scalarValues, limit: 5).map(\.passage) == [0])  // fullwidth letters
      #expect(index.search("5G网络".scalarValues, limit: 5).map(\.passage) == [2])
      #expect(index.search("GD".scalarValues, limit: 5).isEmpty)  // a word matches whole, not by prefix
    }

    @Test func bm25ScoresWorkedByHand() throws {
      // Passages: 推进乡村振兴 (5 bigrams: 推进 进乡 乡村 村振 振兴), 乡村振兴 (3), 加快建设 (3).
      // N = 3, avgdl = 11 / 3. Query 乡村: df = 2, tf = 1 where present.
      //   idf = ln(1 + (3 − 2 + 0.5) / (2 + 0.5)) = ln 1.6 = 0.470004
      //   乡村振兴, dl = 3: 1 + 1.2 × (0.25 + 0.75 × 3 / (11/3)) = 1 + 1.2 × (0.25 + 0.613636) = 2.036364
      //     score = 0.470004 × 2.2 / 2.036364 = 0.470004 × 1.080357 = 0.507772
      //   推进乡村振兴, dl = 5: 1 + 1.2 × (0.25 + 0.75 × 5 / (11/3)) = 1 + 1.2 × (0.25 + 1.022727) = 2.527273
      //     score = 0.470004 × 2.2 / 2.527273 = 0.470004 × 0.870504 = 0.409140
      //   加快建设 has no 乡村: no hit.
      // Query 乡村振兴: 乡村, 村振 and 振兴 each have df = 2 and tf = 1 in both, so each score is 3 times the above.
      let index = BigramIndex(passages: ["推进乡村振兴", "乡村振兴", "加快建设"].map(\.scalarValues))
      let one = index.search("乡村".scalarValues, limit: 10)
      try #require(one.count == 2)
      #expect(one[0].passage == 1 && abs(one[0].score - 0.507772) < 1e-6)
      #expect(one[1].passage == 0 && abs(one[1].score - 0.409140) < 1e-6)
      let three = index.search("乡村振兴".scalarValues, limit: 10)
      try #require(three.count == 2)
      #expect(three[0].passage == 1 && abs(three[0].score - 3 * 0.507772) < 3e-6)
      #expect(three[1].passage == 0 && abs(three[1].score - 3 * 0.409140) < 3e-6)
    }

    @Test func repeatedTermsSaturate() throws {
      // tf = 2 in a passage of 3 bigrams (乡村 村乡 乡村), alone in the index: N = 1, df = 1, avgdl = dl = 3.
      //   idf = ln(1 + 0.5 / 1.5) = ln(4/3) = 0.287682; norm = 1.2 × (0.25 + 0.75) = 1.2
      //   score = 0.287682 × 2 × 2.2 / (2 + 1.2) = 0.287682 × 1.375 = 0.395563
      let index = BigramIndex(passages: ["乡村乡村".scalarValues])
      let hits = index.search("乡村".scalarValues, limit: 1)
      try #require(hits.count == 1)
      #expect(abs(hits[0].score - 0.395563) < 1e-6)
    }
  }
}
