import Foundation
import Testing
@testable import ReportKit

/// The inputs that once crashed, hung, blew up or lost text (../shared/fuzz-findings, README there), each
/// held to what it must do now. Big ones are generated here as the findings' gen_findings.py makes them; the
/// files of the findings folder are read from it, and those tests skip when it is absent. No test times
/// anything: each asserts what comes out (text kept, output bounded, the diagnostic that says why).
struct FuzzFindingTests {
  /// Skips a test that reads a file of the findings folder when the folder is absent (a clone without ../shared).
  static let needsFindings = ConditionTrait.enabled(
    if: Paths.fuzzFindings != nil, "../shared/fuzz-findings not found (set REPORTKIT_FUZZ_FINDINGS)")

  static let head = "2024年政府工作报告\n各位代表：\n二、2024年主要目标\n"

  private func report(_ text: String, path: String = "generated.txt") -> Report {
    Pipeline().process(SourceText(info: SourceInfo(path: path, format: .text, encoding: .utf8, sha256: ""), text: text))
  }

  private func finding(_ name: String) throws -> URL {
    let url = try #require(Paths.fuzzFindings).appendingPathComponent(name)
    try #require(FileManager.default.fileExists(atPath: url.path), "\(name) missing from the findings")
    return url
  }

  private func allText(_ r: Report) -> String { r.documents.map(\.text).joined(separator: "\n") }

  // MARK: Time: every line kept, output in proportion to the input

  /// F1: 160,000 lines that are only 「一、」 (each joined to the next as a split marker, once quadratic).
  @Test func markerAloneLinesAreAllKept() {
    let n = 160_000
    let r = report("2024年政府工作报告\n" + String(repeating: "一、\n", count: n))
    #expect(allText(r).components(separatedBy: "一、").count - 1 == n)
  }

  /// F1: a report hard-wrapped at 45 characters a line is rejoined into its paragraphs.
  @Test func hardWrappedLinesAreRejoined() throws {
    let seed = try String(contentsOf: Paths.seed, encoding: .utf8)
    var wrapped: [String] = []
    for para in seed.split(separator: "\n", omittingEmptySubsequences: false) {
      let scalars = Array(para.unicodeScalars)
      var i = 0
      repeat {
        wrapped.append(String(String.UnicodeScalarView(scalars[i..<min(scalars.count, i + 45)])))
        i += 45
      } while i < scalars.count
    }
    let plain = report(seed)
    let r = report(wrapped.joined(separator: "\n"))
    // Rejoined, the wrapped text gives back the paragraphs (within a few the joiner cannot tell apart) and
    // loses no character but line breaks.
    let lines = r.documents.reduce(0) { $0 + $1.text.split(separator: "\n").count }
    let plainLines = plain.documents.reduce(0) { $0 + $1.text.split(separator: "\n").count }
    #expect(lines < wrapped.count / 2)
    // The joiner cannot tell every wrap from a paragraph end (a wrap right after 。): within a fifth.
    #expect(abs(lines - plainLines) * 5 <= plainLines)
    #expect(allText(r).filter { $0 != "\n" }.count >= allText(plain).filter { $0 != "\n" }.count - 100)
  }

  /// F2: one letter-spaced line of 200,000 characters.
  @Test(Self.needsFindings) func oneLetterSpacedLineIsKept() throws {
    let data = try Data(contentsOf: try finding("F2-letter-spaced-200k.txt"))
    let r = try Pipeline().extract(data: data, path: "F2.txt")
    // 200,000 characters of 政府工作报告 repeated hold 33,334 政; the title line holds one more.
    #expect(allText(r).filter { $0 == "政" }.count == 200_000 / 6 + 2)
  }

  /// F3a: one clause of 40,000 figures and no punctuation: every figure found, the sentence read in pieces.
  @Test func aClauseOfFortyThousandFiguresIsReadInPieces() {
    let r = report(String(repeating: "增长5%政府", count: 40_000) + "\n")
    let doc = r.documents[0]
    #expect(doc.figures.count == 40_000)
    #expect(doc.diagnostics.contains { $0.id == .sentenceCut })
    #expect(doc.sentences.allSatisfy { $0.span.end - $0.span.start <= LongSentences.limit })
  }

