/// A task checklist made from one or more reports: its sources and its rows, in input and text order.
public struct Checklist: Hashable, Sendable {
  /// Version of the checklist JSON; bumped only on incompatible changes.
  public static let schemaVersion = 1

  /// The input files, in the order given.
  public var sources: [ChecklistSource]
  /// The rows: tasks and headline targets.
  public var rows: [ChecklistRow]
  /// Content problems met while making it (a document with no plan part, a plan row that assigns nothing).
  public var diagnostics: [ChecklistDiagnostic]

  /// Makes a checklist.
  public init(sources: [ChecklistSource] = [], rows: [ChecklistRow] = [], diagnostics: [ChecklistDiagnostic] = []) {
    self.sources = sources
    self.rows = rows
    self.diagnostics = diagnostics
  }

  /// Whether the rows come from more than one file, so that tables need a 来源 column.
  public var rowsFromSeveralSources: Bool { Set(rows.map(\.sourceIndex)).count > 1 }

  /// The headline-target rows.
  public var targetRows: [ChecklistRow] { rows.filter { $0.kind == .target } }
}

/// An input file of a checklist and what each of its documents was read as.
public struct ChecklistSource: Hashable, Sendable {
  /// What the document was used for.
  public enum Use: String, Hashable, Sendable, CaseIterable {
    /// A report whose plan parts give rows.
    case report
    /// A 任务分工方案 whose rows assign lead units to the reports' tasks.
    case divisionPlan
  }

  /// One document (article) of the file.
  public struct DocumentEntry: Hashable, Sendable {
    /// `d1`, `d2`…
    public var id: String
    /// Its title, when the header names one.
    public var title: String?
    /// The year it was delivered.
    public var year: Int?
    /// What kind of document it was taken for.
    public var kind: DocumentKind
    /// What it was used for.
    public var use: Use
    /// Rows it gave (for a report) or assigned (for a division plan).
    public var rows: Int

    /// Makes an entry.
    public init(id: String, title: String?, year: Int?, kind: DocumentKind, use: Use, rows: Int) {
      self.id = id
      self.title = title
      self.year = year
      self.kind = kind
      self.use = use
      self.rows = rows
    }
  }

  /// What was read.
  public var info: SourceInfo
  /// Its documents, in file order.
  public var documents: [DocumentEntry]

  /// Makes a source.
  public init(info: SourceInfo, documents: [DocumentEntry]) {
    self.info = info
    self.documents = documents
  }
}

/// A content problem of one document of a checklist's input.
public struct ChecklistDiagnostic: Hashable, Sendable {
  /// Position of the file in `Checklist.sources`.
  public var sourceIndex: Int
  /// The document's id in that file.
  public var documentId: String
  /// The problem, with its span in the document's text.
  public var diagnostic: Diagnostic

  /// Makes a diagnostic.
  public init(sourceIndex: Int, documentId: String, diagnostic: Diagnostic) {
    self.sourceIndex = sourceIndex
    self.documentId = documentId
    self.diagnostic = diagnostic
  }
}
