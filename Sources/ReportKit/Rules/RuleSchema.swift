import Foundation

/// The sections a rule file may hold, each named once: code asks for `.units`, never for a string, so a
/// misspelt section does not compile into an empty table. Files are free to group sections as they like;
/// the shipped set keeps one theme per file (units.yaml, deadlines.yaml…).
enum RuleSection: String, CaseIterable, Sendable, Comparable {
  // Keyed sections: lists of mappings identified by one key field.
  case units, magnitudes, qualifiers, comparatorWords, relativeYears, yearParts, yearSuffixes, plans, planSuffixes
  case stopPatterns, rankNames, fractionWords, relativePeriods, festivals, namedDates, goalWords, pairWords, unitFactors
  case kindTitles, kindPhrases
  // Word lists.
  case notQualifiers, hedges, rankWords, metricVerbs, metricLeading, metricTrailing, metricStops, metricCuts
  case changeWords, baselineWords, planWords, actualWords, pastWords, reviewHeadings, planHeadings, planOpenings
  case notHeadings, yearReviewHeadings, yearPlanHeadings, yearPastMarkers, classifiers, durationWords
  case paragraphOpenings, pageJumps, sourceCredits, speakerTitles, titleEndings
  case currentWords, componentNouns, holderNouns, increaseWords, decreaseWords, changeFillers, estimateWords, genericMetrics, planItemNouns, rhetoricNouns
  case comparisonWords, measureWords, metricNoise, metricHeads, notRankAfter, headlineLeads, headlineAsides
  case ceilingMetrics, risingSuffixes, fallingSuffixes, completionWords, partialWords, shortfallWords, progressWords
  case stopWords, ownerLabels, ownerMarkers, ownerTrim, ownerSuffixes, goalFillers
  // Lists of word groups.
  case metricSynonyms
  // Single settings.
  case withinCountsReportYear, checkPercentBand, checkQuantityShare

  /// What a section holds.
  enum Shape: Sendable {
    case keyed(RuleSchema.KeyedSpec)
    /// A list of words; the noun names one word in messages.
    case words(noun: String)
    case groups
    case flag(RuleSchema.FieldType)
  }