  /// F3b: a plan sentence of 16,000 targets: each quotes the words around its figure, so the JSON grows with
  /// the input (it was 6 GB for 229 KB).
  @Test func targetsOfAHugeSentenceQuoteAWindow() {
    let text = Self.head + "力争地区生产总值增长5.2%，" + (0..<16_000).map { "增长\($0)%，" }.joined() + "\n"
    let r = report(text)
    let doc = r.documents[0]
    #expect(doc.targets.count >= 16_000)
    // The sentence is read in pieces of at most LongSentences.limit; a piece up to TargetQuote.wholeLimit is
    // quoted whole, a longer one by a window of context on each side of the figure, with … at each cut.
    for t in doc.targets {
      let quote = doc.quoteText(of: t).unicodeScalars.count
      if t.sentence.end - t.sentence.start > TargetQuote.wholeLimit {
        #expect(quote <= 2 * TargetQuote.context + (t.span.end - t.span.start) + 2)
      } else {
        #expect(quote <= TargetQuote.wholeLimit)
      }
    }
    // So the JSON is bounded per target: under 100 bytes per input byte (it was 8,000 before, and 6 GB here).
    #expect(ReportJSON.encode(r, pretty: false).count < 100 * text.utf8.count)
  }

  /// F3b: 64,000 figures of one value in one sentence.
  @Test func sameValueSentenceStaysBounded() {
    let text = Self.head + "力争地区生产总值增长5.2%，" + String(repeating: "增长5%，", count: 64_000) + "\n"
    let r = report(text)
    #expect(r.documents[0].figures.count == 64_001)
    #expect(ReportJSON.encode(r, pretty: false).count < 40 * text.utf8.count)
  }

  /// F4: 20,000 plan lines of three targets each: all kept (de-duplication was quadratic).
  @Test func twentyThousandPlanLinesKeepTheirTargets() {
    let lines = (0..<20_000).map { "力争地区生产总值增长\($0).2%，城镇新增就业\($0)万人以上，投资\($0)亿元。\n" }
    let doc = report(Self.head + lines.joined()).documents[0]
    // Three a line, but for line 12345: 12345 is a stop word (the 12345 government service hotline).
    #expect(doc.targets.count == 60_000 - 3)
    #expect(Set(doc.targets.map(\.span)).count == 60_000 - 3)
  }

  /// W1: a warning about a 3-million-digit number quotes its start only.
  @Test func aHugeNumberIsQuotedShort() {
    let doc = report("2024年政府工作报告\n一、工作回顾\n投资" + String(repeating: "1", count: 3_000_000) + "亿元。\n").documents[0]
    let w = doc.diagnostics.first { $0.id == .numberTooLarge }
    #expect(w != nil)
    #expect((w?.message.count ?? .max) < 200)
    #expect(w?.message.contains("…") == true)
  }

  // MARK: Damaged bytes

  /// T1: one 0xFF byte on line 81 of a real report: read, the byte a U+FFFD, the warning on line 81.
  @Test(Self.needsFindings) func oneBadByteIsReplacedAndLocated() throws {
    let url = try finding("T1-one-ff-byte-line81.txt")
    let r = try Pipeline().extract(data: try Data(contentsOf: url), path: url.path)
    #expect(r.source.encoding == .utf8)
    let doc = try #require(r.documents.first { $0.diagnostics.contains { $0.id == .bytesReplaced } })
    let w = try #require(doc.diagnostics.first { $0.id == .bytesReplaced })
    let at = r.locator.location(ofFileOffset: doc.offsetInFile + (w.span?.start ?? 0))
    #expect(at.line == 81)
    #expect(w.message.hasPrefix("1 byte(s)"))
    #expect(allText(r).unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 1)
  }

  /// A few bad bytes in UTF-8 text (generated): read as UTF-8, each a U+FFFD, the first located.
  @Test func fewBadBytesInUTF8AreReplaced() throws {
    var bytes = Array("政府工作报告\n各位代表：\n".utf8)
    bytes += [0xFF] + Array("一、工作回顾\n过去一年，".utf8) + [0xC3] + Array("经济增长5%。\n".utf8)
    let tail = String(repeating: "今年经济社会发展的主要预期目标是：国内生产总值增长5%左右。\n", count: 2)
    bytes += Array(tail.utf8)
    let s = try Ingestor().read(data: Data(bytes), path: "bad.txt")
    #expect(s.info.encoding == .utf8)
    #expect(s.text == "政府工作报告\n各位代表：\n\u{FFFD}一、工作回顾\n过去一年，\u{FFFD}经济增长5%。\n" + tail)
    #expect(s.warnings.map(\.id) == [.bytesReplaced])
    // Offset 13: 政府工作报告 (6) + \n + 各位代表： (5) + \n = 13 scalars before the first bad byte.
    #expect(s.warnings.first?.span == SourceSpan(start: 13, end: 14))
    #expect(s.warnings.first?.message.hasPrefix("2 byte(s)") == true)
  }

  /// Text that is mostly not text is still refused (over 5% of it replaced: Ingestor.rejectBinary).
  @Test func mostlyBadBytesAreRefused() {
    let bytes = [UInt8](repeating: 0xFF, count: 2_000) + Array("各位代表".utf8)
    #expect(throws: IngestError.self) { try Ingestor().read(data: Data(bytes), path: "junk.txt") }
  }

