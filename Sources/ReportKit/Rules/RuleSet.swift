import Foundation

/// The rules extraction reads: units, magnitudes, qualifiers, hedges, deadline words, five-year plans,
/// metric words, stop words and owner labels. Loaded from YAML and compiled once into lookup tables.
public struct RuleSet: Sendable {
  /// The shipped rules (the `Rules/*.yaml` files of this repository, embedded in the binary).
  public static let builtin: RuleSet = {
    // The compact form generated from the YAML reads in a fraction of a millisecond where Yams takes ~5 ms
    // (see CompactRules); a test keeps it current.
    if !BuiltinRules.compact.isEmpty, let data = CompactRules.decode(BuiltinRules.compact) {
      return RuleSet(data: data, fingerprint: BuiltinRules.fingerprint)
    }
    // The embedded files are checked by a test to load without problems; should that ever fail, an empty
    // rule set still extracts numbers without units rather than stopping the program.
    return (try? RuleSet(files: builtinFiles)) ?? RuleSet(data: RuleData())
  }()

  /// The fingerprint of the built-in rules, known without loading them (for `--version`).
  public static var builtinFingerprint: String {
    BuiltinRules.compact.isEmpty ? builtin.fingerprint : BuiltinRules.fingerprint
  }

  /// The embedded rule files, named as problems and the fingerprint name them.
  static var builtinFiles: [(name: String, text: String)] { BuiltinRules.files.map { ("Rules/" + $0.name, $0.text) } }

  /// The raw rules, kept for merging a `--rules` directory over them.
  let data: RuleData
  /// The compiled tables.
  let compiled: CompiledRules
  /// The word lists of the layout, header and year stages, as they read them.
  let words: TextWords
  /// Lower-case hex SHA-256 of the rule files' names and texts (the base set's fingerprint first): two runs
  /// with the same fingerprint read with the same rules.
  public let fingerprint: String

  init(data: RuleData, fingerprint: String = "") {
    self.data = data
    self.compiled = CompiledRules(data)
    self.words = TextWords(data)
    self.fingerprint = fingerprint
  }

  /// Loads rule files given as (name, text) pairs, all at once, over `base`; throws every problem found.
  init(files: [(name: String, text: String)], base: RuleSet? = nil) throws(RuleError) {
    var parser = RuleParser()
    for f in files { parser.parse(file: f.name, text: f.text) }
    let (overlay, problems) = parser.finish()
    if !problems.isEmpty { throw RuleError(problems: problems) }
    self.init(data: (base?.data ?? RuleData()).merging(overlay), fingerprint: RuleSet.fingerprint(of: files, base: base?.fingerprint ?? ""))
  }

  /// Hex SHA-256 of the base fingerprint, then each file's name and text, each ended by a zero byte.
  static func fingerprint(of files: [(name: String, text: String)], base: String) -> String {
    var hashed = Array(base.utf8)
    for f in files {
      hashed += Array(f.name.utf8) + [0] + Array(f.text.utf8) + [0]
    }
    return SHA256.hex(hashed)
  }

  /// Loads the `*.yaml` files of `directory` over `base`: entries with the key of a base entry replace it,
  /// new entries and words are added, and a file's `replace: [section]` empties that base section first.
  /// `directory` is a path as the user gave it; problems name the files under it the same way.
  public init(directory: String, base: RuleSet = .builtin) throws(RuleError) {
    try self.init(files: try RuleSet.readDirectory(directory), base: base)
  }

  /// Every problem in the `*.yaml` files of `directory`, each located; empty when they load.
  public static func lint(directory: String) -> [RuleProblem] {
    do {
      let files = try readDirectory(directory)
      var parser = RuleParser()
      for f in files { parser.parse(file: f.name, text: f.text) }
      return parser.finish().1
    } catch {
      return error.problems
    }
  }

  /// Every problem in the built-in rules (none, as a test proves).
  public static func lintBuiltinRules() -> [RuleProblem] {
    var parser = RuleParser()
    for f in builtinFiles { parser.parse(file: f.name, text: f.text) }
    return parser.finish().1
  }

  /// The largest rule file read from a folder, in bytes: 1 MB, thirty times the whole built-in set, loads in
  /// about a second.
  public static let maxFileSize = 1 << 20

  /// Number of rule files that make up the built-in set.
  public static var builtinFileCount: Int { BuiltinRules.files.count }

