import Foundation
import Testing
@testable import ReportKit

/// Whether poppler's pdftotext is installed where the reader looks for it.
private let pdftotextInstalled = PDFReader.tool(in: PDFReader.searchDirectories) != nil

/// PDFs through pdftotext: reflow, running headers and page numbers, CJK spacing, failures.
@Suite(.enabled(if: pdftotextInstalled, "pdftotext (poppler-utils) is not installed"))
struct PDFReaderTests {
  @Test func twoPageFixtureIsRejoinedIntoParagraphs() throws {
    let text = try PDFReader.text(from: FormatFixtures.fixture("two-pages.pdf"), path: "two-pages.pdf")
    // From make-fixtures.py: the running header 某市人民政府公报 and "- 1 -", "- 2 -" are gone, wrapped lines
    // (one across the page break) are joined, indented lines start paragraphs, "2024 年" lost its space.
    let expected = """
      政府工作报告
      各位代表：
      现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
      一、2024年工作回顾
      过去一年，全市地区生产总值增长5.2%，城镇新增就业3.1万人，居民收入增长5.8%。我们坚持稳中求进工作总基调，\
      扎实推进高质量发展，经济运行总体平稳、稳中有进。全年完成固定资产投资1250亿元，社会消费品零售总额增长6%左右。
      二、2025年主要目标
      地区生产总值增长5%左右；城镇新增就业3万人以上；居民消费价格涨幅2%左右。
      谢谢大家！
      """
    #expect(text == expected)
  }

  @Test(
    .enabled(if: FormatFixtures.hasCorpus, FormatFixtures.corpusNote),
    arguments: [("province/广东省/2025.pdf", "province/广东省/2025.txt"), ("national/china/2024.pdf", "national/china/2024.txt")])
  func corpusPDFsMatchTheirTextTwins(pdf: String, twin: String) throws {
    let corpus = try #require(FormatFixtures.externalCorpus)
    let url = corpus.appendingPathComponent(pdf)
    let text = try PDFReader.text(from: Data(contentsOf: url), path: url.path)
    let lines = try FormatFixtures.twinLines(corpus.appendingPathComponent(twin))
    let whole = FormatFixtures.squeezed(text)
    let found = lines.filter { whole.contains(FormatFixtures.squeezed($0)) }.count
    #expect(Double(found) >= 0.95 * Double(lines.count), "\(found)/\(lines.count) paragraphs found whole")
    #expect(!text.contains("2024 年") && !text.contains("5 %"))
    // Page numbers are gone: no line is a bare number.
    #expect(!text.split(separator: "\n").contains { $0.allSatisfy(\.isNumber) })
  }

  @Test func imageOnlyPDFHasNoTextLayer() throws {
    let data = try FormatFixtures.fixture("no-text-layer.pdf")
    #expect {
      _ = try PDFReader.text(from: data, path: "no-text-layer.pdf")
    } throws: { error in
      (error as? IngestError)?.reason == "the PDF has no text layer (scanned?); OCR is not supported"
    }
  }

  @Test func randomBytesAreNotAPDF() throws {
    let data = try FormatFixtures.fixture("random.pdf")
    #expect {
      _ = try PDFReader.text(from: data, path: "random.pdf")
    } throws: { error in
      (error as? IngestError)?.reason.hasPrefix("pdftotext cannot open the file: not a PDF or damaged") == true
    }
  }

  @Test func passwordProtectedPDFIsNamedAsSuch() throws {
    let data = try FormatFixtures.fixture("encrypted.pdf")
    #expect {
      _ = try PDFReader.text(from: data, path: "encrypted.pdf")
    } throws: { error in
      (error as? IngestError)?.reason == "the PDF is encrypted with a password; remove the password and try again"
    }
  }

  @Test func missingPdftotextIsNamed() throws {
    #expect {
      _ = try PDFReader.text(from: Data("%PDF-1.4".utf8), path: "a.pdf", searchDirectories: ["/nonexistent"])
    } throws: { error in
      (error as? IngestError)?.reason == "pdftotext not found: install poppler-utils"
    }
  }
}

/// Line classification used by the PDF reflow (no pdftotext needed).
@Suite struct PDFReflowTests {
  @Test(arguments: [
    ("12", true), ("- 12 -", true), ("— 3 —", true), ("－3－", true), ("第 3 页", true), ("第3页 共56页", true),
    ("3 / 56", true), ("Page 7", true), ("2024年", false), ("一、总体要求", false), ("", false),
  ])
  func pageNumbers(line: String, isNumber: Bool) {
    #expect(PDFReflow.isPageNumber(line) == isNumber)
  }

  @Test(arguments: [
    ("Trade", "Organization", true), ("2024", "2025", true), ("U.S.", "Trade", true), ("2024", "年", false),
    ("增长", "5%", false), ("5", "%", false), ("(", "2024", false), ("C919", "投入", false), ("“", "1310”", false),
  ])
  func wordsMeetWithOrWithoutASpace(left: String, right: String, spaced: Bool) {
    #expect(PDFCharacters.spaced(left.unicodeScalars.last!.value, right.unicodeScalars.first!.value) == spaced)
  }

  @Test(arguments: [
    ("一、2024年工作回顾", true), ("（三）扩大内需", true), ("(3)扩大内需", true), ("十二、附则", true), ("3.加强", true),
    ("12、加强", true), ("①以旧换新", true), ("——经济总体回升向好", true), ("二是深化改革", true),
    ("5.2%左右", false), ("2024年是", false), ("一年来，我们", false), ("十分重要", false), ("（注：说明）", false),
  ])
  func itemMarkers(line: String, isMarker: Bool) {
    #expect(PDFReflow.startsWithMarker(line) == isMarker)
  }
}
