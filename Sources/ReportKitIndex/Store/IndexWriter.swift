import Foundation

/// What the index holds for one source: the hash and rules it was indexed with.
public struct IndexedSource: Hashable, Sendable {
  /// SHA-256 of the source bytes.
  public var sha256: String
  /// Fingerprint of the rules.
  public var rules: String

  /// Makes a record.
  public init(sha256: String, rules: String) {
    self.sha256 = sha256
    self.rules = rules
  }
}

/// Writes sources into an index file: one connection, one prepared statement per table, WAL journal.
///
/// Not thread-safe: a batch calls it under its lock, from whichever worker finished a source. Changes go
/// into the open transaction and become visible at `commit()`; a source's old rows are deleted and its new
/// rows inserted in the same transaction, so the index never holds a source twice or half of one.
public final class IndexWriter {
  private let db: SQLiteDatabase
  private let insertDocument: SQLiteStatement
  private let insertPassage: SQLiteStatement
  private let insertToken: SQLiteStatement
  private let insertChildren: [SQLiteStatement]
  private let findDocuments: SQLiteStatement
  private let documentPassages: SQLiteStatement
  private let deleteToken: SQLiteStatement
  private let deletePassages: SQLiteStatement
  private let deleteChildren: [SQLiteStatement]
  private let deleteDocument: SQLiteStatement
  /// Bytes of text and pairs written since the last commit.
  public private(set) var pendingWeight = 0
  /// Sources written since the last commit.
  public private(set) var pendingSources = 0

  /// Opens the index at `path`, creating it (and its tables) when the file does not exist.
  public init(path: String) throws(IndexError) {
    let db = try SQLiteDatabase(path: path, create: true)
    self.db = db
    // WAL: readers (a search during a batch) never block the writer, and a commit is one append to the log.
    // synchronous=NORMAL: no fsync per commit; a killed process loses nothing committed (only a power loss
    // may lose the last commits, never consistency).
    // wal_autocheckpoint: copy the log into the file every 40 MB rather than 4 MB (each copy writes every
    // page twice); the run ends with one checkpoint.
    try db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000")
    try IndexWriter.prepareSchema(db)
    let childNames = Schema.perDocument.map(\.name)
    insertDocument = try db.prepare(Schema.documents.insert(skipping: ["id"]))
    insertPassage = try db.prepare(Schema.passages.insert())
    insertToken = try db.prepare("INSERT INTO passages_fts(rowid, bigrams) VALUES(?1, ?2)")
    insertChildren = try Schema.perDocument.map { t throws(IndexError) in try db.prepare(t.insert()) }
    findDocuments = try db.prepare("SELECT id FROM documents WHERE relative_path = ?1")
    documentPassages = try db.prepare("SELECT id, text FROM passages WHERE id BETWEEN ?1 AND ?2")
    // A contentless FTS5 table forgets a row only when told the tokens it was given.
    deleteToken = try db.prepare("INSERT INTO passages_fts(passages_fts, rowid, bigrams) VALUES('delete', ?1, ?2)")
    deletePassages = try db.prepare("DELETE FROM passages WHERE id BETWEEN ?1 AND ?2")
    deleteChildren = try childNames.map { n throws(IndexError) in try db.prepare("DELETE FROM \(n) WHERE document = ?1") }
    deleteDocument = try db.prepare("DELETE FROM documents WHERE id = ?1")
  }

  /// Creates the tables in an empty file; refuses a file that is another program's or another version's.
  static func prepareSchema(_ db: SQLiteDatabase) throws(IndexError) {
    let probe = try db.prepare("PRAGMA user_version")
    let version = try probe.step() ? probe.int(0) ?? 0 : 0
    probe.reset()
    let tables = try db.prepare("SELECT count(*) FROM sqlite_schema")
    let count = try tables.step() ? tables.int(0) ?? 0 : 0
    tables.reset()
    if count == 0 {
      try db.exec("BEGIN; " + Schema.create + " COMMIT;")
      return
    }
    try checkSchema(db, version: version)
  }

