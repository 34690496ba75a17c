import Foundation
import Testing
@testable import ReportKit

/// A regression harness in the spirit of tika-eval: one compact row per file of the external corpus (counts
/// of documents, nodes, figures, deadlines, targets and diagnostics, and a hash of the JSON), committed in
/// Tests/Recipes/corpus-summary.tsv. Any change of behaviour on the corpus shows as a table of the rows that
/// moved, to be reviewed and then recorded on purpose: `RECORD_CORPUS_SUMMARY=1 swift test --filter
/// CorpusSummaryTests` rewrites the file and fails the run, so recording is never silent.
@Suite(.enabled(if: Paths.externalCorpus != nil, "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)"))
struct CorpusSummaryTests {
  static let file = Paths.repo.appendingPathComponent("Tests/Recipes/corpus-summary.tsv")
  static let header = "file\tdocuments\tnodes\tfigures\tdeadlines\ttargets\tdiagnostics\tjson-sha256"

  /// The row of one corpus file (`relative` is its path under the corpus, also the path the JSON names).
  static func row(_ relative: String, root: URL) -> String {
    let data: Data
    do { data = try Data(contentsOf: root.appendingPathComponent(relative)) } catch { return "\(relative)\tunreadable" }
    do {
      let r = try Pipeline().extract(data: data, path: relative)
      let docs = r.documents
      let counts = [
        docs.count, docs.reduce(0) { $0 + $1.outline.nodes.count }, docs.reduce(0) { $0 + $1.figures.count },
        docs.reduce(0) { $0 + $1.deadlines.count }, docs.reduce(0) { $0 + $1.targets.count },
        docs.reduce(0) { $0 + $1.diagnostics.count },
      ]
      // 16 hex digits of the JSON's SHA-256 tell any change; the counts say roughly what changed.
      let hash = SHA256.hex(ReportJSON.encode(r)).prefix(16)
      return ([relative] + counts.map(String.init) + [String(hash)]).joined(separator: "\t")
    } catch {
      return "\(relative)\terror: \(error.kind.rawValue)"
    }
  }

  /// The files of the corpus manifest (PDFs only where pdftotext is installed: their rows are then compared).
  static func files(root: URL) throws -> [String] {
    let manifest = try String(contentsOf: root.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
    return manifest.split(separator: "\n").dropFirst().compactMap { line in
      let name = String(line.prefix { $0 != "\t" })
      return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path) ? name : nil
    }.sorted()
  }

  @Test func theCorpusGivesTheCommittedSummary() throws {
    let root = try #require(Paths.externalCorpus)
    let havePDF = PDFReader.tool(in: PDFReader.searchDirectories) != nil
    let names = try Self.files(root: root)
    #expect(names.count >= 100)
    let rows = names.map { name in (!havePDF && name.hasSuffix(".pdf")) ? nil : Self.row(name, root: root) }
    let got = Dictionary(uniqueKeysWithValues: zip(names, rows).compactMap { n, r in r.map { (n, $0) } })

    if ProcessInfo.processInfo.environment["RECORD_CORPUS_SUMMARY"] == "1" {
      let text = ([Self.header] + names.compactMap { got[$0] }).joined(separator: "\n") + "\n"
      try text.write(to: Self.file, atomically: true, encoding: .utf8)
      Issue.record("recorded \(Self.file.path) (\(got.count) rows): review its diff, then run again without RECORD_CORPUS_SUMMARY")
      return
    }
    let committed = try String(contentsOf: Self.file, encoding: .utf8).split(separator: "\n").dropFirst().map(String.init)
    var want: [String: String] = [:]
    for line in committed { want[String(line.prefix { $0 != "\t" })] = line }
    var diff: [String] = []
    for name in names {
      guard let g = got[name] else { continue }  // a PDF without pdftotext
      guard let w = want[name] else {
        diff.append("+ \(g)")
        continue
      }
      if g != w { diff.append("- \(w)\n+ \(g)") }
    }
    for name in want.keys.sorted() where !names.contains(name) { diff.append("- \(want[name]!)   (no longer in the corpus)") }
    #expect(diff.isEmpty, "corpus summary changed in \(diff.count) file(s):\n\(Self.header)\n\(diff.joined(separator: "\n"))")
  }
}
