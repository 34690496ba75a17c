import Foundation

#if canImport(Glibc)
  import Glibc  // memchr
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes the bytes of a plain-text report: UTF-8 (BOM or not), UTF-16 with BOM, GB18030/GBK/GB2312.
enum TextDecoder {
  /// Decodes `bytes`, detecting the encoding from the BOM and the bytes themselves, never from the file name.
  static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> (text: String, encoding: TextEncoding) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      guard let s = validUTF8(bytes[3...]) else {
        throw IngestError(path: path, reason: "starts with a UTF-8 byte-order mark but holds invalid UTF-8")
      }
      return (s, .utf8)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return (decodeUTF16(bytes[2...], littleEndian: bytes[0] == 0xFF), .utf16)
    }
    if let s = validUTF8(bytes[...]) {
      if bytes.withUnsafeBufferPointer({ $0.isEmpty ? false : memchr($0.baseAddress!, 0, $0.count) != nil }) {
        if let u = guessBOMlessUTF16(bytes) { return (u, .utf16) }
      }
      return (s, .utf8)
    }
    if let u = guessBOMlessUTF16(bytes) { return (u, .utf16) }
    return (decodeGB18030(bytes), .gb18030)
  }

  private static func validUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
    String(validating: bytes, as: UTF8.self)
  }

  private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
    String(decoding: HTMLCharset.utf16ToUTF8(bytes, littleEndian: littleEndian), as: UTF8.self)
  }

  /// UTF-16 without a BOM shows as NUL in every other byte of ASCII-heavy text.
  private static func guessBOMlessUTF16(_ bytes: [UInt8]) -> String? {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    let sample = bytes.prefix(4096)
    var evenZero = 0
    var oddZero = 0
    for (k, b) in sample.enumerated() where b == 0 {
      if k % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
    }
    let half = sample.count / 2
    if oddZero > half / 3 && evenZero == 0 { return decodeUTF16(bytes[...], littleEndian: true) }
    if evenZero > half / 3 && oddZero == 0 { return decodeUTF16(bytes[...], littleEndian: false) }
    return nil
  }

  /// GB18030 (which includes GBK and GB2312), each undecodable byte replaced by U+FFFD.
  static func decodeGB18030(_ bytes: [UInt8]) -> String {
    String(decoding: HTMLCharset.gb18030ToUTF8(bytes), as: UTF8.self)
  }
}
