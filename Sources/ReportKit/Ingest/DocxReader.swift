import Foundation
internal import CLibXML2
internal import ZIPFoundation

/// Reads the text layer of a Word .docx file: one paragraph per line, automatic list numbers written out.
enum DocxReader {
  /// The most uncompressed bytes read from one archive, over all members (zip-bomb guard).
  static let maxTotalUncompressed = 200 << 20
  /// The largest expansion ratio accepted for a big member; real XML compresses 5–30 times.
  static let maxRatio = 200
  /// Members below this size are never refused for their ratio (a tiny empty part can compress 100:1).
  static let ratioFloor = 8 << 20

  /// The text of the document in `data` (the bytes of a .docx), one paragraph per line.
  static func text(from data: Data, path: String) throws(IngestError) -> String {
    func fail(_ reason: String) -> IngestError { IngestError(path: path, reason: reason) }
    let head = [UInt8](data.prefix(8))
    // OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1): a legacy .doc, or an encrypted .docx, which Word
    // stores as an OLE2 file with an EncryptedPackage stream.
    if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
      throw fail("encrypted or legacy .doc file; save it as .docx without a password")
    }
    guard head.count >= 4, head[0] == 0x50, head[1] == 0x4B else {  // "PK"
      throw fail("not a .docx file: the bytes are not a zip archive")
    }
    var zip = try ZipReader(data: data, fail: fail)
    guard let mainEntry = zip.mainDocumentEntry() else {
      throw fail("no word/document.xml in the zip archive: not a Word document")
    }
    let documentXML = try zip.read(mainEntry)
    let numberingXML = try zip.entry("word/numbering.xml").map { e throws(IngestError) in try zip.read(e) }
    let stylesXML =
      numberingXML == nil ? nil : try zip.entry("word/styles.xml").map { e throws(IngestError) in try zip.read(e) }

    // Styles matter only for list numbering through a paragraph style, so they are read only when the
    // document has numbering at all.
    let styles = numberingXML == nil ? StyleTable() : (stylesXML.map { StyleTable(xml: $0) } ?? StyleTable())
    let numbering = numberingXML.map { WordNumbering(xml: $0, styles: styles) } ?? WordNumbering()
    guard let lines = DocumentText.lines(of: documentXML, styles: styles, numbering: numbering) else {
      throw fail("word/document.xml is not well-formed XML")
    }
    return LineAssembly.finish(lines)
  }
}

// MARK: - Zip access with a budget

/// Reads members of an in-memory zip archive, refusing zip bombs and reporting corruption as `IngestError`.
private struct ZipReader {
  let archive: Archive
  let fail: (String) -> IngestError
  /// Uncompressed bytes still allowed for this archive.
  var budget = DocxReader.maxTotalUncompressed

  init(data: Data, fail: @escaping (String) -> IngestError) throws(IngestError) {
    self.fail = fail
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw fail("truncated or corrupt zip archive (\(error)); the .docx cannot be read")
    }
  }

  /// The member at `path` (exact, case-sensitive as Word writes it).
  func entry(_ path: String) -> Entry? { archive[path] }

  /// The main document part: word/document.xml, else the target of the officeDocument relationship.
  mutating func mainDocumentEntry() -> Entry? {
    if let e = entry("word/document.xml") { return e }
    // Some generators name the part differently (word/document2.xml); _rels/.rels says where it is.
    guard let rels = entry("_rels/.rels"), let xml = try? read(rels) else { return nil }
    let target: String? = xml.withUnsafeBytes { raw in
      guard let doc = XMLSupport.parseXML(raw) else { return nil }
      defer { xmlFreeDoc(doc) }
      var c = XMLSupport.firstElement(xmlDocGetRootElement(doc))
      while let n = c {
        if XMLSupport.attribute(n, "Type")?.hasSuffix("/officeDocument") == true {
          return XMLSupport.attribute(n, "Target")
        }
        c = XMLSupport.nextElement(n)
      }
      return nil
    }
    guard var t = target else { return nil }
    while t.hasPrefix("/") { t.removeFirst() }
    return entry(t)
  }

  private struct Bomb: Error {}

  /// The uncompressed bytes of `entry`, streamed so that a bomb is stopped before it fills memory.
  mutating func read(_ entry: Entry) throws(IngestError) -> [UInt8] {
    let declared = entry.uncompressedSize
    let compressed = max(entry.compressedSize, 1)
    if declared > UInt64(budget)
      || (declared > UInt64(DocxReader.ratioFloor) && declared / compressed > UInt64(DocxReader.maxRatio))
    {
      throw bombError(entry)
    }
    var out = [UInt8]()
    out.reserveCapacity(min(Int(declared), 16 << 20))
    // A member may not grow past what its header declares (a lying header is the classic bomb) nor
    // past the archive's remaining budget.
    let limit = min(Int(declared), budget)
    do {
      // ZIPFoundation's own CRC-32 on Linux is a byte-at-a-time table loop that took half the reading
      // time; the checksum is verified below with a sliced table instead.
      _ = try archive.extract(entry, skipCRC32: true) { chunk in
        if out.count + chunk.count > limit { throw Bomb() }
        out.append(contentsOf: chunk)
      }
    } catch is Bomb {
      throw bombError(entry)
    } catch {
      throw fail("corrupt zip member \(entry.path) (\(error)); the .docx is damaged")
    }
    if SlicedCRC32.checksum(out) != entry.checksum {
      throw fail("corrupt zip member \(entry.path) (CRC-32 mismatch); the .docx is damaged")
    }
    budget -= out.count
    return out
  }

  private func bombError(_ entry: Entry) -> IngestError {
    fail(
      "zip bomb: member \(entry.path) expands beyond its declared size, the \(DocxReader.maxTotalUncompressed >> 20) MB "
        + "cap or \(DocxReader.maxRatio) times its compressed size; refusing to read it")
  }
}

