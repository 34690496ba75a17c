internal import CZ

/// A zip archive read from memory, every offset and size checked against the bytes before it is used.
///
/// Written for the .docx reader in place of a general zip library: a hostile file (offsets past its end,
/// sizes that lie, a member that inflates without bound) must give an `IngestError`, never a trap, and
/// reading must stop as soon as a member passes what it declared or what the archive may expand to.
struct ZipArchive {
  /// One member, from the central directory.
  struct Member {
    /// The name as stored (UTF-8 when flagged; other encodings decode lossily, which Word part names survive).
    var name: String
    /// 0 stored, 8 deflated.
    var method: UInt16
    var flags: UInt16
    var crc32: UInt32
    var compressedSize: UInt64
    var uncompressedSize: UInt64
    /// Where the member's local header starts.
    var localHeaderOffset: UInt64
  }

  /// The most uncompressed bytes read from one archive, over all members (zip-bomb guard).
  static let maxTotalUncompressed = 200 << 20
  /// The largest expansion ratio accepted for a big member; real XML compresses 5–30 times.
  static let maxRatio = 200
  /// Members below this size are never refused for their ratio (a tiny empty part can compress 100:1).
  static let ratioFloor = 8 << 20

  private let bytes: [UInt8]
  private let path: String
  /// The members by name.
  private(set) var members: [String: Member] = [:]
  /// Uncompressed bytes still allowed for this archive.
  private var budget = ZipArchive.maxTotalUncompressed

