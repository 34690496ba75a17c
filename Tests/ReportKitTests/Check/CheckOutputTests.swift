import Foundation
import Testing
@testable import ReportKit

/// The three views of a check: JSON held to check.schema.json, the Markdown scorecard, and the HTML page (read as
/// text and rendered by a real browser).
@Suite struct CheckOutputTests {
  typealias S = CheckSupport

  static let schema = try! JSONSchema(
    contentsOf: Paths.repo.appendingPathComponent("Sources/ReportKit/Output/Schemas/check.schema.json"))

  /// A plan and its next year's review giving every status: met (GDP, CPI, revenue in its range, trade, the
  /// balance of payments, the computing centre), exceeded (jobs), not-met (unemployment over its ceiling), unclear
  /// (a growth target the review gives only as a share), in-progress (solar, due 2027; urban renewal 推进),
  /// partly-met (基本完成), not-mentioned (two tasks), and a five-year sentence.
  static let samplePlan = S.plan(
    year: 2025,
    headline: "地区生产总值增长5%左右；城镇新增就业60万人以上；城镇调查失业率5.5%以内；居民消费价格涨幅2%左右；一般公共预算收入增长3%—4%；数字经济核心产业增加值增长8%；进出口稳量提质；国际收支保持基本平衡",
    tasks: [
      "建设省级算力中心。", "推进城市更新行动。", "完成黄河流域生态保护治理工程。", "打造国际消费中心城市。",
      "壮大新能源产业。到2027年底前，全省光伏装机容量达到5000万千瓦。",
    ])

  static let sampleProgress = S.progress(year: 2026, review: [
    "过去一年，全省地区生产总值增长5.2%，城镇新增就业66万人，城镇调查失业率5.8%，居民消费价格下降0.1%，一般公共预算收入增长3.6%，数字经济核心产业增加值占地区生产总值比重达到10.5%，进出口总额增长6.3%，国际收支基本平衡。",
    "建成省级算力中心并投入运营。城市更新行动加快推进，改造老旧小区300个。黄河流域生态保护治理工程基本完成。全省光伏装机容量3000万千瓦。",
    "五年来，全省地区生产总值年均增长5.5%。",
  ])

  static let sample: CheckResult = try! S.check(plan: samplePlan, progress: sampleProgress)

  /// The national 2025 report checked against the 2026 one, nil without the external corpus.
  static let national: CheckResult? = {
    guard let root = Paths.externalCorpus else { return nil }
    let dir = root.appendingPathComponent("national/china")
    guard let plan = try? Pipeline().extract(path: dir.appendingPathComponent("2025.txt").path),
      let progress = try? Pipeline().extract(path: dir.appendingPathComponent("2026.txt").path)
    else { return nil }
    return Checker().check(plan: plan, progress: [progress])
  }()

  static let noCorpus: Comment = "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)"

