/// Where paragraphs begin in a line that lost its line breaks: research data sets store a report as one cell,
/// its paragraphs joined by runs of spaces and U+2003 indents, by single spaces, or by nothing at all.
///
/// Two layouts: with white space between sentences, a blank run is a paragraph break where it separates
/// sentences (after a sentence end, before a marker, after a heading); without it, a line marker after a
/// sentence end starts a paragraph, and long stretches are cut into groups of sentences.
struct ParagraphCues: Sendable {
  /// Words that open a paragraph after a sentence end or a blank run (各位代表, 来源：, 附件).
  let openings: [Scalars]
  /// Titles a speaker's name follows (省长, 市长…): no paragraph ends at them.
  let speakerTitles: [Scalars]
  /// Words a document title ends with (通知, 报告…): a title of any length is a line of its own.
  let titleEndings: [Scalars]

  /// Sentences are grouped into paragraphs of about this many scalars where nothing else cuts the text.
  static let sentenceGroup = 300
  /// A line this long is rebuilt whatever the rest of the document looks like: no paragraph is (the longest in
  /// the external corpus has 1760 characters).
  static let longLine = 4000
  /// A document with fewer line breaks than one per this many scalars has lost them (the external corpus
  /// averages one per 216–364).
  static let scalarsPerBreak = 1200

  /// Reads the rules' words (layout.yaml).
  init(rules: RuleSet) {
    openings = rules.words.paragraphOpenings
    speakerTitles = rules.words.speakerTitleScalars
    titleEndings = rules.words.titleEndingScalars
  }

  /// How a line that lost its line breaks separates its paragraphs.
  enum Layout: Sendable, Equatable {
    /// Blank runs of at least `run` scalars separate paragraphs: after sentence ends, before markers, after
    /// headings. Where paragraphs are joined by two spaces or more, a single space is layout inside a line
    /// (「2026年1月27日在…会议上 陕西省省长 赵刚」, 「以全省 100 个县」).
    case whiteSpace(run: Int)
    /// Nothing separates them: markers after sentence ends and sentence groups cut the line.
    case joined
  }

