import Foundation
import Testing

@testable import ReportKit

/// Reading from an array (the command line's way, no copy) gives what reading from Data gives.
@Suite struct IngestBytesTests {
  let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Corpus/seed/000_d5cbc6d95d43ea27.txt").standardized

  @Test func bytesAndDataReadTheSame() throws {
    let data = try Data(contentsOf: seed)
    let a = try Ingestor().read(data: data, path: "r.txt")
    let b = try Ingestor().read(bytes: [UInt8](data), path: "r.txt")
    #expect(a == b)
    #expect(a.info.sha256 == SourceInfo.sha256(of: data))
    #expect(SourceInfo.sha256(of: [UInt8](data)) == SourceInfo.sha256(of: data))
  }

  @Test func aHashGivenIsTheOneRecordedNotRecomputed() throws {
    let bytes = [UInt8](try Data(contentsOf: seed))
    // A stand-in the file cannot hash to shows that the given value is taken as it is.
    let given = String(repeating: "ab", count: 32)
    let source = try Ingestor().read(bytes: bytes, path: "r.txt", sha256: given)
    #expect(source.info.sha256 == given)
    var plain = try Ingestor().read(bytes: bytes, path: "r.txt")
    #expect(plain.info.sha256 != given)
    plain.info.sha256 = given
    #expect(source == plain)
    // The pipeline passes it on the same way.
    let report = try Pipeline().extract(bytes: bytes, path: "r.txt", sha256: given)
    #expect(report.source.sha256 == given)
  }
}
