/// Whether a paragraph opens with its task as a short sentence of its own, the way work reports lead each
/// paragraph of a section: 「实施提振消费专项行动。制定提升消费能力…」, 「加强法治政府建设。严格依照宪法…」.
///
/// The first sentence must be 4–30 characters, one clause (no ， outside brackets), without 是 (「今年是“十四五”
/// 规划收官之年。」 and 「就业是民生之本。」 state, they do not task), and not open with a word that starts a remark
/// (我们要…, 同时…).
enum LeadSentence {
  /// Longest lead sentence, in characters, its end mark excluded.
  static let maxLength = 30

  /// Openings of sentences that remark rather than task.
  static let remarkOpeners = ["我们", "我国", "这是", "这些", "过去", "今后", "当前", "目前", "同时", "此外", "总之", "其中", "为此", "各位"]

  /// The lead sentence of `paragraph` without its end mark, nil when the paragraph does not open with one.
  static func of(_ paragraph: ArraySlice<UInt32>) -> ArraySlice<UInt32>? {
    let sentence = TaskWording.firstSentence(paragraph)
    guard let last = sentence.last else { return nil }
    let body = Scalar.endsSentence(last) ? sentence.dropLast() : sentence
    guard body.count >= 4, body.count <= maxLength, !TaskWording.hasClauseBreak(body) else { return nil }
    guard !body.contains(0x662F), !body.contains(0xFF1A), !body.contains(0x3A) else { return nil }  // 是 ： :
    let text = String(scalarValues: body)
    if remarkOpeners.contains(where: { text.hasPrefix($0) }) { return nil }
    return body
  }
}
