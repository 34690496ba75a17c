import Foundation

/// Runs the stages on one input: ingest, normalise, split into articles, infer the year, segment, extract.
public struct Pipeline: Sendable {
  /// What the caller can set.
  public struct Options: Sendable {
    /// The report year, overriding what the text says.
    public var year: Int?
    /// The rules the stages read: the built-in ones, or a folder of rule files laid over them.
    public var rules: RuleSet
    /// Makes options.
    public init(year: Int? = nil, rules: RuleSet = .builtin) {
      self.year = year
      self.rules = rules
    }
  }

  /// The options in force.
  public var options: Options {
    didSet { stages = Stages(rules: options.rules) }
  }

  /// The stages, made once from the rules: each reads its word lists into its own form when made (~47,000
  /// instructions together), which a run over many small files would otherwise pay per file.
  private var stages: Stages

  private struct Stages: Sendable {
    let normalizer: Normalizer
    let splitter: ArticleSplitter
    let kindReader: KindReader
    let yearInferrer: YearInferrer
    let segmenter: Segmenter
    let extractor: Extractor

    init(rules: RuleSet) {
      normalizer = Normalizer(rules: rules)
      splitter = ArticleSplitter(rules: rules)
      kindReader = KindReader(rules: rules)
      yearInferrer = YearInferrer(rules: rules)
      segmenter = Segmenter(rules: rules)
      extractor = Extractor(rules: rules)
    }
  }

  /// Makes a pipeline.
  public init(options: Options = Options()) {
    self.options = options
    stages = Stages(rules: options.rules)
  }

  /// Processes the bytes of an input; `path` names it in the report and in errors (the caller reads the file).
  public func extract(data: Data, path: String) throws(IngestError) -> Report {
    process(try Ingestor().read(data: data, path: path))
  }

  /// Processes the bytes of an input read into an array (no copy of them is made); `sha256` as
  /// `Ingestor.read(bytes:path:sha256:)` takes it.
  public func extract(bytes: [UInt8], path: String, sha256: String? = nil) throws(IngestError) -> Report {
    process(try Ingestor().read(bytes: bytes, path: path, sha256: sha256))
  }

  /// Processes decoded text.
  public func process(_ source: consuming SourceText) -> Report {
    let info = source.info
    let warnings = source.warnings
    var normalized = stages.normalizer.normalize(scalars: source.scalars)
    // The locator keeps the source's line breaks, not its text: the decoded source goes here (a caller that
    // passes its last reference frees it), before the documents are made.
    let lines = SourceLocator(source: source.scalars, sourceOffsets: [])
    _ = consume source
    var docs = outline(normalized)
    // The documents hold their text now (copies of it when the input holds several articles): the normalised
    // text is let go before extraction, so a large input is not held twice; its offset map stays, for the locator
    // and the reader's warnings.
    let map = normalized.sourceOffsets
    let locator = lines.withSourceOffsets(map)
    normalized.scalars = []
    normalized.sourceOffsets = []
    extract(&docs)
    place(warnings, map: map, in: &docs)
    return Report(source: info, documents: docs, locator: locator)
  }

  /// Gives each of the reader's `warnings` (spans in the source) to the document holding its place in the
  /// normalised text (the first scalar that came from at or after it; the last document when none did); `map`
  /// is the normalised text's source offsets.
  func place(_ warnings: [Diagnostic], map: [Int32], in docs: inout [Document]) {
    guard !warnings.isEmpty, !docs.isEmpty else { return }
    for w in warnings {
      let at = w.span?.start ?? 0
      // The map rises through the text (the normaliser only drops and joins): bisect it.
      var lo = 0
      var hi = map.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if Int(map[mid]) < at { lo = mid + 1 } else { hi = mid }
      }
      let k = docs.lastIndex { $0.offsetInFile <= lo } ?? 0
      let start = max(0, min(lo - docs[k].offsetInFile, docs[k].scalars.count - 1))
      var d = w
      d.span = SourceSpan(start: start, end: min(start + 1, docs[k].scalars.count))
      docs[k].diagnostics.append(d)
      docs[k].diagnostics.sort { ($0.span?.start ?? -1, $0.id) < ($1.span?.start ?? -1, $1.id) }
    }
  }

  /// Splits normalised text into documents with their outlines, sentences, figures, deadlines and targets.
  public func documents(from normalized: NormalizedText) -> [Document] {
    var docs = outline(normalized)
    extract(&docs)
    return docs
  }

  /// Figures, deadlines and targets of each document, its diagnostics in text order.
  private func extract(_ docs: inout [Document]) {
    for k in docs.indices {
      stages.extractor.extract(&docs[k])
      docs[k].diagnostics.sort { ($0.span?.start ?? -1, $0.id) < ($1.span?.start ?? -1, $1.id) }
    }
  }

  /// Splits normalised text into documents with header, year and outline, before extraction.
  public func outline(_ normalized: NormalizedText) -> [Document] {
    let s = normalized.scalars
    let articles = stages.splitter.split(s)
    let kinds = articles.map { stages.kindReader.kind(of: $0, text: s[$0.range]) }
    let years = stages.yearInferrer.years(of: articles, kinds: kinds.map(\.kind), in: s, given: options.year)
    var docs: [Document] = []
    for (k, art) in articles.enumerated() {
      // A file of one article (most) shares the normalised text's buffer instead of copying it.
      let text = art.range == s.indices ? s : Array(s[art.range])
      var doc = Document(id: "d\(k + 1)", scalars: text, offsetInFile: art.range.lowerBound)
      doc.header = art.header
      doc.docNumber = art.docNumber
      doc.date = art.date?.dayValue
      doc.diagnostics = art.diagnostics
      // A repair at the very end of the text (debris closing it) belongs to the last article.
      let last = k == articles.count - 1
      for r in normalized.repairs where art.range.contains(r.offset) || (last && r.offset == art.range.upperBound) {
        doc.diagnostics.append(r.diagnostic(documentStart: art.range.lowerBound, count: art.range.count))
      }
      (doc.kind, doc.kindEvidence) = kinds[k]
      if let y = years[k] {
        doc.year = y.year
        doc.yearEvidence = y.yearEvidence
        doc.dataYear = y.dataYear
        doc.dataYearEvidence = y.dataYearEvidence
      } else {
        doc.diagnostics.append(.yearNotStated())
      }
      // Segmented once the year and kind are settled: a part heading naming an earlier year reviews it, and a
      // bulletin's parts all report actuals.
      doc.outline = stages.segmenter.segment(
        doc.scalars, bodyStart: art.bodyStart, lines: art.lines, reportYear: doc.year, kind: doc.kind,
        diagnostics: &doc.diagnostics)
      docs.append(doc)
    }
    return docs
  }
}
