import Foundation
import Testing
@testable import ReportKit

/// The seed's figures, deadlines and targets (report year 2022), as a person reads them in the text.
@Suite struct SeedExtractionTests {
  let docs: [Document]

  init() throws {
    docs = try ExtractSupport.documents(path: ExtractSupport.seed.path, year: 2022)
  }

  private var figures: [Figure] { docs.flatMap(\.figures) }

  @Test func holdsItsThreeArticles() {
    #expect(docs.count == 3)
  }

  @Test(arguments: [
    // (text, value, unit, qualifier, kind): the figures the check lists, and the rest of the seed's.
    ("470亿元", "47000000000", "元", "", FigureKind.money), ("170.5亿元", "17050000000", "元", "", .money),
    ("68.9亿元", "6890000000", "元", "", .money), ("4.45亿元", "445000000", "元", "", .money),
    ("450万元", "4500000", "元", "", .money), ("1554万元", "15540000", "元", "约", .money),
    ("1.7个百分点", "1.7", "个百分点", "", .percentagePoint), ("30MW", "30", "MW", "", .physical),
    ("20MW", "20", "MW", "", .physical), ("20家", "20", "家", "近", .count), ("102户", "102", "户", "", .count),
    ("284个", "284", "个", "", .count), ("97名", "97", "名", "", .rank), ("66名", "66", "名", "", .rank),
    ("50%", "50", "%", "", .percent), ("60%", "60", "%", "", .percent), ("80%", "80", "%", "", .percent),
    ("40%", "40", "%", "以上", .percent),
  ])
  func figure(text: String, value: String, unit: String, qualifier: String, kind: FigureKind) throws {
    let f = try #require(figures.first { $0.text == text })
    #expect(f.value.description == value)
    #expect(f.unit == unit)
    #expect((f.qualifier ?? "") == qualifier)
    #expect(f.kind == kind)
  }

  @Test func noOtherFigures() {
    // Besides the 18 above: 1个办公室, 9个推进部, 90项重点任务, 55个专项规划, 9个重点片区, 53个项目, 22个长江大保护项目.
    #expect(
      figures.map(\.text).sorted()
        == [
          "1.7个百分点", "102户", "1554万元", "170.5亿元", "1个", "20MW", "20家", "22个", "284个", "30MW", "4.45亿元",
          "40%", "450万元", "470亿元", "50%", "53个", "55个", "60%", "66名", "68.9亿元", "80%", "90项", "97名", "9个",
          "9个",
        ])
  }

  @Test func spansGiveTheirText() {
    for d in docs {
      for f in d.figures { #expect(ExtractSupport.text(d, f.span) == f.text) }
      for t in d.deadlines { #expect(ExtractSupport.text(d, t.span) == t.text) }
      for g in d.targets { #expect(d.sentences.contains { $0.span == g.sentence } && g.sentence.contains(g.span)) }
    }
  }

  @Test(arguments: [
    ("12月底前", "2022-01-01", "2022-12-31"), ("今年10月底", "2022-01-01", "2022-10-31"), ("2年内", "2022-01-01", "2023-12-31"),
    ("“十四五”期间", "2021-01-01", "2025-12-31"), ("2030年前", "2022-01-01", "2030-12-31"),
    ("2060年前", "2022-01-01", "2060-12-31"), ("2022年", "2022-01-01", "2022-12-31"),
    ("2021年1-10月", "2021-01-01", "2021-10-31"), ("去年10月", "2021-10-01", "2021-10-31"),
  ])
  func deadline(text: String, start: String, end: String) throws {
    let d = try #require(docs.flatMap(\.deadlines).first { $0.text == text })
    #expect(d.interval?.start.description == start)
    #expect(d.interval?.end.description == end)
  }

  @Test func installationRateTargets() throws {
    let doc = docs[2]
    let rate = doc.targets.filter { $0.metric.hasSuffix("安装率") }
    #expect(rate.map(\.metric) == ["居民光伏屋顶安装率", "居民光伏屋顶安装率", "居民光伏屋顶安装率", "安装率"])
    #expect(rate.map(\.value.description) == ["50", "60", "80", "40"])
    #expect(rate.map(\.comparator) == [.reach, .reach, .reach, .floor])
    let ends = rate.map { t in doc.deadlines.first { $0.id == t.deadlineId }?.interval?.end.description }
    #expect(ends == ["2022-10-31", "2022-12-31", "2023-12-31", "2023-12-31"])
    #expect(rate.allSatisfy { $0.hedge == "力争" })
    #expect(rate.allSatisfy { $0.nodeId == "二/1" })
  }

  @Test func reviewFiguresOfTheFirstArticleAreActuals() {
    let doc = docs[0]
    #expect(doc.figures.allSatisfy { $0.role == .actual })
    #expect(doc.targets.isEmpty)
    #expect(doc.figures.first { $0.text == "470亿元" }?.metric == "投资")
  }

  @Test func outputIsDeterministic() throws {
    let again = try ExtractSupport.documents(path: ExtractSupport.seed.path, year: 2022)
    for (a, b) in zip(docs, again) {
      #expect(a.figures.map(\.id) == b.figures.map(\.id))
      #expect(a.figures.map(\.metric) == b.figures.map(\.metric))
      #expect(a.targets.map(\.metric) == b.targets.map(\.metric))
      #expect(a.deadlines.map(\.interval) == b.deadlines.map(\.interval))
    }
  }
}
