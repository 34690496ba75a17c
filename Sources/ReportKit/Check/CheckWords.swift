/// How check writes values for a reader: 「5%左右」, 「1200万人以上」, 「4.5%—5%」, 「超14%」.
enum CheckWords {
  /// Qualifiers written after the value; the others (超过, 近, 约) go before it.
  static let after: Set<String> = ["以上", "以下", "以内", "左右", "之内", "上下", "及以上", "及以下"]

  /// A value as a reader writes it, its magnitude folded back to 万, 亿 or 万亿.
  static func written(value: ExactDecimal, upper: ExactDecimal?, unit: String, qualifier: String?) -> String {
    var out = short(value, unit: unit) + (upper.map { "—" + short($0, unit: unit) } ?? "") + unit
    if let q = qualifier { out = after.contains(q) ? out + q : q + out }
    return out
  }

  /// 12670000 人 → 1267万; % and 个百分点 stay as they are.
  static func short(_ v: ExactDecimal, unit: String) -> String {
    let a = v.doubleValue.magnitude
    if unit != "%" && unit != "个百分点" {
      if a >= 1e12 { return "\(v.scaled(byPowerOfTen: -12))万亿" }
      if a >= 1e8 { return "\(v.scaled(byPowerOfTen: -8))亿" }
      if a >= 1e4 { return "\(v.scaled(byPowerOfTen: -4))万" }
    }
    return v.description
  }
}

extension CheckStatus {
  /// The status in Chinese, as a scorecard heads it (达到, 超额完成…).
  public var chinese: String {
    switch self {
    case .met: return "达到"
    case .exceeded: return "超额"
    case .partlyMet: return "部分达到"
    case .notMet: return "未达到"
    case .inProgress: return "推进中"
    case .notMentioned: return "未提及"
    case .unclear: return "无法判断"
    }
  }

  /// A one-character sign for plain text (✓ met, ↑ exceeded…).
  public var sign: String {
    switch self {
    case .met: return "✓"
    case .exceeded: return "↑"
    case .partlyMet: return "◐"
    case .notMet: return "✗"
    case .inProgress: return "…"
    case .notMentioned: return "∅"
    case .unclear: return "?"
    }
  }
}

extension CheckResult {
  /// The items of each part of a scorecard: headline targets and goals, the other targets, the tasks.
  public var sections: [(title: String, items: [CheckItem])] {
    [
      ("主要预期目标 Headline targets", items.filter { $0.headline }),
      ("其他目标 Other targets", items.filter { !$0.headline && $0.kind == .target }),
      ("任务 Tasks", items.filter { !$0.headline && $0.kind != .target }),
    ]
  }
}

extension CheckSource {
  /// 「2026.txt（工作报告，2026年，描述2025年）」: the file's last path parts and what the check read of it.
  var described: String {
    let file = path.split(separator: "/").suffix(3).joined(separator: "/")
    var parts = [kind.rawValue]
    if let y = year { parts.append("\(y)年") }
    if let d = dataYear, d != year { parts.append("描述\(d)年") }
    return "\(file.isEmpty ? "-" : file)（\(parts.joined(separator: "，"))）"
  }
}

extension CheckEvidence {
  /// The sentence in three pieces: before the figure that gave the actual, the figure, after it.
  var marked: (before: String, figure: String, after: String) {
    let s = text.scalarValues
    guard let f = figure, f.start >= span.start, f.end <= span.end, f.end - span.start <= s.count else {
      return (text, "", "")
    }
    let a = f.start - span.start, b = f.end - span.start
    return (String(scalarValues: s[0..<a]), String(scalarValues: s[a..<b]), String(scalarValues: s[b...]))
  }
}

extension CheckItem {
  /// The target as a reader writes it (5%左右), or the goal's or task's words.
  var targetWritten: String {
    guard let v = target.value else { return target.text }
    return CheckWords.written(value: v, upper: target.upper, unit: target.unit, qualifier: target.qualifier)
  }

  /// The actual as a reader writes it, or 「—」.
  var actualWritten: String {
    guard let a = actual, let v = a.value else { return "—" }
    return CheckWords.written(value: v, upper: nil, unit: a.unit, qualifier: a.qualifier)
  }

  /// The reason past its 「目标 …，实际 …：」 head, which a table already shows in its columns.
  var verdictWords: String {
    guard let colon = reason.firstIndex(of: "：") else { return reason }
    return String(reason[reason.index(after: colon)...])
  }
}