/// CRC-32 (the zip polynomial, reflected 0xEDB88320), eight bytes per step ("slicing-by-8").
private enum SlicedCRC32 {
  /// Eight 256-entry tables: table k gives the CRC of a byte followed by k zero bytes.
  static let tables: [UInt32] = {
    var t = [UInt32](repeating: 0, count: 8 * 256)
    for i in 0..<256 {
      var c = UInt32(i)
      for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
      t[i] = c
    }
    for k in 1..<8 {
      for i in 0..<256 {
        let prev = t[(k - 1) * 256 + i]
        t[k * 256 + i] = (prev >> 8) ^ t[Int(prev & 0xFF)]
      }
    }
    return t
  }()

  /// The CRC-32 of `bytes`, as stored in a zip entry.
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    tables.withUnsafeBufferPointer { t in
      bytes.withUnsafeBytes { raw in
        var i = 0
        let n = raw.count
        while i + 8 <= n {
          let lo = crc ^ raw.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian
          let hi = raw.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self).littleEndian
          crc =
            t[7 * 256 + Int(lo & 0xFF)] ^ t[6 * 256 + Int((lo >> 8) & 0xFF)]
            ^ t[5 * 256 + Int((lo >> 16) & 0xFF)] ^ t[4 * 256 + Int(lo >> 24)]
            ^ t[3 * 256 + Int(hi & 0xFF)] ^ t[2 * 256 + Int((hi >> 8) & 0xFF)]
            ^ t[1 * 256 + Int((hi >> 16) & 0xFF)] ^ t[Int(hi >> 24)]
          i += 8
        }
        while i < n {
          crc = t[Int((crc ^ UInt32(raw[i])) & 0xFF)] ^ (crc >> 8)
          i += 1
        }
      }
    }
    return crc ^ 0xFFFF_FFFF
  }
}

// MARK: - Styles

/// Paragraph styles that carry list numbering (`w:style/w:pPr/w:numPr`), with their `w:basedOn` parents.
private struct StyleTable {
  struct Style {
    var numId: Int?
    var ilvl: Int?
    var basedOn: String?
  }
  var styles: [String: Style] = [:]

  init() {}

  init(xml: [UInt8]) {
    xml.withUnsafeBytes { raw in
      guard let doc = XMLSupport.parseXML(raw) else { return }
      defer { xmlFreeDoc(doc) }
      var c = XMLSupport.firstElement(xmlDocGetRootElement(doc))
      while let n = c {
        if XMLSupport.isNamed(n, "style"), let id = XMLSupport.attribute(n, "styleId") {
          var s = Style()
          var k = XMLSupport.firstElement(n)
          while let e = k {
            if XMLSupport.isNamed(e, "basedOn") {
              s.basedOn = XMLSupport.attribute(e, "val")
            } else if XMLSupport.isNamed(e, "pPr"), let numPr = child(e, "numPr") {
              s.numId = child(numPr, "numId").flatMap { intAttribute($0, "val") }
              s.ilvl = child(numPr, "ilvl").flatMap { intAttribute($0, "val") }
            }
            k = XMLSupport.nextElement(e)
          }
          styles[id] = s
        }
        c = XMLSupport.nextElement(n)
      }
    }
  }

  /// The (numId, ilvl) a paragraph of style `id` gets from the style or its ancestors.
  func numbering(of id: String) -> (numId: Int, ilvl: Int?)? {
    var current: String? = id
    var depth = 0
    while let s = current.flatMap({ styles[$0] }), depth < 16 {  // the bound guards a basedOn cycle
      if let numId = s.numId { return (numId, s.ilvl) }
      current = s.basedOn
      depth += 1
    }
    return nil
  }
}

