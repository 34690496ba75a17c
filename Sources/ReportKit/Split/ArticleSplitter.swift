import Foundation

/// One article found in a file's normalised text, with its header read.
public struct Article: Sendable {
  /// Scalar range of the article in the file's normalised text.
  public var range: Range<Int>
  /// Where the body starts (after title, subtitle, bylines, speaker), relative to the article.
  public var bodyStart: Int
  /// The article's lines (paragraphs), relative to the article: the splitter finds them once for all stages.
  public var lines: [Range<Int>]
  /// Title, subtitle, bylines, speaker, affiliation and region, as the first lines say.
  public var header: DocumentHeader
  /// The document number (国办发〔2018〕108号), where a header line states one.
  public var docNumber: String?
  /// The date the article states for itself: its dated subtitle, else its first date line.
  public var date: DocumentDate?
  /// Problems found while splitting, with spans relative to the article.
  public var diagnostics: [Diagnostic]
}

/// Splits a file's text into articles: a file may hold several, each closed by an affiliation line
/// (（作者单位：…） or （作者系…）), or a new work-report header (title + ——dated subtitle).
public struct ArticleSplitter: Sendable {
  private let speakerTitles: [HeaderWord]
  private let titleEndings: [String]

  /// Makes a splitter reading the header words of `rules` (headers.yaml).
  public init(rules: RuleSet = .builtin) {
    speakerTitles = rules.words.speakerTitles.map(HeaderWord.init)
    titleEndings = rules.words.titleEndings
  }

  /// Splits `s` (a whole file's normalised text) into articles.
  public func split(_ s: Scalars) -> [Article] {
    let lines = Lines.ranges(in: s)
    guard !lines.isEmpty else { return [] }
    // Cut points: after each affiliation line (or a paragraph ending with one), and before a header that
    // starts a new report (short title, then ——subtitle with a date).
    var starts = [0]
    for (k, r) in lines.enumerated() {
      if affiliation(in: s, r) != nil, k + 1 < lines.count {
        starts.append(k + 1)
      } else if k >= 3, s[r.lowerBound] == 0x2014, isDatedSubtitle(s, r), isTitleLine(s, lines[k - 1]), starts.last! < k - 1 {
        starts.append(k - 1)
      }
    }
    var articles: [Article] = []
    for (j, first) in starts.enumerated() {
      let lastLine = (j + 1 < starts.count ? starts[j + 1] : lines.count) - 1
      guard first <= lastLine else { continue }
      let aStart = lines[first].lowerBound
      let aEnd = lines[lastLine].upperBound
      articles.append(readHeader(s, Array(lines[first...lastLine]), range: aStart..<aEnd))
    }
    return articles
  }

