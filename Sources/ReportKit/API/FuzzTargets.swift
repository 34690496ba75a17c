import Foundation

/// The entry points `reportkit-fuzz` drives, one per stage that reads untrusted bytes (SPI: for the fuzzer and
/// the tests that replay its finds, not for users).
///
/// Each takes any bytes and must return without trapping, hanging or breaking an invariant; a broken
/// invariant traps on purpose (`precondition`), so libFuzzer records the input as a crash.
@_spi(Fuzzing) public enum FuzzTarget: String, CaseIterable, Sendable {
  /// The plain-text decoder (UTF-8, UTF-16, GB18030, damaged bytes).
  case text
  /// The normaliser and the segmenter over the bytes read as UTF-8.
  case normalize
  /// The whole pipeline on the bytes read as UTF-8: articles, outline, figures, deadlines, targets.
  case extract
  /// The HTML reader.
  case html
  /// The .docx reader (zip container, styles, numbering, document walk).
  case docx
  /// The rule-file loader on one YAML file.
  case rules

  /// Runs the target on `bytes`.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .text:
      if let d = try? TextDecoder.decode(bytes, path: "fuzz.txt") {
        precondition(d.firstUndecodable < d.scalars.count, "undecodable offset outside the text")
      }
    case .normalize:
      let source = String(decoding: bytes, as: UTF8.self)
      let normalized = Normalizer().normalize(source)
      precondition(normalized.scalars.count == normalized.sourceOffsets.count, "offset map of another length")
      let count = source.unicodeScalars.count
      precondition(normalized.sourceOffsets.allSatisfy { $0 >= 0 && Int($0) <= count }, "offset outside the source")
      _ = Pipeline().outline(normalized)
    case .extract:
      let report = Pipeline().process(SourceText(
        info: SourceInfo(path: "fuzz.txt", format: .text, encoding: .utf8, sha256: ""), text: String(decoding: bytes, as: UTF8.self)))
      for doc in report.documents { FuzzTarget.checkSpans(doc) }
      _ = ReportJSON.encode(report)
    case .html:
      _ = try? HTMLReader.read(bytes, path: "fuzz.html")
    case .docx:
      _ = try? DocxReader.text(from: Data(bytes), path: "fuzz.docx")
    case .rules:
      _ = try? RuleSet(files: [(name: "fuzz.yaml", text: String(decoding: bytes, as: UTF8.self))], base: .builtin)
    }
  }

  /// Traps unless every span of `doc` lies inside its text.
  static func checkSpans(_ doc: Document) {
    let n = doc.scalars.count
    func inside(_ s: SourceSpan) -> Bool { s.start >= 0 && s.start <= s.end && s.end <= n }
    for node in doc.outline.nodes { precondition(inside(node.span), "node span outside the text") }
    for f in doc.figures { precondition(inside(f.span), "figure span outside the text") }
    for t in doc.targets { precondition(inside(t.span) && inside(t.sentence), "target span outside the text") }
    for d in doc.diagnostics { if let s = d.span { precondition(inside(s), "diagnostic span outside the text") } }
  }
}
