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

  @Test func noNumberingSkipComesFromAMarkerBeforeADigit() throws {
    // 「8.6个重大科技专项」 after item 7 once made item 8 a decimal and reported a jump from 7. to 9.
    for url in Paths.externalReports {
      for doc in try Pipeline().extract(path: url.path).documents {
        let lines = doc.text.split(separator: "\n")
        for d in doc.diagnostics where d.id == .numberingSkipped {
          guard let span = d.span else { continue }
          let marker = doc.text(of: span)
          guard let n = Int(marker.prefix { $0.isASCII && $0.isNumber }), n > 1 else { continue }
          let missing = "\(n - 1)"
          let split = lines.contains { l in
            [".", "．", "、"].contains { l.hasPrefix(missing + $0) } && l.dropFirst(missing.count + 1).first?.isNumber == true
          }
          #expect(!split, "\(url.lastPathComponent): \(d.message)")
        }
      }
    }
  }

  @Test func everyDocumentIsOfTheYearTheManifestGives() throws {
    // MANIFEST.tsv: file, level, region, year, … for every file of the corpus, whatever its format.
    let root = try #require(Paths.externalCorpus)
    let manifest = try String(contentsOf: root.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
    var checked = 0
    for row in manifest.split(separator: "\n").dropFirst() {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count > 3, let year = Int(fields[3]) else { continue }
      let url = root.appendingPathComponent(String(fields[0]))
      guard FileManager.default.fileExists(atPath: url.path), !url.path.hasSuffix(".pdf") || PDFReader.tool(in: PDFReader.searchDirectories) != nil else { continue }
      let doc = try #require(try Pipeline().extract(path: url.path).documents.first, "\(fields[0])")
      #expect(doc.year == year, "\(fields[0]): \(doc.year.map(String.init) ?? "nil") from \(doc.yearEvidence ?? "")")
      checked += 1
    }
    #expect(checked >= 100)
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