  private func readHeader(_ s: Scalars, _ lines: [Range<Int>], range: Range<Int>) -> Article {
    let base = range.lowerBound
    var a = Article(range: range, bodyStart: 0, lines: lines.map { ($0.lowerBound - base)..<($0.upperBound - base) },
                    header: DocumentHeader(), diagnostics: [])
    var k = 0
    func text(_ r: Range<Int>) -> String { String(scalarValues: s[r]) }
    if k < lines.count, isTitleLine(s, lines[k]), !isDatedSubtitle(s, lines[k]), k + 1 < lines.count {
      a.header.title = text(lines[k])
      k += 1
      // A title broken over two lines: 「国务院办公厅关于对国务院第五次大督查」 / 「发现的典型经验做法给予表扬的通报」.
      // A title printed twice (once with other brackets) is read once.
      if k + 1 < lines.count, !endsTitle(a.header.title!), isTitleLine(s, lines[k]), endsTitle(text(lines[k])),
        lines[k - 1].count + lines[k].count <= 120
      {
        a.header.title! += text(lines[k])
        k += 1
      } else if k + 1 < lines.count, Self.sameTitle(s[lines[k - 1]], s[lines[k]]) {
        k += 1
      }
      // A second title line before the subtitle: 「政府工作报告」 under 「2024年」 completes the title; a repeated
      // 「政府工作报告」 under a full title is dropped.
      if k + 1 < lines.count, isTitleLine(s, lines[k]), !isBylineLine(s, lines[k]), !isSpeakerLine(s, lines[k]),
        !isDatedSubtitle(s, lines[k]), !s[lines[k]].contains(0xFF1A), !text(lines[k]).hasPrefix("来源"),
        isDatedSubtitle(s, lines[k + 1])
      {
        if !a.header.title!.contains("报告") { a.header.title! += text(lines[k]) }
        k += 1
      }
      // 「政府工作报告——2026年1月27日在…」 or 「政府工作报告（2026年1月27日在…）」 on one line.
      if let t = a.header.title {
        let title = HeaderText(t)
        for sep in Self.titleSeparators {
          if let r = title.firstRange(of: sep), r.lowerBound != 0 {
            var sub = title[from: r.upperBound].text
            if sep.string == "（" && sub.hasSuffix("）") { sub.removeLast() }
            let subText = HeaderText(sub)
            if subText.contains(.year) && subText.contains(.month) && (subText.contains(.meeting) || subText.contains(.day)) {
              a.header.title = title[upTo: r.lowerBound].text
              a.header.subtitle = sub.trimmingCharacters(in: CharacterSet(charactersIn: "—―-"))
              break
            }
          }
        }
      }
    }
    while k < lines.count {
      let r = lines[k]
      // Searched as scalars where the line allows (`HeaderText`); the String is made for what is kept.
      let h = HeaderText(s[r])
      if HeaderWord.subtitleDashes.contains(where: h.hasPrefix) || isDatedSubtitle(s, r) {
        var sub = String(h.text.drop(while: { $0 == "—" || $0 == "-" || $0 == "―" }))
        if sub.hasSuffix("。") { sub.removeLast() }  // 「…会议上省长许昆林作政府工作报告。」
        a.header.subtitle = sub
      } else if a.docNumber == nil, let number = HeaderLines.docNumber(s[r]) {
        a.docNumber = number
      } else if HeaderWord.publishingLabels.contains(where: h.hasPrefix) {
        // Publishing metadata, part of the header.
      } else if isSpeakerLine(s, r) {
        let t = h.text
        a.header.speaker = t
        let parts = t.split(separator: " ")
        if parts.count >= 2 { a.header.authors = [parts.dropFirst().joined()] } else { a.header.authors = [personName(fromSpeaker: t)] }
      } else if a.header.title != nil, a.header.authors.isEmpty, isBylineLine(s, r) {
        a.header.authors = h.text.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "，" }).map(String.init)
      } else if HeaderWord.salutations.contains(where: h.equals) {
        k += 1
        break
      } else {
        break
      }
      k += 1
    }
    a.bodyStart = k < lines.count ? lines[k].lowerBound - base : range.count
    for r in lines {
      if let aff = affiliation(in: s, r) { a.header.affiliation = aff }
    }
    // No speaker line: the subtitle's wording may name one (「…会议上省长许昆林作政府工作报告」).
    if a.header.speaker == nil, let sub = a.header.subtitle, let (speaker, name) = HeaderLines.speaker(inWording: sub, titles: speakerTitles) {
      a.header.speaker = speaker
      if a.header.authors.isEmpty { a.header.authors = [name] }
    }
    // The date: the subtitle's, else the first line that is only a date (under the title, or after the signature).
    if let sub = a.header.subtitle, let d = DateReader.firstDate(in: sub.scalarValues[...]) {
      a.date = d
    } else if let r = lines.first(where: { DateReader.dateLine(s[$0]) != nil }) {
      a.date = DateReader.dateLine(s[r])
    }
    a.header.region = region(subtitle: a.header.subtitle, speaker: a.header.speaker, title: a.header.title)
    // A body that opens mid-sentence: the file was cut from a longer text.
    if k < lines.count, a.header.title != nil {
      let first = lines[k]
      if MarkerReader.lineMarker(s, at: first.lowerBound, end: first.upperBound) == nil,
        let c = s[first].first, Scalar.isHan(c), first.count < 40,
        s[first].last == 0x3002, !s[first].dropLast().contains(0x3002), s[first].contains(0xFF0C) || first.count < 15
      {
        a.diagnostics.append(.startsMidText(span: SourceSpan(start: first.lowerBound - base, end: first.upperBound - base)))
      }
    }
    return a
  }

  /// Whether a title ends with a word that names a document (…的通报, …统计公报).
  private func endsTitle(_ t: String) -> Bool { titleEndings.contains { t.hasSuffix($0) } }

  /// The same title twice, brackets and dashes aside: 「…行动计划(2021—2023年)的通知」 / 「…行动计划（2021-2023年）的通知」.
  static func sameTitle(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Bool {
    guard a.count == b.count, a.count >= 8 else { return false }
    func fold(_ c: UInt32) -> UInt32 {
      switch c {
      case 0x28: return 0xFF08
      case 0x29: return 0xFF09
      case 0x2D, 0x2013, 0x2015, 0xFF0D: return 0x2014
      default: return c
      }
    }
    return zip(a, b).allSatisfy { fold($0) == fold($1) }
  }

  /// A short line with no sentence punctuation and no marker; a title naming its kind (…的通知) may run longer.
  func isTitleLine(_ s: Scalars, _ r: Range<Int>) -> Bool {
    guard r.count >= 2, r.count <= 50 || (r.count <= 100 && endsTitle(String(scalarValues: s[r]))) else { return false }
    if MarkerReader.lineMarker(s, at: r.lowerBound, end: r.upperBound) != nil { return false }
    let last = s[r.upperBound - 1]
    if last == 0x3002 || last == 0xFF1B || last == 0xFF1A || last == 0xFF0C || last == 0xFF01 || last == 0xFF1F { return false }
    if s[r].contains(0x3002) { return false }
    if s[r].starts(with: [0x2014]) { return false }
    return true
  }

  /// ——2024年3月5日在第十四届全国人民代表大会第二次会议上
  private func isDatedSubtitle(_ s: Scalars, _ r: Range<Int>) -> Bool {
    guard r.count >= 6, r.count <= 80 else { return false }
    let c = s[r.lowerBound]
    // Only a dash or a digit (or 二〇二六) opens a subtitle: decide before making a String.
    guard c == 0x2014 || c == 0x2015 || c == 0x2D || Scalar.isDigit(c) || c == 0x4E8C else { return false }
    let t = HeaderText(s[r])
    let dated = t.contains(.year) && t.contains(.month) && (t.contains(.meeting) || t.contains(.day))
    if c == 0x2014 || c == 0x2015 || c == 0x2D { return dated }
    // Without the dashes: 「2026年1月31日在黑龙江省第十四届人民代表大会第四次会议上」, also with the speaker's
    // wording after it (「…会议上省长许昆林作政府工作报告。」, one sentence).
    let oneSentence = !t.droppingLastCharacter().contains(.fullStop)
    return dated && t.contains(.atMeeting) && (Scalar.isDigit(c) || c == 0x4E8C) && oneSentence
  }

  /// 谈沁磊 孙力: two- to four-character names separated by spaces.
  private func isBylineLine(_ s: Scalars, _ r: Range<Int>) -> Bool {
    guard r.count <= 30 else { return false }
    let t = String(scalarValues: s[r])
    if t.hasPrefix("作者") { return true }
    let names = t.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "，" })
    guard !names.isEmpty else { return false }
    return names.allSatisfy { n in
      (2...4).contains(n.unicodeScalars.count) && n.unicodeScalars.allSatisfy { Scalar.isHan($0.value) || $0 == "·" }
    }
  }

  /// 国务院总理 李强 / 广东省省长 王伟中 / 市长 张三.
  private func isSpeakerLine(_ s: Scalars, _ r: Range<Int>) -> Bool {
    guard r.count <= 30 else { return false }
    let t = HeaderText(s[r])
    if t.contains(.comma) || t.contains(.fullStop) { return false }
    return Self.speakerLineTitles.contains { title in
      guard let rr = t.firstRange(of: title) else { return false }
      let rest = t[from: rr.upperBound].trimmedCount()
      return rest > 0 && rest <= 8
    }
  }

  /// The titles a speaker line may hold: 国务院总理 李强.
  private static let speakerLineTitles = ["总理", "省长", "市长", "主席", "区长", "县长", "州长", "盟长", "旗长", "代省长", "代市长"]
    .map(HeaderWord.init)
  /// The titles of a region's head, the acting ones first: what stands before them names the region.
  private static let regionTitles = ["代省长", "代市长", "省长", "市长", "区长", "县长", "州长", "盟长", "旗长", "主席"]
    .map(HeaderWord.init)
  /// What parts a title from its subtitle on one line: 「政府工作报告——2026年1月27日在…」, 「政府工作报告（2026年…）」.
  private static let titleSeparators = ["——", "――", "（"].map(HeaderWord.init)

  private func personName(fromSpeaker t: String) -> String {
    for title in ["总理", "代省长", "代市长", "省长", "市长", "主席", "区长", "县长", "州长", "盟长", "旗长"] {
      if let r = t.range(of: title, options: .backwards) {
        return t[r.upperBound...].replacingOccurrences(of: " ", with: "")
      }
    }
    return t
  }

  /// （作者单位：…） or （作者系…） closing a paragraph; returns what is inside after the label.
  func affiliation(in s: Scalars, _ r: Range<Int>) -> String? {
    guard let last = s[r].last, last == 0xFF09 else { return nil }
    // Walk back to the matching （.
    var i = r.upperBound - 1
    var depth = 0
    while i >= r.lowerBound {
      if s[i] == 0xFF09 { depth += 1 }
      if s[i] == 0xFF08 {
        depth -= 1
        if depth == 0 { break }
      }
      i -= 1
    }
    guard i >= r.lowerBound else { return nil }
    let inner = String(scalarValues: s[(i + 1)..<(r.upperBound - 1)])
    for label in ["作者单位：", "作者单位", "作者系", "作者为", "作者是", "作者："] where inner.hasPrefix(label) {
      return String(inner.dropFirst(label.count))
    }
    return nil
  }

  private func region(subtitle: String?, speaker: String?, title: String?) -> String? {
    if let subtitle {
      let sub = HeaderText(subtitle)
      if sub.contains(.nationalCongress) { return "全国" }
      if let r = sub.firstRange(of: .at) {
        let rest = sub[from: r.upperBound]
        if let e = rest.firstRange(of: .ordinalPrefix) ?? rest.firstRange(of: .congress) {
          let name = rest[upTo: e.lowerBound].text
          if (2...12).contains(name.count) { return name }
        }
      }
    }
    if let speaker {
      let sp = HeaderText(speaker)
      for title in Self.regionTitles {
        if let r = sp.firstRange(of: title) {
          let head = sp[upTo: r.lowerBound]
          let name = head.text
          if (2...12).contains(name.count) && !head.contains(.stateCouncil) { return name }
        }
      }
    }
    if let title {
      let t = HeaderText(title)
      guard let r = t.firstRange(of: .workReport) else { return nil }
      var head = t[upTo: r.lowerBound]
      if let y = head.firstRange(of: .year) { head = head[from: y.upperBound] }
      let name = head.removing(.people).text
      if (2...12).contains(name.count) { return name }
    }
    return nil
  }
}
