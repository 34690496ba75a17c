import Foundation

#if canImport(Glibc)
  import Glibc
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
    var units = [UInt16]()
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
      i += 2
    }
    return String(decoding: units, as: UTF16.self)
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

  /// GB18030 through glibc iconv, replacing each undecodable byte with U+FFFD (as Python's 'replace' does).
  static func decodeGB18030(_ bytes: [UInt8]) -> String {
    let cd = iconv_open("UTF-8", "GB18030")
    if cd == iconv_t(bitPattern: -1) {
      return String(decoding: bytes, as: UTF8.self)
    }
    defer { iconv_close(cd) }
    var output = [UInt8]()
    output.reserveCapacity(bytes.count * 3 / 2 + 16)
    var input = bytes
    let total = input.count
    var consumed = 0
    var buffer = [UInt8](repeating: 0, count: 65536)
    input.withUnsafeMutableBufferPointer { inBuf in
      buffer.withUnsafeMutableBufferPointer { outBuf in
        while consumed < total {
          var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress! + consumed)
            .assumingMemoryBound(to: CChar.self)
          var inLeft = total - consumed
          var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
            .assumingMemoryBound(to: CChar.self)
          var outLeft = outBuf.count
          let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
          let produced = outBuf.count - outLeft
          output.append(contentsOf: outBuf[0..<produced])
          consumed = total - inLeft
          if r == -1 {
            let err = errno
            if err == E2BIG { continue }
            // EILSEQ or EINVAL: one bad byte, replaced, then go on.
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            consumed += 1
            _ = iconv(cd, nil, nil, nil, nil)
          }
        }
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}
