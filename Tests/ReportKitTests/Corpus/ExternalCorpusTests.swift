import Foundation
import Testing
@testable import ReportKit

/// Real reports from ../shared/corpus-external; skipped with a message when the folder is absent.
@Suite(.enabled(if: Paths.externalCorpus != nil, "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)"))
struct ExternalCorpusTests {
  private func flat(_ nodes: [Node]) -> [Node] { nodes.flatMap { [$0] + flat($0.children) } }

  @Test func everyReportGivesAnOrderedOutlineWithSpansInsideItsText() throws {
    let files = Paths.externalReports
    #expect(!files.isEmpty)
    for url in files {
      let report = try Pipeline().extract(path: url.path)
      let name = url.pathComponents.suffix(3).joined(separator: "/")
      #expect(report.documents.count == 1, "\(name)")
      for doc in report.documents {
        let count = doc.text.unicodeScalars.count
        let parts = doc.outline.roots.filter { $0.kind == .part && $0.ordinal != nil }
        #expect(parts.count >= 2 || doc.outline.roots.filter { $0.kind == .part }.count >= 2, "\(name): parts")
        // Numbered parts count up from 一 without gaps.
        #expect(parts.compactMap(\.ordinal) == Array(1..<(parts.count + 1)), "\(name): order")
        #expect(doc.year != nil, "\(name): year")
        for n in doc.outline.nodes {
          #expect(n.span.start >= 0 && n.span.start < n.span.end && n.span.end <= count, "\(name): \(n.id)")
        }
      }
    }
  }

  @Test func outputIsByteIdenticalAcrossRuns() throws {
    let files = Paths.externalReports
    #expect(!files.isEmpty)
    for url in files.prefix(20) {
      let a = ReportJSON.encode(try Pipeline().extract(path: url.path))
      let b = ReportJSON.encode(try Pipeline().extract(path: url.path))
      #expect(a == b, "\(url.lastPathComponent)")
    }
  }

  @Test func nationalReportsInferTheirYear() throws {
    let root = try #require(Paths.externalCorpus)
    for year in 2013...2026 {
      let url = root.appendingPathComponent("national/china/\(year).txt")
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      let doc = try #require(try Pipeline().extract(path: url.path).documents.first)
      #expect(doc.year == year, "\(year): inferred \(doc.year.map(String.init) ?? "nil") from \(doc.yearEvidence ?? "")")
    }
  }
}
