import Foundation

/// The sections a rule file may hold and the shape of each. Files are free to group sections as they like;
/// the shipped set keeps one theme per file (units.yaml, deadlines.yaml…).
enum RuleSchema {
  /// The type of one field of an entry.
  enum FieldType: Sendable {
    case string
    case int(ClosedRange<Int>)
    case bool
    case strings
    /// Two integers `[first, last]` within the range, first ≤ last.
    case intPair(ClosedRange<Int>)
    /// One of the listed words.
    case oneOf([String])
    /// An NSRegularExpression pattern.
    case regex
  }

  /// A section whose items are mappings identified by one key field.
  struct KeyedSpec: Sendable {
    /// The field naming the entry (`name` for units, `word` for qualifiers).
    var key: String
    /// What the entry's key is called in messages (`unit`, `qualifier`).
    var noun: String
    /// Other fields and their types.
    var fields: [String: FieldType]
    /// Fields that must be present.
    var required: [String]
    /// The key itself is a regex.
    var keyIsRegex = false
  }

  static let figureKinds = ["money", "percent", "percentagePoint", "count", "rank", "physical", "ratio", "duration", "other"]
  static let comparators = ["floor", "ceiling", "about", "reach"]

  static let keyed: [String: KeyedSpec] = [
    "units": KeyedSpec(
      key: "name", noun: "unit", fields: ["kind": .oneOf(figureKinds), "aliases": .strings, "rank": .bool],
      required: ["kind"]),
    "magnitudes": KeyedSpec(key: "word", noun: "magnitude", fields: ["power": .int(1...16)], required: ["power"]),
    "qualifiers": KeyedSpec(
      key: "word", noun: "qualifier",
      fields: ["position": .oneOf(["before", "after", "inner"]), "comparator": .oneOf(["floor", "ceiling", "about"])],
      required: ["position", "comparator"]),
    "comparatorWords": KeyedSpec(
      key: "word", noun: "comparator word", fields: ["comparator": .oneOf(comparators)], required: ["comparator"]),
    "relativeYears": KeyedSpec(key: "word", noun: "relative year", fields: ["offset": .int(-10...10)], required: ["offset"]),
    "yearParts": KeyedSpec(key: "word", noun: "part of a year", fields: ["months": .intPair(1...12)], required: ["months"]),
    "yearSuffixes": KeyedSpec(
      key: "word", noun: "year suffix", fields: ["kind": .oneOf(["by", "before", "since", "within"])], required: ["kind"]),
    "plans": KeyedSpec(
      key: "name", noun: "five-year plan", fields: ["start": .int(1950...2200), "end": .int(1950...2200)],
      required: ["start", "end"]),
    "planSuffixes": KeyedSpec(
      key: "word", noun: "plan suffix",
      fields: [
        "part": .oneOf(["whole", "first", "last", "since"]), "kind": .oneOf(["during", "year", "by", "since"]),
        "alone": .bool,
      ],
      required: ["part", "kind"]),
    "stopPatterns": KeyedSpec(key: "pattern", noun: "pattern", fields: ["note": .string], required: [], keyIsRegex: true),
  ]

  /// Sections that are plain lists of words.
  static let words: [String: String] = [
    "notQualifiers": "word", "hedges": "hedge", "rankWords": "rank word", "metricVerbs": "metric verb",
    "metricLeading": "leading word", "metricTrailing": "trailing word", "metricStops": "metric stop word", "metricCuts": "metric cut word",
    "changeWords": "change word", "baselineWords": "baseline word", "planWords": "plan word",
    "actualWords": "actual word", "pastWords": "past word", "reviewHeadings": "review heading word",
    "planHeadings": "plan heading word", "planOpenings": "plan opening", "stopWords": "stop word", "ownerLabels": "owner label",
    "ownerMarkers": "owner marker", "ownerTrim": "owner trim word", "ownerSuffixes": "owner suffix",
  ]

  /// Sections that are lists of word groups.
  static let groups: Set<String> = ["metricSynonyms"]

  /// Single settings.
  static let flags: [String: FieldType] = ["withinCountsReportYear": .bool]

  /// Every section name, for messages.
  static var allSections: [String] {
    (Array(keyed.keys) + Array(words.keys) + Array(groups) + Array(flags.keys) + ["replace"]).sorted()
  }
}

/// A field value read from YAML, typed by the schema.
enum RuleValue: Sendable, Hashable {
  case string(String)
  case int(Int)
  case bool(Bool)
  case strings([String])
  case intPair(Int, Int)

  var string: String? { if case .string(let s) = self { return s } else { return nil } }
  var int: Int? { if case .int(let v) = self { return v } else { return nil } }
  var bool: Bool? { if case .bool(let v) = self { return v } else { return nil } }
  var strings: [String]? { if case .strings(let v) = self { return v } else { return nil } }
  var intPair: (Int, Int)? { if case .intPair(let a, let b) = self { return (a, b) } else { return nil } }
}

/// One entry of a keyed section, as written.
struct KeyedEntry: Sendable {
  var key: String
  var fields: [String: RuleValue]
  var origin: RuleOrigin
}

/// One word of a word section, as written.
struct WordEntry: Sendable {
  var word: String
  var origin: RuleOrigin
}

/// One group of a group section, as written.
struct GroupEntry: Sendable {
  var words: [String]
  var origin: RuleOrigin
}

/// The raw content of a set of rule files: what was written, in order, with origins.
struct RuleData: Sendable {
  var keyed: [String: [KeyedEntry]] = [:]
  var words: [String: [WordEntry]] = [:]
  var groups: [String: [GroupEntry]] = [:]
  var flags: [String: (RuleValue, RuleOrigin)] = [:]
  /// Sections an overlay replaces wholesale instead of extending.
  var replace: Set<String> = []

  /// This data with `overlay` laid over it: keyed entries replace ours by key or are appended, words and
  /// groups are added, settings replace ours; sections named in the overlay's `replace` start empty.
  func merging(_ overlay: RuleData) -> RuleData {
    var out = self
    for name in overlay.replace {
      out.keyed[name] = nil
      out.words[name] = nil
      out.groups[name] = nil
    }
    for (name, entries) in overlay.keyed.sorted(by: { $0.key < $1.key }) {
      var list = out.keyed[name] ?? []
      for e in entries {
        if let k = list.firstIndex(where: { $0.key == e.key }) { list[k] = e } else { list.append(e) }
      }
      out.keyed[name] = list
    }
    for (name, entries) in overlay.words.sorted(by: { $0.key < $1.key }) {
      var list = out.words[name] ?? []
      for e in entries where !list.contains(where: { $0.word == e.word }) { list.append(e) }
      out.words[name] = list
    }
    for (name, entries) in overlay.groups.sorted(by: { $0.key < $1.key }) {
      out.groups[name, default: []].append(contentsOf: entries)
    }
    for (name, v) in overlay.flags { out.flags[name] = v }
    out.replace = []
    return out
  }

  func entries(_ section: String) -> [KeyedEntry] { keyed[section] ?? [] }
  func wordList(_ section: String) -> [String] { (words[section] ?? []).map(\.word) }
}