  /// Reads the central directory of the archive in `bytes`; `path` names it in errors.
  init(bytes: [UInt8], path: String) throws(IngestError) {
    self.bytes = bytes
    self.path = path
    let n = bytes.count
    func damaged(_ what: String) -> IngestError {
      IngestError(path: path, kind: .damaged, reason: "truncated or corrupt zip archive (\(what)); the .docx cannot be read")
    }
    // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535, at the very end.
    var eocd = -1
    var i = n - 22
    while i >= 0 && i >= n - 22 - 0xFFFF {
      if read32(i) == 0x0605_4B50 {
        eocd = i
        break
      }
      i -= 1
    }
    guard eocd >= 0 else { throw damaged("no end-of-central-directory record") }
    var count = UInt64(read16(eocd + 10))
    var cdSize = UInt64(read32(eocd + 12))
    var cdOffset = UInt64(read32(eocd + 16))
    // ZIP64: the real values sit in a record that a locator just before the EOCD points at.
    if count == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
      guard eocd >= 20, read32(eocd - 20) == 0x0706_4B50 else { throw damaged("ZIP64 sizes without a ZIP64 locator") }
      let recordAt = read64(eocd - 12)
      guard recordAt <= UInt64(n - 56), read32(Int(recordAt)) == 0x0606_4B50 else {
        throw damaged("the ZIP64 record lies outside the file")
      }
      count = read64(Int(recordAt) + 32)
      cdSize = read64(Int(recordAt) + 40)
      cdOffset = read64(Int(recordAt) + 48)
    }
    guard cdOffset <= UInt64(n), cdSize <= UInt64(n) - cdOffset else {
      throw damaged("the central directory lies outside the file")
    }
    // Each central header is at least 46 bytes: a count the directory cannot hold is a lie.
    guard count <= cdSize / 46 + 1 else { throw damaged("more members declared than the central directory holds") }
    var p = Int(cdOffset)
    let end = Int(cdOffset + cdSize)
    for _ in 0..<count {
      guard p + 46 <= end, read32(p) == 0x0201_4B50 else { throw damaged("a central directory entry is broken") }
      let flags = read16(p + 8)
      let method = read16(p + 10)
      let crc = read32(p + 16)
      var csize = UInt64(read32(p + 20))
      var usize = UInt64(read32(p + 24))
      let nameLength = Int(read16(p + 28))
      let extraLength = Int(read16(p + 30))
      let commentLength = Int(read16(p + 32))
      var local = UInt64(read32(p + 42))
      let nameStart = p + 46
      let extraStart = nameStart + nameLength
      let next = extraStart + extraLength + commentLength
      guard next <= end else { throw damaged("a central directory entry runs past the directory") }
      // ZIP64 extra field (id 1): the 64-bit values, in order, of the fields that read 0xFFFFFFFF.
      var e = extraStart
      while e + 4 <= extraStart + extraLength {
        let id = read16(e)
        let size = Int(read16(e + 2))
        guard e + 4 + size <= extraStart + extraLength else { break }
        if id == 1 {
          var q = e + 4
          if usize == 0xFFFF_FFFF, q + 8 <= e + 4 + size { usize = read64(q); q += 8 }
          if csize == 0xFFFF_FFFF, q + 8 <= e + 4 + size { csize = read64(q); q += 8 }
          if local == 0xFFFF_FFFF, q + 8 <= e + 4 + size { local = read64(q); q += 8 }
        }
        e += 4 + size
      }
      let name = String(decoding: bytes[nameStart..<extraStart], as: UTF8.self)
      // The local header and the data it announces must lie inside the file.
      guard local <= UInt64(n), UInt64(n) - local >= 30, read32(Int(local)) == 0x0403_4B50 else {
        throw damaged("member \(ZipArchive.shown(name)) points outside the file")
      }
      let dataStart = Int(local) + 30 + Int(read16(Int(local) + 26)) + Int(read16(Int(local) + 28))
      guard dataStart <= n, csize <= UInt64(n - dataStart) else {
        throw damaged("member \(ZipArchive.shown(name)) runs past the end of the file")
      }
      if members[name] == nil {
        members[name] = Member(
          name: name, method: method, flags: flags, crc32: crc, compressedSize: csize, uncompressedSize: usize,
          localHeaderOffset: local)
      }
      p = next
    }
  }

  /// A name short enough to quote in a message.
  private static func shown(_ name: String) -> String {
    name.unicodeScalars.count <= 60 ? name : String(String.UnicodeScalarView(name.unicodeScalars.prefix(60))) + "…"
  }

  /// The member called `name` (exact, case-sensitive as Word writes it).
  func member(_ name: String) -> Member? { members[name] }

  /// The uncompressed bytes of `member`, inflated under the archive's budget and checked against its CRC-32.
  mutating func read(_ member: Member) throws(IngestError) -> [UInt8] {
    let name = ZipArchive.shown(member.name)
    func damaged(_ what: String) -> IngestError {
      IngestError(path: path, kind: .damaged, reason: "corrupt zip member \(name) (\(what)); the .docx is damaged")
    }
    if member.flags & 1 != 0 {
      throw IngestError(path: path, kind: .encrypted, reason: "zip member \(name) is encrypted; save the .docx without a password")
    }
    let declared = member.uncompressedSize
    let compressed = max(member.compressedSize, 1)
    if declared > UInt64(budget)
      || (declared > UInt64(ZipArchive.ratioFloor) && declared / compressed > UInt64(ZipArchive.maxRatio))
    {
      throw bomb(name)
    }
    let local = Int(member.localHeaderOffset)
    let start = local + 30 + Int(read16(local + 26)) + Int(read16(local + 28))
    let end = start + Int(member.compressedSize)  // checked against the file in init
    // A member may not grow past what its header declares (a lying header is the classic bomb) nor past
    // the archive's remaining budget.
    let limit = Int(min(declared, UInt64(budget)))
    var out: [UInt8]
    switch member.method {
    case 0:
      guard member.compressedSize == member.uncompressedSize else { throw damaged("a stored member's sizes differ") }
      out = Array(bytes[start..<end])
    case 8:
      out = try inflate(start, end, limit: limit, damaged: damaged, bomb: { bomb(name) })
    default:
      throw IngestError(
        path: path, kind: .unsupported,
        reason: "zip member \(name) uses compression method \(member.method), which ReportKit does not read")
    }
    let crc = out.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
    if crc != member.crc32 { throw damaged("CRC-32 mismatch") }
    budget -= out.count
    return out
  }

  private func bomb(_ name: String) -> IngestError {
    IngestError(
      path: path, kind: .tooLarge,
      reason: "zip bomb: member \(name) expands beyond its declared size, the \(ZipArchive.maxTotalUncompressed >> 20) MB "
        + "cap or \(ZipArchive.maxRatio) times its compressed size; refusing to read it")
  }

  /// Raw-deflate `bytes[start..<end]`, stopping with `bomb` once the output passes `limit`.
  private func inflate(
    _ start: Int, _ end: Int, limit: Int, damaged: (String) -> IngestError, bomb: () -> IngestError
  ) throws(IngestError) -> [UInt8] {
    var stream = z_stream()
    guard rk_inflate_init_raw(&stream) == Z_OK else { throw damaged("zlib could not start") }
    defer { inflateEnd(&stream) }
    var out = [UInt8]()
    out.reserveCapacity(min(limit, 16 << 20))
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    var status = Z_OK
    var failure: IngestError?
    bytes.withUnsafeBufferPointer { src in
      stream.next_in = UnsafeMutablePointer(mutating: src.baseAddress! + start)
      stream.avail_in = uInt(end - start)
      buffer.withUnsafeMutableBufferPointer { buf in
        while status == Z_OK {
          stream.next_out = buf.baseAddress
          stream.avail_out = uInt(chunk)
          status = CZ.inflate(&stream, Z_NO_FLUSH)
          let produced = chunk - Int(stream.avail_out)
          if out.count + produced > limit {
            failure = bomb()
            return
          }
          out.append(contentsOf: buf[0..<produced])
          if status == Z_BUF_ERROR && stream.avail_in == 0 {
            failure = damaged("the compressed data ends early")
            return
          }
          if status == Z_BUF_ERROR && produced > 0 { status = Z_OK }
        }
      }
    }
    if let failure { throw failure }
    guard status == Z_STREAM_END else { throw damaged("the compressed data is invalid") }
    return out
  }

  // MARK: Little-endian fields, bounds-checked: a read past the end gives 0, never a trap.

  private func read16(_ i: Int) -> UInt16 {
    guard i >= 0, i + 2 <= bytes.count else { return 0 }
    return UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
  }

  private func read32(_ i: Int) -> UInt32 {
    guard i >= 0, i + 4 <= bytes.count else { return 0 }
    return UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
  }

  private func read64(_ i: Int) -> UInt64 { UInt64(read32(i)) | UInt64(read32(i + 4)) << 32 }
}
