import Testing
@testable import ReportKit

/// Lookups of `WordTable` on real wording: longest match first, both directions, and the whole-range
/// searches the extraction asks once per sentence.
private let table = WordTable([("争取", 1), ("努力争取", 2), ("力争", 3), ("预计", 4), ("预计全年", 5)])

@Test func findsTheLongestWordAtAndBeforeAnOffset() {
  let s = "今年努力争取增长5%".scalarValues
  #expect(table.longest(in: s, at: 2)?.value == 2)  // 努力争取 over 争取
  #expect(table.longest(in: s, at: 4)?.value == 1)
  #expect(table.longest(in: s, at: 2, limit: 5) == nil)  // 努力争取 would end past the limit
  #expect(table.longest(in: s, endingAt: 6)?.value == 2)
  #expect(table.longest(in: s, endingAt: 6, floor: 3)?.value == 1)  // 努力争取 starts before the floor
  #expect(table.longest(in: s, at: 0) == nil)
  #expect(table.longest(in: s, at: -1) == nil && table.longest(in: s, at: s.count) == nil)
}

@Test func firstEndIsTheEarliestEndOfAnyWordInTheRange() {
  let s = "全省预计全年增长6%，力争7%".scalarValues
  // 预计 ends at 4, before 预计全年 (6): the shorter word at the same start counts.
  #expect(table.firstEnd(in: s, from: 0, to: s.count) == 4)
  #expect(table.firstEnd(in: s, from: 3, to: s.count) == 13)  // past 预, the next word is 力争
  #expect(table.firstEnd(in: s, from: 0, to: 3) == nil)  // 预计 does not fit in 0..<3
  // The same answer as asking `last` at every offset, which the extraction did before.
  for x in 0...s.count {
    let byLast = table.last(in: s, from: 0, to: x) != nil
    #expect(byLast == ((table.firstEnd(in: s, from: 0, to: s.count) ?? Int.max) <= x))
  }
}

@Test func aLongTableStillFindsEveryWord() {
  // Enough words for the largest bit table, and scalars far apart that fold onto the same bits of a small one.
  let words = (0..<1500).map { k in String(UnicodeScalar(0x4E00 + k)!) + "项" }
  let big = WordTable(words.enumerated().map { ($1, $0) })
  let small = WordTable([("\u{4E00}项", 0), ("\u{5E00}项", 1)])  // U+4E00 and U+5E00 share their low 12 bits
  for (k, w) in words.enumerated() where k % 97 == 0 { #expect(big.value(of: w.scalarValues) == k) }
  #expect(small.value(of: "\u{5E00}项".scalarValues) == 1)
  #expect(small.value(of: "\u{6E00}项".scalarValues) == nil)  // folds onto the same bit, and is no word
  #expect(WordTable<Int>().longest(in: "项".scalarValues, at: 0) == nil)
}
