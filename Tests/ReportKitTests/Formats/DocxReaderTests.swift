import Foundation
import Testing
@testable import ReportKit

/// DOCX fixtures made by Corpus/formats/make-fixtures.py: numbering, runs, tables and bad archives.
@Suite struct DocxReaderTests {
  @Test func automaticNumberingBecomesVisibleMarkers() throws {
    let text = try DocxReader.text(from: FormatFixtures.fixture("numbered.docx"), path: "numbered.docx")
    // Worked out from make-fixtures.py: definition 0 is 一、 /（一）/ 1. /（1）/ ①; deeper levels restart
    // when a shallower one advances; style 10 numbers through numId 1; numId 0 switches numbering off;
    // numId 2 restarts definition 0; definition 1 starts at 5 and its "%1.%2" level never restarts.
    let expected = """
      2025年某市政府工作报告
      各位代表：
      一、过去一年工作回顾
      （一）经济运行稳中有进。
      1.地区生产总值增长5.2%。
      2.城镇新增就业3万人。
      （二）改革开放持续深化。
      1.营商环境持续优化。
      二、2025年主要任务
      （一）扩大有效需求。
      （1）稳定消费。
      ①以旧换新。
      ②文旅消费。
      三、保障措施
      不编号的段落
      一、附件说明
      5)第二个列表的第一项
      5.1子项甲
      6)第二个列表的第二项
      6.2子项乙
      地区生产总值增长\t5%左右
      居民收入同步增长
      指标\t目标
      城镇调查失业率\t5.5% 左右
      谢谢大家！
      """
    #expect(text == expected)
  }

  @Test(arguments: [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"), (99, "chineseCounting", "九十九"), (100, "chineseCounting", "一〇〇"),
    (100, "chineseCountingThousand", "一百"), (101, "chineseCountingThousand", "一百〇一"),
    (110, "chineseCountingThousand", "一百一十"), (12, "chineseLegalSimplified", "壹拾贰"),
    (3, "ideographTraditional", "丙"), (1, "decimalEnclosedCircle", "①"), (21, "decimalEnclosedCircle", "㉑"),
    (3, "decimalEnclosedParen", "⑶"), (2, "decimalEnclosedFullstop", "⒉"), (7, "decimalZero", "07"),
    (14, "upperRoman", "XIV"), (27, "lowerLetter", "aa"), (12, "decimalFullWidth", "１２"), (3, "decimal", "3"),
  ])
  func numberFormats(value: Int, format: String, expected: String) {
    #expect(WordNumbering.format(value, format) == expected)
  }

  @Test func gbkMemberNamesDoNotMatter() throws {
    let text = try DocxReader.text(
      from: FormatFixtures.fixture("gbk-member-names.docx"), path: "gbk-member-names.docx")
    #expect(text == "正文第一段。")
  }

  @Test func entitiesAreNeverExpanded() throws {
    // document.xml declares lol9 = 10^9 × "lol"; the reader does not store, let alone expand, DTD entities.
    let text = try DocxReader.text(from: FormatFixtures.fixture("entity-bomb.docx"), path: "entity-bomb.docx")
    #expect(text == "前后")
  }

  @Test(arguments: [
    ("truncated.docx", "truncated or corrupt zip archive"),
    ("no-document.docx", "no word/document.xml in the zip archive"),
    ("bomb-claims-300mb.docx", "zip bomb"),
    ("bomb-lying-header.docx", "zip bomb"),
    ("bomb-ratio.docx", "zip bomb"),
    ("encrypted.docx", "encrypted or legacy .doc file; save it as .docx without a password"),
    ("not-xml.docx", "word/document.xml is not well-formed XML"),
    ("crc-mismatch.docx", "corrupt zip member word/document.xml (CRC-32 mismatch)"),
    ("random.pdf", "not a .docx file: the bytes are not a zip archive"),
  ])
  func badArchivesAreRefusedWithAReason(file: String, reason: String) throws {
    let data = try FormatFixtures.fixture(file)
    #expect {
      _ = try DocxReader.text(from: data, path: file)
    } throws: { error in
      guard let e = error as? IngestError else { return false }
      return e.path == file && e.reason.contains(reason)
    }
  }
}

/// The readers keep no shared state: many documents read at once give the same text as one at a time.
@Test func readersAreSafeToRunInParallel() async throws {
  let docx = try FormatFixtures.fixture("numbered.docx")
  let html = try [UInt8](FormatFixtures.fixture("report-gb2312.html"))
  let expectedDocx = try DocxReader.text(from: docx, path: "numbered.docx")
  let expectedHTML = try HTMLReader.text(from: html, path: "report-gb2312.html").text
  let results = try await withThrowingTaskGroup(of: Bool.self) { group in
    for i in 0..<32 {
      group.addTask {
        i.isMultiple(of: 2)
          ? try DocxReader.text(from: docx, path: "numbered.docx") == expectedDocx
          : try HTMLReader.text(from: html, path: "report-gb2312.html").text == expectedHTML
      }
    }
    return try await group.reduce(into: [Bool]()) { $0.append($1) }
  }
  #expect(results.count == 32 && results.allSatisfy { $0 })
}