@inline(__always) private func child(_ node: xmlNodePtr, _ name: StaticString) -> xmlNodePtr? {
  var c = XMLSupport.firstElement(node)
  while let n = c {
    if XMLSupport.isNamed(n, name) { return n }
    c = XMLSupport.nextElement(n)
  }
  return nil
}

@inline(__always) private func intAttribute(_ node: xmlNodePtr, _ name: StaticString) -> Int? {
  XMLSupport.attribute(node, name).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
}

/// Whether an on/off property element (`<w:vanish/>`, `<w:vanish w:val="false"/>`) is on.
private func isOn(_ node: xmlNodePtr) -> Bool {
  guard let v = XMLSupport.attribute(node, "val") else { return true }
  return !(v == "0" || v == "false" || v == "off")
}

// MARK: - WordNumbering

/// Word automatic numbering (`word/numbering.xml`) and the counters that turn it into visible markers.
struct WordNumbering {
  /// One level of a list definition (`w:lvl`).
  struct Level {
    var start = 1
    var format = "decimal"
    var text = ""
    /// `w:lvlRestart`: nil restarts after any shallower level; 0 never restarts; n after levels < n.
    var restart: Int?
    /// `w:isLgl`: show every counter in this level's text as decimal.
    var legal = false
  }

  /// A list instance (`w:num`) pointing at a definition, with its per-level overrides.
  struct Instance {
    var abstractId: Int
    var startOverrides: [Int: Int] = [:]
    var levelOverrides: [Int: Level] = [:]
  }

  var abstracts: [Int: [Int: Level]] = [:]
  /// `w:numStyleLink`: a definition that takes its levels from the list a numbering style points at.
  var styleLinks: [Int: String] = [:]
  var instances: [Int: Instance] = [:]
  /// Counters per list definition: Word continues one sequence across `w:num`s sharing a definition.
  var counters: [Int: [Int?]] = [:]
  /// Instances already used once: a start override applies at an instance's first paragraph only.
  var started: Set<Int> = []
  fileprivate var styles = StyleTable()

  init() {}

  fileprivate init(xml: [UInt8], styles: StyleTable) {
    self.styles = styles
    xml.withUnsafeBytes { raw in
      guard let doc = XMLSupport.parseXML(raw) else { return }
      defer { xmlFreeDoc(doc) }
      var c = XMLSupport.firstElement(xmlDocGetRootElement(doc))
      while let n = c {
        if XMLSupport.isNamed(n, "abstractNum"), let id = intAttribute(n, "abstractNumId") {
          var levels: [Int: Level] = [:]
          var k = XMLSupport.firstElement(n)
          while let e = k {
            if XMLSupport.isNamed(e, "lvl"), let (ilvl, level) = Self.level(e) {
              levels[ilvl] = level
            } else if XMLSupport.isNamed(e, "numStyleLink"), let s = XMLSupport.attribute(e, "val") {
              styleLinks[id] = s
            }
            k = XMLSupport.nextElement(e)
          }
          abstracts[id] = levels
        } else if XMLSupport.isNamed(n, "num"), let id = intAttribute(n, "numId") {
          var inst = Instance(abstractId: -1)
          var k = XMLSupport.firstElement(n)
          while let e = k {
            if XMLSupport.isNamed(e, "abstractNumId") {
              inst.abstractId = intAttribute(e, "val") ?? -1
            } else if XMLSupport.isNamed(e, "lvlOverride"), let ilvl = intAttribute(e, "ilvl") {
              if let so = child(e, "startOverride"), let v = intAttribute(so, "val") {
                inst.startOverrides[ilvl] = Self.clampedStart(v)
              }
              if let l = child(e, "lvl"), let (_, level) = Self.level(l) { inst.levelOverrides[ilvl] = level }
            }
            k = XMLSupport.nextElement(e)
          }
          instances[id] = inst
        }
        c = XMLSupport.nextElement(n)
      }
    }
  }

  /// A start value within Word's range (0…32767), so counting on from it can never overflow.
  private static func clampedStart(_ v: Int) -> Int { min(max(v, 0), 32767) }