  private static func json(_ r: CheckResult) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(CheckJSON.encode(r))) as? [String: Any])
  }

  @Test func sampleGivesEveryStatus() {
    let s = Self.sample.summary
    // Counted by hand from the texts, item by item (see `samplePlan`).
    #expect(s == [.met: 6, .exceeded: 1, .partlyMet: 1, .notMet: 1, .inProgress: 2, .notMentioned: 2, .unclear: 1])
    #expect(Self.sample.items.count == 14)
  }

  // MARK: JSON

  @Test func sampleJSONConformsToTheSchema() throws {
    #expect(Self.schema.problems(try Self.json(Self.sample)) == [])
  }

  @Test func emptyResultsConform() throws {
    // No plan part (no items, a warning); no progress at all (progress is null).
    let noPlan = try S.check(plan: "政府工作报告\n——2025年1月15日在某省人民代表大会上\n各位代表：\n一、2024年工作回顾\n过去一年，全省地区生产总值增长5.1%。\n",
      progress: Self.sampleProgress)
    let none = try S.check(plan: Self.samplePlan, [])
    for r in [noPlan, none] { #expect(Self.schema.problems(try Self.json(r)) == []) }
    #expect(try Self.json(none)["progress"] is NSNull)
    #expect((try Self.json(noPlan)["items"] as? [Any])?.isEmpty == true)
  }

  @Test(.enabled(if: Paths.externalCorpus != nil, noCorpus))
  func nationalPairConformsToTheSchema() throws {
    let r = try #require(Self.national)
    #expect(!r.items.isEmpty)
    #expect(Self.schema.problems(try Self.json(r)) == [])
  }

  @Test func jsonKeepsTheContractNamesAndCounts() throws {
    let j = try Self.json(Self.sample)
    #expect(j["schemaVersion"] as? Int == 1)
    #expect((j["plan"] as? [String: Any])?["path"] as? String == "plan.txt")
    #expect((j["plan"] as? [String: Any])?["year"] as? Int == 2025)
    #expect((j["progress"] as? [String: Any])?["year"] as? Int == 2026)
    let summary = try #require(j["summary"] as? [String: Int])
    #expect(summary == ["met": 6, "exceeded": 1, "partlyMet": 1, "notMet": 1, "inProgress": 2, "notMentioned": 2, "unclear": 1])
    let items = try #require(j["items"] as? [[String: Any]])
    let first = items[0]
    #expect(first["targetId"] as? String == "g1")
    #expect((first["target"] as? [String: Any])?["comparator"] as? String == "about")
    #expect((first["actual"] as? [String: Any])?["value"] as? Double == 5.2)
    #expect(first["reason"] as? String == "目标 5%左右，实际 5.2%：在容差内（±0.5个百分点）")
    let evidence = try #require((first["evidence"] as? [[String: Any]])?.first)
    #expect(evidence["text"] as? String == "过去一年，全省地区生产总值增长5.2%，城镇新增就业66万人，城镇调查失业率5.8%，居民消费价格下降0.1%，一般公共预算收入增长3.6%，数字经济核心产业增加值占地区生产总值比重达到10.5%，进出口总额增长6.3%，国际收支基本平衡。")
    // A decline is a negative actual, written without binary noise.
    let cpi = try #require(items.first { $0["metric"] as? String == "居民消费价格涨幅" })
    #expect((cpi["actual"] as? [String: Any])?["value"] as? Double == -0.1)
    // A task has no number and no target id.
    let task = try #require(items.first { $0["kind"] as? String == "task" })
    #expect(task["targetId"] is NSNull && task["actual"] is NSNull)
  }

  @Test func jsonIsTheSameOnEveryRun() throws {
    let again = try S.check(plan: Self.samplePlan, progress: Self.sampleProgress)
    #expect(CheckJSON.encode(again) == CheckJSON.encode(Self.sample))
  }

  @Test func theSchemaRejectsWhatItShould() throws {
    var j = try Self.json(Self.sample)
    var items = j["items"] as! [[String: Any]]
    items[0]["status"] = "done"
    items[1]["kind"] = "figure"
    var target = items[2]["target"] as! [String: Any]
    target["comparator"] = "atLeast"
    items[2]["target"] = target
    items[3]["verdict"] = items[3].removeValue(forKey: "reason")
    items[4]["targetId"] = "t5"
    var evidence = items[5]["evidence"] as! [[String: Any]]
    evidence[0]["score"] = 1.5
    items[5]["evidence"] = evidence
    j["items"] = items
    var summary = j["summary"] as! [String: Any]
    summary["done"] = 1
    j["summary"] = summary
    let problems = Self.schema.problems(j)
    #expect(problems.contains { $0.hasPrefix("$.items[0].status: done is none of") })
    #expect(problems.contains { $0.hasPrefix("$.items[1].kind: figure is none of") })
    #expect(problems.contains { $0.hasPrefix("$.items[2].target.comparator:") })
    #expect(problems.contains("$.items[3]: no reason"))
    #expect(problems.contains("$.items[3]: unexpected verdict"))
    #expect(problems.contains { $0.hasPrefix("$.items[4].targetId:") })
    #expect(problems.contains("$.items[5].evidence[0].score: 1.5 above 1"))
    #expect(problems.contains("$.summary: unexpected done"))
    #expect(problems.count == 8)
  }

  // MARK: Markdown

  @Test func markdownOpensWithTheSummaryTable() {
    let m = CheckMarkdown.render(Self.sample)
    #expect(m.hasPrefix("# 核查 Check：plan.txt（workReport，2025年）\n"))
    #expect(m.contains("- 进展 Progress：progress.txt（workReport，2026年，描述2025年）\n"))
    #expect(m.contains("""
      | 状态 Status | 项数 Items |
      |---|---:|
      | ✓ 达到 met | 6 |
      | ↑ 超额 exceeded | 1 |
      | ◐ 部分达到 partly-met | 1 |
      | ✗ 未达到 not-met | 1 |
      | … 推进中 in-progress | 2 |
      | ∅ 未提及 not-mentioned | 2 |
      | ? 无法判断 unclear | 1 |
      | 合计 total | 14 |

      """))
    #expect(m.range(of: "| 合计 total |")!.lowerBound < m.range(of: "## ")!.lowerBound)
  }

  @Test func markdownHasATablePerPart() throws {
    let m = CheckMarkdown.render(Self.sample)
    let headline = try #require(m.range(of: "## 主要预期目标 Headline targets（8）\n\n| # | 指标 | 目标 | 实际 | 状态 | 判断 |\n"))
    let other = try #require(m.range(of: "## 其他目标 Other targets（1）\n\n| # | 指标 | 目标 | 实际 | 状态 | 判断 |\n"))
    let tasks = try #require(m.range(of: "## 任务 Tasks（5）\n\n| # | 内容 | 状态 | 判断 |\n"))
    #expect(headline.lowerBound < other.lowerBound && other.lowerBound < tasks.lowerBound)
    #expect(m.contains("| 1 | 地区生产总值增长 | 5%左右 | 5.2% | ✓ 达到 | 在容差内（±0.5个百分点） |\n"))
    #expect(m.contains("| 3 | 城镇调查失业率 | 5.5%以内 | 5.8% | ✗ 未达到 | 超过上限 |\n"))
    #expect(m.contains("| 5 | 一般公共预算收入增长 | 3—4% | 3.6% | ✓ 达到 | 在目标区间内 |\n"))
    #expect(m.contains("| 7 | 进出口 | （无数值） | 6.3% | ✓ 达到 | 进出口增长6.3%，达到增长的要求 |\n"))
    #expect(m.contains("| 1 | 光伏装机容量 | 5000万千瓦 | 3000万千瓦 | … 推进中 | 低于目标；期限到2027年底前，尚未到期 |\n"))
    #expect(m.contains("| 3 | 完成黄河流域生态保护治理工程 | ◐ 部分达到 | 写明「基本完成」 |\n"))
  }

  @Test func markdownEvidenceHasTheFigureInBold() {
    let m = CheckMarkdown.render(Self.sample)
    #expect(m.contains("1. **地区生产总值增长**（met）\n   > 过去一年，全省地区生产总值增长**5.2%**，城镇新增就业66万人，"))
    #expect(m.contains("，城镇新增就业**66万人**，"))
    #expect(m.contains("居民消费价格下降**0.1%**，"))
    #expect(m.contains("   > 全省光伏装机容量**3000万千瓦**。 — `progress.txt` "))
    // The five-year sentence is quoted as such; a sentence that gave no actual has nothing in bold.
    #expect(m.contains("   > 五年来，全省地区生产总值年均增长5.5%。 *（五年回顾）* — `progress.txt` "))
    #expect(m.contains("   > 建成省级算力中心并投入运营。 — `progress.txt` "))
  }

  @Test func markdownNamesTheFileAsItIsCalled() throws {
    // A file name inside a code span is shown as is: CommonMark keeps backslashes there, so `a\_b.txt` shows one.
    let r = try S.check(plan: Self.samplePlan, [("progress_2026.txt", Self.sampleProgress)])
    let m = CheckMarkdown.render(r)
    #expect(m.contains(" — `progress_2026.txt` "))
  }

  // MARK: HTML

  @Test func htmlIsSelfContained() {
    let h = CheckHTML.render(Self.sample)
    #expect(h.hasPrefix("<!DOCTYPE html>"))
    for outside in ["http://", "https://", "<script", "<link", " src=", "@import", "url("] {
      #expect(!h.contains(outside), "\(outside)")
    }
  }

  @Test func htmlDrawsAChartPerNumberedItemWithAnActual() {
    let h = CheckHTML.render(Self.sample)
    // GDP, jobs, unemployment, CPI, revenue and solar have a target and an actual; the share-only digital economy
    // and the goals and tasks have no pair of numbers to draw.
    let numbered = Self.sample.items.filter { $0.kind == .target && $0.actual?.value != nil }
    #expect(numbered.count == 6)
    #expect(h.components(separatedBy: "<svg class=\"chart\"").count - 1 == 6)
    #expect(h.contains("aria-label=\"目标 5%左右，实际 5.2%\""))
    #expect(h.contains("aria-label=\"目标 2%左右，实际 -0.1%\""))
    // One row per item, each with its status class.
    #expect(h.components(separatedBy: "<tr class=\"item s-").count - 1 == 14)
    #expect(h.contains("<tr class=\"item s-partly-met\""))
  }

  @Test func htmlMarksTheFigureInTheEvidence() {
    let h = CheckHTML.render(Self.sample)
    #expect(h.contains("<blockquote>过去一年，全省地区生产总值增长<mark>5.2%</mark>，城镇新增就业66万人，"))
    #expect(h.contains("全省光伏装机容量<mark>3000万千瓦</mark>。<cite>progress.txt "))
    #expect(h.contains("<mark>0.1%</mark>"))
    #expect(h.contains(" · 五年回顾</cite>"))
  }

  @Test(.enabled(if: Browser.path != nil, Browser.missing))
  func htmlLoadsInABrowserAndShowsTheItems() throws {
    let run = try Browser.dumpDOM(CheckHTML.render(Self.sample))
    #expect(run.status == 0)
    let dom = run.stdout
    // The parsed document: every row, the charts inside the page, the marked figures.
    #expect(dom.components(separatedBy: "<tr class=\"item s-").count - 1 == 14)
    #expect(dom.components(separatedBy: "<svg class=\"chart\"").count - 1 == 6)
    for metric in ["地区生产总值增长", "城镇调查失业率", "国际收支", "打造国际消费中心城市", "光伏装机容量"] {
      #expect(dom.contains("<td class=\"metric\">\(metric)"), "\(metric)")
    }
    #expect(dom.contains("<mark>5.2%</mark>"))
    #expect(dom.contains("</html>"))
  }

  @Test(.enabled(if: Browser.path != nil && Paths.externalCorpus != nil, "needs Chromium and ../shared/corpus-external"))
  func nationalPageLoadsInABrowser() throws {
    let r = try #require(Self.national)
    let run = try Browser.dumpDOM(CheckHTML.render(r))
    #expect(run.status == 0)
    #expect(run.stdout.components(separatedBy: "<tr class=\"item s-").count - 1 == r.items.count)
    // The 2025 plan's first headline target, GDP growth of about 5%, and the 2026 review's 5%.
    #expect(run.stdout.contains("<td class=\"metric\">国内生产总值增长"))
    #expect(run.stdout.contains("国内生产总值增长<mark>5%</mark>"))
  }
}
