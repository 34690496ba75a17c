/// Tells a rule pattern that may backtrack catastrophically from one that runs in about linear time.
///
/// ICU, behind NSRegularExpression, backtracks: a repetition inside a repeated group (`(a+)+`, `(.*)*x`,
/// `(\d+,)*`) can take time exponential in the length of the text it fails on. This finds such nesting (star
/// height above one) in the pattern's text, so `rules lint` and `--rules` refuse it before any document is
/// read; the step budget of the stop-pattern pass (`StopPatterns`) catches what this cannot see, such
/// as overlapping alternatives (`(a|aa)*`).
enum PatternRisk {
  /// The piece of `pattern` that risks catastrophic backtracking (a repeated group holding a repetition), nil
  /// when there is none.
  static func nestedRepetition(in pattern: String) -> String? {
    let p = Array(pattern.unicodeScalars)
    // For each open group: whether a repetition stands inside it, and where it opened.
    var groups: [(repeats: Bool, start: Int)] = []
    var i = 0
    while i < p.count {
      switch p[i] {
      case "(":
        groups.append((false, i))
        i += 1
        continue
      case ")":
        i += 1
        guard let g = groups.popLast() else { continue }
        let q = quantifier(p, at: i)
        if let q, q.repeats, g.repeats {
          return String(String.UnicodeScalarView(p[g.start..<min(p.count, i + q.length)]))
        }
        // The group is one atom of its parent: repeated, or holding a repetition, it makes the parent hold one.
        if !groups.isEmpty, g.repeats || q?.repeats == true { groups[groups.count - 1].repeats = true }
        if let q { i += q.length }
        continue
      case "\\": i = min(p.count, i + 2)  // an escaped character is one atom
      case "[": i = classEnd(p, from: i)
      default: i += 1
      }
      // An atom ends at i: a repeating quantifier after it makes its group hold a repetition.
      if let q = quantifier(p, at: i) {
        if q.repeats, !groups.isEmpty { groups[groups.count - 1].repeats = true }
        i += q.length
      }
    }
    return nil
  }

  /// The quantifier at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, with a lazy or possessive mark): its length,
  /// and whether it repeats a choice of times (more than once, and not an exact count).
  private static func quantifier(_ p: [Unicode.Scalar], at i: Int) -> (length: Int, repeats: Bool)? {
    guard i < p.count else { return nil }
    var length: Int
    var repeats: Bool
    switch p[i] {
    case "*", "+": (length, repeats) = (1, true)
    case "?": (length, repeats) = (1, false)
    case "{":
      var j = i + 1
      var digits = ""
      while j < p.count, p[j] != "}" {
        digits.unicodeScalars.append(p[j])
        j += 1
      }
      guard j < p.count else { return nil }
      let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
      guard !parts.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), !parts[0].isEmpty else {
        return nil  // a literal brace
      }
      // An exact count ({2}) takes no choices, so it cannot backtrack: (a{2})* is as safe as (aa)*.
      let upper = parts.count == 2 ? (parts[1].isEmpty ? Int.max : Int(parts[1]) ?? Int.max) : 0
      (length, repeats) = (j - i + 1, upper > 1 && upper != Int(parts[0]))
    default: return nil
    }
    // A possessive quantifier (a++) never backtracks into what it took.
    if i + length < p.count, p[i + length] == "+" { return (length + 1, false) }
    if i + length < p.count, p[i + length] == "?" { length += 1 }
    return (length, repeats)
  }

  /// The offset just past the character class opening at `i` (`[...]`, with escapes and a leading `]`).
  private static func classEnd(_ p: [Unicode.Scalar], from i: Int) -> Int {
    var j = i + 1
    if j < p.count, p[j] == "^" { j += 1 }
    if j < p.count, p[j] == "]" { j += 1 }
    var depth = 1
    while j < p.count {
      switch p[j] {
      case "\\": j += 2
        continue
      case "[": depth += 1  // ICU's nested sets ([a-z&&[^x]])
      case "]":
        depth -= 1
        if depth == 0 { return j + 1 }
      default: break
      }
      j += 1
    }
    return p.count
  }
}
