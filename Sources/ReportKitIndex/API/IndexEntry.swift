import ReportKit

/// The rows of one indexed source, made from its report in a batch worker so that the single index writer
/// only binds and inserts: text, bigram strings, outline, figures, deadlines and targets, all prepared.
public struct IndexEntry: Sendable {
  /// The source's place in the archive (its path relative to the batch root): what a rerun replaces.
  public let relativePath: String
  /// SHA-256 of the source bytes.
  public let sha256: String
  /// Fingerprint of the rules the report was made with.
  public let rules: String
  let documents: [DocumentRows]
  /// Bytes of text and pairs the entry holds: the writer's measure for batching commits.
  public let weight: Int

  /// Prepares the rows of `report`, read from the archive path `relativePath` with rules `rules`.
  public init(report: Report, relativePath: String, rules: String) {
    self.relativePath = relativePath
    self.sha256 = report.source.sha256
    self.rules = rules
    var docs: [DocumentRows] = []
    var weight = 0
    for d in report.documents {
      let rows = DocumentRows(d, source: report.source, relativePath: relativePath, rules: rules)
      weight += rows.weight
      docs.append(rows)
    }
    documents = docs
    self.weight = weight
  }
}

/// The rows of one document, in the column order of `Schema` (the document's id and, for passages, the
/// passage's rowid are bound by the writer, which learns them on insert).
struct DocumentRows: Sendable {
  /// `documents` without `id`.
  var document: [SQLValue]
  /// `passages` without `id` and `document`, with the bigram tokens of each.
  var passages: [(values: [SQLValue], tokens: [UInt8])]
  /// Rows of `Schema.perDocument` tables without `document`, in that order.
  var children: [[[SQLValue]]]
  var weight = 0

  /// Longest passage before it is cut at a sentence end: bm25 ranks a paragraph, and a snippet is cut from it.
  static let passageLimit = 400

  init(_ d: Document, source: SourceInfo, relativePath: String, rules: String) {
    let place = AdminLevel.resolve(headerRegion: d.header.region, path: relativePath)
    document = [
      .text(source.path), .text(relativePath), .text(d.id), .text(source.sha256), .text(rules),
      .text(source.format.rawValue), text(d.header.title), text(place.region), text(place.level?.rawValue),
      .text(d.kind.rawValue), d.year.map(SQLValue.int) ?? .null, .int(d.scalars.count),
    ]
    let spans = DocumentRows.passageSpans(d.scalars)
    passages = []
    passages.reserveCapacity(spans.count)
    for (k, span) in spans.enumerated() {
      let slice = d.scalars[span]
      let tokens = Bigrams.tokens(slice)
      weight += tokens.count + slice.count * 3
      passages.append((
        [.int(k), text(d.outline.node(containing: span.lowerBound)?.id.path), .int(span.lowerBound),
         .int(span.upperBound), .text(String(scalarValues: slice))],
        tokens))
    }
    let starts = spans.map(\.lowerBound)
    func passage(_ offset: Int) -> SQLValue {
      // The last passage starting at or before offset.
      var lo = 0
      var hi = starts.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
      }
      return lo > 0 ? .int(lo - 1) : .null
    }
    let outline = d.outline
    let nodes: [[SQLValue]] = outline.nodes.enumerated().map { k, n in
      [.int(k), .text(n.id.path), text(outline.parent(ofNodeAt: k)?.id.path), .text(n.kind.rawValue), .text(n.marker),
       n.ordinal.map(SQLValue.int) ?? .null, .int(n.level), .text(n.heading), .text(n.role.rawValue),
       .int(n.span.start), .int(n.span.end)]
    }
    let figures: [[SQLValue]] = d.figures.enumerated().map { k, f in
      [.int(k + 1), .text(f.id.description), .text(f.text), .text(f.value.description), real(f.value.description),
       text(f.upper?.description), f.upper.map { real($0.description) } ?? .null, .text(f.unit), text(f.qualifier),
       .text(f.kind.rawValue), text(f.metric), .text(f.role.rawValue), text(f.nodeId?.path), passage(f.span.start),
       .int(f.span.start), .int(f.span.end), .int(f.sentence.start), .int(f.sentence.end)]
    }
    let deadlines: [[SQLValue]] = d.deadlines.enumerated().map { k, t in
      [.int(k + 1), .text(t.id.description), .text(t.text), .text(t.kind.rawValue),
       text(t.interval?.start.description), text(t.interval?.end.description), text(t.nodeId?.path),
       passage(t.span.start), .int(t.span.start), .int(t.span.end)]
    }
    let targets: [[SQLValue]] = d.targets.enumerated().map { k, g in
      [.int(k + 1), .text(g.id.description), .text(g.metric), .text(g.comparator.rawValue), .text(g.value.description),
       real(g.value.description), text(g.upper?.description), g.upper.map { real($0.description) } ?? .null,
       .text(g.unit), text(g.hedge), text(g.deadlineId?.description), .text(g.figureId.description),
       text(g.nodeId?.path), passage(g.span.start), .int(g.span.start), .int(g.span.end), .int(g.sentence.start),
       .int(g.sentence.end), .text(d.quoteText(of: g))]
    }
    children = [nodes, figures, deadlines, targets]
  }

  /// The passages of a text: its lines, those longer than `passageLimit` cut after a sentence end
  /// (。！？；), never inside a sentence, so a query never straddles two passages unless it spans sentences.
  static func passageSpans(_ s: [UInt32]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    func addLine(_ a: Int, _ b: Int) {
      var a = a
      while b - a > passageLimit {
        var cut: Int? = nil
        var k = a + passageLimit - 1
        while k > a {
          if isSentenceEnd(s[k]) { cut = k + 1; break }
          k -= 1
        }
        if cut == nil {
          var j = a + passageLimit
          while j < b - 1 {
            if isSentenceEnd(s[j]) { cut = j + 1; break }
            j += 1
          }
        }
        guard let c = cut, c < b else { break }
        out.append(a..<c)
        a = c
      }
      if b > a { out.append(a..<b) }
    }
    for (k, v) in s.enumerated() where v == 0x0A {
      addLine(start, k)
      start = k + 1
    }
    addLine(start, s.count)
    return out
  }

  /// 。！？； (U+3002, U+FF01, U+FF1F, U+FF1B).
  private static func isSentenceEnd(_ v: UInt32) -> Bool { v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0xFF1B }
}

private func text(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
private func real(_ decimal: String) -> SQLValue { Double(decimal).map(SQLValue.real) ?? .null }
