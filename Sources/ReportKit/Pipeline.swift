import Foundation

/// Runs the stages on one input: ingest, normalise, split into articles, infer the year, segment, extract.
public struct Pipeline: Sendable {
  /// What the user can set.
  public struct Options: Sendable {
    /// The report year, overriding what the text says.
    public var year: Int?
    /// The rules extraction runs on: the built-in ones, or those with `--rules DIR` laid over them.
    public var rules: RuleSet
    /// Makes options.
    public init(year: Int? = nil, rules: RuleSet = .builtin) {
      self.year = year
      self.rules = rules
    }
  }

  /// The options in force.
  public var options: Options

  /// Makes a pipeline.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Reads and processes the file at `path` (`-` for standard input).
  public func extract(path: String) throws(IngestError) -> Report {
    process(try Ingestor().read(path: path))
  }

  /// Processes bytes that came from `path`.
  public func extract(data: Data, path: String) throws(IngestError) -> Report {
    process(try Ingestor().read(data: data, path: path))
  }

  /// Processes decoded text.
  public func process(_ source: SourceText) -> Report {
    let normalized = Normalizer().normalize(scalars: source.scalars)
    return Report(source: source.info, documents: documents(from: normalized), locator: SourceLocator(source.scalars, normalized))
  }

  /// Splits normalised text into documents with their outlines, figures, deadlines and targets.
  public func documents(from normalized: NormalizedText) -> [Document] {
    var docs = outline(normalized)
    let extractor = Extractor(rules: options.rules)
    for k in docs.indices {
      extractor.extract(&docs[k])
      // One warning about the missing year: extraction's names the deadlines it leaves undated.
      if docs[k].diagnostics.contains(where: { $0.id == "extract.year-unknown" }) {
        docs[k].diagnostics.removeAll { $0.id == "split.year-unknown" }
      }
      docs[k].diagnostics.sort { ($0.span?.start ?? -1, $0.id) < ($1.span?.start ?? -1, $1.id) }
    }
    return docs
  }

  /// Splits normalised text into documents with header, year and outline, before extraction.
  public func outline(_ normalized: NormalizedText) -> [Document] {
    let s = normalized.scalars
    let articles = ArticleSplitter().split(s)
    let segmenter = Segmenter(rules: options.rules)
    var docs: [Document] = []
    var years: [(Int, String)?] = []
    for (k, art) in articles.enumerated() {
      let slice = Array(s[art.range])
      var doc = Document(id: "d\(k + 1)", scalars: slice, offsetInFile: art.range.lowerBound)
      doc.title = art.title
      doc.subtitle = art.subtitle
      doc.authors = art.authors
      doc.speaker = art.speaker
      doc.affiliation = art.affiliation
      doc.region = art.region
      doc.diagnostics = art.diagnostics
      for r in normalized.repairs where art.range.contains(r.offset) {
        let at = r.offset - art.range.lowerBound
        doc.diagnostics.append(Diagnostic(id: r.id, severity: .note,
          message: r.id == "normalize.page-break-joined" ? "joined a paragraph split by a page break" : "joined a marker split over two lines",
          span: SourceSpan(start: max(0, at - 1), end: min(slice.count, at + 1))))
      }
      years.append(YearInferrer().infer(slice, article: art, lines: art.lines))
      docs.append(doc)
    }
    // Articles printed together share a year when only some of them state it.
    let shared = years.enumerated().first { $0.element != nil }
    for k in docs.indices {
      if let y = options.year {
        docs[k].year = y
        docs[k].yearEvidence = "--year \(y)"
      } else if let (y, ev) = years[k] {
        docs[k].year = y
        docs[k].yearEvidence = ev
      } else if let (j, found) = shared, let (y, ev) = found {
        docs[k].year = y
        docs[k].yearEvidence = "same file as d\(j + 1): \(ev)"
      } else {
        docs[k].diagnostics.append(Diagnostic(id: "split.year-unknown", severity: .warning,
          message: "the report's year is not stated; relative dates stay unresolved (give --year)", span: nil))
      }
      // Segmented once the year is settled: a part heading naming an earlier year reviews it.
      docs[k].outline = segmenter.segment(
        docs[k].scalars, bodyStart: articles[k].bodyStart, lines: articles[k].lines, reportYear: docs[k].year,
        diagnostics: &docs[k].diagnostics)
    }
    return docs
  }
}

/// Maps a document offset back to a line and column of the decoded source, for diagnostics.
public struct SourceLocator: Sendable {
  private var sourceOffsets: [Int32]
  private var source: Scalars

  /// Keeps `source` and the normaliser's offset map; lines are counted only when a diagnostic asks.
  public init(_ source: Scalars, _ normalized: NormalizedText) {
    sourceOffsets = normalized.sourceOffsets
    self.source = source
  }

  /// Empty locator (every offset is line 1).
  public init() {
    sourceOffsets = []
    source = []
  }

  /// 1-based line and column in the source of the scalar at `fileOffset` of the normalised text.
  public func location(ofFileOffset fileOffset: Int) -> (line: Int, column: Int) {
    locations(ofFileOffsets: [fileOffset])[0]
  }

  /// Lines and columns for many offsets in one pass over the source (diagnostics of a whole file).
  public func locations(ofFileOffsets offsets: [Int]) -> [(line: Int, column: Int)] {
    guard !sourceOffsets.isEmpty else { return offsets.map { _ in (1, 1) } }
    let targets = offsets.map { Int(sourceOffsets[max(0, min($0, sourceOffsets.count - 1))]) }
    let order = targets.indices.sorted { targets[$0] < targets[$1] }
    var out = [(line: Int, column: Int)](repeating: (1, 1), count: offsets.count)
    var line = 1
    var column = 1
    var k = 0
    var lastCR = false
    var next = 0
    for u in source {
      while next < order.count && targets[order[next]] == k {
        out[order[next]] = (line, column)
        next += 1
      }
      if next == order.count { break }
      k += 1
      if u == 0x0A && lastCR {
        lastCR = false
        continue
      }
      if u == 0x0A || u == 0x0D {
        line += 1
        column = 1
      } else {
        column += 1
      }
      lastCR = u == 0x0D
    }
    while next < order.count {
      out[order[next]] = (line, column)
      next += 1
    }
    return out
  }
}
