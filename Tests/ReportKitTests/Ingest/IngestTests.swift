import Foundation
import Testing
@testable import ReportKit

/// Bytes of 「政府工作报告\r\n一、朱镕基\r\n」 in GB18030 (镕 is E946, a GBK-only character outside GB2312).
private let gbBytes: [UInt8] = [
  0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6, 0x0d, 0x0a,
  0xd2, 0xbb, 0xa1, 0xa2, 0xd6, 0xec, 0xe9, 0x46, 0xbb, 0xf9, 0x0d, 0x0a,
]

@Test func decodesGB18030WithGBKOnlyCharacters() throws {
  let s = try Ingestor().read(data: Data(gbBytes), path: "gb.txt")
  #expect(s.info.encoding == .gb18030)
  #expect(s.info.format == .text)
  #expect(s.text == "政府工作报告\r\n一、朱镕基\r\n")
}

@Test func decodesUTF8WithBOMAndUTF16WithBOM() throws {
  let utf8 = try Ingestor().read(data: Data([0xEF, 0xBB, 0xBF] + Array("各位代表".utf8)), path: "a.txt")
  #expect(utf8.text == "各位代表")
  #expect(utf8.info.encoding == .utf8)
  // 各位代表 in UTF-16LE: 04 54 4d 4f e3 4e 68 88
  let utf16 = try Ingestor().read(data: Data([0xFF, 0xFE, 0x04, 0x54, 0x4d, 0x4f, 0xe3, 0x4e, 0x68, 0x88]), path: "b.txt")
  #expect(utf16.text == "各位代表")
  #expect(utf16.info.encoding == .utf16)
}

@Test func hashesTheInputBytes() throws {
  // sha256("abc") from FIPS 180-2 appendix B.1.
  let s = try Ingestor().read(data: Data("abc".utf8), path: "abc.txt")
  #expect(s.info.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
}

@Test(arguments: [
  ([UInt8](), "the file is empty"),
  (Array(" \n\r\n\t".utf8), "only white space"),
])
func rejectsEmptyInput(bytes: [UInt8], reason: String) {
  #expect {
    try Ingestor().read(data: Data(bytes), path: "empty.txt")
  } throws: { error in
    let e = error as? IngestError
    return e?.path == "empty.txt" && (e?.reason.contains(reason) ?? false)
  }
}

@Test func rejectsRandomBytes() {
  // A fixed pseudo-random byte stream (xorshift), the kind of input that decodes as GB18030 without an error.
  var x: UInt32 = 2_463_534_242
  var bytes: [UInt8] = []
  for _ in 0..<20_000 {
    x ^= x << 13
    x ^= x >> 17
    x ^= x << 5
    bytes.append(UInt8(x & 0xFF))
  }
  #expect {
    try Ingestor().read(data: Data(bytes), path: "random.bin")
  } throws: { error in
    (error as? IngestError)?.reason.contains("not a text report") ?? false
  }
}


@Test(arguments: [
  (Array("%PDF-1.4\n".utf8), SourceFormat.pdf),
  ([0x50, 0x4B, 0x03, 0x04, 0, 0], .docx),
  (Array("<!DOCTYPE html><html><body><p>各位代表</p>".utf8), .html),
  (Array("  <div class=\"wrap\"><p>一、总体要求</p></div>".utf8), .html),
  (Array("一、总体要求\n<这不是标签>".utf8), .text),
])
func sniffsTheFormatFromBytes(bytes: [UInt8], format: SourceFormat) {
  #expect(FormatSniffer.detect(bytes) == format)
}
