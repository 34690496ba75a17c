import Foundation

/// Ranks passages by their likeness to a query, for Chinese text without a word segmenter: BM25 over overlapping
/// Han character bigrams (推进乡村 → 推进 进乡 乡村), plus Latin words (GDP, 5G) as whole terms.
///
/// Postings are built once; a search reads only the postings of the query's terms, so it touches only the
/// passages that share a term with the query: O(sum of those postings + hits × log hits).
public struct BigramIndex: Sendable {
  /// BM25's term-frequency saturation.
  public static let k1 = 1.2
  /// BM25's length normalisation.
  public static let b = 0.75

  /// Term → slot in `offsets`.
  private let slots: [UInt64: Int]
  /// Slot s's postings are `postingPassage[offsets[s]..<offsets[s + 1]]`, passages ascending.
  private let offsets: [Int]
  private let postingPassage: [Int32]
  private let postingCount: [Int32]
  /// Each passage's length in terms (bigrams and words, with repeats), BM25's document length.
  private let lengths: [Int32]
  private let averageLength: Double

  /// The number of passages.
  public var count: Int { lengths.count }

  /// An index of `passages`, numbered from 0 in the order given.
  public init(passages: [Scalars]) {
    var termSlot: [UInt64: Int] = [:]
    var perSlot: [Int] = []  // postings per slot
    var triples: [(slot: Int, passage: Int32, count: Int32)] = []
    var lengths: [Int32] = []
    lengths.reserveCapacity(passages.count)
    var local: [UInt64: Int32] = [:]
    for (p, text) in passages.enumerated() {
      local.removeAll(keepingCapacity: true)
      var length: Int32 = 0
      BigramIndex.forEachTerm(text) { t in
        local[t, default: 0] += 1
        length += 1
      }
      // Han characters too, for a query of one character; they do not count in the length.
      BigramIndex.forEachHan(text) { c in local[c, default: 0] += 1 }
      lengths.append(length)
      // Sorted so that the postings, and so the scores' summation order, do not depend on hashing.
      for (t, n) in local.sorted(by: { $0.key < $1.key }) {
        let slot: Int
        if let s = termSlot[t] {
          slot = s
        } else {
          slot = perSlot.count
          termSlot[t] = slot
          perSlot.append(0)
        }
        perSlot[slot] += 1
        triples.append((slot, Int32(p), n))
      }
    }
    var offsets = [Int](repeating: 0, count: perSlot.count + 1)
    for s in perSlot.indices { offsets[s + 1] = offsets[s] + perSlot[s] }
    var fill = offsets
    var postingPassage = [Int32](repeating: 0, count: triples.count)
    var postingCount = [Int32](repeating: 0, count: triples.count)
    // Passages were visited in order, so each slot's postings come out ascending.
    for t in triples {
      postingPassage[fill[t.slot]] = t.passage
      postingCount[fill[t.slot]] = t.count
      fill[t.slot] += 1
    }
    let total = lengths.reduce(0) { $0 + Int($1) }
    self.slots = termSlot
    self.offsets = offsets
    self.postingPassage = postingPassage
    self.postingCount = postingCount
    self.lengths = lengths
    self.averageLength = lengths.isEmpty ? 0 : Double(total) / Double(lengths.count)
  }

  /// The `limit` passages most like `query`, best first (ties by passage number); none when no passage shares a term.
  ///
  /// The terms are the query's distinct bigrams and words, each counted once; a query with none (a lone Han
  /// character, or Han characters each standing alone) is searched by its Han characters instead.
  public func search(_ query: Scalars, limit: Int) -> [(passage: Int, score: Double)] {
    guard limit > 0, !lengths.isEmpty else { return [] }
    var terms = Set<UInt64>()
    BigramIndex.forEachTerm(query) { terms.insert($0) }
    if terms.isEmpty { BigramIndex.forEachHan(query) { terms.insert($0) } }
    var scores: [Int32: Double] = [:]
    let n = Double(lengths.count)
    // Sorted terms: a passage's score is summed in the same order on every run.
    for t in terms.sorted() {
      guard let s = slots[t] else { continue }
      let lo = offsets[s], hi = offsets[s + 1]
      let df = Double(hi - lo)
      // Lucene's IDF, ln(1 + (N − df + 0.5) / (df + 0.5)): never negative, unlike Robertson's for df > N / 2.
      let idf = log(1 + (n - df + 0.5) / (df + 0.5))
      for k in lo..<hi {
        let p = postingPassage[k]
        let tf = Double(postingCount[k])
        let norm = BigramIndex.k1 * (1 - BigramIndex.b + BigramIndex.b * Double(lengths[Int(p)]) / max(averageLength, 1e-9))
        scores[p, default: 0] += idf * tf * (BigramIndex.k1 + 1) / (tf + norm)
      }
    }
    var hits = scores.map { (passage: Int($0.key), score: $0.value) }
    hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.passage < $1.passage }
    return Array(hits.prefix(limit))
  }

  /// The Han bigrams of `s` in order, each packed as first scalar << 32 | second; any other character breaks them.
  public static func bigrams(_ s: Scalars) -> [UInt64] {
    var out: [UInt64] = []
    var previous: UInt32? = nil
    for c in s {
      if Scalar.isHan(c) {
        if let p = previous { out.append(UInt64(p) << 32 | UInt64(c)) }
        previous = c
      } else {
        previous = nil
      }
    }
    return out
  }

  /// Calls `body` with each term of `s`: its Han bigrams and its Latin words, in order.
  ///
  /// A word is a run of ASCII letters and digits (fullwidth ones too, read as ASCII) holding at least one letter,
  /// lowercased: GDP, ＧＤＰ and gdp are one term, 5G is a term, 2025 is none (a year or an amount says little about
  /// what a passage is about). A word's key is its FNV-1a hash with the top bit set; a bigram's top bit is clear
  /// (Han scalars are below 2^18), and a single Han character's key is the scalar itself, below 2^32.
  static func forEachTerm(_ s: Scalars, _ body: (UInt64) -> Void) {
    var previousHan: UInt32? = nil
    var word: UInt64 = 0
    var wordLength = 0
    var wordHasLetter = false
    func endWord() {
      if wordLength > 0 && wordHasLetter { body(word | 1 << 63) }
      word = 0xCBF2_9CE4_8422_2325  // FNV-1a offset basis
      wordLength = 0
      wordHasLetter = false
    }
    endWord()
    for raw in s {
      // Fullwidth ASCII (U+FF01–FF5E) is ASCII + 0xFEE0.
      let c = raw >= 0xFF01 && raw <= 0xFF5E ? raw - 0xFEE0 : raw
      if Scalar.isHan(c) {
        endWord()
        if let p = previousHan { body(UInt64(p) << 32 | UInt64(c)) }
        previousHan = c
        continue
      }
      previousHan = nil
      let letter = Scalar.isASCIILetter(c)
      if letter || Scalar.isDigit(c) {
        let lower = letter ? c | 0x20 : c
        word = (word ^ UInt64(lower)) &* 0x0000_0100_0000_01B3  // FNV prime
        wordLength += 1
        wordHasLetter = wordHasLetter || letter
      } else {
        endWord()
      }
    }
    endWord()
  }

  /// Calls `body` with each Han scalar of `s`.
  private static func forEachHan(_ s: Scalars, _ body: (UInt64) -> Void) {
    for c in s where Scalar.isHan(c) { body(UInt64(c)) }
  }
}