  /// The `*.yaml` / `*.yml` files of a directory, sorted by name, read as UTF-8, named under `path` as given.
  static func readDirectory(_ path: String) throws(RuleError) -> [(name: String, text: String)] {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
      throw RuleError(problems: [RuleProblem(file: path, message: "no such folder")])
    }
    guard isDir.boolValue else {
      throw RuleError(problems: [RuleProblem(file: path, message: "not a folder; give the folder that holds the *.yaml rule files")])
    }
    let names: [String]
    do {
      names = try fm.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    } catch {
      throw RuleError(problems: [RuleProblem(file: path, message: "cannot list the folder")])
    }
    if names.isEmpty { throw RuleError(problems: [RuleProblem(file: path, message: "no *.yaml rule files in the folder")]) }
    var out: [(name: String, text: String)] = []
    var problems: [RuleProblem] = []
    for n in names {
      let display = (path.hasSuffix("/") ? path : path + "/") + n
      // Checked before reading: a huge file (the built-in set is 34 KB in all) is a mistake, not rules.
      if let size = (try? fm.attributesOfItem(atPath: display))?[.size] as? Int, size > RuleSet.maxFileSize {
        problems.append(RuleProblem(file: display, message:
          "the file is \(size >> 10) KB; a rule file may hold at most \(RuleSet.maxFileSize >> 10) KB (split it, or keep only the words you need)"))
        continue
      }
      guard let d = fm.contents(atPath: display) else {
        problems.append(RuleProblem(file: display, message: "cannot read the file"))
        continue
      }
      guard let t = String(data: d, encoding: .utf8) else {
        problems.append(RuleProblem(file: display, message: "the file is not UTF-8 text"))
        continue
      }
      out.append((display, t))
    }
    if !problems.isEmpty { throw RuleError(problems: problems) }
    return out
  }

  // MARK: Queries other stages use

  /// Words of part headings that mark a review part (回顾, 过去一年, 一年来…).
  public var reviewHeadingWords: [String] { data.wordList(.reviewHeadings) }

  /// Words of part headings that mark a plan part (任务, 目标, 下一步…).
  public var planHeadingWords: [String] { data.wordList(.planHeadings) }

  /// Paragraph openings that turn what follows into plans (下一步, 今后…).
  public var planOpeningWords: [String] { data.wordList(.planOpenings) }

  /// Line openings that are never headings (来源, 谢谢).
  public var notHeadingWords: [String] { data.wordList(.notHeadings) }

  /// Endings of a heading after its year that review that year (工作回顾: 「2023年工作回顾」 is a 2024 report).
  public var yearReviewHeadingWords: [String] { data.wordList(.yearReviewHeadings) }

  /// Endings of a heading after its year that plan that year (工作安排: 「2024年工作安排」 is a 2024 report).
  public var yearPlanHeadingWords: [String] { data.wordList(.yearPlanHeadings) }

  /// Words right after a year that look back at it (以来, 累计, 全年): the report follows that year.
  public var yearPastMarkerWords: [String] { data.wordList(.yearPastMarkers) }

  /// Openings that start a paragraph in text that lost its line breaks (各位代表, 来源：).
  public var paragraphOpeningWords: [String] { data.wordList(.paragraphOpenings) }

  /// Words of a newspaper page jump before 第N版 (下转, 上接).
  public var pageJumpWords: [String] { data.wordList(.pageJumps) }

  /// Labels of a source credit closing the text (来源).
  public var sourceCreditWords: [String] { data.wordList(.sourceCredits) }

  /// Titles a speaker's name follows (国务院总理 李强, 广东省省长 王伟中), longest first.
  public var speakerTitleWords: [String] { words.speakerTitles }

  /// Words a document title ends with (通知, 通报, 报告, 公报…).
  public var titleEndingWords: [String] { data.wordList(.titleEndings) }

  /// Title words that name a document's kind (统计公报 → statisticalBulletin), most specific first.
  public var kindTitleWords: [(word: String, kind: DocumentKind)] { words.kindTitles }

  /// Phrases of opening lines and headings that name a document's kind (向大会报告工作 → workReport).
  public var kindPhraseWords: [(word: String, kind: DocumentKind)] { words.kindPhrases }

  /// The five-year plans the rules know: name (十四五), first and last year.
  public var fiveYearPlans: [(name: String, start: Int, end: Int)] { compiled.plans.map { ($0.name, $0.start, $0.end) } }

  /// The canonical name of a unit as written (标准箱 → 标箱, 港币 → 港元, 圆 → 元); the unit itself when the rules
  /// do not know it.
  public func canonicalUnit(_ written: String) -> String {
    let u = written.scalarValues
    guard let m = compiled.units.longest(in: u, at: 0), m.length == u.count else { return written }
    return m.value.name
  }

  /// The metric with synonyms folded to one spelling (经济增长 → 国内生产总值增长, 地区生产总值 → 国内生产总值),
  /// so metrics from different reports and years compare equal.
  public func canonicalMetric(_ metric: String) -> String {
    String(scalarValues: compiled.canonicalMetric(metric.scalarValues))
  }
}
