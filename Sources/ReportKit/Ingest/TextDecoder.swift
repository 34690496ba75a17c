import Foundation

#if canImport(Glibc)
  import Glibc  // memchr
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes the bytes of a plain-text report: UTF-8 (BOM or not), UTF-16 with BOM, GB18030/GBK/GB2312.
enum TextDecoder {
  /// Decoded scalars, the encoding, and the signs of binary data seen on the way.
  struct Decoded {
    var scalars: Scalars
    var encoding: TextEncoding
    /// C0/C1 control characters other than tab and line breaks.
    var controls = 0
    /// U+FFFD and private-use characters (what GB18030 makes of random byte pairs).
    var replacements = 0
    /// Scalar offset of the first of either, -1 when none.
    var firstBad = -1
    /// Byte sequences the decoder could not read, each now a U+FFFD.
    var undecodable = 0
    /// Scalar offset of the first of them, -1 when none.
    var firstUndecodable = -1
    /// Valid sequences of two or more bytes (UTF-8 only): what tells damaged UTF-8 from another encoding.
    var multibyte = 0

    /// Counts `v`, found at scalar offset `k`, if it is a sign of binary data.
    @inline(__always) mutating func note(_ v: UInt32, at k: Int) {
      switch Decoded.sign(v) {
      case .control: controls += 1
      case .replacement: replacements += 1
      case nil: return
      }
      if firstBad < 0 { firstBad = k }
    }

    /// What a scalar says of binary data.
    enum Sign { case control, replacement }

    /// The sign `v` gives: a control (C0 but tab and line breaks, DEL, C1), or a replacement (U+FFFD, and the
    /// private-use scalars GB18030 makes of random byte pairs); nil for text.
    @inline(__always) static func sign(_ v: UInt32) -> Sign? {
      if (v < 0x20 && v != 0x0A && v != 0x0D && v != 0x09) || (v >= 0x7F && v < 0xA0) { return .control }
      if v == 0xFFFD || (v >= 0xE000 && v <= 0xF8FF) { return .replacement }
      return nil
    }
  }

