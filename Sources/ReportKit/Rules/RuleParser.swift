import Foundation
internal import Yams

/// Reads rule files into `RuleData`, checking each against `RuleSchema` and locating every problem.
struct RuleParser {
  private(set) var data = RuleData()
  private(set) var problems: [RuleProblem] = []
  /// First definition of each key per section (duplicates are reported against it).
  private var seenKeys: [String: [String: RuleOrigin]] = [:]

  /// Parses one file's text; `file` is the name problems carry.
  mutating func parse(file: String, text: String) {
    let root: Yams.Node?
    do {
      // The basic resolver leaves every scalar a string (we type them ourselves, from the schema): the
      // default one runs a regular expression per scalar and makes loading several times slower.
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      problems.append(RuleParser.problem(from: error, file: file))
      return
    } catch {
      problems.append(RuleProblem(file: file, line: 1, column: 1, message: "cannot read YAML: \(error)"))
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
      if let spec = RuleSchema.keyed[name] {
        parseKeyed(name, spec, value, file)
      } else if let noun = RuleSchema.words[name] {
        parseWords(name, noun, value, file)
      } else if RuleSchema.groups.contains(name) {
        parseGroups(name, value, file)
      } else if let type = RuleSchema.flags[name] {
        if let v = read(value, type, file, field: name) {
          data.flags[name] = (v, origin(value, file))
        }
      } else if name == "replace" {
        for w in stringList(value, file, what: "section name") {
          if RuleSchema.keyed[w.word] == nil && RuleSchema.words[w.word] == nil && !RuleSchema.groups.contains(w.word) {
            problems.append(w.origin.problem("replace: unknown section '\(w.word)'"))
          } else {
            data.replace.insert(w.word)
          }
        }
      } else {
        problems.append(
          at(keyNode, file, "unknown section '\(name)'; known sections: \(RuleSchema.allSections.joined(separator: ", "))"))
      }
    }
  }

  /// Sorts problems by file, line and column.
  mutating func finish() -> (RuleData, [RuleProblem]) {
    let sorted = problems.sorted {
      ($0.file, $0.line, $0.column, $0.message) < ($1.file, $1.line, $1.column, $1.message)
    }
    return (data, sorted)
  }

  // MARK: Sections

  private mutating func parseKeyed(_ section: String, _ spec: RuleSchema.KeyedSpec, _ node: Yams.Node, _ file: String) {
    guard case .sequence(let seq) = node else {
      problems.append(at(node, file, "'\(section)' is a list of entries (- \(spec.key): …), found \(kindName(node))"))
      return
    }
    for item in seq {
      guard case .mapping(let m) = item else {
        problems.append(at(item, file, "an entry of '\(section)' is a mapping with '\(spec.key)', found \(kindName(item))"))
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
            problems.append(at(v, file, "\(spec.noun) does not compile: \(problem)"))
            ok = false
          }
        } else if let type = spec.fields[field] {
          if let value = read(v, type, file, field: field) { fields[field] = value } else { ok = false }
        } else {
          let known = ([spec.key] + spec.fields.keys.sorted()).joined(separator: ", ")
          problems.append(at(k, file, "unknown key '\(field)' in \(section); known keys: \(known)"))
          ok = false
        }
      }
      guard let (keyString, keyOrigin) = key else {
        problems.append(at(item, file, "entry of '\(section)' has no '\(spec.key)'"))
        continue
      }
      for r in spec.required where fields[r] == nil && ok {
        problems.append(keyOrigin.problem("\(spec.noun) '\(keyString)' has no \(r)"))
        ok = false
      }
      if section == "plans", let s = fields["start"]?.int, let e = fields["end"]?.int, e < s {
        problems.append(keyOrigin.problem("five-year plan '\(keyString)' ends (\(e)) before it starts (\(s))"))
        ok = false
      }
      if !noteDuplicate(section, keyString, keyOrigin, noun: spec.noun) { ok = false }
      if section == "units", let aliases = fields["aliases"]?.strings {
        for a in aliases where !noteDuplicate(section, a, keyOrigin, noun: "unit alias") { ok = false }
      }
      if ok { data.keyed[section, default: []].append(KeyedEntry(key: keyString, fields: fields, origin: keyOrigin)) }
    }
  }

  private mutating func parseWords(_ section: String, _ noun: String, _ node: Yams.Node, _ file: String) {
    for w in stringList(node, file, what: noun) where noteDuplicate(section, w.word, w.origin, noun: noun) {
      data.words[section, default: []].append(w)
    }
  }

  private mutating func parseGroups(_ section: String, _ node: Yams.Node, _ file: String) {
    guard case .sequence(let seq) = node else {
      problems.append(at(node, file, "'\(section)' is a list of word lists ([国内生产总值, 地区生产总值]), found \(kindName(node))"))
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
  private mutating func noteDuplicate(_ section: String, _ key: String, _ at: RuleOrigin, noun: String) -> Bool {
    if let first = seenKeys[section]?[key] {
      problems.append(at.problem("duplicate \(noun) '\(key)' in \(section) (first at \(first.description))"))
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
    case .regex:
      if let s = node.scalar?.string {
        if let p = RuleParser.regexProblem(s) {
          problems.append(at(node, file, "'\(field)' does not compile: \(p)"))
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
    case .scalar(let s): return s.string.isEmpty ? "nothing" : "'\(s.string)'"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  private func describe(_ node: Yams.Node) -> String { kindName(node) }

  /// Why a pattern does not compile, nil when it does.
  static func regexProblem(_ pattern: String) -> String? {
    do {
      _ = try NSRegularExpression(pattern: pattern)
      return nil
    } catch {
      return "invalid regular expression '\(pattern)'"
    }
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
      return RuleProblem(file: file, line: 1, column: 1, message: "YAML: \(error)")
    }
  }
}