  /// The layout of the source line `start..<end`: white space when blank runs follow sentence ends twice or
  /// more, or an em-space indent (U+2003) appears; their usual length says how long a separating run is.
  static func layout(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Layout {
    var single = 0
    var longer = 0
    var indent = false
    var k = start + 1
    while k < end {
      let c = s[k]
      if c == 0x2003 { indent = true }
      if isBlank(c), endsSentence(s[k - 1]) {
        var e = k
        while e < end, isBlank(s[e]) { e += 1 }
        if e - k == 1 { single += 1 } else { longer += 1 }
        k = e
        continue
      }
      k += 1
    }
    guard indent || single + longer >= 2 else { return .joined }
    // Mostly two or more: a single blank is no separator (a stray 「。 」 inside a paragraph does not change that).
    return .whiteSpace(run: longer >= 4 * single && longer > 0 ? 2 : 1)
  }

  /// Whether a year written as four digits and 年 starts at `i` (「2025年是…」).
  static func yearFollows(_ s: UnsafeBufferPointer<UInt32>, at i: Int, end: Int) -> Bool {
    guard i + 4 < end else { return false }
    for k in i..<(i + 4) where !(Normalizer.fold(s[k]).map(Scalar.isDigit) ?? false) { return false }
    return s[i + 4] == 0x5E74  // 年
  }

  /// The blanks the normaliser folds (space, tab, U+3000, no-break and typographic spaces).
  @inline(__always) static func isBlank(_ c: UInt32) -> Bool { Normalizer.fold(c) == 0x3000 || c == 0x20 }

  /// What opens at a source position.
  enum Opening: Sendable, Equatable {
    /// 一、 （一） 1. （1） ①, not 一是 and not an enumeration of numerals (一、二、三产业).
    case lineMarker
    /// 第一， 第二，
    case ordinal
    /// 各位代表, 来源：…
    case word
    /// —— opening a line (a dated subtitle, a ——这五年… paragraph).
    case dash
  }

  /// What opens at source offset `i` (the line ends at `end`); `window` is scratch space for the folded
  /// scalars read (a few, so this costs nothing measurable where it is asked: at blank runs and sentence ends).
  func opening(_ s: UnsafeBufferPointer<UInt32>, at i: Int, end: Int, window: inout Scalars) -> Opening? {
    window.removeAll(keepingCapacity: true)
    var k = i
    while k < end, window.count < 12 {
      if var f = Normalizer.fold(s[k]), f != 0x3000, f != 0x20 {
        if f == 0x28 { f = 0xFF08 } else if f == 0x29 { f = 0xFF09 } else if f == 0x2C { f = 0xFF0C }
        if f == 0xFF0E, let p = window.last, Scalar.isDigit(p) { f = 0x2E }
        window.append(f)
      }
      k += 1
    }
    guard let first = window.first else { return nil }
    if first == 0x2014 || first == 0x2015 { return window.count > 1 && window[1] == first ? .dash : nil }
    if openings.contains(where: { window.starts(with: $0) }) { return .word }
    guard let m = MarkerReader.lineMarker(window, at: 0, end: window.count) else { return nil }
    switch m.style {
    case .inlineShi: return nil
    case .inlineOrdinal: return .ordinal
    case .chineseComma:
      // 一、二、三产业: numerals listed, not a part.
      if m.length + 1 < window.count, Scalar.chineseDigit(window[m.length]) != nil, window[m.length + 1] == 0x3001 { return nil }
      return .lineMarker
    default: return .lineMarker
    }
  }

  /// 。！？；!? end a sentence.
  @inline(__always) static func endsSentence(_ c: UInt32) -> Bool {
    c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0x21 || c == 0x3F || c == 0x3B
  }

  /// Punctuation that continues what comes before it, so no paragraph starts with it: ，。、；：！？ ） ” 》 and
  /// their ASCII forms.
  @inline(__always) static func closesOrJoins(_ c: UInt32) -> Bool {
    switch c {
    case 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x2C, 0x2E, 0x3A, 0x3B, 0x21, 0x3F, 0x29: return true
    default: return isCloser(c)
    }
  }

  /// Closing quotes and brackets that may follow a sentence end (。” ！）).
  @inline(__always) static func isCloser(_ c: UInt32) -> Bool {
    c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == 0xFF09 || c == 0x300B || c == 0x3011
  }
}

/// The paragraph being written while a line is rebuilt: where it starts in the output and what it holds so far.
struct OpenParagraph {
  /// Output offset of its first scalar.
  var start: Int
  /// A sentence end (。！？；) was written.
  var hasSentenceEnd = false
  /// A comma (，、) was written.
  var hasComma = false

  init(start: Int) { self.start = start }

  /// Notes a scalar written to the paragraph.
  @inline(__always) mutating func wrote(_ c: UInt32) {
    if ParagraphCues.endsSentence(c) { hasSentenceEnd = true } else if c == 0xFF0C || c == 0x3001 { hasComma = true }
  }

  /// Whether the text written so far (up to `w`) ends a sentence, closers included (。” counts), or with a
  /// bracket standing after one (「…最高1000万元。（责任单位：省经济和信息化厅）」).
  static func endsSentence(_ out: UnsafeMutableBufferPointer<UInt32>, _ start: Int, _ w: Int) -> Bool {
    guard w > start else { return false }
    let c = out[w - 1]
    if ParagraphCues.endsSentence(c) || c == 0x2026 { return true }
    guard ParagraphCues.isCloser(c), w - 1 > start else { return false }
    if ParagraphCues.endsSentence(out[w - 2]) { return true }
    guard c == 0xFF09 else { return false }
    // Back to the （ that this ） closes, a short way at most.
    var k = w - 2
    var depth = 1
    while k >= start, k >= w - 80 {
      if out[k] == 0xFF09 { depth += 1 } else if out[k] == 0xFF08 {
        depth -= 1
        if depth == 0 { return k == start || ParagraphCues.endsSentence(out[k - 1]) }
      }
      k -= 1
    }
    return false
  }

