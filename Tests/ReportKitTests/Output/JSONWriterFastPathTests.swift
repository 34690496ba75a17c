import Testing
@testable import ReportKit

/// The writer's word-at-a-time paths (numbers two digits a step, spans in one go, string tails as words,
/// the text four scalars a step) write exactly what the plain byte-by-byte spelling would.
@Suite struct JSONWriterFastPathTests {
  /// The bytes one writer call leaves in a fresh writer.
  static func written(pretty: Bool = false, _ body: (inout JSONWriter) -> Void) -> String {
    var w = JSONWriter(pretty: pretty)
    body(&w)
    return String(decoding: w.bytes, as: UTF8.self)
  }

  @Test(arguments: [
    0, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 1_000_000,
    19_850_000, 123_456_789, 1_000_000_000, 9_223_372_036_854_775_807, -1, -10, -99, -100, -12_345,
    -9_223_372_036_854_775_807, Int.min,
  ])
  func numbersAreWrittenAsDescribed(_ v: Int) {
    #expect(Self.written { $0.int(v) } == String(v))
  }

  @Test func everyDigitCountIsRight() {
    // 1, 9, 10, 99, 100, … up to 19 digits: each side of every step of the digit count.
    var p = 1
    for _ in 0..<18 {
      for v in [p - 1, p, p + 1, p * 10 - 1] where v >= 0 {
        #expect(Self.written { $0.int(v) } == String(v))
      }
      p *= 10
    }
  }

  @Test func idsAreAPrefixAndANumber() {
    #expect(Self.written { $0.id(FigureID(1)) } == "\"f1\"")
    #expect(Self.written { $0.id(TargetID(1205)) } == "\"g1205\"")
  }

  @Test func spansAreOneLineObjects() {
    // A member outside any object: pretty output puts it on a line of its own (a line break, no indent).
    let span = SourceSpan(start: 397, end: 404)
    #expect(Self.written(pretty: true) { $0.field("span", span) } == "\n\"span\": {\"start\": 397, \"end\": 404}")
    #expect(Self.written(pretty: false) { $0.field("span", span) } == "\"span\":{\"start\":397,\"end\":404}")
    #expect(Self.written(pretty: true) { $0.field("span", nil as SourceSpan?) } == "\n\"span\": null")
  }