  // MARK: HTML

  /// H2: an HTML page saved as UTF-16 with a BOM is read as HTML, tags gone.
  @Test(Self.needsFindings) func utf16PageWithBOMIsHTML() throws {
    let url = try finding("H2-utf16-bom-page.html")
    let r = try Pipeline().extract(data: try Data(contentsOf: url), path: url.path)
    #expect(r.source.format == .html)
    #expect(r.source.encoding == .utf16)
    #expect(!allText(r).contains("<p"))
  }

  /// UTF-16 and UTF-32 pages with a BOM, both byte orders (generated).
  @Test(arguments: [(2, true), (2, false), (4, true), (4, false)])
  func widePagesWithBOMAreHTML(width: Int, littleEndian: Bool) throws {
    let page = "<html><body><div class=\"content\"><p>政府工作报告</p><p>各位代表：</p></div></body></html>"
    var bytes: [UInt8] = width == 2 ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : (littleEndian ? [0xFF, 0xFE, 0, 0] : [0, 0, 0xFE, 0xFF])
    for u in page.unicodeScalars {
      let v = u.value
      if width == 2 {
        bytes += littleEndian ? [UInt8(v & 0xFF), UInt8(v >> 8)] : [UInt8(v >> 8), UInt8(v & 0xFF)]
      } else {
        let b = [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), 0]
        bytes += littleEndian ? b : b.reversed()
      }
    }
    let s = try Ingestor().read(data: Data(bytes), path: "wide.html")
    #expect(s.info.format == .html)
    #expect(s.text.contains("政府工作报告") && s.text.contains("各位代表："))
    #expect(!s.text.contains("<"))
  }

  /// H1: a text node over libxml2's 10 M-character limit, then more text: both kept.
  @Test func textAfterAHugeTextNodeIsKept() throws {
    let page = "<html><body><div class=\"content\"><p>" + String(repeating: "字", count: 10_500_000)
      + "</p><p>二、后面的段落仍然要读到。</p></div></body></html>"
    let s = try Ingestor().read(data: Data(page.utf8), path: "H1.html")
    #expect(s.text.contains("二、后面的段落仍然要读到。"))
    #expect(s.text.unicodeScalars.filter { $0 == "字" }.count == 10_500_000)
    #expect(s.warnings.isEmpty)
  }

  /// H4: 100,000 nested <div> never closed, one paragraph each: every paragraph kept, in order.
  @Test func textBelowDeepNestingIsKept() throws {
    let n = 100_000
    let page = "<html><body>" + (0..<n).map { "<div>第\($0)段文字。" }.joined() + "</body></html>"
    let s = try Ingestor().read(data: Data(page.utf8), path: "H4.html")
    #expect(s.text.components(separatedBy: "段文字。").count - 1 == n)
    #expect(s.text.contains("第\(n - 1)段文字。"))
    #expect(s.text.hasPrefix("第0段文字。"))
  }

  /// H3: one element with 50,000 attributes: the attributes past the limit are dropped, the text is kept.
  @Test(Self.needsFindings) func anElementWithFiftyThousandAttributesKeepsItsText() throws {
    let url = try finding("H3-attrs-50000.html")
    let s = try Ingestor().read(data: try Data(contentsOf: url), path: url.path)
    #expect(!s.text.isEmpty)
    // Generated, with the text known.
    let attrs = (0..<50_000).map { " a\($0)=\"x\"" }.joined()
    let page = "<html><body><div class=\"content\"><p\(attrs)>政府工作报告</p><p>各位代表：</p></div></body></html>"
    let text = try Ingestor().read(data: Data(page.utf8), path: "attrs.html").text
    #expect(text.contains("政府工作报告") && text.contains("各位代表："))
  }

  /// AttributeLimit keeps the first attributes and the tag's end, and leaves text alone.
  @Test func attributeLimitCutsOnlyTheExcess() {
    let tag = "<p a=\"1\" b='2>' c=3 d/>正文<br e f>"
    let cut = Array(tag.utf8).withUnsafeBytes { AttributeLimit.trimmed($0, limit: 2) }
    // a and b kept (b's quoted value holds a >), c and d dropped, "/>" kept; <br e f> keeps both.
    #expect(cut.map { String(decoding: $0.bytes, as: UTF8.self) } == "<p a=\"1\" b='2>' />正文<br e f>")
    #expect(cut?.tags == 1)
    #expect(Array("<p a=1 b=2>x</p>".utf8).withUnsafeBytes { AttributeLimit.trimmed($0, limit: 2) } == nil)
  }

  /// H5: a page whose first paragraph starts with %PDF-1.4 is HTML, not a PDF.
  @Test(Self.needsFindings) func pdfMagicInsideAPageIsHTML() throws {
    let url = try finding("H5-pdf-magic-in-html.html")
    let s = try Ingestor().read(data: try Data(contentsOf: url), path: url.path)
    #expect(s.info.format == .html)
    #expect(FormatSniffer.detect(Array("junk\n%PDF-1.4\n".utf8)) == .pdf)
  }

  // MARK: DOCX

  /// C1: zip offsets past the end of the file: a damaged-file error, no trap, and not called a zip bomb.
  @Test(Self.needsFindings, arguments: ["C1-cd-local-offset-past-eof.docx", "C1-eocd-cd-offset-past-eof.docx"])
  func zipOffsetsPastTheEndAreDamage(name: String) throws {
    let data = try Data(contentsOf: try finding(name))
    do {
      _ = try Ingestor().read(data: data, path: name)
      Issue.record("read without an error")
    } catch {
      #expect(error.kind == .damaged)
      #expect(!error.reason.contains("bomb"))
    }
  }

  /// C1, generated: an end-of-central-directory record whose directory lies past the end of the file.
  @Test func eocdPointingPastTheEndIsDamage() {
    // PK 05 06, disks 0/0, 1 entry (of 1), directory of 46 bytes at offset 0x7FFF0000, no comment.
    let eocd: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 46, 0, 0, 0, 0x00, 0x00, 0xFF, 0x7F, 0, 0]
    #expect {
      try Ingestor().read(data: Data(eocd), path: "eocd.docx")
    } throws: { ($0 as? IngestError)?.reason.contains("central directory lies outside the file") ?? false }
  }

  /// D2: 100,000 attributes on one element of styles.xml: the document is read.
  @Test(Self.needsFindings) func stylesWithAHundredThousandAttributesAreRead() throws {
    let url = try finding("D2-styles-100000-attributes.docx")
    let s = try Ingestor().read(data: try Data(contentsOf: url), path: url.path)
    #expect(s.info.format == .docx)
    #expect(s.text.unicodeScalars.count > 100)
  }

  // MARK: Rules

  private func lint(_ name: String) throws -> [RuleProblem] {
    RuleSet.lint(directory: try finding(name).path)
  }

  /// R1: a problem quoting a multi-line value stays on one line.
  @Test(Self.needsFindings, arguments: ["R1-multi-line-scalar", "R1-multi-line-key"])
  func ruleProblemsQuotingManyLinesStayOnOne(name: String) throws {
    let problems = try lint(name)
    #expect(!problems.isEmpty)
    #expect(problems.allSatisfy { !$0.description.contains("\n") })
  }

  /// R2: a rule file of 200,000 hedges is refused for its size, before it is read.
  @Test func aHugeRuleFileIsRefusedForItsSize() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rk-r2-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = "hedges:\n" + (0..<200_000).map { "  - 力争\($0)\n" }.joined()
    try text.write(to: dir.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
    let problems = RuleSet.lint(directory: dir.path)
    #expect(problems.count == 1)
    #expect(problems.first?.message.contains("at most 1024 KB") == true)
    #expect(throws: RuleError.self) { try RuleSet(directory: dir.path) }
  }

  /// R3: a pattern with catastrophic backtracking is refused by lint and by --rules, at its place.
  @Test(Self.needsFindings) func aBacktrackingPatternIsRefused() throws {
    let problems = try lint("R3-redos")
    #expect(problems.count == 1)
    #expect(problems.first?.line == 2 && problems.first?.column == 15)
    #expect(problems.first?.message.contains("repeats a group that holds a repetition") == true)
  }

  /// R4: a control character on line 5 is reported on line 5.
  @Test(Self.needsFindings) func aControlCharacterIsLocated() throws {
    let problems = try lint("R4-ctrl-char-line5")
    #expect(problems.map(\.line) == [5])
  }

  /// Overlapping alternatives (which PatternRisk cannot see) are stopped by the step budget, with a warning.
  @Test func aStopPatternThatBacktracksIsStopped() throws {
    let re = try NSRegularExpression(pattern: "(a|aa)*c")
    let s: Scalars = (String(repeating: "a", count: 40) + "。增长5%").unicodeScalars.map(\.value)
    let (_, stopped) = StopPatterns.spans([re], in: s)
    #expect(stopped.count == 1)
  }

  @Test(arguments: [("(a+)+", "(a+)+"), ("(.*)*x", "(.*)*"), ("(\\d+,)*", "(\\d+,)*"), ("a++", nil), ("(ab)+", nil), ("[(]+", nil), ("(a{2})*", nil),
    ("(a{2,})*", "(a{2,})*"), ("((a+){3})*", "((a+){3})*")])
  func nestedRepetitionIsFound(pattern: String, piece: String?) {
    #expect(PatternRisk.nestedRepetition(in: pattern) == piece)
  }
}