  private static func level(_ node: xmlNodePtr) -> (Int, Level)? {
    guard let ilvl = intAttribute(node, "ilvl"), (0..<9).contains(ilvl) else { return nil }
    var l = Level()
    var k = XMLSupport.firstElement(node)
    while let e = k {
      if XMLSupport.isNamed(e, "start") {
        l.start = Self.clampedStart(intAttribute(e, "val") ?? 1)
      } else if XMLSupport.isNamed(e, "numFmt") {
        l.format = XMLSupport.attribute(e, "val") ?? "decimal"
      } else if XMLSupport.isNamed(e, "lvlText") {
        l.text = XMLSupport.attribute(e, "val") ?? ""
      } else if XMLSupport.isNamed(e, "lvlRestart") {
        l.restart = intAttribute(e, "val")
      } else if XMLSupport.isNamed(e, "isLgl") {
        l.legal = isOn(e)
      }
      k = XMLSupport.nextElement(e)
    }
    return (ilvl, l)
  }

  /// The abstract definition id an instance uses, following a numStyleLink through the style's list.
  private func resolvedAbstract(_ numId: Int) -> Int? {
    guard var a = instances[numId]?.abstractId else { return nil }
    var hops = 0
    while let link = styleLinks[a], (abstracts[a]?.isEmpty ?? true), hops < 4 {
      guard let target = styles.numbering(of: link)?.numId, let next = instances[target]?.abstractId,
        next != a
      else { break }
      a = next
      hops += 1
    }
    return abstracts[a] == nil ? nil : a
  }

  private func levelDefinition(_ numId: Int, _ abstractId: Int, _ ilvl: Int) -> Level? {
    instances[numId]?.levelOverrides[ilvl] ?? abstracts[abstractId]?[ilvl]
  }

  /// The first value of level `l` in instance `numId`: its `w:startOverride`, else the level's `w:start`.
  private func startValue(_ numId: Int, _ abstractId: Int, _ l: Int) -> Int {
    instances[numId]?.startOverrides[l] ?? levelDefinition(numId, abstractId, l)?.start ?? 1
  }

  /// Advances the counters for a paragraph numbered (numId, ilvl) and returns its visible marker.
  mutating func marker(numId: Int, ilvl: Int) -> String {
    guard numId != 0, (0..<9).contains(ilvl), let a = resolvedAbstract(numId),
      let level = levelDefinition(numId, a, ilvl)
    else { return "" }
    var counts = counters[a] ?? Array(repeating: nil, count: 9)
    if !started.contains(numId) {
      started.insert(numId)
      // An instance with w:startOverride restarts the shared sequence at its first paragraph
      // ("restart numbering" in Word); one without continues the definition's sequence.
      for l in (instances[numId]?.startOverrides ?? [:]).keys where (0..<9).contains(l) { counts[l] = nil }
    }
    counts[ilvl] = min(counts[ilvl] ?? (startValue(numId, a, ilvl) - 1), 1_000_000) + 1
    // Deeper levels restart when a shallower level advances, unless w:lvlRestart says otherwise.
    for deeper in (ilvl + 1)..<9 {
      let r = levelDefinition(numId, a, deeper)?.restart
      if r == nil || (r! > 0 && ilvl <= r! - 1) { counts[deeper] = nil }
    }
    counters[a] = counts
    if level.format == "bullet" || level.format == "none" { return "" }
    var out = ""
    var scalars = level.text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = scalars.next()
    while let s = pending {
      pending = scalars.next()
      if s == "%", let d = pending, d.value >= 0x31, d.value <= 0x39 {
        pending = scalars.next()
        let l = Int(d.value - 0x31)
        // A level not reached yet shows its start value, as Word does for "%1.%2" under no %1 paragraph.
        let value = counts[l] ?? startValue(numId, a, l)
        let f = level.legal ? "decimal" : (levelDefinition(numId, a, l)?.format ?? "decimal")
        out += Self.format(value, f)
      } else {
        out.unicodeScalars.append(s)
      }
    }
    return out
  }

