import Foundation

/// A word the splitter looks for in header lines (年, 会议上, 省长), as a string and as scalars.
struct HeaderWord: Sendable {
  let string: String
  let scalars: Scalars

  init(_ string: String) {
    self.string = string
    scalars = string.scalarValues
  }
}

/// The text of a header line (a title, a subtitle, a speaker line), searched for words with the results of
/// Foundation's `range(of:)` on a `String`, without bridging to NSString when the text allows.
///
/// Foundation compares canonically equivalent text as equal (a compatibility ideograph such as U+F98E matches
/// 年; a combining mark belongs to the character before it) and bridges to NSString on every call: some 10,000
/// instructions a search, more than the rest of the split. In text made only of scalars that have no canonical
/// decomposition and combine with nothing (`Scalar.isInert`: nearly every header line) a word matches exactly
/// where its scalars do, so such text is searched as scalars; other text goes through Foundation as before.
struct HeaderText {
  /// The scalars, indexed from 0.
  let scalars: Scalars
  /// The text, kept only when a scalar is not inert: Foundation searches it then.
  private let string: String?

  /// The text of `s`.
  init(_ s: ArraySlice<UInt32>) {
    scalars = Array(s)
    string = s.allSatisfy(Scalar.isInert) ? nil : String(scalarValues: s)
  }

  /// The text of `s`.
  init(_ s: String) {
    scalars = s.scalarValues
    string = scalars.allSatisfy(Scalar.isInert) ? nil : s
  }

  /// The number of scalars.
  var count: Int { scalars.count }

  /// The text as a `String`.
  var text: String { string ?? String(scalarValues: scalars) }

  /// The scalars in `r` as text of their own.
  subscript(r: Range<Int>) -> HeaderText { HeaderText(scalars[r]) }

  /// The scalars from `k` on as text of their own.
  subscript(from k: Int) -> HeaderText { HeaderText(scalars[k...]) }

  /// The scalars before `k` as text of their own.
  subscript(upTo k: Int) -> HeaderText { HeaderText(scalars[..<k]) }

  /// The text without its last character (`String.dropLast()`): the last scalar when every scalar is inert,
  /// each being a character of its own.
  func droppingLastCharacter() -> HeaderText {
    if let string { return HeaderText(String(string.dropLast())) }
    return HeaderText(scalars.dropLast())
  }

  /// The text without its spaces (U+0020), as Foundation's `replacingOccurrences(of: " ", with: "")` leaves it.
  func removingSpaces() -> HeaderText {
    if let string { return HeaderText(string.replacingOccurrences(of: " ", with: "")) }
    return HeaderText(scalars.filter { $0 != 0x20 }[...])
  }

  /// The text without any occurrence of `w` (taken left to right), as Foundation's
  /// `replacingOccurrences(of:with: "")` leaves it.
  func removing(_ w: HeaderWord) -> HeaderText {
    if let string { return HeaderText(string.replacingOccurrences(of: w.string, with: "")) }
    var out = Scalars()
    out.reserveCapacity(scalars.count)
    var i = 0
    while i < scalars.count {
      if !w.scalars.isEmpty, i + w.scalars.count <= scalars.count, scalars[i..<(i + w.scalars.count)].elementsEqual(w.scalars) {
        i += w.scalars.count
      } else {
        out.append(scalars[i])
        i += 1
      }
    }
    return HeaderText(out[...])
  }

  /// Whether `w` occurs.
  func contains(_ w: HeaderWord) -> Bool { firstRange(of: w) != nil }

  /// The scalar offsets of the first occurrence of `w`.
  func firstRange(of w: HeaderWord) -> Range<Int>? {
    if let string { return offsets(string.range(of: w.string), in: string) }
    return scalars.firstRun(of: w.scalars)
  }

  /// The scalar offsets of the last occurrence of `w`.
  func lastRange(of w: HeaderWord) -> Range<Int>? {
    if let string { return offsets(string.range(of: w.string, options: .backwards), in: string) }
    return scalars.lastRun(of: w.scalars)
  }

