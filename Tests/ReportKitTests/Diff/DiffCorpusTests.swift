import Foundation
import Testing
@testable import ReportKit

/// Diffs over the real reports: across formats, levels, years and kinds.
@Suite(.enabled(if: Paths.externalCorpus != nil, "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)"))
struct DiffCorpusTests {
  private func report(_ relative: String) throws -> Report {
    try Pipeline().extract(path: try #require(Paths.externalCorpus).appendingPathComponent(relative).path)
  }

  private func diff(_ a: String, _ b: String) throws -> DocumentDiff {
    try #require(Differ().diff(try report(a), try report(b)))
  }

  static let provinces: [String] = {
    guard let root = Paths.externalCorpus,
      let names = try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("province").path)
    else { return [] }
    return names.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("province/\($0)/2025.docx").path) }
      .sorted()
  }()

  @Test(arguments: provinces)
  func aDocxAgainstItsTextTwinHasNoChanges(_ province: String) throws {
    let d = try diff("province/\(province)/2025.txt", "province/\(province)/2025.docx")
    #expect(d.changes.isEmpty, "\(province): \(d.changes.map { "\($0.kind.rawValue) \(DiffWords.ids($0))" })")
    #expect(d.targetChanges.isEmpty, "\(province): \(d.targetChanges.map(\.metric))")
    #expect(d.old.format == .text && d.new.format == .docx)
  }

  @Test func aProvinceAgainstTheNationalReportOfTheSameYearWorksAndSaysSo() throws {
    let d = try diff("national/china/2025.txt", "province/广东省/2025.txt")
    #expect(d.notes.contains { $0.id == .diffRegionsDiffer } || d.old.region == nil)
    #expect(!d.changes.isEmpty)
    // Both state 国内生产总值增长 5%左右: the same key across levels, and no change.
    #expect(!d.targetChanges.contains { $0.scope == .headline && $0.metricKey == "国内生产总值增长" })
  }

  @Test func yearsApartAreNoted() throws {
    let d = try diff("national/china/2020.txt", "national/china/2025.txt")
    #expect(d.notes.contains { $0.id == .diffYearsApart })
    let back = try diff("national/china/2025.txt", "national/china/2024.txt")
    #expect(back.notes.contains { $0.id == .diffYearsBackwards })
    // Backwards, the CPI target reads as raised from 2% to 3%.
    #expect(back.targetChanges.contains { $0.metric == "居民消费价格涨幅" && $0.direction == .raised })
  }

  @Test func documentsOfDifferentKindsAreComparedAndNoted() throws {
    // The 2018 work report against the 2018 通报 of the State Council's inspection (a notice).
    let d = try diff("national/china/2018.txt", "national/china/2018.国办大督查典型经验通报.html")
    #expect(d.old.kind == .workReport && d.new.kind == .notice)
    #expect(d.notes.contains { $0.id == .diffKindsDiffer })
    #expect(!d.changes.isEmpty)
  }

  @Test func theSameReportTwiceHasNoChanges() throws {
    let d = try diff("national/china/2025.txt", "national/china/2025.txt")
    #expect(d.changes.isEmpty && d.targetChanges.isEmpty)
    #expect(d.notes.map(\.id) == [.diffNoChanges])
  }
}