  /// `value` written in the Word number format `format` (w:numFmt).
  static func format(_ value: Int, _ format: String) -> String {
    switch format {
    case "chineseCounting", "taiwaneseCounting", "japaneseCounting":
      return value < 100 ? WordChineseNumber.grouped(value, traditional: false) : WordChineseNumber.digits(value)
    case "chineseCountingThousand", "taiwaneseCountingThousand":
      return WordChineseNumber.grouped(value, traditional: format.hasPrefix("taiwanese"))
    case "ideographDigital", "taiwaneseDigital":
      return WordChineseNumber.digits(value)
    case "chineseLegalSimplified":
      return WordChineseNumber.legal(value, traditional: false)
    case "ideographLegalTraditional":
      return WordChineseNumber.legal(value, traditional: true)
    case "ideographTraditional":  // 甲乙丙丁…
      return value >= 1 ? cycle(value, "甲乙丙丁戊己庚辛壬癸") : String(value)
    case "ideographZodiac":  // 子丑寅卯…
      return value >= 1 ? cycle(value, "子丑寅卯辰巳午未申酉戌亥") : String(value)
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
      return enclosedCircle(value)
    case "decimalEnclosedParen":  // ⑴ U+2474 … ⒇ U+2487
      return (1...20).contains(value) ? scalar(0x2474 + value - 1) : "(\(value))"
    case "decimalEnclosedFullstop":  // ⒈ U+2488 … ⒛ U+249B
      return (1...20).contains(value) ? scalar(0x2488 + value - 1) : "\(value)."
    case "ideographEnclosedCircle":  // ㊀ U+3280 … ㊉ U+3289
      return (1...10).contains(value) ? scalar(0x3280 + value - 1) : String(value)
    case "decimalFullWidth", "decimalFullWidth2":
      return String(String.UnicodeScalarView(String(value).unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! }))
    case "decimalZero":
      return value >= 0 && value < 10 ? "0\(value)" : String(value)
    case "upperRoman": return roman(value)
    case "lowerRoman": return roman(value).lowercased()
    case "upperLetter": return letters(value, base: 0x41)
    case "lowerLetter": return letters(value, base: 0x61)
    case "none", "bullet": return ""
    default: return String(value)
    }
  }

  private static func scalar(_ v: Int) -> String { String(Unicode.Scalar(UInt32(v)).map(Character.init) ?? "?") }

  private static func cycle(_ value: Int, _ items: String) -> String {
    let a = Array(items)
    return String(a[(value - 1) % a.count])
  }

  /// ① … ⑳ U+2460–2473, ㉑ … ㉟ U+3251–325F, ㊱ … ㊿ U+32B1–32BF; decimal beyond.
  private static func enclosedCircle(_ v: Int) -> String {
    switch v {
    case 1...20: return scalar(0x2460 + v - 1)
    case 21...35: return scalar(0x3251 + v - 21)
    case 36...50: return scalar(0x32B1 + v - 36)
    default: return String(v)
    }
  }

  private static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return String(value) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var n = value
    var s = ""
    for (v, r) in table { while n >= v { s += r; n -= v } }
    return s
  }

  /// Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated).
  private static func letters(_ value: Int, base: UInt32) -> String {
    guard value > 0 else { return String(value) }
    let letter = Character(Unicode.Scalar(base + UInt32((value - 1) % 26))!)
    return String(repeating: letter, count: min((value - 1) / 26 + 1, 50))
  }
}

/// Chinese numerals for list markers.
fileprivate enum WordChineseNumber {
  static let lower: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
  static let legalSimplified: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
  static let legalTraditional: [Character] = ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"]

  /// 一 … 十, 十一 … 九十九, 一百, 一百〇一, 一千二百 …: the counting form used for 一、 and （一）.
  static func grouped(_ value: Int, traditional: Bool) -> String {
    spelled(value, digits: lower, units: ["十", "百", "千"], myriad: traditional ? "萬" : "万", zero: "〇")
  }

  /// 壹 贰 叁 … 拾 …: the financial (legal) form.
  static func legal(_ value: Int, traditional: Bool) -> String {
    spelled(
      value, digits: traditional ? legalTraditional : legalSimplified, units: ["拾", "佰", "仟"],
      myriad: traditional ? "萬" : "万", zero: "零", keepLeadingOne: true)
  }

  /// Digit by digit: 一〇〇 for 100.
  static func digits(_ value: Int) -> String {
    guard value >= 0 else { return String(value) }
    return String(String(value).unicodeScalars.map { lower[Int($0.value - 0x30)] })
  }

  private static func spelled(
    _ value: Int, digits: [Character], units: [Character], myriad: Character, zero: Character,
    keepLeadingOne: Bool = false
  ) -> String {
    guard value > 0, value < 100_000_000 else { return value == 0 ? String(digits[0]) : String(value) }
    func below10000(_ n: Int) -> String {
      var s = ""
      var pendingZero = false
      let ds = [n / 1000, (n / 100) % 10, (n / 10) % 10, n % 10]
      for (i, d) in ds.enumerated() {
        if d == 0 {
          if !s.isEmpty { pendingZero = true }
          continue
        }
        if pendingZero { s.append(zero); pendingZero = false }
        let unitIndex = 3 - i  // 3 千, 2 百, 1 十, 0 units
        // 十一 … 十九 rather than 一十一: a leading 一 before 十 is dropped (not in the legal form).
        if !(unitIndex == 1 && d == 1 && s.isEmpty && !keepLeadingOne) { s.append(digits[d]) }
        if unitIndex > 0 { s.append(units[unitIndex - 1]) }
      }
      return s
    }
    if value < 10000 { return below10000(value) }
    let high = value / 10000
    let low = value % 10000
    var s = below10000(high) + String(myriad)
    if low > 0 {
      if low < 1000 { s.append(zero) }
      s += below10000(low)
    }
    return s
  }
}

