import Foundation
import ReportKit

/// Answers searches over an index file: FTS5 phrase queries over the passages' character pairs, ranked
/// with bm25, with the document filters in the same SQL; one-character queries scan the passages' text.
public final class IndexSearcher {
  private let db: SQLiteDatabase

  /// Opens the index at `path` for reading.
  public init(path: String) throws(IndexError) {
    guard FileManager.default.fileExists(atPath: path) else {
      throw IndexError(path: path, reason: "no such index file (make one with reportkit batch … --index FILE)")
    }
    db = try SQLiteDatabase(path: path, create: false)
    let probe = try db.prepare("PRAGMA user_version")
    let version = try probe.step() ? probe.int(0) ?? 0 : 0
    probe.reset()
    try IndexWriter.checkSchema(db, version: version)
  }

  /// The hits of `query`, best first.
  public func search(_ query: SearchQuery) throws(IndexError) -> SearchResults {
    let plan = QueryPlan(query)
    let stmt = try db.prepare(plan.sql)
    stmt.bind(plan.parameters)
    var hits: [SearchHit] = []
    var total = 0
    var seenNodes = Set<String>()
    var cachedPassage: (key: Int, scalars: [UInt32], matches: [Int])? = nil
    let limit = query.limit > 0 ? query.limit : Int.max
    while try stmt.step() {
      let document = stmt.int(0) ?? 0
      let seq = stmt.int(1) ?? 0
      let passageStart = stmt.int(3) ?? 0
      let key = document << 20 | seq
      if cachedPassage?.key != key {
        let scalars = (stmt.text(4) ?? "").unicodeScalars.map { Bigrams.folded($0.value) }
        cachedPassage = (key, scalars, QueryPlan.occurrences(of: plan.needle, in: scalars))
      }
      guard let passage = cachedPassage, let first = passage.matches.first else { continue }
      var match = first
      var window = 0..<passage.scalars.count
      var record: HitRecord? = nil
      switch query.kind {
      case .text:
        break
      case .task:
        // One hit per node: the best-ranked passage of it.
        guard seenNodes.insert("\(document)/\(stmt.text(2) ?? "")").inserted else { continue }
      case .figure, .target:
        let a = (stmt.int(18) ?? 0) - passageStart
        let b = (stmt.int(19) ?? 0) - passageStart
        guard let m = passage.matches.first(where: { $0 >= a && $0 + plan.needle.count <= b }) else { continue }
        match = m
        window = max(0, a)..<min(passage.scalars.count, max(a, b))
        record = HitRecord(
          id: stmt.text(13) ?? "", text: stmt.text(14), value: stmt.text(15), unit: stmt.text(16), metric: stmt.text(17),
          comparator: query.kind == .target ? stmt.text(20) : nil)
      }
      total += 1
      guard hits.count < limit else { continue }
      let original = Array((stmt.text(4) ?? "").unicodeScalars.map(\.value))
      hits.append(SearchHit(
        kind: query.kind,
        document: HitDocument(
          path: stmt.text(6) ?? "", id: stmt.text(7) ?? "", title: stmt.text(8), region: stmt.text(9),
          level: stmt.text(10), year: stmt.int(11)),
        nodeId: stmt.text(2), heading: stmt.text(12),
        snippet: QueryPlan.snippet(original, match: match..<(match + plan.needle.count), within: window),
        span: SourceSpan(start: passageStart + match, end: passageStart + match + plan.needle.count),
        score: stmt.double(5).map { ($0 * 10000).rounded() / 10000 },
        record: record))
    }
    stmt.reset()
    return SearchResults(query: query, total: total, hits: hits)
  }
}

/// The SQL and parameters of a query, and the text a hit's snippet marks.
struct QueryPlan {
  var sql: String
  var parameters: [SQLValue] = []
  /// The scalars marked in snippets (folded): the longest word of the query, or the whole query when it has
  /// no word characters.
  var needle: [UInt32]