  /// Throws unless the file is a ReportKit index of this version.
  static func checkSchema(_ db: SQLiteDatabase, version: Int) throws(IndexError) {
    let app = try db.prepare("PRAGMA application_id")
    let id = try app.step() ? app.int(0) ?? 0 : 0
    app.reset()
    guard id == Int(Schema.applicationID) else {
      throw IndexError(path: db.path, reason: "not a ReportKit index (an SQLite file made by something else); give another --index file")
    }
    guard version == Schema.version else {
      throw IndexError(
        path: db.path,
        reason: "index of version \(version), this reportkit writes version \(Schema.version): delete it and rerun the batch")
    }
  }

  /// The sources the index holds, by relative path: what `--resume` compares against.
  public func indexedSources() throws(IndexError) -> [String: IndexedSource] {
    let q = try db.prepare("SELECT relative_path, sha256, rules FROM documents GROUP BY relative_path")
    var out: [String: IndexedSource] = [:]
    while try q.step() {
      if let p = q.text(0), let h = q.text(1), let r = q.text(2) { out[p] = IndexedSource(sha256: h, rules: r) }
    }
    return out
  }

  /// Replaces the rows of the entry's source with the entry's, in the open transaction.
  public func replace(_ entry: IndexEntry) throws(IndexError) {
    try begin()
    try remove(relativePath: entry.relativePath)
    for d in entry.documents {
      try insertDocument.run(d.document)
      let id = db.lastInsertRowID
      for p in d.passages {
        guard case .int(let seq) = p.values[0] else { continue }
        let rowid = id << 20 | seq
        insertPassage.bind(1, .int(rowid))
        insertPassage.bind(2, .int(id))
        for (k, v) in p.values.enumerated() { insertPassage.bind(Int32(k + 3), v) }
        try step(insertPassage)
        insertToken.bind(1, .int(rowid))
        insertToken.bind(2, .utf8(p.tokens))
        try step(insertToken)
      }
      for (stmt, rows) in zip(insertChildren, d.children) {
        for row in rows {
          stmt.bind(1, .int(id))
          for (k, v) in row.enumerated() { stmt.bind(Int32(k + 2), v) }
          try step(stmt)
        }
      }
    }
    pendingWeight += entry.weight
    pendingSources += 1
  }

  /// Deletes every row of the source at `relativePath` (a source that failed or vanished), in the open
  /// transaction.
  public func remove(relativePath: String) throws(IndexError) {
    try begin()
    findDocuments.bind(1, .text(relativePath))
    var ids: [Int] = []
    while try findDocuments.step() { if let id = findDocuments.int(0) { ids.append(id) } }
    findDocuments.reset()
    for id in ids {
      let range: [SQLValue] = [.int(id << 20), .int(id << 20 | 0xFFFFF)]
      documentPassages.bind(range)
      var old: [(Int, String)] = []
      while try documentPassages.step() {
        if let r = documentPassages.int(0), let t = documentPassages.text(1) { old.append((r, t)) }
      }
      documentPassages.reset()
      for (rowid, text) in old {
        let scalars = text.unicodeScalars.map(\.value)
        try deleteToken.run([.int(rowid), .utf8(Bigrams.tokens(scalars[...]))])
      }
      try deletePassages.run(range)
      for stmt in deleteChildren { try stmt.run([.int(id)]) }
      try deleteDocument.run([.int(id)])
    }
  }

  /// Makes the changes since the last commit durable and visible.
  public func commit() throws(IndexError) {
    guard db.inTransaction else { return }
    try db.exec("COMMIT")
    pendingWeight = 0
    pendingSources = 0
  }

  /// Drops the changes since the last commit.
  public func rollback() {
    if db.inTransaction { try? db.exec("ROLLBACK") }
    pendingWeight = 0
    pendingSources = 0
  }

  /// Folds the write-ahead log back into the file, so the index is one file again after a run.
  public func checkpoint() {
    try? db.exec("PRAGMA wal_checkpoint(TRUNCATE)")
  }

  private func begin() throws(IndexError) {
    if !db.inTransaction { try db.exec("BEGIN IMMEDIATE") }
  }

  private func step(_ s: SQLiteStatement) throws(IndexError) {
    defer { s.reset() }
    try s.step()
  }
}
