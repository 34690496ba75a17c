import Foundation

/// Runs the rules' stop patterns over a document under a step budget: the spans where no figure may start.
enum StopPatterns {
  /// A pattern stopped for taking too long: the pattern, and the scalar offset it had reached.
  struct Stopped {
    var pattern: String
    var offset: Int
  }

  /// Spans matched by `patterns` in `s`, sorted and merged, and the patterns stopped on the way.
  ///
  /// ICU backtracks, and `rules lint` refuses only the nesting it can see (`PatternRisk`): a pattern such as
  /// `(a|aa)*c` still takes exponential time on a run of a's. With `.reportProgress` ICU calls back once per
  /// start position tried and once per 10,000 backtracking steps, so a pass that calls back more than once
  /// per UTF-16 unit, plus a 64th of them and 1,024 (about ten million steps), is stopped: its matches so
  /// far stay, and the document gets a warning instead of a hang. No clock is read, so the result is the
  /// same on every run and machine.
  static func spans(_ patterns: [NSRegularExpression], in s: Scalars) -> (spans: [SourceSpan], stopped: [Stopped]) {
    guard !patterns.isEmpty else { return ([], []) }
    // NSRegularExpression counts UTF-16 units: map them back to scalar offsets.
    var utf16ToScalar: [Int] = []
    utf16ToScalar.reserveCapacity(s.count + s.count / 8)
    for (k, c) in s.enumerated() {
      utf16ToScalar.append(k)
      if c > 0xFFFF { utf16ToScalar.append(k) }
    }
    utf16ToScalar.append(s.count)
    let text = String(scalarValues: s)
    let length = (text as NSString).length
    let budget = length + 1 + length / 64 + 1024
    var out: [SourceSpan] = []
    var stopped: [Stopped] = []
    for re in patterns {
      var calls = 0
      var reached = 0
      var over = false
      re.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(location: 0, length: length)) { m, _, stop in
        guard let m else {
          calls += 1
          if calls > budget {
            over = true
            stop.pointee = true
          }
          return
        }
        reached = m.range.location + m.range.length
        guard m.range.length > 0 else { return }
        let a = utf16ToScalar[min(m.range.location, utf16ToScalar.count - 1)]
        let b = utf16ToScalar[min(m.range.location + m.range.length, utf16ToScalar.count - 1)]
        if a < b { out.append(SourceSpan(start: a, end: b)) }
      }
      if over { stopped.append(Stopped(pattern: re.pattern, offset: utf16ToScalar[min(reached, utf16ToScalar.count - 1)])) }
    }
    out.sort()
    // Merge overlaps so one forward pointer answers "is this offset inside a stop span".
    var merged: [SourceSpan] = []
    for sp in out {
      if let last = merged.last, sp.start <= last.end {
        merged[merged.count - 1].end = max(last.end, sp.end)
      } else {
        merged.append(sp)
      }
    }
    return (merged, stopped)
  }
}
