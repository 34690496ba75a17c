internal import CSQLite

/// A value bound to or read from an SQLite statement.
enum SQLValue: Sendable, Hashable {
  case null
  case int(Int)
  case real(Double)
  case text(String)
  /// UTF-8 text already encoded (the bigram strings, built in the workers).
  case utf8([UInt8])
}

/// One SQLite connection. Not thread-safe by itself: the batch uses it under a lock, search from one thread.
final class SQLiteDatabase {
  let handle: OpaquePointer
  /// The file, for error messages.
  let path: String

  /// Opens (and with `create`, creates) the database file at `path`.
  init(path: String, create: Bool, readOnly: Bool = false) throws(IndexError) {
    guard rk_sqlite_load() == 1 else {
      let why = rk_sqlite_load_error().map { String(cString: $0) } ?? "unknown"
      throw IndexError(path: path, reason: "the index needs SQLite, which could not be loaded (\(why)): install libsqlite3-0")
    }
    var db: OpaquePointer?
    let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
    let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
    guard rc == SQLITE_OK, let db else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
      if let db { sqlite3_close_v2(db) }
      throw IndexError(path: path, reason: "cannot open the index (\(message))")
    }
    handle = db
    self.path = path
    // Another process writing the same index (two Spark mappers) waits for the lock instead of failing.
    sqlite3_busy_timeout(db, 30_000)
  }

  deinit { sqlite3_close_v2(handle) }

  /// Runs statements that return no rows.
  func exec(_ sql: String) throws(IndexError) {
    var message: UnsafeMutablePointer<CChar>?
    if sqlite3_exec(handle, sql, nil, nil, &message) != SQLITE_OK {
      let text = message.map { String(cString: $0) } ?? lastError
      sqlite3_free(message)
      throw IndexError(path: path, reason: text)
    }
  }

  /// Compiles one statement.
  func prepare(_ sql: String) throws(IndexError) -> SQLiteStatement {
    var stmt: OpaquePointer?
    guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil) == SQLITE_OK, let stmt else {
      throw IndexError(path: path, reason: "\(lastError) in: \(sql)")
    }
    return SQLiteStatement(stmt, database: self)
  }

  /// The rowid of the last row inserted.
  var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

  /// Whether a transaction is open.
  var inTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

  /// SQLite's message for the last failure.
  var lastError: String { String(cString: sqlite3_errmsg(handle)) }
}

/// A compiled statement; bind, step, reset.
final class SQLiteStatement {
  private let stmt: OpaquePointer
  private let database: SQLiteDatabase

  fileprivate init(_ stmt: OpaquePointer, database: SQLiteDatabase) {
    self.stmt = stmt
    self.database = database
  }

  deinit { sqlite3_finalize(stmt) }

  /// Binds `values` to the parameters ?1, ?2… in order.
  func bind(_ values: [SQLValue]) {
    for (k, v) in values.enumerated() { bind(Int32(k + 1), v) }
  }

  /// Binds one parameter (1-based).
  func bind(_ index: Int32, _ value: SQLValue) {
    switch value {
    case .null: sqlite3_bind_null(stmt, index)
    case .int(let v): sqlite3_bind_int64(stmt, index, Int64(v))
    case .real(let v): sqlite3_bind_double(stmt, index, v)
    case .text(let s):
      var s = s
      s.withUTF8 { u in
        _ = sqlite3_bind_text(stmt, index, UnsafeRawPointer(u.baseAddress!).assumingMemoryBound(to: CChar.self),
          Int32(u.count), rk_sqlite_transient())
      }
    case .utf8(let bytes):
      bytes.withUnsafeBufferPointer { u in
        // An empty array may have no base address; SQLite takes a zero-length text from any pointer.
        let p = UnsafeRawPointer(u.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
        _ = sqlite3_bind_text(stmt, index, p, Int32(u.count), rk_sqlite_transient())
      }
    }
  }

  /// Runs one step: true when a row is available.
  @discardableResult
  func step() throws(IndexError) -> Bool {
    switch sqlite3_step(stmt) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default:
      let reason = database.lastError
      sqlite3_reset(stmt)
      throw IndexError(path: database.path, reason: reason)
    }
  }

  /// Binds, runs to completion and resets: for statements that return no rows.
  func run(_ values: [SQLValue]) throws(IndexError) {
    bind(values)
    defer { reset() }
    while try step() {}
  }

  /// Makes the statement ready to run again (bindings are kept until rebound).
  func reset() {
    sqlite3_reset(stmt)
  }

  /// Column `i` (0-based) of the current row as an integer, nil when NULL.
  func int(_ i: Int32) -> Int? {
    sqlite3_column_type(stmt, i) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(stmt, i))
  }

  /// Column `i` as a Double, nil when NULL.
  func double(_ i: Int32) -> Double? {
    sqlite3_column_type(stmt, i) == SQLITE_NULL ? nil : sqlite3_column_double(stmt, i)
  }

  /// Column `i` as text, nil when NULL.
  func text(_ i: Int32) -> String? {
    guard let p = sqlite3_column_text(stmt, i) else { return nil }
    let n = Int(sqlite3_column_bytes(stmt, i))
    return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
  }
}
