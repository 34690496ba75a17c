/// Responsible units named in the text, with the offset that names them.
struct OwnerMention: Sendable {
  var offset: Int
  var units: [String]
}

/// Finds responsible units: 「牵头单位：市发展改革委」, 「（责任单位：省经济和信息化厅、省财政厅）」,
/// 「（5月底完成，牵头考核单位：市审批服务局）」, 「（省发展改革委牵头，省财政厅等按职责分工负责）」.
struct OwnerScanner {
  let rules: CompiledRules

  /// Unit lists are split at 、，,；;/／ and end at ）)。\n or a second label.
  @inline(__always) static func isSeparator(_ c: UInt32) -> Bool {
    c == 0x3001 || c == 0xFF0C || c == 0x2C || c == 0xFF1B || c == 0x3B || c == 0x2F || c == 0xFF0F
  }

  @inline(__always) static func endsList(_ c: UInt32) -> Bool {
    c == 0xFF09 || c == 0x29 || c == 0x3002 || c == 0x0A || c == 0xFF08 || c == 0x28
  }

  /// Every owner mention of the text, in order.
  func scan(_ s: Scalars) -> [OwnerMention] {
    var out: [OwnerMention] = []
    var i = 0
    while i < s.count {
      if mayStart(s[i]), let (m, end) = mention(s, at: i) {
        out.append(m)
        i = end
      } else {
        i += 1
      }
    }
    return out
  }

  /// Whether a mention may start with `c`: a label's first scalar or an opening bracket.
  @inline(__always) func mayStart(_ c: UInt32) -> Bool {
    c == 0xFF08 || c == 0x28 || rules.ownerLabels.mayStart(with: c)
  }

  /// The mention starting at `i` and where it ends: a label with its list, or a bracket closed by a marker.
  func mention(_ s: Scalars, at i: Int) -> (OwnerMention, Int)? {
    let n = s.count
    let c = s[i]
    if c == 0xFF08 || c == 0x28 { return bracket(s, at: i) }
    guard let m = rules.ownerLabels.longest(in: s, at: i) else { return nil }
    var j = i + m.length
    guard j < n, s[j] == 0xFF1A || s[j] == 0x3A else { return nil }  // ： :
    j += 1
    var units: [String] = []
    var partStart = j
    while true {
      if j == n || OwnerScanner.endsList(s[j]) || s[j] == 0xFF1B || s[j] == 0x3B {
        if let u = unitName(s, partStart, j) { units.append(u) }
        break
      }
      if OwnerScanner.isSeparator(s[j]) {
        if let u = unitName(s, partStart, j) { units.append(u) }
        partStart = j + 1
      } else if j > partStart, rules.ownerLabels.mayStart(with: s[j]), rules.ownerLabels.longest(in: s, at: j) != nil {
        // Another label (责任单位：…) starts its own list.
        if let u = unitName(s, partStart, j) { units.append(u) }
        break
      }
      j += 1
    }
    return units.isEmpty ? nil : (OwnerMention(offset: i, units: units), max(i + 1, j))
  }

  /// 「（X牵头，Y负责）」: a bracket on one line whose every part ends with an owner marker.
  private func bracket(_ s: Scalars, at i: Int) -> (OwnerMention, Int)? {
    var j = i + 1
    let limit = min(s.count, i + 100)
    while j < limit, s[j] != 0xFF09, s[j] != 0x29, s[j] != 0x0A, s[j] != 0xFF08, s[j] != 0x28 { j += 1 }
    guard j < limit, s[j] == 0xFF09 || s[j] == 0x29, j > i + 2 else { return nil }
    // The last part must end with a marker: 负责）, 牵头）.
    guard rules.ownerMarkers.longest(in: s, endingAt: j, floor: i + 1) != nil else { return nil }
    var units: [String] = []
    var partStart = i + 1
    var k = i + 1
    while k <= j {
      if k == j || s[k] == 0xFF0C || s[k] == 0x2C || s[k] == 0xFF1B || s[k] == 0x3B {
        if let mk = rules.ownerMarkers.longest(in: s, endingAt: k, floor: partStart) {
          // Names before the marker, split at 、.
          var a = partStart
          var q = partStart
          while q <= k - mk.length {
            if q == k - mk.length || s[q] == 0x3001 {
              if let u = unitName(s, a, q) { units.append(u) } else { return nil }
              a = q + 1
            }
            q += 1
          }
        }
        partStart = k + 1
      }
      k += 1
    }
    guard !units.isEmpty else { return nil }
    return (OwnerMention(offset: i, units: units), j + 1)
  }

  /// A unit's name from `a..<b`, trimmed of the rules' trim words and punctuation; nil unless it ends like a
  /// unit (委, 厅, 局…) and is 2–30 scalars of Han (and Latin) text.
  private func unitName(_ s: Scalars, _ a0: Int, _ b0: Int) -> String? {
    var a = a0
    var b = b0
    var changed = true
    while changed && a < b {
      changed = false
      while a < b, Scalar.isBlank(s[a]) || Scalar.isCJKPunctuation(s[a]) {
        a += 1
        changed = true
      }
      while a < b, Scalar.isBlank(s[b - 1]) || Scalar.isCJKPunctuation(s[b - 1]) {
        b -= 1
        changed = true
      }
      if a < b, let m = rules.ownerTrim.longest(in: s, at: a, limit: b), m.length < b - a {
        a += m.length
        changed = true
      }
      if a < b, let m = rules.ownerTrim.longest(in: s, endingAt: b, floor: a), m.length < b - a {
        b -= m.length
        changed = true
      }
    }
    guard b - a >= 2, b - a <= 30 else { return nil }
    var k = a
    while k < b {
      if !(Scalar.isHan(s[k]) || FigureScanner.isLatinOrDigit(s[k])) { return nil }
      k += 1
    }
    if rules.ownerSuffixes.count > 0, rules.ownerSuffixes.longest(in: s, endingAt: b, floor: a) == nil { return nil }
    return String(scalarValues: s[a..<b])
  }
}
