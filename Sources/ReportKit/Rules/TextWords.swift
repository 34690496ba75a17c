/// The word lists the layout, header and year stages read, made once per rule set: those stages are made per
/// document, and building these from the rules each time cost more than normalising a short report.
final class TextWords: Sendable {
  /// 各位代表, 来源： (layout.yaml).
  let paragraphOpenings: [Scalars]
  /// 下转, 上接… (layout.yaml).
  let pageJumps: [Scalars]
  /// 来源… (layout.yaml).
  let sourceCredits: [Scalars]
  /// The first scalars of `pageJumps` and `sourceCredits`, sorted.
  let debrisFirsts: [UInt32]
  /// 省长, 市长… longest first (headers.yaml).
  let speakerTitles: [String]
  let speakerTitleScalars: [Scalars]
  /// 通知, 报告… (headers.yaml).
  let titleEndings: [String]
  let titleEndingScalars: [Scalars]
  /// Title words and phrases that name a kind (headers.yaml), in the rules' order.
  let kindTitles: [(word: String, kind: DocumentKind)]
  let kindPhrases: [(word: String, kind: DocumentKind)]
  /// Part-heading words of plans and reviews (roles.yaml), as scalars.
  let planHeadings: [Scalars]
  let reviewHeadings: [Scalars]

  init(_ d: RuleData) {
    paragraphOpenings = d.wordList(.paragraphOpenings).map(\.scalarValues)
    pageJumps = d.wordList(.pageJumps).map(\.scalarValues)
    sourceCredits = d.wordList(.sourceCredits).map(\.scalarValues)
    debrisFirsts = Array(Set((pageJumps + sourceCredits).compactMap(\.first))).sorted()
    speakerTitles = d.wordList(.speakerTitles).sorted { $0.count > $1.count }
    speakerTitleScalars = speakerTitles.map(\.scalarValues)
    titleEndings = d.wordList(.titleEndings)
    titleEndingScalars = titleEndings.map(\.scalarValues)
    func kinds(_ section: RuleSection) -> [(word: String, kind: DocumentKind)] {
      d.entries(section).compactMap { e in (e.fields["kind"]?.string).flatMap(DocumentKind.init(rawValue:)).map { (e.key, $0) } }
    }
    kindTitles = kinds(.kindTitles)
    kindPhrases = kinds(.kindPhrases)
    planHeadings = d.wordList(.planHeadings).map(\.scalarValues)
    reviewHeadings = d.wordList(.reviewHeadings).map(\.scalarValues)
  }
}
