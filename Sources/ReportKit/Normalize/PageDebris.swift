/// Newspaper and page debris in the flow of a text, which the normaliser drops so that it is never read as
/// text or figures: page jumps (「下转7版」, 「（上接第4版）」), a source credit closing the text (「（来源：解放日报）」)
/// and bare page numbers (「12」, 「- 12 -」, 「第3页」 alone on a line).
struct PageDebris: Sendable {
  /// Words of a page jump before 第N版 / N版 (下转, 上接; inside brackets also 转, 接, 续).
  let jumps: [Scalars]
  /// Labels of a source credit (来源).
  let credits: [Scalars]

  /// What was found.
  enum Kind: Sendable {
    case pageJump, sourceCredit, pageNumber
  }

  /// The first scalars of the words, so that most brackets are passed over with a few comparisons.
  private let firsts: [UInt32]

  /// Reads the rules' words (layout.yaml).
  init(rules: RuleSet) {
    jumps = rules.words.pageJumps
    credits = rules.words.sourceCredits
    firsts = rules.words.debrisFirsts
  }

  /// Whether debris may start at `c`: 上 (U+4E0A), 下 (U+4E0B) or a bracket (two comparisons for a Han scalar).
  @inline(__always) static func mayStart(_ c: UInt32) -> Bool {
    c | 1 == 0x4E0B || c == 0xFF08 || c == 0x28
  }

  /// The debris starting at source offset `i` of a line ending at `end`, and where it ends. A source credit
  /// counts only after a sentence end, a blank or the line start: the caller checks that.
  func match(_ s: UnsafeBufferPointer<UInt32>, at i: Int, end: Int) -> (end: Int, kind: Kind)? {
    var j = i
    let bracketed = s[j] == 0xFF08 || s[j] == 0x28
    if bracketed { j += 1 }
    guard j < end, firsts.contains(s[j]) else { return nil }
    if let e = pageJump(s, at: j, end: end, bracketed: bracketed) {
      if !bracketed { return (e, .pageJump) }
      if e < end, s[e] == 0xFF09 || s[e] == 0x29 { return (e + 1, .pageJump) }
      return nil
    }
    if bracketed, let e = sourceCredit(s, at: j, end: end) { return (e, .sourceCredit) }
    return nil
  }

  /// 下转7版, 上接第4版, 转第三版 (the last only in brackets): the end after 版.
  private func pageJump(_ s: UnsafeBufferPointer<UInt32>, at i: Int, end: Int, bracketed: Bool) -> Int? {
    guard let w = jumps.first(where: { (bracketed || $0.count >= 2) && PageDebris.matches($0, s, at: i, end: end) }) else {
      return nil
    }
    var j = i + w.count
    if j < end, s[j] == 0x7B2C { j += 1 }  // 第
    let digitsStart = j
    while j < end, j - digitsStart < 3, let f = Normalizer.fold(s[j]), Scalar.isDigit(f) || Scalar.chineseDigit(f) != nil || f == 0x5341 {
      j += 1
    }
    guard j > digitsStart, j < end, s[j] == 0x7248 else { return nil }  // 版
    return j + 1
  }

  /// （来源：解放日报） with nothing but blanks after it on the line: the end of the line.
  private func sourceCredit(_ s: UnsafeBufferPointer<UInt32>, at i: Int, end: Int) -> Int? {
    guard let w = credits.first(where: { PageDebris.matches($0, s, at: i, end: end) }) else { return nil }
    var j = i + w.count
    guard j < end, s[j] == 0xFF1A || s[j] == 0x3A else { return nil }  // ： or :
    j += 1
    let nameStart = j
    while j < end, j - nameStart <= 30, s[j] != 0xFF09, s[j] != 0x29 { j += 1 }
    guard j < end, j > nameStart, j - nameStart <= 30 else { return nil }
    j += 1
    var k = j
    while k < end, Normalizer.fold(s[k]).map({ $0 == 0x3000 || $0 == 0x20 }) ?? true { k += 1 }
    return k == end ? end : nil
  }

  /// A line that holds only a page number: 「12」, 「- 12 -」, 「—12—」, 「第3页」.
  static func isPageNumberLine(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
    // Dashes, then 第, digits and 页 (第 and 页 together or neither), then dashes; blanks anywhere.
    var phase = 0  // 0 leading dashes, 1 after 第, 2 digits, 3 after 页, 4 trailing dashes
    var digits = 0
    var di = false
    var ye = false
    for k in start..<end {
      guard let f = Normalizer.fold(s[k]), f != 0x3000, f != 0x20 else { continue }
      let dash = f == 0x2D || f == 0x2014 || f == 0x2013 || f == 0x2015
      if dash {
        guard phase == 0 || phase >= 2 else { return false }
        if phase >= 2 { phase = 4 }
      } else if f == 0x7B2C {  // 第
        guard phase == 0 else { return false }
        di = true
        phase = 1
      } else if Scalar.isDigit(f) {
        guard phase <= 2 else { return false }
        digits += 1
        phase = 2
      } else if f == 0x9875 {  // 页
        guard phase == 2, di else { return false }
        ye = true
        phase = 3
      } else {
        return false
      }
    }
    return (1...3).contains(digits) && di == ye
  }

  @inline(__always) static func matches(_ w: Scalars, _ s: UnsafeBufferPointer<UInt32>, at i: Int, end: Int) -> Bool {
    guard i + w.count <= end else { return false }
    for k in 0..<w.count where s[i + k] != w[k] { return false }
    return true
  }
}
