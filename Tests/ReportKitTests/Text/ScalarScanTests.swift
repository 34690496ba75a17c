import Testing
@testable import ReportKit

/// The vector scans agree with the scalar-by-scalar rules they stand for, at every offset and across the
/// eight-scalar steps.

/// Every kind of line break, and the scalars next to them in value (which are none).
private let breakKinds: [UInt32] = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]
private let nearBreaks: [UInt32] = [0x09, 0x0E, 0x84, 0x86, 0x2027, 0x202A, 0x20, 0x5E74]

@Test(arguments: breakKinds)
func firstLineBreakFindsEachKindAtEveryOffset(kind: UInt32) {
  for at in 0..<20 {
    var s = Scalars(repeating: 0x5E74, count: 20)  // 年
    s[at] = kind
    let found = s.withUnsafeBufferPointer { $0.firstLineBreak(from: 0, to: s.count) }
    #expect(found == at)
    // Looking from past it finds nothing: the end.
    let after = s.withUnsafeBufferPointer { $0.firstLineBreak(from: at + 1, to: s.count) }
    #expect(after == s.count)
  }
}

@Test func firstLineBreakPassesOverScalarsNextToBreaks() {
  let s = nearBreaks + nearBreaks + nearBreaks
  #expect(s.withUnsafeBufferPointer { $0.firstLineBreak(from: 0, to: s.count) } == s.count)
  #expect(breakKinds.allSatisfy(Scalar.isLineBreak))
  #expect(!nearBreaks.contains(where: Scalar.isLineBreak))
}

@Test func firstOffsetOfOneScalarStopsAtTheFirst() {
  let s = "一二三四五六七八九十。一二三。".scalarValues
  #expect(s.withUnsafeBufferPointer { $0.firstOffset(of: 0x3002, from: 0, to: s.count) } == 10)
  #expect(s.withUnsafeBufferPointer { $0.firstOffset(of: 0x3002, from: 11, to: s.count) } == 14)
  #expect(s.withUnsafeBufferPointer { $0.firstOffset(of: 0x3002, from: 11, to: 14) } == 14)
}

@Test func linesAreTheNonEmptyRunsBetweenLineFeeds() {
  // 「一二三四五六七八九」, an empty line, 「甲」, then a line running to the end.
  let s = "一二三四五六七八九\n\n甲\n乙丙".scalarValues
  #expect(Lines.ranges(in: s) == [0..<9, 11..<12, 13..<15])
  #expect(Lines.ranges(in: s, from: 10) == [11..<12, 13..<15])
  #expect(Lines.ranges(in: s, from: 15).isEmpty)
}

/// The eight-at-a-time test of the normaliser never says yes where `copiesAsIs` says no for one of the eight.
@Test(arguments: [
  0x3001, 0x3002, 0x300A, 0x4E0A, 0x4E0B, 0x4E09, 0x4E0C, 0x5E74, 0xFEFE, 0xFEFF, 0xFF00, 0xFF01, 0xFF08, 0xFF09,
  0xFF0C, 0xFF10, 0xFF1A, 0xFF1B, 0xFF1F, 0x2010, 0x201C, 0x2026, 0x2027, 0x2028, 0x3000, 0x20, 0x31, 0x2C,
] as [UInt32])
func eightCopyAsIsAgreesWithCopiesAsIs(v: UInt32) {
  for lane in 0..<8 {
    var block = SIMD8<UInt32>(repeating: 0x5E74)  // 年 copies as it is
    block[lane] = v
    if Normalizer.eightCopyAsIs(block) { #expect(Normalizer.copiesAsIs(v)) }
  }
  // The kinds most text is made of pass eight at a time.
  if v == 0x3002 || v == 0xFF0C || v == 0x201C || v == 0xFF09 { #expect(Normalizer.eightCopyAsIs(SIMD8(repeating: v))) }
}

/// ASCII the cleaning loop writes as it is: what `fold` keeps, no blank, no debris start, no punctuation
/// `foldPunctuation` judges by its neighbours.
@Test func asciiThatCopiesAsIsIsWhatTheGeneralPathWouldWrite() {
  for v in UInt32(0)..<0x80 {
    let general = Normalizer.isPlain(v) && v != 0x20 && !PageDebris.mayStart(v) && !Normalizer.foldsByNeighbours(v)
    #expect(Normalizer.copiesAsIs(v) == general, "U+\(String(v, radix: 16))")
  }
}