  /// Whether the paragraph so far is a whole line of its own: a bracketed line (「（2023年4月12日）」), a
  /// salutation (「各位代表：」, 「…主要做了以下工作：」), or a heading — a marker line with no sentence end yet (「一、2023年工作回顾」,
  /// 「（一）大力推进…，加快发展新质生产力」, 「一是聚焦全方位扩大内需，着力提消费促投资」), or a short line without
  /// punctuation (a title, a dated subtitle).
  /// `next` is the scalar after the blank run, `yearFollows` says a year (2025年) starts there, `run` is the
  /// run's length; a line ending with a speaker's title (省长,
  /// 市长…) goes on with the name (「上海市市长　龚正」, 「北京市市长 殷勇同志作政府工作报告」), one ending with a title
  /// word (通知, 报告…) is a title however long. `head` is scratch space for the paragraph's first scalars.
  func isWholeLine(
    _ out: UnsafeMutableBufferPointer<UInt32>, _ w: Int, next: UInt32, yearFollows: Bool, run: Int, cues: ParagraphCues,
    _ head: inout Scalars
  ) -> Bool {
    let n = w - start
    guard n > 0 else { return false }
    let last = out[w - 1]
    // A single blank after Latin letters, % or a point, or between a digit and a word, is layout inside a
    // phrase (「PM 2.5」, 「2023 年」, 「以全省 100 个县」); between two numbers it separates them (「附件1 2025年…」),
    // and before a year it may end a heading (「一、2025年工作回顾 2025年是…」).
    // Where paragraphs are joined by longer runs, a run that long is a separator whatever its neighbours
    // (「附件2  名词解释」).
    if run == 1 {
      if Scalar.isASCIILetter(last) || last == 0x25 || last == 0x2E { return false }
      if Scalar.isDigit(last) && !Scalar.isDigit(next) { return false }
      if (Scalar.isDigit(next) && !yearFollows || Scalar.isASCIILetter(next)) && !Scalar.isDigit(last) { return false }
    }
    // After an opening bracket or quote the line goes on (「（  三）」 is one marker).
    if last == 0xFF08 || last == 0x201C || last == 0x300A || last == 0x3010 || last == 0x300C || last == 0x2018 { return false }
    head.removeAll(keepingCapacity: true)  // scratch space: no array made per blank run
    for k in start..<min(w, start + 8) { head.append(out[k]) }
    let marker = MarkerReader.lineMarker(head, at: 0, end: head.count)
    if let m = marker, n <= m.length { return false }  // 「（一） 大力推进」: the blank follows the marker
    // 各位代表：, 同志们：, 「［5］ESI：」 end their line; a two-character label (「来源 ： 南方日报」) is
    // followed by its value.
    if last == 0xFF1A {
      var label = 0
      for k in start..<(w - 1) where out[k] != 0x20 { label += 1 }
      return label >= 3
    }
    if last == 0xFF09, out[start] == 0xFF08 { return true }  // （…）
    if hasSentenceEnd { return false }
    if marker != nil { return n <= 80 }
    // 「国务院总理 李」 of 「李 强」: a spaced name is being written.
    if n >= 2, out[w - 2] == 0x20, Scalar.isHan(last) { return false }
    @inline(__always) func endsWith(_ t: Scalars) -> Bool { t.count <= n && (0..<t.count).allSatisfy { out[w - t.count + $0] == t[$0] } }
    if cues.speakerTitles.contains(where: endsWith) { return false }
    if n <= 120 && cues.titleEndings.contains(where: endsWith) { return true }  // 「关于印发…行动计划（2021—2023年）的通知」
    return n <= 40 && !hasComma
  }
}
