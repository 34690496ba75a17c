import Foundation
import Testing
@testable import ReportKit

/// Extraction over the real reports of the external corpus (skipped with a message when it is absent).
@Suite struct CorpusExtractionTests {
  /// The headline targets of each national report's 主要预期目标 paragraph, read from the text by hand:
  /// "metric comparator value unit", in text order.
  static let headlines: [(year: Int, targets: [String])] = [
    (2013, ["国内生产总值增长 about 7.5 %", "居民消费价格涨幅 about 3.5 %", "城镇新增就业 floor 9000000 人", "城镇登记失业率 ceiling 4.6 %"]),
    (2014, ["国内生产总值增长 about 7.5 %", "居民消费价格涨幅 about 3.5 %", "城镇新增就业 floor 10000000 人", "城镇登记失业率 ceiling 4.6 %"]),
    (2015, [
      "国内生产总值增长 about 7 %", "居民消费价格涨幅 about 3 %", "城镇新增就业 floor 10000000 人", "城镇登记失业率 ceiling 4.5 %",
      "进出口增长 about 6 %", "能耗强度下降 floor 3.1 %",
    ]),
    (2016, [
      "国内生产总值增长 range 6.5-7 %", "居民消费价格涨幅 about 3 %", "城镇新增就业 floor 10000000 人", "城镇登记失业率 ceiling 4.5 %",
      "单位国内生产总值能耗下降 floor 3.4 %",
    ]),
    (2017, [
      "国内生产总值增长 about 6.5 %", "居民消费价格涨幅 about 3 %", "城镇新增就业 floor 11000000 人", "城镇登记失业率 ceiling 4.5 %",
      "单位国内生产总值能耗下降 floor 3.4 %",
    ]),
    (2018, [
      "国内生产总值增长 about 6.5 %", "居民消费价格涨幅 about 3 %", "城镇新增就业 floor 11000000 人", "城镇调查失业率 ceiling 5.5 %",
      "城镇登记失业率 ceiling 4.5 %", "单位国内生产总值能耗下降 floor 3 %",
    ]),
    (2019, [
      "国内生产总值增长 range 6-6.5 %", "城镇新增就业 floor 11000000 人", "城镇调查失业率 about 5.5 %", "城镇登记失业率 ceiling 4.5 %",
      "居民消费价格涨幅 about 3 %", "农村贫困人口减少 floor 10000000 ", "单位国内生产总值能耗下降 about 3 %",
    ]),
    (2020, ["城镇新增就业 floor 9000000 人", "城镇调查失业率 about 6 %", "城镇登记失业率 about 5.5 %", "居民消费价格涨幅 about 3.5 %"]),
    (2021, [
      "国内生产总值增长 floor 6 %", "城镇新增就业 floor 11000000 人", "城镇调查失业率 about 5.5 %", "居民消费价格涨幅 about 3 %",
      "单位国内生产总值能耗降低 about 3 %", "粮食产量 floor 1300000000000 斤",
    ]),
    (2022, [
      "国内生产总值增长 about 5.5 %", "城镇新增就业 floor 11000000 人", "城镇调查失业率 ceiling 5.5 %", "居民消费价格涨幅 about 3 %",
      "粮食产量 floor 1300000000000 斤",
    ]),
    (2023, [
      "国内生产总值增长 about 5 %", "城镇新增就业 about 12000000 人", "城镇调查失业率 about 5.5 %", "居民消费价格涨幅 about 3 %",
      "粮食产量 floor 1300000000000 斤",
    ]),
    (2024, [
      "国内生产总值增长 about 5 %", "城镇新增就业 floor 12000000 人", "城镇调查失业率 about 5.5 %", "居民消费价格涨幅 about 3 %",
      "粮食产量 floor 1300000000000 斤", "单位国内生产总值能耗降低 about 2.5 %",
    ]),
    (2025, [
      "国内生产总值增长 about 5 %", "城镇调查失业率 about 5.5 %", "城镇新增就业 floor 12000000 人", "居民消费价格涨幅 about 2 %",
      "粮食产量 about 1400000000000 斤", "单位国内生产总值能耗降低 about 3 %",
    ]),
    (2026, [
      "经济增长 range 4.5-5 %", "城镇调查失业率 about 5.5 %", "城镇新增就业 floor 12000000 人", "居民消费价格涨幅 about 2 %",
      "粮食产量 about 1400000000000 斤", "单位国内生产总值二氧化碳排放降低 about 3.8 %",
    ]),
  ]

