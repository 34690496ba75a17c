import Testing
@testable import ReportKit

extension Components {
  @Suite struct TextDiffTests {
    typealias Op = DiffPiece.Operation

    /// The diff as (operation, text) pairs, for comparing with literals.
    static func render(_ a: String, _ b: String) -> [Piece] {
      TextDiff.diff(a.scalarValues, b.scalarValues).map { Piece($0.operation, String(scalarValues: $0.text)) }
    }

    struct Piece: Equatable, CustomStringConvertible {
      var op: Op
      var text: String
      init(_ op: Op, _ text: String) {
        self.op = op
        self.text = text
      }
      var description: String { "\(op.rawValue)(\(text))" }
    }

    /// Checks that the pieces rebuild both texts and are merged: no empty piece, no two equalities in a row, no
    /// edit of one kind twice in a run.
    static func checkRebuilds(_ a: Scalars, _ b: Scalars, _ pieces: [DiffPiece]) {
      var ra = Scalars(), rb = Scalars()
      for p in pieces {
        #expect(!p.text.isEmpty)
        if p.operation != .insert { ra += p.text }
        if p.operation != .delete { rb += p.text }
      }
      #expect(ra == a)
      #expect(rb == b)
      for (x, y) in zip(pieces, pieces.dropFirst()) {
        #expect(!(x.operation == .equal && y.operation == .equal))
        #expect(x.operation != y.operation || x.operation == .equal)
      }
    }

    @Test func identicalTextsAreOneEquality() {
      #expect(Self.render("加快建设现代化产业体系", "加快建设现代化产业体系") == [Piece(.equal, "加快建设现代化产业体系")])
      #expect(TextDiff.similarity("推进".scalarValues, "推进".scalarValues) == 1)
    }

    @Test(arguments: [
      ("", "", [Piece]()),
      ("", "推进", [Piece(.insert, "推进")]),
      ("推进", "", [Piece(.delete, "推进")]),
    ])
    func emptySides(a: String, b: String, expected: [Piece]) {
      #expect(Self.render(a, b) == expected)
    }

    @Test func emptySidesSimilarity() {
      #expect(TextDiff.similarity([], []) == 1)
      #expect(TextDiff.similarity([], "推进".scalarValues) == 0)
    }

    @Test(arguments: [
      // Common prefix 推进乡村 and suffix 振兴: the middle is the insert.
      ("推进乡村振兴", "推进乡村全面振兴", [Piece(.equal, "推进乡村"), Piece(.insert, "全面"), Piece(.equal, "振兴")]),
      // Each scalar of 推进乡村 appears once in b, so the alignment is forced: 加快 before, 全面 inside.
      ("推进乡村振兴", "加快推进乡村全面振兴",
       [Piece(.insert, "加快"), Piece(.equal, "推进乡村"), Piece(.insert, "全面"), Piece(.equal, "振兴")]),
    ])
    func pureInsert(a: String, b: String, expected: [Piece]) {
      #expect(Self.render(a, b) == expected)
    }

    @Test func insertedWordIsOneChunk() {
      #expect(Self.render("推进", "加快推进") == [Piece(.insert, "加快"), Piece(.equal, "推进")])
    }

    @Test(arguments: [
      ("3%左右", "2%左右", [Piece(.delete, "3"), Piece(.insert, "2"), Piece(.equal, "%左右")]),
      ("增长3%左右", "增长2%左右",
       [Piece(.equal, "增长"), Piece(.delete, "3"), Piece(.insert, "2"), Piece(.equal, "%左右")]),
    ])
    func changedFigure(a: String, b: String, expected: [Piece]) {
      #expect(Self.render(a, b) == expected)
    }

    @Test func loneHanBetweenEditsIsAbsorbed() {
      // Myers: 扩大 | -内 | 需 | +求. 需 is no shorter than the one-scalar edits around it, so the short-equality
      // rule keeps it and neither edit can slide; the single-Han rule folds it in: -内需 +需求.
      #expect(Self.render("扩大内需", "扩大需求") == [Piece(.equal, "扩大"), Piece(.delete, "内需"), Piece(.insert, "需求")])
    }

    @Test func insertSlidesToAClauseBoundary() {
      // Trimming the common prefix puts the insert at ，加快发展 before 。 (boundary scores 2 + 2); sliding it four
      // scalars left, to 加快发展， after 推进改革，, scores 3 + 3, the best of the six places it can sit.
      #expect(
        Self.render("推进改革，加快发展。", "推进改革，加快发展，加快发展。")
          == [Piece(.equal, "推进改革，"), Piece(.insert, "加快发展，"), Piece(.equal, "加快发展。")])
    }

