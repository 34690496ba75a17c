import Foundation
import Testing
@testable import ReportKit

/// The headline verdicts of real report pairs against the hand-built gold set (Fixtures/Gold/check-gold.tsv, made
/// as Fixtures/Gold/README.md describes: national 2022→2023 … 2025→2026 and five provinces 2025→2026).
///
/// Each gold row is matched to the result's headline item most like it: the bigram likeness (Dice) of the gold
/// metric or target text to the item's metric or target text, plus one when the target values agree. The scores
/// are status accuracy (the matched item's status is the gold status) and actuals found (of the rows with a
/// numbered target and a gold actual, those whose matched item's actual has the gold value). The floors catch a
/// regression; they are not the answer of today (75/85 = 0.882 and 39/43 = 0.907 when the gold was made).
@Suite struct CheckGoldTests {
  static let noCorpus: Comment = "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)"

  /// One row of the gold file.
  struct Row: CustomStringConvertible, Sendable {
    var pair: String, metric: String, targetText: String, value: String, unit: String
    var actualValue: String, actualUnit: String, status: String
    var description: String { "\(pair) \(metric)" }
  }

  static let rows: [Row] = {
    let url = Paths.repo.appendingPathComponent("Tests/ReportKitTests/Fixtures/Gold/check-gold.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    let lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    guard let header = lines.first else { return [] }
    let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    return lines.dropFirst().map { f in
      func v(_ name: String) -> String { column[name].map { $0 < f.count ? f[$0] : "" } ?? "" }
      return Row(
        pair: v("pair"), metric: v("metric"), targetText: v("targetText"), value: v("value"), unit: v("unit"),
        actualValue: v("actualValue"), actualUnit: v("actualUnit"), status: v("status"))
    }
  }()

  /// The check of each gold pair (`national/china:2025:2026`: `<corpus>/national/china/2025.txt` against
  /// `…/2026.txt`), made once; a pair whose files cannot be read is absent.
  static let results: [String: CheckResult] = {
    var out: [String: CheckResult] = [:]
    guard let root = Paths.externalCorpus else { return out }
    for pair in Set(rows.map(\.pair)) {
      let p = pair.split(separator: ":").map(String.init)
      guard p.count == 3 else { continue }
      let plan = root.appendingPathComponent("\(p[0])/\(p[1]).txt").path
      let progress = root.appendingPathComponent("\(p[0])/\(p[2]).txt").path
      guard let a = try? Pipeline().extract(path: plan), let b = try? Pipeline().extract(path: progress) else { continue }
      out[pair] = Checker().check(plan: a, progress: [b])
    }
    return out
  }()

  // MARK: The scorer

  /// The distinct character pairs of `s`.
  static func bigrams(_ s: String) -> Set<String> {
    let c = Array(s.unicodeScalars)
    guard c.count >= 2 else { return [] }
    return Set((0..<(c.count - 1)).map { String(String.UnicodeScalarView(c[$0...($0 + 1)])) })
  }

  /// Dice's coefficient of the two bigram sets, 0 when either is empty.
  static func dice(_ a: String, _ b: String) -> Double {
    let x = bigrams(a), y = bigrams(b)
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
  }

  /// How many of the canonical unit a gold unit stands for: 万人 and 万吨 10⁴, 万亿… 10¹², 亿… 10⁸, else 1.
  static func scale(_ unit: String) -> Double {
    if unit == "万人" || unit == "万吨" { return 1e4 }
    if unit.hasPrefix("万亿") { return 1e12 }
    if unit.hasPrefix("亿") { return 1e8 }
    return 1
  }

  /// How well an item answers a gold row: the best bigram likeness of the row's target text or metric to the
  /// item's metric or target text, plus 1 when the item's target value is the gold value.
  static func score(_ row: Row, _ item: CheckItem) -> Double {
    var s = [row.targetText, row.metric].flatMap { g in [dice(g, item.metric), dice(g, item.target.text)] }.max() ?? 0
    if let v = Double(row.value), let t = item.target.value?.doubleValue, abs(v - t / scale(row.unit)) < 1e-9 { s += 1 }
    return s
  }

  /// What the scorer made of one row.
  struct Outcome {
    var row: Row
    /// The best headline item, if any.
    var item: CheckItem?
    /// Its status, or `(no item)` when none scores above 0.3.
    var got: String
    /// Whether the row has a numbered target and a gold actual, and whether the item's actual has that value.
    var actual: (counted: Bool, found: Bool)
  }

  /// Scores one row against its pair's result.
  static func outcome(_ row: Row, in result: CheckResult?) -> Outcome {
    let items = result?.items.filter(\.headline) ?? []
    // The first of the best, as Python's max() keeps the first of equals.
    var best: CheckItem?
    var bestScore = -Double.infinity
    for i in items {
      let s = score(row, i)
      if s > bestScore { (best, bestScore) = (i, s) }
    }
    let got = best.flatMap { bestScore > 0.3 ? $0.status.rawValue : nil } ?? "(no item)"
    var actual = (counted: false, found: false)
    if !row.actualValue.isEmpty, !row.value.isEmpty, let want = Double(row.actualValue) {
      actual.counted = true
      if let v = best?.actual?.value?.doubleValue { actual.found = abs(v / scale(row.actualUnit) - want) < 1e-6 }
    }
    return Outcome(row: row, item: best, got: got, actual: actual)
  }

  /// The misses as a table a person reads: pair, metric, gold status, what check said, and its reason.
  static func table(_ misses: [Outcome]) -> String {
    var out = "pair\tmetric\tgold\tgot\tactual (gold → got)\treason\n"
    for m in misses {
      let actual = m.actual.counted
        ? "\(m.row.actualValue)\(m.row.actualUnit) → \(m.item?.actualWritten ?? "—")"
        : "—"
      out += "\(m.row.pair)\t\(m.row.metric)\t\(m.row.status)\t\(m.got)\t\(actual)\t\(m.item?.reason ?? "")\n"
    }
    return out
  }

  // MARK: Tests

  @Test(.enabled(if: Paths.externalCorpus != nil, noCorpus))
  func goldFileAndPairsAreThere() {
    #expect(CheckGoldTests.rows.count == 85)
    #expect(Set(CheckGoldTests.rows.map(\.pair)).count == 9)
    #expect(CheckGoldTests.results.count == 9)
    let statuses = Set(CheckStatus.allCases.map(\.rawValue))
    for r in CheckGoldTests.rows { #expect(statuses.contains(r.status), "\(r): \(r.status)") }
  }

  @Test func scorerMatchesByWordsAndValue() {
    // The scorer itself, by hand: 国内生产总值增长 against 国内生产总值增长 is 1, plus 1 for 5 = 5.
    #expect(CheckGoldTests.dice("国内生产总值增长", "国内生产总值增长") == 1)
    #expect(CheckGoldTests.dice("国内生产总值", "国内生产总值增长") == 10.0 / 12.0)
    #expect(CheckGoldTests.dice("就业", "") == 0)
    #expect(CheckGoldTests.scale("万亿斤") == 1e12 && CheckGoldTests.scale("亿斤") == 1e8 && CheckGoldTests.scale("万人") == 1e4)
  }

  @Test func scorerFindsTheItemOfARowAndItsActual() {
    // The sample of CheckOutputTests: jobs 60万人以上 against 66万人 (exceeded); no grain target at all.
    let r = CheckOutputTests.sample
    let jobs = Row(pair: "p", metric: "城镇新增就业", targetText: "城镇新增就业60万人以上", value: "60", unit: "万人",
      actualValue: "66", actualUnit: "万人", status: "exceeded")
    let o = CheckGoldTests.outcome(jobs, in: r)
    #expect(o.item?.metric == "城镇新增就业")
    #expect(o.got == "exceeded")
    #expect(o.actual.counted && o.actual.found)
    var wrong = jobs
    wrong.actualValue = "65"
    #expect(CheckGoldTests.outcome(wrong, in: r).actual == (counted: true, found: false))
    let grain = Row(pair: "p", metric: "粮食产量", targetText: "粮食产量1285万吨以上", value: "1285", unit: "万吨",
      actualValue: "", actualUnit: "", status: "met")
    #expect(CheckGoldTests.outcome(grain, in: r).got == "(no item)")
    #expect(CheckGoldTests.outcome(grain, in: nil).got == "(no item)")
  }

  @Test(.enabled(if: Paths.externalCorpus != nil, noCorpus))
  func headlineVerdictsMatchTheGold() throws {
    let outcomes = CheckGoldTests.rows.map { CheckGoldTests.outcome($0, in: CheckGoldTests.results[$0.pair]) }
    let right = outcomes.filter { $0.got == $0.row.status }.count
    let counted = outcomes.filter(\.actual.counted)
    let found = counted.filter(\.actual.found).count
    let accuracy = Double(right) / Double(max(1, outcomes.count))
    let actuals = Double(found) / Double(max(1, counted.count))
    let misses = outcomes.filter { $0.got != $0.row.status || ($0.actual.counted && !$0.actual.found) }
    let summary = "status accuracy \(right)/\(outcomes.count) = \(String(format: "%.3f", accuracy)); actual found \(found)/\(counted.count) = \(String(format: "%.3f", actuals))"
    print("check gold: \(summary)\n" + CheckGoldTests.table(misses))
    #expect(outcomes.count == 85)
    #expect(accuracy >= 0.85, "\(summary)\n\(CheckGoldTests.table(misses))")
    #expect(actuals >= 0.88, "\(summary)\n\(CheckGoldTests.table(misses))")
  }
}