  var shape: Shape {
    typealias K = RuleSchema.KeyedSpec
    let kinds = RuleSchema.figureKinds
    switch self {
    case .units:
      return .keyed(K(key: "name", noun: "unit", fields: ["kind": .oneOf(kinds), "aliases": .strings, "rank": .bool], required: ["kind"]))
    case .magnitudes: return .keyed(K(key: "word", noun: "magnitude", fields: ["power": .int(1...16)], required: ["power"]))
    case .qualifiers:
      return .keyed(K(key: "word", noun: "qualifier",
        fields: ["position": .oneOf(["before", "after", "inner"]), "comparator": .oneOf(["floor", "ceiling", "about"])],
        required: ["position", "comparator"]))
    case .comparatorWords:
      return .keyed(K(key: "word", noun: "comparator word", fields: ["comparator": .oneOf(RuleSchema.comparators)], required: ["comparator"]))
    case .relativeYears: return .keyed(K(key: "word", noun: "relative year", fields: ["offset": .int(-10...10)], required: ["offset"]))
    case .yearParts: return .keyed(K(key: "word", noun: "part of a year", fields: ["months": .intPair(1...12)], required: ["months"]))
    case .yearSuffixes:
      return .keyed(K(key: "word", noun: "year suffix", fields: ["kind": .oneOf(["by", "before", "since", "within"])], required: ["kind"]))
    case .plans:
      return .keyed(K(key: "name", noun: "five-year plan", fields: ["start": .int(1950...2200), "end": .int(1950...2200)],
        required: ["start", "end"]))
    case .planSuffixes:
      return .keyed(K(key: "word", noun: "plan suffix",
        fields: ["part": .oneOf(["whole", "first", "last", "since"]), "kind": .oneOf(["during", "year", "by", "since"]), "alone": .bool],
        required: ["part", "kind"]))
    case .stopPatterns: return .keyed(K(key: "pattern", noun: "pattern", fields: ["note": .string], required: [], keyIsRegex: true))
    case .rankNames: return .keyed(K(key: "word", noun: "rank name", fields: ["rank": .int(1...100)], required: ["rank"]))
    case .fractionWords: return .keyed(K(key: "word", noun: "fraction word", fields: ["value": .string], required: ["value"]))
    case .relativePeriods:
      return .keyed(K(key: "word", noun: "relative period", fields: ["years": .intPair(-10...10), "kind": .oneOf(["period", "since"])],
        required: ["years"]))
    case .festivals: return .keyed(K(key: "word", noun: "festival", fields: ["dates": .strings], required: ["dates"]))
    case .namedDates:
      return .keyed(K(key: "word", noun: "named date", fields: ["month": .int(1...12), "day": .int(1...31)], required: ["month", "day"]))
    case .classifiers: return .words(noun: "classifier")
    case .currentWords: return .words(noun: "current word")
    case .componentNouns: return .words(noun: "component noun")
    case .holderNouns: return .words(noun: "holder noun")
    case .increaseWords: return .words(noun: "increase word")
    case .decreaseWords: return .words(noun: "decrease word")
    case .changeFillers: return .words(noun: "change filler")
    case .estimateWords: return .words(noun: "estimate word")
    case .genericMetrics: return .words(noun: "generic metric")
    case .planItemNouns: return .words(noun: "plan item noun")
    case .rhetoricNouns: return .words(noun: "rhetoric noun")
    case .comparisonWords: return .words(noun: "comparison word")
    case .measureWords: return .words(noun: "measure word")
    case .metricNoise: return .words(noun: "metric noise word")
    case .metricHeads: return .words(noun: "metric head word")
    case .notRankAfter: return .words(noun: "word after a non-rank ordinal")
    case .headlineLeads: return .words(noun: "headline lead")
    case .headlineAsides: return .words(noun: "headline aside")
    case .ceilingMetrics: return .words(noun: "ceiling metric")
    case .risingSuffixes: return .words(noun: "rising suffix")
    case .fallingSuffixes: return .words(noun: "falling suffix")
    case .completionWords: return .words(noun: "completion word")
    case .partialWords: return .words(noun: "partial word")
    case .shortfallWords: return .words(noun: "shortfall word")
    case .progressWords: return .words(noun: "progress word")
    case .goalFillers: return .words(noun: "goal filler")
    case .unitFactors:
      return .keyed(K(key: "unit", noun: "unit factor", fields: ["base": .string, "factor": .string], required: ["base", "factor"]))
    case .pairWords: return .keyed(K(key: "word", noun: "pair word", fields: ["parts": .strings], required: ["parts"]))
    case .goalWords:
      return .keyed(K(key: "word", noun: "goal word", fields: ["ask": .oneOf(["rise", "fall", "state", "alongside"])], required: ["ask"]))
    case .durationWords: return .words(noun: "duration word")
    case .kindTitles, .kindPhrases:
      let kinds = DocumentKind.allCases.filter { $0 != .other }.map(\.rawValue)
      return .keyed(K(key: "word", noun: "kind word", fields: ["kind": .oneOf(kinds)], required: ["kind"]))
    case .notQualifiers: return .words(noun: "word")
    case .hedges: return .words(noun: "hedge")
    case .rankWords: return .words(noun: "rank word")
    case .metricVerbs: return .words(noun: "metric verb")
    case .metricLeading: return .words(noun: "leading word")
    case .metricTrailing: return .words(noun: "trailing word")
    case .metricStops: return .words(noun: "metric stop word")
    case .metricCuts: return .words(noun: "metric cut word")
    case .changeWords: return .words(noun: "change word")
    case .baselineWords: return .words(noun: "baseline word")
    case .planWords: return .words(noun: "plan word")
    case .actualWords: return .words(noun: "actual word")
    case .pastWords: return .words(noun: "past word")
    case .reviewHeadings: return .words(noun: "review heading word")
    case .planHeadings: return .words(noun: "plan heading word")
    case .planOpenings: return .words(noun: "plan opening")
    case .notHeadings: return .words(noun: "non-heading opening")
    case .yearReviewHeadings: return .words(noun: "year review heading")
    case .yearPlanHeadings: return .words(noun: "year plan heading")
    case .yearPastMarkers: return .words(noun: "year past marker")
    case .paragraphOpenings: return .words(noun: "paragraph opening")
    case .pageJumps: return .words(noun: "page jump word")
    case .sourceCredits: return .words(noun: "source credit label")
    case .speakerTitles: return .words(noun: "speaker title")
    case .titleEndings: return .words(noun: "title ending")
    case .stopWords: return .words(noun: "stop word")
    case .ownerLabels: return .words(noun: "owner label")
    case .ownerMarkers: return .words(noun: "owner marker")
    case .ownerTrim: return .words(noun: "owner trim word")
    case .ownerSuffixes: return .words(noun: "owner suffix")
    case .metricSynonyms: return .groups
    case .withinCountsReportYear: return .flag(.bool)
    case .checkPercentBand, .checkQuantityShare: return .flag(.decimal)
    }
  }