    @Test func movedClauseReadsAsOneReplacement() {
      // Common suffix ，三是惠民生。; the middles 一是稳增长，二是促改革 and 二是促改革，一是稳增长 share at most one
      // clause (5 scalars), shorter than the 6-scalar edits on either side of it, so it is folded in: one delete and
      // one insert, which share no prefix or suffix, and overlap by 5 < 11 / 2 either way.
      #expect(
        Self.render("一是稳增长，二是促改革，三是惠民生。", "二是促改革，一是稳增长，三是惠民生。")
          == [Piece(.delete, "一是稳增长，二是促改革"), Piece(.insert, "二是促改革，一是稳增长"), Piece(.equal, "，三是惠民生。")])
    }

    @Test func similarityCountsEqualScalars() {
      // 增长 and %左右 are equal: 5 scalars on each side of 6 + 6.
      #expect(TextDiff.similarity("增长3%左右".scalarValues, "增长2%左右".scalarValues) == 10.0 / 12.0)
    }

    @Test(arguments: [
      ("", "a"),
      ("abc", "abc"),
      ("今年发展主要预期目标是：国内生产总值增长5%左右。", "今年发展主要预期目标是：国内生产总值增长4.5%至5%。"),
      ("一是稳增长，二是促改革，三是惠民生。", "三是惠民生。一是稳增长，二是促改革，"),
      ("坚持稳中求进工作总基调", "坚持稳中求进、以进促稳、先立后破"),
      ("城镇新增就业1200万人以上", "城镇新增就业1200万人左右"),
      ("abcabcabcabc", "cbacbacba"),
      ("哈哈哈哈哈哈哈", "哈哈哈哈"),
      ("aaaa\nbbbb\ncccc", "aaaa\ncccc\nbbbb\n"),
      ("稳步推进乡村振兴，扩大内需。", "加快推进乡村全面振兴，提振消费，扩大国内需求。"),
      ("居民消费价格涨幅2%左右", "居民消费价格涨幅3%左右，"),
      ("深化改革，扩大开放", "扩大开放，深化改革"),
    ])
    func piecesRebuildBothTexts(a: String, b: String) {
      let sa = a.scalarValues, sb = b.scalarValues
      Self.checkRebuilds(sa, sb, TextDiff.diff(sa, sb))
    }

    /// `count` Han scalars drawn from `count` of U+4E00 + `range`, with ，or 。 after every 8 to 20 when `clauses`.
    static func randomText(_ count: Int, _ range: Range<UInt32>, clauses: Bool, seed: UInt64) -> Scalars {
      var g = SeededGenerator(seed: seed)
      var out = Scalars()
      out.reserveCapacity(count)
      var untilMark = 8 + Int(g.next() % 13)
      while out.count < count {
        if clauses && untilMark == 0 {
          out.append(g.next() % 3 == 0 ? 0x3002 : 0xFF0C)  // 。 or ，
          untilMark = 8 + Int(g.next() % 13)
        } else {
          out.append(0x4E00 + range.lowerBound + UInt32(g.next() % UInt64(range.count)))
          untilMark -= 1
        }
      }
      return out
    }

    @Test func textsWithNoScalarInCommonBecomeOneReplacement() {
      // 50 000 scalars each from disjoint halves of the Han block: no scalar is shared, so the only diff is to
      // delete all of a and insert all of b; the scalar search runs out of budget first and falls back.
      let a = Self.randomText(50_000, 0..<4000, clauses: false, seed: 1)
      let b = Self.randomText(50_000, 4000..<8000, clauses: false, seed: 2)
      #expect(TextDiff.diff(a, b) == [DiffPiece(.delete, a), DiffPiece(.insert, b)])
    }

    @Test func textsThatDifferEverywhereStillRebuild() {
      // Same alphabet and clause marks on both sides: scattered chance matches, no shared clause.
      let a = Self.randomText(50_000, 0..<3000, clauses: true, seed: 3)
      let b = Self.randomText(50_000, 0..<3000, clauses: true, seed: 4)
      let pieces = TextDiff.diff(a, b)
      Self.checkRebuilds(a, b, pieces)
      #expect(TextDiff.similarity(a, b) < 0.5)
    }

    @Test func longTextWithAFewEditsFindsExactlyThoseEdits() {
      let a = Self.randomText(500_000, 0..<3000, clauses: true, seed: 5)
      // ASCII never occurs in a, so each inserted letter must be an insert, and a minimal diff of b has exactly the
      // 13 inserted and 17 deleted scalars below; the edits are 100 000 scalars apart, so no clean-up joins them.
      var b = a
      b.replaceSubrange(450_000..<450_000, with: "Z".scalarValues)  // insert 1
      b.removeSubrange(350_000..<350_001)  // delete 1
      b.replaceSubrange(250_000..<250_006, with: "REPL".scalarValues)  // delete 6, insert 4
      b.removeSubrange(150_000..<150_010)  // delete 10
      b.replaceSubrange(50_000..<50_000, with: "INSERTED".scalarValues)  // insert 8
      let pieces = TextDiff.diff(a, b)
      Self.checkRebuilds(a, b, pieces)
      var inserted = 0, deleted = 0
      for p in pieces {
        if p.operation == .insert { inserted += p.text.count }
        if p.operation == .delete { deleted += p.text.count }
      }
      #expect(inserted == 13)
      #expect(deleted == 17)
      // 2 × (500 000 − 17) / (500 000 + 499 996)
      #expect(TextDiff.similarity(a, b) == 999_966.0 / 999_996.0)
    }

    @Test func clauseFallbackKeepsUnchangedClauses() {
      // 4000 distinct clauses of 20 Han scalars + ，; b replaces every other clause. The scalar search needs some
      // D = 80 000 and gives up; by clauses, the 2000 kept ones are found, the rest is replaced.
      var g = SeededGenerator(seed: 6)
      func clause() -> Scalars {
        (0..<20).map { _ in 0x4E00 + UInt32(g.next() % 3000) } + [0xFF0C]
      }
      var a = Scalars(), b = Scalars()
      for k in 0..<4000 {
        let c = clause()
        a += c
        b += k % 2 == 0 ? c : clause()
      }
      let pieces = TextDiff.diff(a, b)
      Self.checkRebuilds(a, b, pieces)
      var equal = 0
      for p in pieces where p.operation == .equal { equal += p.text.count }
      #expect(equal >= 2000 * 21)
    }
  }
}