  @Test func spansInsideRecordsLeaveTheLayoutAsItWas() {
    // A record of an array on one line, a span inside it, then a member on its own line again.
    let text = Self.written(pretty: true) { w in
      w.beginObject()
      w.key("list")
      w.beginArray()
      w.element()
      w.beginLineObject()
      w.field("span", SourceSpan(start: 0, end: 6))
      w.field("n", 1)
      w.endLineObject()
      w.endArray()
      w.field("span", SourceSpan(start: 7, end: 42))
      w.field("n", 2)
      w.endObject()
    }
    #expect(text == """
      {
        "list": [
          {"span": {"start": 0, "end": 6}, "n": 1}
        ],
        "span": {"start": 7, "end": 42},
        "n": 2
      }
      """)
  }

  @Test(arguments: [
    ("", "\"\""), ("a", "\"a\""), ("元", "\"元\""), ("abcd", "\"abcd\""), ("亿元", "\"亿元\""),
    ("a\"b", "\"a\\\"b\""), ("abc\\", "\"abc\\\\\""), ("\nabcdef", "\"\\nabcdef\""), ("abcdef\t", "\"abcdef\\t\""),
    ("地区生产总值", "\"地区生产总值\""), ("地区生产总值增长", "\"地区生产总值增长\""),
    ("地区生产总\"值", "\"地区生产总\\\"值\""), ("地区生产总值\u{1}", "\"地区生产总值\\u0001\""),
    ("12345678\"", "\"12345678\\\"\""), ("\"2345678", "\"\\\"2345678\""), ("1234567\r", "\"1234567\\r\""),
  ])
  func shortStringsAreEscapedWhereTheyMustBe(_ s: String, _ json: String) {
    #expect(Self.written { $0.string(s) } == json)
  }

  @Test func stringsOfEveryLengthAreEscapedAtEveryPlace() {
    // Lengths 0…24, with no escape and with a quote at each position: the word paths meet the byte path.
    for n in 0...24 {
      let plain = String(repeating: "x", count: n)
      #expect(Self.written { $0.string(plain) } == "\"" + plain + "\"")
      for at in 0..<n {
        let s = String(repeating: "x", count: at) + "\"" + String(repeating: "x", count: n - at - 1)
        let json = "\"" + String(repeating: "x", count: at) + "\\\"" + String(repeating: "x", count: n - at - 1) + "\""
        #expect(Self.written { $0.string(s) } == json)
      }
    }
  }

  @Test func textScalarsAreEncodedAndEscaped() {
    // Runs of three-byte scalars (Han, CJK punctuation, U+FFFD) of every length around the four-at-a-time
    // step, broken by ASCII, a line break, a quote, a two-byte and a four-byte scalar, and the edges of
    // the surrogate gap (U+D7FF, U+E000).
    let pieces: [(scalars: [UInt32], json: String)] = [
      ([0x4E00], "一"), ([0x3002], "。"), ([0xFFFD], "\u{FFFD}"), ([0xD7FF], "\u{D7FF}"), ([0xE000], "\u{E000}"),
      ([0x31], "1"), ([0x0A], "\\n"), ([0x22], "\\\""), ([0xE9], "é"), ([0x1F600], "😀"), ([0x7FF], "\u{7FF}"),
      ([0x800], "\u{800}"),
    ]
    for length in 0...9 {
      for breaker in pieces {
        let run = (0..<length).map { UInt32(0x5E74 + $0) }  // 年 and what follows it
        let runJSON = String(String.UnicodeScalarView(run.map { Unicode.Scalar($0)! }))
        let scalars = run + breaker.scalars + run + breaker.scalars
        let expected = "\"" + runJSON + breaker.json + runJSON + breaker.json + "\""
        #expect(Self.written { $0.string(scalars: scalars[...]) } == expected)
      }
    }
  }
}

/// Decimals with exponents on both sides of the in-place path's bounds (±20) are spelled as they describe
/// themselves.
@Test func decimalsOfEveryExponentAreWrittenAsTheyDescribeThemselves() {
  for s: Int64 in [0, 1, 9, 10, 123, -7, -4500, 19_850_000_000, Int64.max, -Int64.max] {
    for e in -26...26 {
      let v = ExactDecimal(significand: s, exponent: e)
      #expect(JSONWriterFastPathTests.written { $0.decimal(v) } == v.description)
    }
  }
}

/// A writer over a caller's buffer writes in place while the bytes fit, then goes on in a buffer of its own
/// with everything written so far, and never frees the caller's.
@Test func aWriterOverABufferSpillsWhenItOutgrowsIt() {
  let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64)
  defer { buffer.deallocate() }
  do {
    var w = JSONWriter(pretty: false, over: buffer)
    // Room for the worst case is made first (six bytes a byte): 20 for 元, within the 64.
    w.string("元")
    w.int(2026)
    let inPlace = w.isInPlace
    #expect(inPlace && w.written == 9)
    #expect(String(decoding: buffer.prefix(w.written), as: UTF8.self) == "\"元\"2026")
  }
  do {
    var w = JSONWriter(pretty: false, over: buffer)
    let long = String(repeating: "亿元", count: 20)  // 120 bytes and its quotes
    w.string(long)
    let inPlace = w.isInPlace
    #expect(!inPlace)
    #expect(String(decoding: w.bytes, as: UTF8.self) == "\"" + long + "\"")
  }
}

/// `encode` writes the same bytes as the streaming `write`, with its final line break.
@Test func encodeInPlaceMatchesTheStream() {
  let text = "2026年工作安排\n今年经济增长4.5%—5%，城镇新增就业1200万人以上。\n新建项目120个以上。"
  let report = Pipeline().process(
    SourceText(info: SourceInfo(path: "r.txt", format: .text, encoding: .utf8, sha256: String(repeating: "0", count: 64)),
      text: text))
  var streamed: [UInt8] = []
  ReportJSON.write(report) { streamed += $0 }
  #expect(ReportJSON.encode(report) == streamed + [0x0A])
}