  /// By name, for stable output.
  static func < (a: RuleSection, b: RuleSection) -> Bool { a.rawValue < b.rawValue }
}

/// The field types and fixed vocabularies of rule entries.
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
    /// A decimal number written as a string ("0.5"), kept exact.
    case decimal
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

  static let figureKinds = FigureKind.allCases.map(\.rawValue)
  static let comparators = ["floor", "ceiling", "about", "reach"]

  /// The top-level key that empties base sections before an overlay's entries are added.
  static let replaceKey = "replace"

  /// Every section name, for messages.
  static var allSections: [String] { (RuleSection.allCases.map(\.rawValue) + [replaceKey]).sorted() }
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
  var keyed: [RuleSection: [KeyedEntry]] = [:]
  var words: [RuleSection: [WordEntry]] = [:]
  var groups: [RuleSection: [GroupEntry]] = [:]
  var flags: [RuleSection: (RuleValue, RuleOrigin)] = [:]
  /// Sections an overlay replaces wholesale instead of extending.
  var replace: Set<RuleSection> = []

  /// This data with `overlay` laid over it: keyed entries replace ours by key or are appended, words and
  /// groups are added, settings replace ours; sections named in the overlay's `replace` start empty.
  func merging(_ overlay: RuleData) -> RuleData {
    var out = self
    for name in overlay.replace {
      out.keyed[name] = nil
      out.words[name] = nil
      out.groups[name] = nil
    }
    // Positions by key and sets of words: a lookup per overlay entry, so a rule file of 200,000 words merges in
    // linear time (a search of the list per entry took minutes).
    for (name, entries) in overlay.keyed.sorted(by: { $0.key < $1.key }) {
      var list = out.keyed[name] ?? []
      var position: [String: Int] = [:]
      for (k, e) in list.enumerated() where position[e.key] == nil { position[e.key] = k }
      for e in entries {
        if let k = position[e.key] {
          list[k] = e
        } else {
          position[e.key] = list.count
          list.append(e)
        }
      }
      out.keyed[name] = list
    }
    for (name, entries) in overlay.words.sorted(by: { $0.key < $1.key }) {
      var list = out.words[name] ?? []
      var seen = Set(list.map(\.word))
      for e in entries where seen.insert(e.word).inserted { list.append(e) }
      out.words[name] = list
    }
    for (name, entries) in overlay.groups.sorted(by: { $0.key < $1.key }) {
      out.groups[name, default: []].append(contentsOf: entries)
    }
    for (name, v) in overlay.flags { out.flags[name] = v }
    out.replace = []
    return out
  }

  func entries(_ section: RuleSection) -> [KeyedEntry] { keyed[section] ?? [] }
  func wordList(_ section: RuleSection) -> [String] { (words[section] ?? []).map(\.word) }
  func groupList(_ section: RuleSection) -> [GroupEntry] { groups[section] ?? [] }
  func flag(_ section: RuleSection) -> RuleValue? { flags[section]?.0 }
}
