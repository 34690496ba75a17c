import Foundation
import Testing
@testable import ReportKit

/// The 31 provincial 2025 reports as .docx against their plain-text twins.
@Suite(.enabled(if: FormatFixtures.hasCorpus, FormatFixtures.corpusNote))
struct DocxCorpusTests {
  static var files: [URL] {
    guard let corpus = FormatFixtures.externalCorpus else { return [] }
    let province = corpus.appendingPathComponent("province")
    let regions = (try? FileManager.default.contentsOfDirectory(atPath: province.path)) ?? []
    return regions.sorted().map { province.appendingPathComponent($0).appendingPathComponent("2025.docx") }
      .filter { FileManager.default.fileExists(atPath: $0.path) }
  }

  @Test func all31ProvincesAreThere() {
    #expect(Self.files.count == 31)
  }

  @Test(arguments: files)
  func paragraphsMatchTheTextTwin(_ url: URL) throws {
    let text = try DocxReader.text(from: Data(contentsOf: url), path: url.path)
    let twin = try FormatFixtures.twinLines(url.deletingPathExtension().appendingPathExtension("txt"))
    let lines = Set(text.split(separator: "\n").map { FormatFixtures.squeezed(String($0)) })
    let whole = FormatFixtures.squeezed(text)
    let foundWhole = twin.filter { whole.contains(FormatFixtures.squeezed($0)) }.count
    #expect(Double(foundWhole) >= 0.98 * Double(twin.count), "\(foundWhole)/\(twin.count) in \(url.path)")
    // One w:p per line: every twin line is also a line of ours, not just a substring.
    let sameLine = twin.filter { lines.contains(FormatFixtures.squeezed($0)) }.count
    #expect(sameLine == twin.count, "\(sameLine)/\(twin.count) lines identical in \(url.path)")
  }
}