  /// Decodes `bytes`, detecting the encoding from the BOM and the bytes themselves, never from the file name.
  static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> Decoded {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      // The mark says UTF-8: bad bytes are damage, read as U+FFFD (refused only when mostly bad, by the caller).
      guard let d = decodeUTF8(bytes, from: 3, lossy: true) else {
        throw IngestError(path: path, kind: .binary, reason: "starts with a UTF-8 byte-order mark but holds invalid UTF-8")
      }
      return d
    }
    if let (width, little) = HTMLCharset.wideBOM(bytes[...]) {
      let body = bytes[width...]
      let utf8 = width == 4 ? HTMLCharset.utf32ToUTF8(body, littleEndian: little) : HTMLCharset.utf16ToUTF8(body, littleEndian: little)
      return counted(String(decoding: utf8, as: UTF8.self), .utf16)
    }
    if var d = decodeUTF8(bytes, from: 0) {
      if d.controls > 0, let u = guessBOMlessUTF16(bytes) { d = counted(u, .utf16) }
      return d
    }
    if let u = guessBOMlessUTF16(bytes) { return counted(u, .utf16) }
    // A few bad bytes in UTF-8 (a copy error, a truncated write) leave it UTF-8. GB18030 read as UTF-8 makes a
    // valid multi-byte sequence only by chance (a lead byte C2–DF or E0–EF before the right continuation
    // bytes: about one character in ten), far fewer than the invalid ones; valid sequences outnumbering the
    // invalid ones ten to one say UTF-8.
    if let d = decodeUTF8(bytes, from: 0, lossy: true), d.undecodable * 10 < d.multibyte { return d }
    return counted(decodeGB18030(bytes), .gb18030)
  }

  /// Validates and decodes UTF-8 in one pass, counting controls and replacement characters on the way;
  /// nil at the first invalid sequence, or with `lossy` each invalid byte read as U+FFFD and counted.
  static func decodeUTF8(_ bytes: [UInt8], from start: Int, lossy: Bool = false) -> Decoded? {
    bytes.withUnsafeBufferPointer { decodeUTF8($0, from: start, lossy: lossy) }
  }

  /// The loop of `decodeUTF8`: the counts live in locals (not in a captured `Decoded`), so they stay in
  /// registers, and the two common cases — ASCII and a 3-byte sequence led by E1–EC (nearly all Han) — are
  /// taken before the general validation.
  private static func decodeUTF8(_ b: UnsafeBufferPointer<UInt8>, from start: Int, lossy: Bool) -> Decoded? {
    var d = Decoded(scalars: [], encoding: .utf8)
    let count = b.count
    guard start < count, let p = b.baseAddress else { return d }
    var n = 0
    var ok = true
    var multibyte = 0
    var controls = 0
    var replacements = 0
    var firstBad = -1
    var undecodable = 0
    var firstUndecodable = -1
    // Room for one scalar per byte, left uninitialised: only the pages the scalars fill become resident (a
    // zero-filled array touched all of it, 12 bytes per character of Chinese text, for the life of the report).
    let out = Scalars(unsafeUninitializedCapacity: count - start) { o, initialized in
      let q = o.baseAddress!
      var i = start
      while i < count {
        let c = p[i]
        if c < 0x80 {
          // C0 controls other than tab and line breaks, and DEL, are signs of binary data.
          if c < 0x20 || c == 0x7F, Decoded.sign(UInt32(c)) != nil {
            controls += 1
            if firstBad < 0 { firstBad = n }
          }
          q[n] = UInt32(c)
          n += 1
          i += 1
          continue
        }
        // A run of 3-byte sequences led by E1–EC (U+1000–CFFF: Han, CJK punctuation) or EF past the private-use
        // area (U+F900–FFFF: full-width forms), other than U+FFFD: never a surrogate, an overlong form or a sign
        // of binary data. Even a single step reads four bytes (the lead byte lowest), so the run stops 3 bytes
        // before the end and the general path below takes the last sequence.
        if c >= 0xE1 && c <= 0xEC || c == 0xEF {
          let runStart = n
          while true {
            // Four sequences at once (two eight-byte words read, six bytes of each used), then two, while
            // there are; then one (what stopped the pairs), and fours again. Each word's two scalars are made
            // side by side in one 64-bit word and stored in one go.
            while i &+ 13 < count {
              let w1 = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
              let w2 = UInt64(littleEndian: UnsafeRawPointer(p + (i &+ 6)).loadUnaligned(as: UInt64.self))
              guard TextDecoder.areThreeByteForms(w1) && TextDecoder.areThreeByteForms(w2) else { break }
              let x = TextDecoder.scalarPair(w1)
              let y = TextDecoder.scalarPair(w2)
              guard TextDecoder.runPair(x) && TextDecoder.runPair(y) else { break }
              UnsafeMutableRawPointer(q + n).storeBytes(of: x.littleEndian, as: UInt64.self)
              UnsafeMutableRawPointer(q + (n &+ 2)).storeBytes(of: y.littleEndian, as: UInt64.self)
              n &+= 4
              i &+= 12
            }
            while i &+ 7 < count {
              let w = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
              guard TextDecoder.areThreeByteForms(w) else { break }
              let x = TextDecoder.scalarPair(w)
              guard TextDecoder.runPair(x) else { break }
              UnsafeMutableRawPointer(q + n).storeBytes(of: x.littleEndian, as: UInt64.self)
              n &+= 2
              i &+= 6
            }
            guard i &+ 3 < count else { break }
            let w = UInt32(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt32.self))
            guard w & 0x00C0_C0F0 == 0x0080_80E0 else { break }
            let v = (w & 0x0F) << 12 | (w & 0x3F00) >> 2 | (w & 0x3F_0000) >> 16
            guard TextDecoder.isRunScalar(v) else { break }
            q[n] = v
            n &+= 1
            i &+= 3
          }
          if n > runStart {
            multibyte &+= n &- runStart
            continue
          }
        }
        let (v, length) = sequence(p, at: i, count: count)
        if length == 0 {
          // One bad byte becomes one U+FFFD, and reading resumes at the next byte (lossy), or reading stops.
          guard lossy else {
            ok = false
            break
          }
          if firstUndecodable < 0 { firstUndecodable = n }
          undecodable += 1
          replacements += 1  // counts towards "mostly not text"
          if firstBad < 0 { firstBad = n }
          q[n] = 0xFFFD
          n += 1
          i += 1
          continue
        }
        // Counted in locals as `Decoded.note` counts them (the rule is `Decoded.sign`).
        if v < 0xA0 || v >= 0xE000, let sign = Decoded.sign(v) {
          if sign == .control { controls += 1 } else { replacements += 1 }
          if firstBad < 0 { firstBad = n }
        }
        q[n] = v
        n += 1
        multibyte += 1
        i += length
      }
      initialized = ok ? n : 0
    }
    guard ok else { return nil }
    d.scalars = out
    d.controls = controls
    d.replacements = replacements
    d.firstBad = firstBad
    d.undecodable = undecodable
    d.firstUndecodable = firstUndecodable
    d.multibyte = multibyte
    return d
  }

  /// Whether the first six bytes of `w` (first byte lowest) are two three-byte forms: a lead byte E0–EF and two
  /// continuation bytes, twice (which values they make is `runPair`'s test).
  @inline(__always) private static func areThreeByteForms(_ w: UInt64) -> Bool {
    w & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0
  }

  /// The scalars of the two three-byte forms in the first six bytes of `w`, the first in the low half.
  @inline(__always) private static func scalarPair(_ w: UInt64) -> UInt64 {
    let x = w & 0xFF_FFFF | (w &>> 24 & 0xFF_FFFF) &<< 32
    return (x & 0xF_0000_000F) &<< 12 | (x & 0x3F00_0000_3F00) &>> 2 | (x & 0x3F_0000_003F_0000) &>> 16
  }

  /// Whether both scalars of `scalarPair` may be taken by the run (`isRunScalar`).
  @inline(__always) private static func runPair(_ x: UInt64) -> Bool {
    isRunScalar(UInt32(truncatingIfNeeded: x)) && isRunScalar(UInt32(truncatingIfNeeded: x &>> 32))
  }

  /// A scalar of a three-byte form the run takes without the general checks: U+1000–CFFF (lead E1–EC: Han,
  /// CJK punctuation) or U+F900–FFFF other than U+FFFD (lead EF: full-width forms), never a surrogate, an
  /// overlong form, private use or a sign of binary data.
  @inline(__always) private static func isRunScalar(_ v: UInt32) -> Bool {
    v &- 0x1000 < 0xC000 || (v &- 0xF900 < 0x0700 && v != 0xFFFD)
  }

  /// The scalar of the multi-byte UTF-8 sequence at `i` and its length in bytes; length 0 when the bytes there
  /// are no valid sequence (a stray continuation byte, an overlong form, a surrogate, a value past U+10FFFF, a
  /// sequence cut short).
  @inline(__always)
  private static func sequence(_ p: UnsafePointer<UInt8>, at i: Int, count: Int) -> (UInt32, Int) {
    let c = p[i]
    var v: UInt32
    var need: Int
    var lo: UInt8 = 0x80
    var hi: UInt8 = 0xBF
    switch c {
    case 0xC2...0xDF: need = 1; v = UInt32(c & 0x1F)
    case 0xE0: need = 2; v = 0; lo = 0xA0
    case 0xE1...0xEC, 0xEE, 0xEF: need = 2; v = UInt32(c & 0x0F)
    case 0xED: need = 2; v = 0x0D; hi = 0x9F  // no UTF-16 surrogates
    case 0xF0: need = 3; v = 0; lo = 0x90
    case 0xF1...0xF3: need = 3; v = UInt32(c & 0x07)
    case 0xF4: need = 3; v = 4; hi = 0x8F
    default: return (0, 0)
    }
    guard i + need < count, p[i + 1] >= lo, p[i + 1] <= hi else { return (0, 0) }
    v = v << 6 | UInt32(p[i + 1] & 0x3F)
    for k in stride(from: 2, through: need, by: 1) {
      guard p[i + k] & 0xC0 == 0x80 else { return (0, 0) }
      v = v << 6 | UInt32(p[i + k] & 0x3F)
    }
    return (v, need + 1)
  }

  /// Scalars of a string decoded another way, with the binary signs counted.
  /// The decoders behind it turn each byte they cannot read into U+FFFD, so those are the undecodable ones.
  private static func counted(_ text: String, _ encoding: TextEncoding) -> Decoded {
    var d = Decoded(scalars: text.scalarValues, encoding: encoding)
    for (k, v) in d.scalars.enumerated() {
      d.note(v, at: k)
      if v == 0xFFFD {
        if d.firstUndecodable < 0 { d.firstUndecodable = k }
        d.undecodable += 1
      }
    }
    return d
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
