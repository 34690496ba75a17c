import Foundation
import Testing
@testable import ReportKit

/// The same report read from .docx or .pdf gives what its .txt twin gives: outline, figures and targets.
@Suite(.enabled(if: Paths.externalCorpus != nil, "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)"))
struct CrossFormatTests {
  /// What a user compares across formats: node ids, figures (text and value) and targets (metric and value).
  private struct Extraction: Equatable {
    var ids: [String] = []
    var figures: [String] = []
    var targets: [String] = []
    var years: [Int?] = []
  }

  private func extraction(_ url: URL) throws -> Extraction {
    var e = Extraction()
    for d in try Pipeline().extract(path: url.path).documents {
      e.ids += d.outline.nodes.map(\.id.path)
      e.figures += d.figures.map { "\($0.text)=\($0.value)" }
      e.targets += d.targets.map { "\($0.metric)=\($0.value)\($0.unit)" }
      e.years.append(d.year)
    }
    return e
  }

  static let twins: [String] = {
    guard let root = Paths.externalCorpus else { return [] }
    let docx = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("province").path)) ?? [])
      .map { "province/\($0)/2025.docx" }
      .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
    return docx.sorted() + ["province/广东省/2025.pdf", "national/china/2024.pdf"]
  }()

  @Test(arguments: twins)
  func givesWhatTheTextTwinGives(_ path: String) throws {
    let root = try #require(Paths.externalCorpus)
    let url = root.appendingPathComponent(path)
    let twin = url.deletingPathExtension().appendingPathExtension("txt")
    let a = try extraction(url)
    let b = try extraction(twin)
    #expect(!a.ids.isEmpty && !a.figures.isEmpty)
    #expect(a.ids == b.ids)
    #expect(a.figures == b.figures)
    #expect(a.targets == b.targets)
    #expect(a.years == b.years)
  }
}