// MARK: - Document walk (SAX)

/// Writes `word/document.xml` as lines (one per paragraph or table row) from libxml2's SAX2 events.
///
/// Streaming instead of building a tree: the DOM of a report is mostly run properties (fonts, sizes)
/// that are read only to be freed again, and tree building capped DOCX reading near 12 MB/s.
private final class DocumentText {
  /// The elements the walk reacts to (local names; the namespace is checked where it matters).
  enum Kind: UInt8 {
    case other, p, r, t, tab, br, cr, noBreakHyphen, sym, pPr, rPr, pStyle, numPr, ilvl, numId, vanish
    case tbl, tr, tc, txbxContent
    /// Subtrees that are not what a reader sees: deleted revisions, old properties, fallbacks.
    case skip
  }

  /// A paragraph being collected.
  struct Paragraph {
    var text: [UInt8] = []
    /// Lines of text boxes anchored in the paragraph, written after it.
    var extra: [UInt8] = []
    var numId: Int?
    var ilvl: Int?
    var styleId: String?
  }

  let styles: StyleTable
  var numbering: WordNumbering
  /// Element kinds from the root down to the current element.
  var stack: [Kind] = []
  var skipDepth = 0
  /// Paragraphs open now (more than one inside a text box).
  var paragraphs: [Paragraph] = []
  /// Where finished lines go: the body, a table cell or a text box, innermost last.
  var containers: [[UInt8]] = [[]]
  /// The cells of the table rows open now, innermost last.
  var rows: [[[UInt8]]] = []
  var runHidden = false
  /// Whether the current `t` element's characters are run text to keep.
  var capturing = false
  /// Namespace URIs already classified (libxml2 hands out the same pointer for the same namespace).
  var wordURI: UnsafePointer<xmlChar>?
  var mathURI: UnsafePointer<xmlChar>?

  init(styles: StyleTable, numbering: WordNumbering) {
    self.styles = styles
    self.numbering = numbering
  }

