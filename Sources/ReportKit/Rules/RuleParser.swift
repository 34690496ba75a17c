import Foundation
internal import Yams

/// Reads rule files into `RuleData`, checking each against `RuleSchema` and locating every problem.
struct RuleParser {
  private(set) var data = RuleData()
  private(set) var problems: [RuleProblem] = []
  /// First definition of each key per section (duplicates are reported against it).
  private var seenKeys: [RuleSection: [String: RuleOrigin]] = [:]

  /// Parses one file's text; `file` is the name problems carry.
  mutating func parse(file: String, text: String) {
    // YAML forbids control characters, and Yams reports them without a place: find the first one here.
    if let (line, column) = RuleParser.firstControlCharacter(text) {
      problems.append(RuleProblem(file: file, line: line, column: column,
        message: "a control character (not allowed in YAML); remove it or write it as an escape in a quoted string"))
      return
    }
    let root: Yams.Node?
    do {
      // The basic resolver leaves every scalar a string (we type them ourselves, from the schema): the
      // default one runs a regular expression per scalar and makes loading several times slower.
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      problems.append(RuleParser.problem(from: error, file: file))
      return
    } catch {
      problems.append(RuleProblem(file: file, line: 1, column: 1, message: "cannot read YAML: \(RuleParser.oneLine("\(error)"))"))
      return
    }
    guard let root else { return }  // an empty file holds no rules
    guard case .mapping(let mapping) = root else {
      problems.append(at(root, file, "a rule file is a mapping of sections (units:, hedges:…), found \(kindName(root))"))
      return
    }
    for (keyNode, value) in mapping {
      guard let name = keyNode.scalar?.string else {
        problems.append(at(keyNode, file, "a section name must be a plain word"))
        continue
      }
      if name == RuleSchema.replaceKey {
        for w in stringList(value, file, what: "section name") {
          if let section = RuleSection(rawValue: w.word), case .flag = section.shape {
            problems.append(w.origin.problem("replace: '\(RuleParser.quoted(w.word))' is a setting, not a section of entries"))
          } else if let section = RuleSection(rawValue: w.word) {
            data.replace.insert(section)
          } else {
            problems.append(w.origin.problem("replace: unknown section '\(RuleParser.quoted(w.word))'"))
          }
        }
        continue
      }
      guard let section = RuleSection(rawValue: name) else {
        problems.append(
          at(keyNode, file, "unknown section '\(RuleParser.quoted(name))'; known sections: \(RuleSchema.allSections.joined(separator: ", "))"))
        continue
      }
      switch section.shape {
      case .keyed(let spec): parseKeyed(section, spec, value, file)
      case .words(let noun): parseWords(section, noun, value, file)
      case .groups: parseGroups(section, value, file)
      case .flag(let type):
        if let v = read(value, type, file, field: name) { data.flags[section] = (v, origin(value, file)) }
      }
    }
  }

  /// Sorts problems by file, line and column.
  mutating func finish() -> (RuleData, [RuleProblem]) {
    let sorted = problems.sorted {
      ($0.file, $0.line ?? 0, $0.column ?? 0, $0.message) < ($1.file, $1.line ?? 0, $1.column ?? 0, $1.message)
    }
    return (data, sorted)
  }

  // MARK: Sections

