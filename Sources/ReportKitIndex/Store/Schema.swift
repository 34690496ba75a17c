/// The tables of the index, each named once: the CREATE statements and the INSERT statements the writer
/// prepares both come from these column lists, so a row built in a worker matches its table by construction.
enum Schema {
  /// Bumped whenever a table or the bigram tokens change; an index of another version is refused.
  static let version = 1
  /// `PRAGMA application_id`: "RKIX", so a stray SQLite file is not taken for an index.
  static let applicationID: Int32 = 0x524B_4958

  /// A table: its name, its columns with their SQL types, and the key of a table clustered by document.
  struct Table {
    let name: String
    let columns: [(name: String, type: String)]
    /// `document, seq` for the per-document tables: WITHOUT ROWID, so a document's rows lie together and
    /// deleting them is one range of the primary key, without a second index to maintain.
    var clusteredKey: String? = nil

    var create: String {
      var cols = columns.map { "\($0.name) \($0.type)" }
      if let key = clusteredKey { cols.append("PRIMARY KEY(\(key))") }
      return "CREATE TABLE \(name)(" + cols.joined(separator: ", ") + ")" + (clusteredKey == nil ? "" : " WITHOUT ROWID")
    }
    /// INSERT of every column but those in `skipping` (an INTEGER PRIMARY KEY that SQLite assigns), in order.
    func insert(skipping: Set<String> = []) -> String {
      let cols = columns.filter { !skipping.contains($0.name) }
      return "INSERT INTO \(name)(" + cols.map(\.name).joined(separator: ", ") + ") VALUES("
        + cols.indices.map { "?\($0 + 1)" }.joined(separator: ", ") + ")"
    }
  }

  /// One row per document (article) of an indexed source.
  static let documents = Table(
    name: "documents",
    columns: [
      ("id", "INTEGER PRIMARY KEY"),
      ("path", "TEXT NOT NULL"),  // the path as the batch was given it (source.path of the JSON)
      ("relative_path", "TEXT NOT NULL"),  // the source's place in the archive: what a rerun replaces
      ("doc", "TEXT NOT NULL"),  // d1, d2… within the file
      ("sha256", "TEXT NOT NULL"),
      ("rules", "TEXT NOT NULL"),  // RuleSet.fingerprint of the run that indexed it
      ("format", "TEXT"),
      ("title", "TEXT"),
      ("region", "TEXT"),
      ("level", "TEXT"),  // national|province|city|county|district (AdminLevel)
      ("kind", "TEXT"),  // Document.kind: workReport, statisticalBulletin, planExecutionReport…
      ("year", "INTEGER"),
      ("characters", "INTEGER"),
    ])

  /// Outline nodes in pre-order.
  static let nodes = Table(
    name: "nodes",
    columns: [
      ("document", "INTEGER NOT NULL"), ("seq", "INTEGER NOT NULL"), ("id", "TEXT NOT NULL"), ("parent", "TEXT"),
      ("kind", "TEXT"), ("marker", "TEXT"), ("ordinal", "INTEGER"), ("level", "INTEGER"), ("heading", "TEXT"),
      ("role", "TEXT"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
    ],
    clusteredKey: "document, seq")

  /// The units of full-text search: paragraphs (long ones cut at sentence ends), with the node they open in.
  /// `id` is `document << 20 | seq`, the rowid of the same passage in `passages_fts`.
  static let passages = Table(
    name: "passages",
    columns: [
      ("id", "INTEGER PRIMARY KEY"), ("document", "INTEGER NOT NULL"), ("seq", "INTEGER NOT NULL"),
      ("node", "TEXT"), ("span_start", "INTEGER"), ("span_end", "INTEGER"), ("text", "TEXT NOT NULL"),
    ])

  /// Figures; `value` is the exact decimal as text, `value_real` the same as REAL for sorting and sums.
  static let figures = Table(
    name: "figures",
    columns: [
      ("document", "INTEGER NOT NULL"), ("seq", "INTEGER NOT NULL"), ("id", "TEXT NOT NULL"), ("text", "TEXT"),
      ("value", "TEXT"), ("value_real", "REAL"), ("upper", "TEXT"), ("upper_real", "REAL"), ("unit", "TEXT"),
      ("qualifier", "TEXT"), ("kind", "TEXT"), ("metric", "TEXT"), ("role", "TEXT"), ("node", "TEXT"),
      ("passage", "INTEGER"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
      ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"),
    ],
    clusteredKey: "document, seq")

  /// Deadlines with their resolved intervals (ISO dates).
  static let deadlines = Table(
    name: "deadlines",
    columns: [
      ("document", "INTEGER NOT NULL"), ("seq", "INTEGER NOT NULL"), ("id", "TEXT NOT NULL"), ("text", "TEXT"),
      ("kind", "TEXT"), ("start_date", "TEXT"), ("end_date", "TEXT"), ("node", "TEXT"), ("passage", "INTEGER"),
      ("span_start", "INTEGER"), ("span_end", "INTEGER"),
    ],
    clusteredKey: "document, seq")

  /// Targets; `text` is the whole sentence.
  static let targets = Table(
    name: "targets",
    columns: [
      ("document", "INTEGER NOT NULL"), ("seq", "INTEGER NOT NULL"), ("id", "TEXT NOT NULL"), ("metric", "TEXT"),
      ("comparator", "TEXT"), ("value", "TEXT"), ("value_real", "REAL"), ("upper", "TEXT"), ("upper_real", "REAL"),
      ("unit", "TEXT"), ("hedge", "TEXT"), ("deadline", "TEXT"), ("figure", "TEXT"), ("node", "TEXT"),
      ("passage", "INTEGER"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
      ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"), ("text", "TEXT"),
    ],
    clusteredKey: "document, seq")

  /// The tables whose rows belong to one document by their `document` column and are deleted with it.
  static let perDocument = [nodes, figures, deadlines, targets]

  /// Everything the writer creates in a new file.
  static var create: String {
    let tables = [documents, nodes, passages, figures, deadlines, targets].map(\.create)
    return (tables + [
      "CREATE INDEX documents_by_source ON documents(relative_path)",
      // Contentless: the text is in `passages`, the pairs only in the inverted index. The ascii tokenizer
      // splits at spaces exactly as unicode61 would for these tokens (letters and digits only), in a third
      // less time (measured on the 84 reports: 0.52 s against 0.76 s).
      "CREATE VIRTUAL TABLE passages_fts USING fts5(bigrams, tokenize = 'ascii', content = '')",
      // FTS5 merges its segments 4 at a time after every flush by default: a third of the index writer's
      // time, which is the one part of a batch that does not run in parallel. Merging 16 at a time, only
      // when 16 pile up on one level, does the same job in fewer passes; queries read a few more segments.
      "INSERT INTO passages_fts(passages_fts, rank) VALUES('automerge', 0)",
      "INSERT INTO passages_fts(passages_fts, rank) VALUES('crisismerge', 16)",
      "PRAGMA user_version = \(version)",
      "PRAGMA application_id = \(applicationID)",
    ]).joined(separator: ";\n") + ";"
  }
}