  /// The lines of `xml` (each ending in "\n", blank ones included); nil if it is not XML at all.
  static func lines(of xml: [UInt8], styles: StyleTable, numbering: WordNumbering) -> [UInt8]? {
    XMLSupport.prepare()
    let walker = DocumentText(styles: styles, numbering: numbering)
    walker.containers[0].reserveCapacity(xml.count / 4)
    var handler = xmlSAXHandler()
    handler.initialized = UInt32(XML_SAX2_MAGIC)
    handler.startElementNs = { ctx, localname, _, uri, _, _, count, _, attributes in
      guard let ctx, let localname else { return }
      // _withUnsafeGuaranteedRef: the walker outlives the parse, so no retain/release per event.
      Unmanaged<DocumentText>.fromOpaque(ctx)._withUnsafeGuaranteedRef {
        $0.start(localname, uri, Int(count), attributes)
      }
    }
    handler.endElementNs = { ctx, _, _, _ in
      guard let ctx else { return }
      Unmanaged<DocumentText>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.end() }
    }
    handler.characters = { ctx, chars, len in
      guard let ctx, let chars else { return }
      Unmanaged<DocumentText>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.characters(chars, Int(len)) }
    }
    let ok: Bool = xml.withUnsafeBufferPointer { buf in
      guard let base = buf.baseAddress, buf.count > 0, buf.count < Int(Int32.max) else { return false }
      let user = Unmanaged.passUnretained(walker).toOpaque()
      guard let ctxt = xmlCreatePushParserCtxt(&handler, user, nil, 0, nil) else { return false }
      defer { xmlFreeParserCtxt(ctxt) }
      // NONET: no network for external entities. HUGE lifts the 10 MB single-chunk lookup limit (the zip
      // reader caps sizes); it is safe here because this handler has no entityDecl/getEntity callbacks,
      // so a DTD's entities are never even stored, let alone expanded ("billion laughs").
      _ = xmlCtxtUseOptions(
        ctxt,
        Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue | XML_PARSE_RECOVER.rawValue
          | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
      let status = base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
        xmlParseChunk(ctxt, $0, Int32(buf.count), 1)
      }
      return status == 0 || walker.sawParagraph
    }
    return ok ? walker.containers[0] : nil
  }

  var sawParagraph = false

  // MARK: Events

  @inline(__always) private func classify(_ name: UnsafePointer<xmlChar>) -> Kind {
    switch name[0] {
    case UInt8(ascii: "p"):
      if name[1] == 0 { return .p }
      if XMLSupport.equals(name, "pPr") { return .pPr }
      if XMLSupport.equals(name, "pStyle") { return .pStyle }
      if XMLSupport.equals(name, "pPrChange") { return .skip }
    case UInt8(ascii: "r"):
      if name[1] == 0 { return .r }
      if XMLSupport.equals(name, "rPr") { return .rPr }
      if XMLSupport.equals(name, "rPrChange") { return .skip }
    case UInt8(ascii: "t"):
      if name[1] == 0 { return .t }
      if XMLSupport.equals(name, "tab") { return .tab }
      if XMLSupport.equals(name, "tbl") { return .tbl }
      if XMLSupport.equals(name, "tr") { return .tr }
      if XMLSupport.equals(name, "tc") { return .tc }
      if XMLSupport.equals(name, "txbxContent") { return .txbxContent }
      if XMLSupport.equals(name, "tblPrChange") || XMLSupport.equals(name, "trPrChange") { return .skip }
    case UInt8(ascii: "b"):
      if XMLSupport.equals(name, "br") { return .br }
    case UInt8(ascii: "c"):
      if XMLSupport.equals(name, "cr") { return .cr }
    case UInt8(ascii: "n"):
      if XMLSupport.equals(name, "numPr") { return .numPr }
      if XMLSupport.equals(name, "numId") { return .numId }
      if XMLSupport.equals(name, "noBreakHyphen") { return .noBreakHyphen }
    case UInt8(ascii: "i"):
      if XMLSupport.equals(name, "ilvl") { return .ilvl }
    case UInt8(ascii: "s"):
      if XMLSupport.equals(name, "sym") { return .sym }
      if XMLSupport.equals(name, "sectPrChange") { return .skip }
    case UInt8(ascii: "v"):
      if XMLSupport.equals(name, "vanish") { return .vanish }
    case UInt8(ascii: "d"):
      if XMLSupport.equals(name, "del") { return .skip }
    case UInt8(ascii: "m"):
      if XMLSupport.equals(name, "moveFrom") { return .skip }
    case UInt8(ascii: "F"):
      if XMLSupport.equals(name, "Fallback") { return .skip }  // mc:Fallback repeats mc:Choice
    default:
      break
    }
    return .other
  }

  /// Whether `uri` is the WordprocessingML namespace (transitional or strict).
  private func isWord(_ uri: UnsafePointer<xmlChar>?) -> Bool {
    guard let uri else { return false }
    if uri == wordURI { return true }
    let s = String(cString: uri)
    if s.hasSuffix("wordprocessingml/2006/main") || s.hasSuffix("/wordprocessingml/main") {
      wordURI = uri
      return true
    }
    return false
  }

  private func isMath(_ uri: UnsafePointer<xmlChar>?) -> Bool {
    guard let uri else { return false }
    if uri == mathURI { return true }
    let s = String(cString: uri)
    if s.hasSuffix("/math") {
      mathURI = uri
      return true
    }
    return false
  }

  /// The value of attribute `name` among SAX2's (localname, prefix, URI, value, end) quintuples.
  private func attribute(_ name: StaticString, _ count: Int, _ attrs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?)
    -> String?
  {
    guard let attrs else { return nil }
    for i in 0..<count {
      guard let local = attrs[5 * i], XMLSupport.equals(local, name), let v = attrs[5 * i + 3],
        let e = attrs[5 * i + 4]
      else { continue }
      return String(decoding: UnsafeBufferPointer(start: v, count: e - v), as: UTF8.self)
    }
    return nil
  }

  private func intAttribute(_ count: Int, _ attrs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Int? {
    attribute("val", count, attrs).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }

  func start(
    _ name: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?, _ count: Int,
    _ attrs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    var kind = classify(name)
    let parent = stack.last ?? .other
    if skipDepth > 0 || kind == .skip {
      skipDepth += 1
      stack.append(.skip)
      return
    }
    // Math text (m:t inside m:r) is kept; DrawingML text (a:t in charts and shapes) is not.
    if kind == .t || kind == .r || kind == .p {
      if !isWord(uri) && !(kind != .p && isMath(uri)) { kind = .other }
    }
    stack.append(kind)
    switch kind {
    case .p:
      paragraphs.append(Paragraph())
      sawParagraph = true
    case .r:
      runHidden = false
    case .t:
      capturing = parent == .r && !runHidden && !paragraphs.isEmpty
    case .tab:
      if parent == .r, !runHidden { appendText([0x09]) }
    case .br, .cr:
      if parent == .r, !runHidden { appendText([0x0A]) }
    case .noBreakHyphen:
      if parent == .r, !runHidden { appendText([0x2D]) }
    case .sym:
      // Symbol-font glyphs live in the private-use area (F0xx); their look has no text meaning.
      if parent == .r, !runHidden, let hex = attribute("char", count, attrs), let v = UInt32(hex, radix: 16),
        !(0xE000...0xF8FF).contains(v), let s = Unicode.Scalar(v)
      {
        appendText(Array(String(s).utf8))
      }
    case .vanish:
      if parent == .rPr, stack.count >= 3, stack[stack.count - 3] == .r {
        let v = attribute("val", count, attrs)
        runHidden = !(v == "0" || v == "false" || v == "off")
      }
    case .pStyle:
      if parent == .pPr, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].styleId = attribute("val", count, attrs) }
    case .ilvl:
      if parent == .numPr, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].ilvl = intAttribute(count, attrs) }
    case .numId:
      if parent == .numPr, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numId = intAttribute(count, attrs) }
    case .tr:
      rows.append([])
    case .tc, .txbxContent:
      containers.append([])
    default:
      break
    }
  }

  func end() {
    guard let kind = stack.popLast() else { return }
    if kind == .skip {
      skipDepth -= 1
      return
    }
    switch kind {
    case .t:
      capturing = false
    case .p:
      if let p = paragraphs.popLast() { finish(p) }
    case .tc:
      let cell = containers.count > 1 ? containers.removeLast() : []
      if !rows.isEmpty { rows[rows.count - 1].append(Self.joinLines(cell)) }
    case .tr:
      guard var cells = rows.popLast() else { break }
      while cells.last?.isEmpty == true { cells.removeLast() }
      if cells.isEmpty { break }
      var line = [UInt8]()
      for (i, cell) in cells.enumerated() {
        if i > 0 { line.append(0x09) }
        line.append(contentsOf: cell)
      }
      line.append(0x0A)
      containers[containers.count - 1].append(contentsOf: line)
    case .txbxContent:
      let box = containers.count > 1 ? containers.removeLast() : []
      if !paragraphs.isEmpty {
        paragraphs[paragraphs.count - 1].extra.append(contentsOf: box)
      } else {
        containers[containers.count - 1].append(contentsOf: box)
      }
    default:
      break
    }
  }

  func characters(_ chars: UnsafePointer<xmlChar>, _ count: Int) {
    guard capturing, skipDepth == 0, !paragraphs.isEmpty else { return }
    paragraphs[paragraphs.count - 1].text.append(contentsOf: UnsafeBufferPointer(start: chars, count: count))
  }

  @inline(__always) private func appendText(_ bytes: [UInt8]) {
    guard !paragraphs.isEmpty else { return }
    paragraphs[paragraphs.count - 1].text.append(contentsOf: bytes)
  }

  /// Writes a finished paragraph: its list marker (if numbered), its text, then its text boxes.
  private func finish(_ p: Paragraph) {
    var text = p.text
    var numId = p.numId
    var ilvl = p.ilvl
    // Direct numbering wins; numId 0 switches a style's numbering off; otherwise the style's list applies.
    if numId == nil || ilvl == nil, let sid = p.styleId, let fromStyle = styles.numbering(of: sid) {
      if numId == nil { numId = fromStyle.numId }
      if ilvl == nil { ilvl = fromStyle.ilvl }
    }
    if let numId, numId != 0 {
      let marker = numbering.marker(numId: numId, ilvl: ilvl ?? 0)
      if !marker.isEmpty {
        var m = Array(marker.utf8)
        // Word puts a tab (w:suff) after the marker; for Chinese text nothing reads better, but
        // "1 2023" must not become "12023".
        if let last = m.last, let first = text.first(where: { $0 != 0x20 && $0 != 0x09 }),
          Self.isASCIIAlnum(last), Self.isASCIIAlnum(first)
        {
          m.append(0x20)
        }
        text.insert(contentsOf: m, at: 0)
      }
    }
    let target = containers.count - 1
    containers[target].append(contentsOf: text)
    containers[target].append(0x0A)
    containers[target].append(contentsOf: p.extra)
  }

  @inline(__always) private static func isASCIIAlnum(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }

  /// The non-empty lines of `text` joined by single spaces (a table cell's paragraphs on one line).
  private static func joinLines(_ text: [UInt8]) -> [UInt8] {
    var out = [UInt8]()
    for line in text.split(separator: 0x0A, omittingEmptySubsequences: true) {
      var l = line[...]
      while let f = l.first, f == 0x20 || f == 0x09 { l = l.dropFirst() }
      while let b = l.last, b == 0x20 || b == 0x09 { l = l.dropLast() }
      if l.isEmpty { continue }
      if !out.isEmpty { out.append(0x20) }
      // Tabs inside a cell would read as cell separators.
      out.append(contentsOf: l.map { $0 == 0x09 ? 0x20 : $0 })
    }
    return out
  }
}
