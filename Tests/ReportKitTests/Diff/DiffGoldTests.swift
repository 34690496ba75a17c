import Foundation
import Testing
@testable import ReportKit

/// The headline target changes of real report pairs against the hand-built gold set (Fixtures/Gold/diff-gold.tsv:
/// national 2024→2025, 广东省 and 浙江省 2025→2026, typed by a colleague from the texts): every raised, lowered,
/// added or dropped row is reported with its direction and values; every unchanged or reworded row is absent.
@Suite(.enabled(if: Paths.externalCorpus != nil, "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)"))
struct DiffGoldTests {
  /// One row of the gold file.
  struct Row: CustomStringConvertible {
    var pair: String, metric: String
    var oldText: String, oldValue: String, oldUpper: String, oldUnit: String
    var newText: String, newValue: String, newUpper: String, newUnit: String
    var change: String
    var description: String { "\(pair) \(metric) \(change)" }
  }

  static let rows: [Row] = {
    let url = Paths.repo.appendingPathComponent("Tests/ReportKitTests/Fixtures/Gold/diff-gold.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").dropFirst().map { line in
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Row(
        pair: f[0], metric: f[1], oldText: f[3], oldValue: f[4], oldUpper: f[5], oldUnit: f[6], newText: f[8],
        newValue: f[9], newUpper: f[10], newUnit: f[11], change: f[13])
    }
  }()

  /// The diff of a gold pair (`national/china:2024:2025`), made once per pair.
  static let diffs: [String: DocumentDiff] = {
    var out: [String: DocumentDiff] = [:]
    guard let root = Paths.externalCorpus else { return out }
    for pair in Set(rows.map(\.pair)) {
      let p = pair.split(separator: ":").map(String.init)
      let old = root.appendingPathComponent("\(p[0])/\(p[1]).txt").path
      let new = root.appendingPathComponent("\(p[0])/\(p[2]).txt").path
      guard let a = try? Pipeline().extract(path: old), let b = try? Pipeline().extract(path: new) else { continue }
      out[pair] = Differ().diff(a, b)
    }
    return out
  }()

  /// A gold value in its unit (1.3 万亿斤) as the diff holds it: the magnitude folded into the value (1300000000000 斤).
  static func folded(_ value: String, _ unit: String) -> (ExactDecimal?, String) {
    guard !value.isEmpty, let v = ExactDecimal(literal: value) else { return (nil, unit) }
    for (prefix, power) in [("万亿", 12), ("亿", 8), ("万", 4)] where unit.hasPrefix(prefix) && unit.count > prefix.count {
      return (v.scaled(byPowerOfTen: power), String(unit.dropFirst(prefix.count)))
    }
    return (v, unit)
  }

  private static func overlaps(_ a: String?, _ b: String) -> Bool {
    guard let a, !a.isEmpty, !b.isEmpty else { return false }
    return a.contains(b) || b.contains(a)
  }

  @Test func goldFileIsThere() {
    #expect(DiffGoldTests.rows.count == 25)
    #expect(DiffGoldTests.diffs.count == 3)
  }

  @Test(arguments: rows.filter { ["raised", "lowered", "added", "dropped"].contains($0.change) })
  func changedRowIsReported(_ row: Row) throws {
    let diff = try #require(DiffGoldTests.diffs[row.pair])
    let headline = diff.targetChanges.filter { $0.scope == .headline }
    let hit = headline.first { t in
      row.change == "added" ? DiffGoldTests.overlaps(t.new?.text, row.newText) : DiffGoldTests.overlaps(t.old?.text, row.oldText)
    }
    let t = try #require(hit, "\(row): not among \(headline.map { "\($0.metric) \($0.direction.rawValue)" })")
    #expect(t.direction.rawValue == row.change, "\(row)")
    if row.change != "added" {
      let (v, unit) = DiffGoldTests.folded(row.oldValue, row.oldUnit)
      #expect(t.old?.value == v, "\(row): old value")
      #expect(t.old?.upper == DiffGoldTests.folded(row.oldUpper, row.oldUnit).0, "\(row): old upper")
      if v != nil { #expect(t.old?.unit == unit, "\(row): old unit") }
    }
    if row.change != "dropped" {
      let (v, unit) = DiffGoldTests.folded(row.newValue, row.newUnit)
      #expect(t.new?.value == v, "\(row): new value")
      #expect(t.new?.upper == DiffGoldTests.folded(row.newUpper, row.newUnit).0, "\(row): new upper")
      if v != nil { #expect(t.new?.unit == unit, "\(row): new unit") }
      #expect(DiffGoldTests.overlaps(t.new?.text, row.newText), "\(row): new text \(t.new?.text ?? "-")")
    }
  }

  @Test(arguments: rows.filter { ["unchanged", "reworded"].contains($0.change) })
  func unchangedRowIsAbsent(_ row: Row) throws {
    let diff = try #require(DiffGoldTests.diffs[row.pair])
    // A headline change naming the clause, or any change quoting it whole.
    let hits = diff.targetChanges.filter {
      $0.scope == .headline
        ? DiffGoldTests.overlaps($0.old?.text, row.oldText) || DiffGoldTests.overlaps($0.new?.text, row.newText)
        : $0.old?.text == row.oldText || $0.new?.text == row.newText
    }
    #expect(hits.isEmpty, "\(row): reported as \(hits.map(\.direction.rawValue))")
  }

  @Test func headlineChangesAreAlsoUnderTheirNodes() throws {
    for (pair, diff) in DiffGoldTests.diffs {
      let underNodes = diff.changes.flatMap(\.targetChanges)
      for t in diff.targetChanges where t.scope == .headline {
        #expect(underNodes.contains(t), "\(pair) \(t.metric) is not under a node change")
      }
    }
  }
}
