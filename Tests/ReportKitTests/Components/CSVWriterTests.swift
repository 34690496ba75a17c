import Testing
@testable import ReportKit

extension Components {
  @Suite struct CSVWriterTests {
    @Test func bomCRLFAndBytes() {
      // 元 U+5143 = E5 85 83; -3.3 is a plain negative number, so it has no apostrophe.
      let bytes = CSVWriter.encode(header: ["元"], rows: [["-3.3"]])
      #expect(bytes == [0xEF, 0xBB, 0xBF, 0xE5, 0x85, 0x83, 0x0D, 0x0A, 0x2D, 0x33, 0x2E, 0x33, 0x0D, 0x0A])
    }

    @Test func withoutBOM() {
      #expect(CSVWriter.encode(header: ["a", "b"], rows: [["1", "2"]], bom: false) == Array("a,b\r\n1,2\r\n".utf8))
    }

    @Test func shortRowsArePadded() {
      #expect(CSVWriter.encode(header: ["a", "b", "c"], rows: [["x"], []], bom: false) == Array("a,b,c\r\nx,,\r\n,,\r\n".utf8))
    }

    @Test(arguments: [
      ("plain", "plain"),
      ("", ""),
      ("上海，北京", "上海，北京"),  // a fullwidth comma is no separator
      ("a,b", "\"a,b\""),
      ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("line1\nline2", "\"line1\nline2\""),
      ("cr\rx", "\"cr\rx\""),
      ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
      ("+86 10 1234", "'+86 10 1234"),
      ("@cmd", "'@cmd"),
      ("\tx", "'\tx"),
      ("\rx", "\"'\rx\""),  // guarded, then quoted for the CR
      ("=1,2", "\"'=1,2\""),
      ("-3.3", "-3.3"),
      ("-12", "-12"),
      ("-0.5", "-0.5"),
      ("-3.3%", "'-3.3%"),  // not a plain decimal
      ("-1.", "'-1."),
      ("-", "'-"),
      ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
      ("3-2", "3-2"),  // only the first character matters
    ])
    func quotingAndFormulaGuard(field: String, expected: String) {
      #expect(CSVWriter.encode(header: [field], rows: [], bom: false) == Array((expected + "\r\n").utf8))
    }
  }
}