  @Test(arguments: headlines.map(\.year))
  func headlineTargets(year: Int) throws {
    guard let url = ExtractSupport.external("national/china/\(year).txt") else {
      print("skipped: no external corpus (set REPORTKIT_EXTERNAL_CORPUS or place it at ../shared/corpus-external)")
      return
    }
    let docs = try ExtractSupport.documents(path: url.path)
    let doc = try #require(docs.first { $0.text.contains("城镇新增就业") && $0.text.contains("预期目标") })
    // The paragraph: 今年…主要预期目标是：… (2020: the one naming 城镇新增就业900万人以上).
    let lines = doc.text.split(separator: "\n", omittingEmptySubsequences: false)
    var offset = 0
    var paragraph: SourceSpan?
    for line in lines {
      let n = line.unicodeScalars.count
      if line.contains("主要预期目标是") || (year == 2020 && line.contains("城镇新增就业900万人以上")) {
        paragraph = SourceSpan(start: offset, end: offset + n)
        break
      }
      offset += n + 1
    }
    let p = try #require(paragraph)
    let got = doc.targets.filter { p.contains($0.span) }.map { t in
      "\(t.metric) \(t.comparator.rawValue) \(t.value)\(t.upper.map { "-\($0)" } ?? "") \(t.unit)"
    }
    let want = CorpusExtractionTests.headlines.first { $0.year == year }!.targets
    #expect(got == want)
    // The year is the report's, so 今年 dates each of them.
    for t in doc.targets where p.contains(t.span) {
      let d = doc.deadlines.first { $0.id == t.deadlineId }
      if year != 2020 { #expect(d?.interval?.start.year == year, "\(t.metric) has deadline \(d?.text ?? "none")") }
    }
  }

  @Test func everySpanGivesItsTextAndOutputIsStable() throws {
    let files = Paths.externalReports
    guard !files.isEmpty else {
      print("skipped: no external corpus (set REPORTKIT_EXTERNAL_CORPUS or place it at ../shared/corpus-external)")
      return
    }
    let stray: Set<String> = ["一是", "二是", "三是", "5G", "长三角", "一带一路", "十四五", "一", "二", "三", "两高", "双碳"]
    var totalFigures = 0
    for url in files {
      let docs = try ExtractSupport.documents(path: url.path)
      let again = try ExtractSupport.documents(path: url.path)
      for (d, e) in zip(docs, again) {
        let s = d.text.scalarValues
        func at(_ sp: SourceSpan) -> String? {
          guard sp.start >= 0, sp.start < sp.end, sp.end <= s.count else { return nil }
          return String(scalarValues: s[sp.start..<sp.end])
        }
        for f in d.figures {
          #expect(at(f.span) == f.text, "\(url.lastPathComponent) \(f.id)")
          #expect(f.sentence.contains(f.span))
          // A lone 一/二/三 is a figure only as a place in a ranking (居全国第二), never as wording.
          #expect(!stray.contains(f.text) || (f.kind == .rank && ["一", "二", "三"].contains(f.text)),
            "\(url.lastPathComponent): stray figure \(f.text)")
        }
        for t in d.deadlines { #expect(at(t.span) == t.text, "\(url.lastPathComponent) \(t.id)") }
        for g in d.targets {
          #expect(at(g.sentence) == d.sentenceText(of: g))
          #expect(!g.metric.isEmpty)
          #expect(d.figures.contains { $0.id == g.figureId && $0.span == g.span })
          if let id = g.deadlineId { #expect(d.deadlines.contains { $0.id == id }) }
        }
        #expect(d.figures.map(\.id) == e.figures.map(\.id))
        #expect(d.figures.map(\.metric) == e.figures.map(\.metric))
        #expect(d.targets.map(\.metric) == e.targets.map(\.metric))
        #expect(d.deadlines.map(\.interval) == e.deadlines.map(\.interval))
        totalFigures += d.figures.count
      }
    }
    #expect(totalFigures > files.count * 20)
  }

  @Test func nationalReportsReviewLastYearsActuals() throws {
    // 2024 report, part 一: 国内生产总值增长5.2%, 城镇新增就业1244万人 (read from the text).
    guard let url = ExtractSupport.external("national/china/2024.txt") else {
      print("skipped: no external corpus")
      return
    }
    let doc = try #require(try ExtractSupport.documents(path: url.path).first)
    let gdp = try #require(doc.figures.first { $0.text == "5.2%" })
    #expect(gdp.metric == "国内生产总值增长")
    #expect(gdp.role == .actual)
    let jobs = try #require(doc.figures.first { $0.text == "1244万人" })
    #expect(jobs.metric == "城镇新增就业")
    #expect(jobs.value == ExactDecimal(12_440_000))
    #expect(jobs.role == .actual)
  }
}
