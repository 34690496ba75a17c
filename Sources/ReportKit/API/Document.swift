/// The result of extracting one input file: its source and the documents (articles) it holds.
public struct Report: Hashable, Sendable {
  /// Version of the JSON contract; bumped only on incompatible changes.
  public static let schemaVersion = 1
  /// What was read.
  public var source: SourceInfo
  /// The articles found in the file, in order.
  public var documents: [Document]
  /// Maps document offsets back to source lines, for diagnostics.
  public var locator: SourceLocator

  /// Makes a report.
  public init(source: SourceInfo, documents: [Document], locator: SourceLocator = SourceLocator()) {
    self.source = source
    self.documents = documents
    self.locator = locator
  }
}

/// What the first lines of an article say about it: title, subtitle, bylines, speaker, affiliation, region.
public struct DocumentHeader: Hashable, Sendable {
  /// The title line, letter spacing removed.
  public var title: String?
  /// A subtitle line (——…), without the dashes.
  public var subtitle: String?
  /// Bylines: authors of an article, or the speaker of a work report.
  public var authors: [String]
  /// The speaker line of a work report as written (国务院总理 李强).
  public var speaker: String?
  /// The affiliation line, e.g. 镇江市发展和改革委员会 from （作者单位：…）.
  public var affiliation: String?
  /// The region the report speaks for, where the header names it.
  public var region: String?

  /// Makes a header; every part is optional.
  public init(
    title: String? = nil, subtitle: String? = nil, authors: [String] = [], speaker: String? = nil,
    affiliation: String? = nil, region: String? = nil
  ) {
    self.title = title
    self.subtitle = subtitle
    self.authors = authors
    self.speaker = speaker
    self.affiliation = affiliation
    self.region = region
  }
}

/// What kind of document an article is, which sets how its figures read (a bulletin is all actuals).
public enum DocumentKind: String, Hashable, Sendable, CaseIterable {
  /// 政府工作报告: a review of the past year, then the year's targets and tasks.
  case workReport
  /// 国民经济和社会发展统计公报: the actuals of the year in its title.
  case statisticalBulletin
  /// 计划执行情况的报告: last year's plan reviewed, this year's plan set.
  case planExecutionReport
  /// 任务分工方案, 重点工作分工: tasks with lead units and deadlines.
  case taskPlan
  /// 通报, 通知 and other notices.
  case notice
  /// A signed article (the seed's department articles).
  case article
  /// Nothing says.
  case other
}

/// The role of a part of a report: reviewing what was done, or planning what will be done.
public enum PartRole: String, Hashable, Sendable, CaseIterable {
  /// 回顾: achievements of the past year or plan period.
  case review
  /// 任务/目标/下一步: what the year will do.
  case plan
  /// Headers, annexes, explanations.
  case other
}

/// One article of a file: its header, normalised text, outline, sentences and everything extracted from it.
public struct Document: Hashable, Sendable {
  /// `d1`, `d2`… in file order.
  public var id: String
  /// Title, subtitle, bylines, speaker, affiliation and region.
  public var header: DocumentHeader
  /// The year the report was delivered.
  public var year: Int?
  /// The words the year was inferred from, or the year given by the caller.
  public var yearEvidence: String?
  /// What kind of document it is.
  public var kind: DocumentKind
  /// The words the kind was read from.
  public var kindEvidence: String?
  /// The year its figures describe: the year before `year` for a work report's review, the title's year for a
  /// bulletin.
  public var dataYear: Int?
  /// The words the data year was read from.
  public var dataYearEvidence: String?
  /// The document number (国办发〔2018〕108号), where the text states one.
  public var docNumber: String?
  /// The date the document was delivered or published, where the text states it.
  public var date: Day?
  /// Normalised text as Unicode scalar values: what every span indexes, and what the stages scan.
  public var scalars: Scalars
  /// Offset of `scalars` in the file's whole normalised text.
  public var offsetInFile: Int
  /// The headline paragraph (今年发展主要预期目标是：…), whose targets are the report's headline targets.
  public var headline: SourceSpan?
  /// The outline tree, with lookups by id and by offset.
  public var outline: Outline
  /// The sentences of the text, in order: the unit of evidence for cross-checks.
  public var sentences: [Sentence]
  /// Numbers with units found in the text.
  public var figures: [Figure]
  /// Dates, deadlines and periods found in the text.
  public var deadlines: [Deadline]
  /// Planned values for metrics.
  public var targets: [Target]
  /// Content problems found while reading this document.
  public var diagnostics: [Diagnostic]

