/// `RuleData` written as lines of tab-separated fields: the form the built-in rules are embedded in.
///
/// Parsing the shipped YAML with Yams cost ~5 ms of every run (a quarter of a short run's CPU time); reading
/// this form back costs a fraction of a millisecond. `Rules/*.yaml` stays the source of truth:
/// `BuiltinRuleData.swift` is generated from it by a test (`REGENERATE_RULES=1 swift test --filter
/// RuleFileTests`), and the same test fails while the generated form differs from what the YAML parses to.
///
/// One record per line, fields separated by tabs (no rule word holds a tab or a line break; `encode`
/// refuses one that does):
/// - `F name`: the next file name; origins refer to files by their order of appearance (0, 1, …).
/// - `K section file line col key n (field type value…)×n`: a keyed entry with n fields.
/// - `W section file line col word`, `G section file line col n word×n`.
/// - `X section file line col type value…`: a setting. `R section`: a section the data replaces.
/// A value is typed by one letter: `s` one string, `i` one integer, `b` 1 or 0, `p` two integers,
/// `l` a count then that many strings.
enum CompactRules {
  /// The compact text of `data`, sections by name and entries in their order; nil when a string holds a
  /// tab or a line break and cannot be written.
  static func encode(_ data: RuleData) -> String? {
    var files: [String: Int] = [:]
    var lines: [String] = []
    var ok = true
    func check(_ s: String) -> String {
      if s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { ok = false }
      return s
    }
    func origin(_ o: RuleOrigin) -> [String] {
      if files[o.file] == nil {
        files[o.file] = files.count
        lines.append("F\t" + check(o.file))
      }
      return [String(files[o.file]!), String(o.line), String(o.column)]
    }
    func value(_ v: RuleValue) -> [String] {
      switch v {
      case .string(let s): return ["s", check(s)]
      case .int(let i): return ["i", String(i)]
      case .bool(let b): return ["b", b ? "1" : "0"]
      case .intPair(let a, let b): return ["p", String(a), String(b)]
      case .strings(let l): return ["l", String(l.count)] + l.map(check)
      }
    }
    for section in data.replace.sorted() { lines.append("R\t" + section.rawValue) }
    for (section, entries) in data.keyed.sorted(by: { $0.key < $1.key }) {
      for e in entries {
        var f = ["K", section.rawValue] + origin(e.origin) + [check(e.key), String(e.fields.count)]
        for (name, v) in e.fields.sorted(by: { $0.key < $1.key }) { f += [check(name)] + value(v) }
        lines.append(f.joined(separator: "\t"))
      }
    }
    for (section, entries) in data.words.sorted(by: { $0.key < $1.key }) {
      for e in entries { lines.append((["W", section.rawValue] + origin(e.origin) + [check(e.word)]).joined(separator: "\t")) }
    }
    for (section, entries) in data.groups.sorted(by: { $0.key < $1.key }) {
      for e in entries {
        lines.append((["G", section.rawValue] + origin(e.origin) + [String(e.words.count)] + e.words.map(check)).joined(separator: "\t"))
      }
    }
    for (section, (v, o)) in data.flags.sorted(by: { $0.key < $1.key }) {
      lines.append((["X", section.rawValue] + origin(o) + value(v)).joined(separator: "\t"))
    }
    guard ok else { return nil }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The data written by `encode`; nil when the text is not in that form (an unknown section or record, a
  /// missing field).
  static func decode(_ text: String) -> RuleData? {
    // Over the UTF-8 bytes in place: splitting into Substrings and making a String of every field first was
    // 13 M instructions, a fifth of a short run.
    var text = text
    return text.withUTF8 { decode(bytes: $0) }
  }

  private static func decode(bytes: UnsafeBufferPointer<UInt8>) -> RuleData? {
    var data = RuleData()
    var files: [String] = []
    // Records of one section come in runs: its name is compared as bytes and made into a section once a run.
    var sections = SectionCache()
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      defer { start = end + 1 }
      // Blank lines are skipped, as splitting on line breaks skipped them.
      guard end > start else { continue }
      var fields = Fields(bytes, start, end)
      guard let kind = fields.nextRange(), kind.count == 1 else { return nil }
      let letter = bytes[kind.lowerBound]
      switch letter {
      case 0x46:  // F
        guard let name = fields.next() else { return nil }
        files.append(name)
        continue
      case 0x52:  // R
        guard let section = fields.section(&sections) else { return nil }
        data.replace.insert(section)
        continue
      case 0x4B, 0x57, 0x47, 0x58: break  // K W G X
      default: return nil
      }
      guard let section = fields.section(&sections), let origin = fields.origin(files) else { return nil }
      switch letter {
      case 0x4B:  // K
        guard let key = fields.next(), let n = fields.int(), n >= 0 else { return nil }
        var values: [String: RuleValue] = [:]
        values.reserveCapacity(n)
        for _ in 0..<n {
          guard let name = fields.next(), let v = fields.value() else { return nil }
          values[name] = v
        }
        data.keyed[section, default: []].append(KeyedEntry(key: key, fields: values, origin: origin))
      case 0x57:  // W
        guard let word = fields.next() else { return nil }
        data.words[section, default: []].append(WordEntry(word: word, origin: origin))
      case 0x47:  // G
        guard let n = fields.int(), n >= 0 else { return nil }
        var words: [String] = []
        words.reserveCapacity(n)
        for _ in 0..<n {
          guard let w = fields.next() else { return nil }
          words.append(w)
        }
        data.groups[section, default: []].append(GroupEntry(words: words, origin: origin))
      default:  // X
        guard let v = fields.value() else { return nil }
        data.flags[section] = (v, origin)
      }
    }
    return data
  }

  /// The section of the last record, by the bytes of its name.
  private struct SectionCache {
    var name: [UInt8] = []
    var section: RuleSection?
  }

  /// The fields of one record (the bytes `start..<end` of one line, tab-separated), read in order.
  private struct Fields {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    /// Where the next field starts; past `end` once the last field was read.
    var i: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
      self.bytes = bytes
      self.end = end
      self.i = start
    }

    /// The bytes of the next field (empty between two tabs); nil after the last.
    mutating func nextRange() -> Range<Int>? {
      guard i <= end else { return nil }
      var j = i
      while j < end && bytes[j] != 0x09 { j += 1 }
      defer { i = j + 1 }
      return i..<j
    }

    mutating func next() -> String? {
      nextRange().map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// A decimal integer with an optional sign, as `Int(_:)` reads it.
    mutating func int() -> Int? {
      guard let r = nextRange(), !r.isEmpty else { return nil }
      var k = r.lowerBound
      let negative = bytes[k] == 0x2D
      if negative || bytes[k] == 0x2B { k += 1 }
      guard k < r.upperBound else { return nil }
      var n = 0
      while k < r.upperBound {
        let d = bytes[k] &- 0x30
        guard d < 10 else { return nil }
        let (m, o1) = n.multipliedReportingOverflow(by: 10)
        let (a, o2) = negative ? m.subtractingReportingOverflow(Int(d)) : m.addingReportingOverflow(Int(d))
        guard !o1, !o2 else { return nil }
        n = a
        k += 1
      }
      return n
    }

    mutating func section(_ cache: inout SectionCache) -> RuleSection? {
      guard let r = nextRange() else { return nil }
      let name = UnsafeBufferPointer(rebasing: bytes[r])
      if cache.section == nil || !cache.name.elementsEqual(name) {
        cache.name = Array(name)
        cache.section = RuleSection(rawValue: String(decoding: name, as: UTF8.self))
      }
      return cache.section
    }

    mutating func origin(_ files: [String]) -> RuleOrigin? {
      guard let f = int(), files.indices.contains(f), let line = int(), let column = int() else { return nil }
      return RuleOrigin(file: files[f], line: line, column: column)
    }

    /// One typed value: its letter, then its fields.
    mutating func value() -> RuleValue? {
      guard let r = nextRange(), r.count == 1 else { return nil }
      switch bytes[r.lowerBound] {
      case 0x73: return next().map(RuleValue.string)  // s
      case 0x69: return int().map(RuleValue.int)  // i
      case 0x62:  // b
        guard let b = nextRange(), b.count == 1 else { return nil }
        switch bytes[b.lowerBound] {
        case 0x31: return .bool(true)
        case 0x30: return .bool(false)
        default: return nil
        }
      case 0x70:  // p
        guard let a = int(), let b = int() else { return nil }
        return .intPair(a, b)
      case 0x6C:  // l
        guard let n = int(), n >= 0 else { return nil }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
          guard let s = next() else { return nil }
          out.append(s)
        }
        return .strings(out)
      default: return nil
      }
    }
  }
}
