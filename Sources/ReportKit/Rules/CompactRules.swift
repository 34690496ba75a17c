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
    var data = RuleData()
    var files: [String] = []
    for line in text.utf8.split(separator: 0x0A) {
      var fields = Fields(line.split(separator: 0x09, omittingEmptySubsequences: false))
      guard let kind = fields.next() else { return nil }
      switch kind {
      case "F":
        guard let name = fields.next() else { return nil }
        files.append(name)
        continue
      case "R":
        guard let section = fields.section() else { return nil }
        data.replace.insert(section)
        continue
      default: break
      }
      guard let section = fields.section(), let origin = fields.origin(files) else { return nil }
      switch kind {
      case "K":
        guard let key = fields.next(), let n = fields.int() else { return nil }
        var values: [String: RuleValue] = [:]
        values.reserveCapacity(n)
        for _ in 0..<n {
          guard let name = fields.next(), let v = fields.value() else { return nil }
          values[name] = v
        }
        data.keyed[section, default: []].append(KeyedEntry(key: key, fields: values, origin: origin))
      case "W":
        guard let word = fields.next() else { return nil }
        data.words[section, default: []].append(WordEntry(word: word, origin: origin))
      case "G":
        guard let n = fields.int() else { return nil }
        var words: [String] = []
        words.reserveCapacity(n)
        for _ in 0..<n {
          guard let w = fields.next() else { return nil }
          words.append(w)
        }
        data.groups[section, default: []].append(GroupEntry(words: words, origin: origin))
      case "X":
        guard let v = fields.value() else { return nil }
        data.flags[section] = (v, origin)
      default:
        return nil
      }
    }
    return data
  }

  /// The fields of one record, read in order.
  private struct Fields {
    let parts: [Substring.UTF8View]
    var i = 0

    init(_ parts: [Substring.UTF8View]) { self.parts = parts }

    mutating func next() -> String? {
      guard i < parts.count else { return nil }
      defer { i += 1 }
      return String(Substring(parts[i]))
    }

    mutating func int() -> Int? { next().flatMap { Int($0) } }

    mutating func section() -> RuleSection? { next().flatMap(RuleSection.init(rawValue:)) }

    mutating func origin(_ files: [String]) -> RuleOrigin? {
      guard let f = int(), files.indices.contains(f), let line = int(), let column = int() else { return nil }
      return RuleOrigin(file: files[f], line: line, column: column)
    }

    mutating func value() -> RuleValue? {
      switch next() {
      case "s": return next().map(RuleValue.string)
      case "i": return int().map(RuleValue.int)
      case "b":
        switch next() {
        case "1": return .bool(true)
        case "0": return .bool(false)
        default: return nil
        }
      case "p":
        guard let a = int(), let b = int() else { return nil }
        return .intPair(a, b)
      case "l":
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
