/// Sets of text terms (the bigrams and Latin words of `BigramIndex`) as sorted distinct lists, and their overlap:
/// how diff, check and checklist tell that two texts say the same thing.
enum TermSet {
  /// The distinct terms of `text`, sorted.
  static func terms(of text: Scalars) -> [UInt64] {
    var all: [UInt64] = []
    all.reserveCapacity(text.count)
    BigramIndex.forEachTerm(text) { all.append($0) }
    all.sort()
    var out: [UInt64] = []
    out.reserveCapacity(all.count)
    for t in all where out.last != t { out.append(t) }
    return out
  }

  /// The union of two sorted distinct lists, sorted and distinct.
  static func union(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
    if a.isEmpty { return b }
    if b.isEmpty { return a }
    var out: [UInt64] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0, j = 0
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i] < b[j]) {
        out.append(a[i])
        i += 1
      } else if i == a.count || b[j] < a[i] {
        out.append(b[j])
        j += 1
      } else {
        out.append(a[i])
        i += 1
        j += 1
      }
    }
    return out
  }

  /// How many terms two sorted distinct lists share, or the sum of their weights in `weights` (parallel to `a`):
  /// a merge, O(a + b), or a bisection of the longer list when one is much shorter (a small node against a huge
  /// one costs O(small × log huge), not O(huge)). Callers bound the pairs they ask about.
  static func shared(_ a: [UInt64], _ b: [UInt64], weights: [Double]? = nil) -> Double {
    let w = { (i: Int) -> Double in weights?[i] ?? 1 }
    if a.count * 16 < b.count || b.count * 16 < a.count {
      let aSmall = a.count < b.count
      let (small, large) = aSmall ? (a, b) : (b, a)
      var n = 0.0
      for (k, t) in small.enumerated() {
        var lo = 0, hi = large.count
        while lo < hi {
          let mid = (lo + hi) / 2
          if large[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        if lo < large.count && large[lo] == t { n += w(aSmall ? k : lo) }
      }
      return n
    }
    var i = 0, j = 0
    var n = 0.0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        n += w(i)
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return n
  }

  /// Dice's coefficient of two term lists, 2 × shared / (a + b); texts without terms are alike only when both lack them.
  static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
    if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty ? 1 : 0 }
    return 2 * shared(a, b) / Double(a.count + b.count)
  }
}
