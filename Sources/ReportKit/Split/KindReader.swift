/// Tells what kind of document an article is, and which words say so: its title first (统计公报, 计划执行情况,
/// 分工方案, 政府工作报告, 通报…), then the phrases of its opening lines (向大会报告工作), a byline or affiliation
/// (a signed article), headings (政府工作任务), and last a document number (a notice).
public struct KindReader: Sendable {
  private let titles: [(word: HeaderWord, kind: DocumentKind)]
  private let phrases: [(word: HeaderWord, kind: DocumentKind)]

  /// Makes a reader of the kind words of `rules` (headers.yaml).
  public init(rules: RuleSet = .builtin) {
    titles = rules.words.kindTitles.map { (HeaderWord($0.word), $0.kind) }
    phrases = rules.words.kindPhrases.map { (HeaderWord($0.word), $0.kind) }
  }

  /// The kind of `article`, whose text is `s` (the article's own scalars), and the words it was read from.
  public func kind(of article: Article, text s: ArraySlice<UInt32>) -> (kind: DocumentKind, evidence: String?) {
    let h = article.header
    if let t = h.title {
      let title = HeaderText(t)
      if let k = titles.first(where: { title.contains($0.word) }) { return (k.kind, t) }
    }
    let base = s.startIndex
    func line(_ r: Range<Int>) -> HeaderText { HeaderText(s[(base + r.lowerBound)..<(base + r.upperBound)]) }
    // The header and the opening of the body: 「现在，我代表省人民政府，向大会报告工作」.
    let opening = article.lines.prefix { $0.lowerBound < article.bodyStart }.count + 3
    for r in article.lines.prefix(opening) {
      let t = line(r)
      if let k = phrases.first(where: { t.contains($0.word) }) { return (k.kind, KindReader.clipped(t.text, around: k.word.string)) }
    }
    if h.affiliation != nil {
      // The affiliation as printed: 「（作者单位：镇江市发展和改革委员会）」, 「（作者系…）」.
      for r in article.lines.reversed() {
        let t = line(r)
        if let open = t.lastRange(of: .authorNote) { return (.article, t[from: open.lowerBound].text) }
      }
    }
    if h.speaker == nil, !h.authors.isEmpty { return (.article, h.authors.joined(separator: " ")) }
    for r in article.lines where r.count <= 40 {
      let t = line(r)
      if let k = phrases.first(where: { t.contains($0.word) }) { return (k.kind, t.text) }
    }
    if let n = article.docNumber { return (.notice, n) }
    return (.other, nil)
  }

  /// The sentence of `t` that holds `word`, at most 60 characters of it.
  private static func clipped(_ t: String, around word: String) -> String {
    let sentences = t.split(whereSeparator: { "。！？；".contains($0) })
    let s = sentences.first { $0.contains(word) }.map(String.init) ?? t
    return s.count <= 60 ? s : String(s.prefix(60))
  }
}
