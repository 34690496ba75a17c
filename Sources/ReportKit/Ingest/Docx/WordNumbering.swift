import Foundation
internal import CLibXML2

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
  var styles = StyleTable()

  init() {}

  init(xml: [UInt8], styles: StyleTable) {
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
enum WordChineseNumber {
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