  private mutating func parseKeyed(_ section: RuleSection, _ spec: RuleSchema.KeyedSpec, _ node: Yams.Node, _ file: String) {
    guard case .sequence(let seq) = node else {
      problems.append(at(node, file, "'\(section.rawValue)' is a list of entries (- \(spec.key): …), found \(kindName(node))"))
      return
    }
    for item in seq {
      guard case .mapping(let m) = item else {
        problems.append(at(item, file, "an entry of '\(section.rawValue)' is a mapping with '\(spec.key)', found \(kindName(item))"))
        continue
      }
      var key: (String, RuleOrigin)?
      var fields: [String: RuleValue] = [:]
      var ok = true
      for (k, v) in m {
        guard let field = k.scalar?.string else {
          problems.append(at(k, file, "a field name must be a plain word"))
          ok = false
          continue
        }
        if field == spec.key {
          guard let s = v.scalar?.string, !s.isEmpty else {
            problems.append(at(v, file, "'\(spec.key)' must be a non-empty string"))
            ok = false
            continue
          }
          key = (s, origin(v, file))
          if spec.keyIsRegex, let problem = RuleParser.regexProblem(s) {
            problems.append(at(v, file, "\(spec.noun) \(problem)"))
            ok = false
          }
        } else if let type = spec.fields[field] {
          if let value = read(v, type, file, field: field) { fields[field] = value } else { ok = false }
        } else {
          let known = ([spec.key] + spec.fields.keys.sorted()).joined(separator: ", ")
          problems.append(at(k, file, "unknown key '\(RuleParser.quoted(field))' in \(section.rawValue); known keys: \(known)"))
          ok = false
        }
      }
      guard let (keyString, keyOrigin) = key else {
        problems.append(at(item, file, "entry of '\(section.rawValue)' has no '\(spec.key)'"))
        continue
      }
      for r in spec.required where fields[r] == nil && ok {
        problems.append(keyOrigin.problem("\(spec.noun) '\(RuleParser.quoted(keyString))' has no \(r)"))
        ok = false
      }
      if section == .plans, let s = fields["start"]?.int, let e = fields["end"]?.int, e < s {
        problems.append(keyOrigin.problem("five-year plan '\(RuleParser.quoted(keyString))' ends (\(e)) before it starts (\(s))"))
        ok = false
      }
      if !noteDuplicate(section, keyString, keyOrigin, noun: spec.noun) { ok = false }
      if section == .units, let aliases = fields["aliases"]?.strings {
        for a in aliases where !noteDuplicate(section, a, keyOrigin, noun: "unit alias") { ok = false }
      }
      if ok { data.keyed[section, default: []].append(KeyedEntry(key: keyString, fields: fields, origin: keyOrigin)) }
    }
  }

  private mutating func parseWords(_ section: RuleSection, _ noun: String, _ node: Yams.Node, _ file: String) {
    for w in stringList(node, file, what: noun) where noteDuplicate(section, w.word, w.origin, noun: noun) {
      data.words[section, default: []].append(w)
    }
  }

  private mutating func parseGroups(_ section: RuleSection, _ node: Yams.Node, _ file: String) {
    guard case .sequence(let seq) = node else {
      problems.append(at(node, file, "'\(section.rawValue)' is a list of word lists ([国内生产总值, 地区生产总值]), found \(kindName(node))"))
      return
    }
    for item in seq {
      let words = stringList(item, file, what: "synonym")
      var ok = !words.isEmpty
      for w in words where !noteDuplicate(section, w.word, w.origin, noun: "synonym") { ok = false }
      if ok { data.groups[section, default: []].append(GroupEntry(words: words.map(\.word), origin: origin(item, file))) }
    }
  }

  /// Records a key; false (and a problem) when it was seen before in this load.
  private mutating func noteDuplicate(_ section: RuleSection, _ key: String, _ at: RuleOrigin, noun: String) -> Bool {
    if let first = seenKeys[section]?[key] {
      problems.append(at.problem("duplicate \(noun) '\(RuleParser.quoted(key))' in \(section.rawValue) (first at \(first.description))"))
      return false
    }
    seenKeys[section, default: [:]][key] = at
    return true
  }

  // MARK: Values

  private mutating func stringList(_ node: Yams.Node, _ file: String, what: String) -> [WordEntry] {
    guard case .sequence(let seq) = node else {
      problems.append(at(node, file, "expected a list of \(what)s, found \(kindName(node))"))
      return []
    }
    var out: [WordEntry] = []
    for item in seq {
      guard let s = item.scalar?.string, !s.isEmpty else {
        problems.append(at(item, file, "a \(what) must be a non-empty string, found \(kindName(item))"))
        continue
      }
      out.append(WordEntry(word: s, origin: origin(item, file)))
    }
    return out
  }