  /// Makes a document with the given normalised scalars and empty results.
  public init(id: String, scalars: Scalars, offsetInFile: Int = 0) {
    self.id = id
    self.header = DocumentHeader()
    self.year = nil
    self.yearEvidence = nil
    self.kind = .other
    self.kindEvidence = nil
    self.dataYear = nil
    self.dataYearEvidence = nil
    self.docNumber = nil
    self.date = nil
    self.scalars = scalars
    self.offsetInFile = offsetInFile
    self.headline = nil
    self.outline = Outline()
    self.sentences = []
    self.figures = []
    self.deadlines = []
    self.targets = []
    self.diagnostics = []
  }

  /// Makes a document with the given text and empty results.
  public init(id: String, text: String, offsetInFile: Int = 0) {
    self.init(id: id, scalars: text.scalarValues, offsetInFile: offsetInFile)
  }

  /// Normalised text; every span indexes its Unicode scalars.
  public var text: String { String(scalarValues: scalars) }

  /// The text a span covers (clamped to the text).
  public func text(of span: SourceSpan) -> String {
    let a = max(0, min(span.start, scalars.count))
    let b = max(a, min(span.end, scalars.count))
    return String(scalarValues: scalars[a..<b])
  }

  // MARK: Lookups by id

  /// The figure with this id.
  public func figure(_ id: FigureID) -> Figure? { Document.find(id, in: figures, \.id) }

  /// The deadline with this id.
  public func deadline(_ id: DeadlineID) -> Deadline? { Document.find(id, in: deadlines, \.id) }

  /// The target with this id.
  public func target(_ id: TargetID) -> Target? { Document.find(id, in: targets, \.id) }

  /// The sentence with this id.
  public func sentence(_ id: SentenceID) -> Sentence? { Document.find(id, in: sentences, \.id) }

  /// The figure a target reads its value from.
  public func figure(of target: Target) -> Figure? { figure(target.figureId) }

  /// The deadline a target carries, nil when it has none.
  public func deadline(of target: Target) -> Deadline? { target.deadlineId.flatMap(deadline) }

  /// The whole sentence a target or figure stands in, as text.
  public func sentenceText(of target: Target) -> String { text(of: target.sentence) }

  /// Ids are numbered in list order, so the record is usually at `number - 1`; a filtered list is searched.
  private static func find<T, K: IDPrefix>(_ id: SequentialID<K>, in list: [T], _ key: KeyPath<T, SequentialID<K>>) -> T? {
    let k = id.number - 1
    if k >= 0, k < list.count, list[k][keyPath: key] == id { return list[k] }
    return list.first { $0[keyPath: key] == id }
  }

  // MARK: Sentences

  /// The sentence holding `offset`, nil outside every sentence (on a line break).
  public func sentence(containing offset: Int) -> Sentence? {
    var lo = 0
    var hi = sentences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sentences[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < sentences.count && sentences[lo].span.contains(offset) ? sentences[lo] : nil
  }

  /// The sentences whose part has `role`: review sentences are the evidence a cross-check reads.
  public func sentences(in role: PartRole) -> [Sentence] { sentences.filter { $0.role == role } }

  /// The figures whose span lies inside `span`, in text order.
  public func figures(in span: SourceSpan) -> [Figure] { figures.filter { span.contains($0.span) } }
}
