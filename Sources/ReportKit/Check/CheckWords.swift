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