  private mutating func read(_ node: Yams.Node, _ type: RuleSchema.FieldType, _ file: String, field: String) -> RuleValue? {
    switch type {
    case .string:
      if let s = node.scalar?.string { return .string(s) }
      problems.append(at(node, file, "'\(field)' must be a string, found \(kindName(node))"))
    case .decimal:
      if let s = node.scalar?.string, ExactDecimal(literal: s) != nil { return .string(s) }
      problems.append(at(node, file, "'\(field)' must be a decimal number such as \"0.5\", found \(describe(node))"))
    case .regex:
      if let s = node.scalar?.string {
        if let p = RuleParser.regexProblem(s) {
          problems.append(at(node, file, "'\(field)' \(p)"))
          return nil
        }
        return .string(s)
      }
      problems.append(at(node, file, "'\(field)' must be a string, found \(kindName(node))"))
    case .int(let range):
      if let s = node.scalar?.string, let v = Int(s) {
        if range.contains(v) { return .int(v) }
        problems.append(at(node, file, "'\(field)' must be between \(range.lowerBound) and \(range.upperBound), found \(v)"))
      } else {
        problems.append(at(node, file, "'\(field)' must be an integer, found \(describe(node))"))
      }
    case .bool:
      if let s = node.scalar?.string, s == "true" || s == "false" { return .bool(s == "true") }
      problems.append(at(node, file, "'\(field)' must be true or false, found \(describe(node))"))
    case .strings:
      if case .sequence = node {
        let before = problems.count
        let list = stringList(node, file, what: field)
        return problems.count == before ? .strings(list.map(\.word)) : nil
      }
      if let s = node.scalar?.string, !s.isEmpty { return .strings([s]) }
      problems.append(at(node, file, "'\(field)' must be a list of strings, found \(kindName(node))"))
    case .intPair(let range):
      if case .sequence(let seq) = node {
        let vals = seq.compactMap { $0.scalar?.string }.compactMap { Int($0) }
        if vals.count == 2 && seq.count == 2 && range.contains(vals[0]) && range.contains(vals[1]) && vals[0] <= vals[1] {
          return .intPair(vals[0], vals[1])
        }
      }
      problems.append(
        at(node, file, "'\(field)' must be [first, last] with \(range.lowerBound) ≤ first ≤ last ≤ \(range.upperBound)"))
    case .oneOf(let options):
      if let s = node.scalar?.string, options.contains(s) { return .string(s) }
      problems.append(at(node, file, "'\(field)' must be one of \(options.joined(separator: ", ")), found \(describe(node))"))
    }
    return nil
  }

  // MARK: Locations

  private func origin(_ node: Yams.Node, _ file: String) -> RuleOrigin {
    let m = node.mark
    return RuleOrigin(file: file, line: m?.line ?? 1, column: m?.column ?? 1)
  }

  private func at(_ node: Yams.Node, _ file: String, _ message: String) -> RuleProblem {
    origin(node, file).problem(message)
  }

  private func kindName(_ node: Yams.Node) -> String {
    switch node {
    case .scalar(let s): return s.string.isEmpty ? "nothing" : "'\(RuleParser.quoted(s.string))'"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  private func describe(_ node: Yams.Node) -> String { kindName(node) }

  /// The first line of a library's message, at most 200 scalars: one diagnostic, one line.
  static func oneLine(_ s: String) -> String {
    let line = s.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }.prefix(200)
    return String(String.UnicodeScalarView(line))
  }

  /// A value as a message quotes it: its first line, at most 40 scalars, so a message stays one line.
  static func quoted(_ s: String) -> String {
    let firstLine = s.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
    let clipped = firstLine.prefix(40)
    let more = clipped.count < s.unicodeScalars.count
    return String(String.UnicodeScalarView(clipped)) + (more ? "…" : "")
  }

  /// The 1-based line and column of the first control character YAML does not allow (C0 but tab, LF and
  /// CR; DEL; C1 but NEL), nil when there is none.
  static func firstControlCharacter(_ text: String) -> (Int, Int)? {
    var line = 1
    var column = 1
    for u in text.unicodeScalars {
      let v = u.value
      if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (v >= 0x7F && v <= 0x9F && v != 0x85) { return (line, column) }
      if v == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return nil
  }

  /// Why a pattern cannot be used, nil when it can: it does not compile, or it nests repetitions, which can
  /// backtrack for exponential time on some texts (`PatternRisk`).
  static func regexProblem(_ pattern: String) -> String? {
    do {
      _ = try NSRegularExpression(pattern: pattern)
    } catch {
      return "does not compile: invalid regular expression '\(quoted(pattern))'"
    }
    if let piece = PatternRisk.nestedRepetition(in: pattern) {
      return "'\(quoted(piece))' repeats a group that holds a repetition, which can take exponential time on some "
        + "texts; write it without the nesting (for example (a+)+ as a+)"
    }
    return nil
  }

  /// A located problem from a Yams error.
  static func problem(from error: YamlError, file: String) -> RuleProblem {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) \($0.text)" } ?? problem
      return RuleProblem(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(detail)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return RuleProblem(
        file: file, line: context.mark.line, column: context.mark.column,
        message: "duplicate key \(duplicates.joined(separator: ", ")) in one mapping")
    case .reader(let problem, _, _, _):
      return RuleProblem(file: file, line: 1, column: 1, message: "YAML reader: \(problem)")
    default:
      return RuleProblem(file: file, line: 1, column: 1, message: "YAML: \(RuleParser.oneLine("\(error)"))")
    }
  }
}
