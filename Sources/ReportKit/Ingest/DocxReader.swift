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
    let stylesXML = try zip.entry("word/styles.xml").map { e throws(IngestError) in try zip.read(e) }
    let numberingXML = try zip.entry("word/numbering.xml").map { e throws(IngestError) in try zip.read(e) }

    let styles = stylesXML.map { StyleTable(xml: $0) } ?? StyleTable()
    var numbering = numberingXML.map { Numbering(xml: $0, styles: styles) } ?? Numbering()

    let lines: [UInt8]? = documentXML.withUnsafeBytes { raw in
      guard let doc = XMLSupport.parseXML(raw) else { return nil }
      defer { xmlFreeDoc(doc) }
      guard let root = xmlDocGetRootElement(doc) else { return nil }
      var walker = BodyWalker(styles: styles, numbering: numbering)
      var body: xmlNodePtr? = nil
      var c = XMLSupport.firstElement(root)
      while let n = c {
        if XMLSupport.isNamed(n, "body") { body = n; break }
        c = XMLSupport.nextElement(n)
      }
      guard let body else { return [] }
      var out = [UInt8]()
      out.reserveCapacity(raw.count / 4)
      walker.blocks(in: body, into: &out)
      numbering = walker.numbering
      return out
    }
    guard let lines else { throw fail("word/document.xml is not well-formed XML") }
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
    out.reserveCapacity(Int(declared))
    // A member may not grow past what its header declares (a lying header is the classic bomb) nor
    // past the archive's remaining budget.
    let limit = min(Int(declared), budget)
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        if out.count + chunk.count > limit { throw Bomb() }
        out.append(contentsOf: chunk)
      }
    } catch is Bomb {
      throw bombError(entry)
    } catch {
      throw fail("corrupt zip member \(entry.path) (\(error)); the .docx is damaged")
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

// MARK: - Numbering

/// Word automatic numbering (`word/numbering.xml`) and the counters that turn it into visible markers.
struct Numbering {
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
                inst.startOverrides[ilvl] = v
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

  private static func level(_ node: xmlNodePtr) -> (Int, Level)? {
    guard let ilvl = intAttribute(node, "ilvl"), (0..<9).contains(ilvl) else { return nil }
    var l = Level()
    var k = XMLSupport.firstElement(node)
    while let e = k {
      if XMLSupport.isNamed(e, "start") {
        l.start = intAttribute(e, "val") ?? 1
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
    counts[ilvl] = (counts[ilvl] ?? (startValue(numId, a, ilvl) - 1)) + 1
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
      return value < 100 ? ChineseNumber.grouped(value, traditional: false) : ChineseNumber.digits(value)
    case "chineseCountingThousand", "taiwaneseCountingThousand":
      return ChineseNumber.grouped(value, traditional: format.hasPrefix("taiwanese"))
    case "ideographDigital", "taiwaneseDigital":
      return ChineseNumber.digits(value)
    case "chineseLegalSimplified":
      return ChineseNumber.legal(value, traditional: false)
    case "ideographLegalTraditional":
      return ChineseNumber.legal(value, traditional: true)
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
enum ChineseNumber {
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

// MARK: - Document walk

/// Walks `w:body` and writes one line per paragraph or table row.
private struct BodyWalker {
  let styles: StyleTable
  var numbering: Numbering

  /// Block-level content (paragraphs, tables, content controls) of `container`, each ending in "\n".
  mutating func blocks(in container: xmlNodePtr, into out: inout [UInt8]) {
    var c = XMLSupport.firstElement(container)
    while let n = c {
      if XMLSupport.isNamed(n, "p") {
        paragraph(n, into: &out)
      } else if XMLSupport.isNamed(n, "tbl") {
        table(n, into: &out)
      } else if XMLSupport.isNamed(n, "sdt") || XMLSupport.isNamed(n, "customXml")
        || XMLSupport.isNamed(n, "sdtContent") || XMLSupport.isNamed(n, "ins")
      {
        blocks(in: n, into: &out)
      }
      c = XMLSupport.nextElement(n)
    }
  }

  /// One line per table row: the cells' text joined by tabs (paragraphs inside a cell joined by spaces).
  mutating func table(_ tbl: xmlNodePtr, into out: inout [UInt8]) {
    var r = XMLSupport.firstElement(tbl)
    while let row = r {
      if XMLSupport.isNamed(row, "tr") {
        var cells: [[UInt8]] = []
        var c = XMLSupport.firstElement(row)
        while let cell = c {
          if XMLSupport.isNamed(cell, "tc") {
            var inner = [UInt8]()
            blocks(in: cell, into: &inner)
            cells.append(Self.joinLines(inner))
          } else if XMLSupport.isNamed(cell, "sdt") || XMLSupport.isNamed(cell, "customXml") {
            // A content control wrapping cells: take its cells' text as one cell.
            var inner = [UInt8]()
            blocks(in: cell, into: &inner)
            cells.append(Self.joinLines(inner))
          }
          c = XMLSupport.nextElement(cell)
        }
        while cells.last?.isEmpty == true { cells.removeLast() }
        if !cells.isEmpty {
          for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(0x09) }
            out.append(contentsOf: cell)
          }
          out.append(0x0A)
        }
      } else if XMLSupport.isNamed(row, "sdt") || XMLSupport.isNamed(row, "customXml") {
        if let content = child(row, "sdtContent") { table(content, into: &out) } else { table(row, into: &out) }
      }
      r = XMLSupport.nextElement(row)
    }
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

  /// A paragraph: its list marker (if numbered) and the text of its runs; `w:br` splits it into lines.
  mutating func paragraph(_ p: xmlNodePtr, into out: inout [UInt8]) {
    var text = [UInt8]()
    var extra = [UInt8]()  // paragraphs of text boxes anchored in this one, written after it
    var numId: Int?
    var ilvl: Int?
    var styleId: String?
    var c = XMLSupport.firstElement(p)
    while let n = c {
      if XMLSupport.isNamed(n, "pPr") {
        if let ps = child(n, "pStyle") { styleId = XMLSupport.attribute(ps, "val") }
        if let numPr = child(n, "numPr") {
          numId = child(numPr, "numId").flatMap { intAttribute($0, "val") }
          ilvl = child(numPr, "ilvl").flatMap { intAttribute($0, "val") }
        }
      } else {
        inline(n, text: &text, extra: &extra)
      }
      c = XMLSupport.nextElement(n)
    }
    // Direct numbering wins; numId 0 switches a style's numbering off; otherwise the style's list applies.
    if numId == nil || ilvl == nil, let sid = styleId, let fromStyle = styles.numbering(of: sid) {
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
    out.append(contentsOf: text)
    out.append(0x0A)
    out.append(contentsOf: extra)
  }

  @inline(__always) private static func isASCIIAlnum(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }

  /// Inline content of a paragraph: runs and the containers that hold runs.
  mutating func inline(_ n: xmlNodePtr, text: inout [UInt8], extra: inout [UInt8]) {
    if XMLSupport.isNamed(n, "r") {
      run(n, text: &text, extra: &extra)
    } else if XMLSupport.isNamed(n, "del") || XMLSupport.isNamed(n, "moveFrom")
      || XMLSupport.isNamed(n, "commentRangeStart") || XMLSupport.isNamed(n, "bookmarkStart")
    {
      return  // deleted revisions are not what a reader sees
    } else if XMLSupport.isNamed(n, "oMath") || XMLSupport.isNamed(n, "oMathPara") {
      mathText(n, into: &text)
    } else {
      // hyperlink, ins, smartTag, sdt, sdtContent, fldSimple, customXml, moveTo, dir, bdo…
      var c = XMLSupport.firstElement(n)
      while let k = c {
        inline(k, text: &text, extra: &extra)
        c = XMLSupport.nextElement(k)
      }
    }
  }

  /// A run: `w:t` text, tabs, breaks, symbols; hidden runs (`w:vanish`) are skipped.
  mutating func run(_ r: xmlNodePtr, text: inout [UInt8], extra: inout [UInt8]) {
    var c = XMLSupport.firstElement(r)
    while let n = c {
      defer { c = XMLSupport.nextElement(n) }
      guard let name = n.pointee.name else { continue }
      switch name[0] {
      case UInt8(ascii: "t"):
        if XMLSupport.equals(name, "t") {
          if let content = n.pointee.children?.pointee.content {
            var t: xmlNodePtr? = n.pointee.children
            if t?.pointee.next == nil {
              XMLSupport.append(content, to: &text)
            } else {
              while let k = t {
                if let kc = k.pointee.content { XMLSupport.append(kc, to: &text) }
                t = k.pointee.next
              }
            }
          }
        } else if XMLSupport.equals(name, "tab") {
          text.append(0x09)
        }
      case UInt8(ascii: "r"):
        if XMLSupport.equals(name, "rPr"), let v = child(n, "vanish"), isOn(v) { return }
      case UInt8(ascii: "b"), UInt8(ascii: "c"):
        if XMLSupport.equals(name, "br") || XMLSupport.equals(name, "cr") { text.append(0x0A) }
      case UInt8(ascii: "n"):
        if XMLSupport.equals(name, "noBreakHyphen") { text.append(0x2D) }
      case UInt8(ascii: "s"):
        if XMLSupport.equals(name, "sym"), let hex = XMLSupport.attribute(n, "char"),
          let v = UInt32(hex, radix: 16)
        {
          // Symbol-font glyphs live in the private-use area (F0xx); their look has no text meaning.
          if !(0xE000...0xF8FF).contains(v), let s = Unicode.Scalar(v) { text.append(contentsOf: Array(String(s).utf8)) }
        }
      case UInt8(ascii: "d"), UInt8(ascii: "p"), UInt8(ascii: "A"), UInt8(ascii: "o"):
        // drawing / pict / mc:AlternateContent / object: text boxes become lines after the paragraph.
        textBoxes(in: n, into: &extra)
      default:
        break
      }
    }
  }

  /// Paragraphs of text boxes (`w:txbxContent`) below `node`; only the first `mc:Choice` of an
  /// `mc:AlternateContent` is read, since its `mc:Fallback` repeats the same text.
  mutating func textBoxes(in node: xmlNodePtr, into out: inout [UInt8]) {
    if XMLSupport.isNamed(node, "txbxContent") {
      blocks(in: node, into: &out)
      return
    }
    var c = XMLSupport.firstElement(node)
    while let n = c {
      if !XMLSupport.isNamed(n, "Fallback") { textBoxes(in: n, into: &out) }
      c = XMLSupport.nextElement(n)
    }
  }

  /// The text of an Office Math object (its `m:t` elements), so formulas are not silently lost.
  func mathText(_ node: xmlNodePtr, into out: inout [UInt8]) {
    var c = XMLSupport.firstElement(node)
    while let n = c {
      if XMLSupport.isNamed(n, "t"), let content = n.pointee.children?.pointee.content {
        XMLSupport.append(content, to: &out)
      } else {
        mathText(n, into: &out)
      }
      c = XMLSupport.nextElement(n)
    }
  }
}
