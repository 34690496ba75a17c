import Foundation
import Testing
@testable import ReportKit

/// `ReportJSON.lines(fromEncoded:)` rebuilds exactly the `encodeLines` records from the pretty JSON.
struct EncodedLinesTests {
  @Test func theRecordsOfEverySampleAreRebuiltByteForByte() throws {
    let samples = ["seed/000_d5cbc6d95d43ea27.txt", "samples/two-articles.txt", "samples/county-gb18030-crlf.txt",
                   "formats/numbered.docx", "formats/report-gb2312.html"]
    for s in samples {
      let report = try Pipeline().extract(path: Paths.corpus.appendingPathComponent(s).path)
      #expect(ReportJSON.lines(fromEncoded: ReportJSON.encode(report)) == ReportJSON.encodeLines(report), "\(s)")
    }
  }

  @Test func stringsWithQuotesBackslashesAndBracketsSurvive() throws {
    let report = try Pipeline().extract(data: Data(#"各位代表：他说"要{改革}[开放]\n" 一是 a\b。"#.utf8), path: #"we"ird\path.txt"#)
    #expect(ReportJSON.lines(fromEncoded: ReportJSON.encode(report)) == ReportJSON.encodeLines(report))
  }

  @Test(arguments: ["", "[]", #"{"schemaVersion":1}"#, #"{"schemaVersion": 1, "source": {}, "documents": [{"#])
  func bytesThatAreNoReportGiveNil(json: String) {
    #expect(ReportJSON.lines(fromEncoded: Array(json.utf8)) == nil)
  }
}