  init(_ q: SearchQuery) {
    let scalars = q.text.unicodeScalars.map(\.value)
    let runs = Bigrams.runs(scalars)
    let long = runs.filter { $0.count >= 2 }
    let short = runs.filter { $0.count == 1 }
    let needle = runs.max { $0.count < $1.count }
      ?? q.text.trimmingCharacters(in: .whitespaces).unicodeScalars.map { Bigrams.folded($0.value) }
    var conditions: [String] = []
    var parameters: [SQLValue] = []
    func parameter(_ v: SQLValue) -> String {
      parameters.append(v)
      return "?\(parameters.count)"
    }
    let from: String
    let score: String
    if long.isEmpty {
      // No pair to look up: scan the passages. The text of the index folds nothing, so fold here as the
      // pairs were folded (ASCII only; SQLite's lower() does the same).
      from = "passages p"
      score = "NULL"
      for n in short.isEmpty ? [needle] : short {
        conditions.append("instr(lower(p.text), \(parameter(.text(String(scalarValues: n))))) > 0")
      }
    } else {
      // Each word is a phrase of its pairs, which matches where its characters stand in a row.
      let phrases = long.map { run in "\"" + (0..<(run.count - 1)).map { String(scalarValues: run[$0...($0 + 1)]) }.joined(separator: " ") + "\"" }
      from = "passages_fts JOIN passages p ON p.id = passages_fts.rowid"
      score = "-bm25(passages_fts)"
      conditions.append("passages_fts MATCH \(parameter(.text(phrases.joined(separator: " AND "))))")
      for n in short { conditions.append("instr(lower(p.text), \(parameter(.text(String(scalarValues: n))))) > 0") }
    }
    if let y = q.year { conditions.append("d.year = \(parameter(.int(y)))") }
    if let r = q.region {
      let p = parameter(.text(r))
      conditions.append("(d.region = \(p) OR substr(d.region, 1, length(\(p))) = \(p))")
    }
    if let l = q.level { conditions.append("d.level = \(parameter(.text(l.rawValue)))") }
    var columns = "p.document, p.seq, p.node, p.span_start, p.text, \(score) AS score, d.path, d.doc, d.title, d.region, d.level, d.year, n.heading"
    var joins = "JOIN documents d ON d.id = p.document LEFT JOIN nodes n ON n.document = p.document AND n.id = p.node"
    var order = "score DESC, d.relative_path, d.doc, p.seq"
    switch q.kind {
    case .text: break
    case .task:
      conditions.append("n.role = 'plan'")
    case .figure:
      columns += ", f.id, f.text, f.value, f.unit, f.metric, f.sentence_start, f.sentence_end"
      joins += " JOIN figures f ON f.document = p.document AND f.passage = p.seq"
      order += ", f.seq"
    case .target:
      columns += ", g.id, g.metric, g.value, g.unit, g.metric, g.sentence_start, g.sentence_end, g.comparator"
      joins += " JOIN targets g ON g.document = p.document AND g.passage = p.seq"
      order += ", g.seq"
    }
    self.needle = needle
    self.parameters = parameters
    sql = "SELECT \(columns) FROM \(from) \(joins) WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order)"
  }

  /// Offsets where `needle` stands in `text` (both folded), in order, not overlapping.
  static func occurrences(of needle: [UInt32], in text: [UInt32]) -> [Int] {
    guard !needle.isEmpty, needle.count <= text.count else { return [] }
    var out: [Int] = []
    var i = 0
    while i + needle.count <= text.count {
      if text[i] == needle[0] && text[i..<(i + needle.count)].elementsEqual(needle) {
        out.append(i)
        i += needle.count
      } else {
        i += 1
      }
    }
    return out
  }

  /// Scalars shown on each side of the match.
  static let context = 30

  /// The text around `match`, inside `window`, with `…` where it was cut.
  static func snippet(_ text: [UInt32], match: Range<Int>, within window: Range<Int>) -> Snippet {
    let a = max(window.lowerBound, match.lowerBound - context)
    let b = min(window.upperBound, match.upperBound + context)
    let ellipsis: UInt32 = 0x2026
    var out: [UInt32] = a > 0 ? [ellipsis] : []
    let shift = out.count - a
    out += text[a..<max(a, b)]
    if b < text.count { out.append(ellipsis) }
    return Snippet(text: String(scalarValues: out), start: match.lowerBound + shift, end: match.upperBound + shift)
  }
}