  /// Whether the text starts with `w`, as `String.hasPrefix` answers (characters compared canonically).
  func hasPrefix(_ w: HeaderWord) -> Bool {
    if let string { return string.hasPrefix(w.string) }
    return scalars.starts(with: w.scalars)
  }

  /// Whether the text is `w`, as `String`'s `==` answers.
  func equals(_ w: HeaderWord) -> Bool {
    if let string { return string == w.string }
    return scalars == w.scalars
  }

  /// The number of scalars left once white space (`CharacterSet.whitespaces`: Zs and tab) is trimmed from
  /// both ends, as Foundation's `trimmingCharacters(in:)` leaves them.
  func trimmedCount() -> Int {
    if let string { return string.trimmingCharacters(in: .whitespaces).unicodeScalars.count }
    // Of the inert scalars only U+0020 and U+3000 are white space.
    @inline(__always) func blank(_ c: UInt32) -> Bool { c == 0x20 || c == 0x3000 }
    var a = 0
    var b = scalars.count
    while a < b && blank(scalars[a]) { a += 1 }
    while b > a && blank(scalars[b - 1]) { b -= 1 }
    return b - a
  }

  private func offsets(_ r: Range<String.Index>?, in s: String) -> Range<Int>? {
    guard let r else { return nil }
    let u = s.unicodeScalars
    return u.distance(from: u.startIndex, to: r.lowerBound)..<u.distance(from: u.startIndex, to: r.upperBound)
  }
}

extension HeaderWord {
  /// 年 (year)
  static let year = HeaderWord("年")
  /// 月 (month)
  static let month = HeaderWord("月")
  /// 日 (day)
  static let day = HeaderWord("日")
  /// 会议 (meeting)
  static let meeting = HeaderWord("会议")
  /// 会议上 (at the meeting)
  static let atMeeting = HeaderWord("会议上")
  /// 。
  static let fullStop = HeaderWord("。")
  /// ，
  static let comma = HeaderWord("，")
  /// 在 (at)
  static let at = HeaderWord("在")
  /// 第 (ordinal prefix: 第十四届)
  static let ordinalPrefix = HeaderWord("第")
  /// 人民代表大会 (people's congress)
  static let congress = HeaderWord("人民代表大会")
  /// 全国人民代表大会 (National People's Congress)
  static let nationalCongress = HeaderWord("全国人民代表大会")
  /// 政府工作报告 (government work report)
  static let workReport = HeaderWord("政府工作报告")
  /// ·, between the parts of a transcribed name
  static let middleDot = HeaderWord("·")
  /// 会议上 or 日: what stands before a speaker's office in a subtitle, looked for in this order.
  static let beforeOffice = [atMeeting, day]
  /// What ends a speaker's name in a subtitle, looked for in this order: 同志作, 同志在, 同志, 作, 在.
  static let afterName = ["同志作", "同志在", "同志", "作", "在"].map(HeaderWord.init)
  /// （作者, opening an author's note (（作者单位：…）, （作者系…）)
  static let authorNote = HeaderWord("（作者")
  /// 国务院 (State Council)
  static let stateCouncil = HeaderWord("国务院")
  /// 人民 (people's), left out of a region's name taken from a title (…人民政府工作报告)
  static let people = HeaderWord("人民")
  /// What a subtitle line opens with: —— (read as its first —), -- and ―.
  static let subtitleDashes = ["—", "--", "―"].map(HeaderWord.init)
  /// What publishing metadata in a header opens with: 来源：, 来源:, 发布时间, 时间：.
  static let publishingLabels = ["来源：", "来源:", "发布时间", "时间："].map(HeaderWord.init)
  /// The salutation that closes a header: 各位代表：, 各位代表!.
  static let salutations = ["各位代表：", "各位代表!"].map(HeaderWord.init)
}
