import Foundation
import Testing
@testable import ReportKit

/// Every sample in Corpus/ against its expected JSON and tree beside it (`<sample>.expected.json`, `.tree`);
/// a sample that is bad input on purpose (a zip bomb, a PDF with no text layer) against its one-line error
/// (`<sample>.expected.error`).
///
/// Re-record on purpose only: `RECORD_GOLDENS=1 swift test --filter GoldenTests`, then review the diff.
/// Recording fails the run so that it is never silent.
@Suite struct GoldenTests {
  static let samples: [String] = {
    guard let e = FileManager.default.enumerator(atPath: Paths.corpus.path) else { return [] }
    var out: [String] = []
    for case let rel as String in e {
      let ext = (rel as NSString).pathExtension.lowercased()
      guard ["txt", "html", "htm", "docx", "pdf"].contains(ext), !rel.contains(".expected.") else { continue }
      out.append(rel)
    }
    return out.sorted()
  }()

  @Test(arguments: samples)
  func matchesItsGoldenOutput(sample: String) throws {
    let path = "Corpus/" + sample
    let data = try Data(contentsOf: Paths.corpus.appendingPathComponent(sample))
    let outputs: [(String, [UInt8])]
    do {
      let report = try Pipeline().extract(data: data, path: path)
      outputs = [("json", ReportJSON.encode(report)), ("tree", Array(TreeWriter.render(report).utf8))]
    } catch {
      outputs = [("error", Array((error.description + "\n").utf8))]
    }
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    for (ext, bytes) in outputs {
      let golden = Paths.corpus.appendingPathComponent(sample + ".expected." + ext)
      if record {
        try Data(bytes).write(to: golden)
        Issue.record("recorded \(golden.lastPathComponent); review the diff and run again without RECORD_GOLDENS")
        continue
      }
      guard let expected = FileManager.default.contents(atPath: golden.path) else {
        Issue.record("no golden \(golden.lastPathComponent): record it with RECORD_GOLDENS=1 swift test --filter GoldenTests")
        continue
      }
      if [UInt8](expected) != bytes {
        let got = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
        Issue.record("""
          \(sample).expected.\(ext) differs at line \(line + 1):
            expected: \(line < want.count ? String(want[line].prefix(200)) : "<end>")
            got:      \(line < got.count ? String(got[line].prefix(200)) : "<end>")
          """)
      }
    }
  }
}
