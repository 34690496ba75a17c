import ReportKit

/// What a search looks for.
public enum SearchKind: String, Hashable, Sendable, CaseIterable {
  /// Passages of text holding the query.
  case text
  /// Figures whose sentence holds the query.
  case figure
  /// Targets whose sentence holds the query.
  case target
  /// Outline nodes of plan parts (tasks) whose text holds the query, one hit per node.
  case task
}

/// A search of the index: the words, the filters and how many hits to return.
public struct SearchQuery: Hashable, Sendable {
  /// The words looked for, as typed (改革, 碳达峰, 新质生产力; several words separated by spaces must all occur).
  public var text: String
  /// Only documents of this year.
  public var year: Int?
  /// Only documents whose region is or starts with this (广东 finds 广东省).
  public var region: String?
  /// Only documents of this level.
  public var level: AdminLevel?
  /// What to return.
  public var kind: SearchKind
  /// At most this many hits, best first; 0 for all.
  public var limit: Int

  /// Makes a query.
  public init(text: String, year: Int? = nil, region: String? = nil, level: AdminLevel? = nil, kind: SearchKind = .text, limit: Int = 100) {
    self.text = text
    self.year = year
    self.region = region
    self.level = level
    self.kind = kind
    self.limit = limit
  }
}

/// The document a hit stands in.
public struct HitDocument: Hashable, Sendable {
  /// The source path the batch was given.
  public var path: String
  /// The document's id within its file (d1…).
  public var id: String
  public var title: String?
  public var region: String?
  public var level: String?
  public var year: Int?
}

/// Text around a match, with the match's place in it (Unicode scalar offsets, end exclusive).
public struct Snippet: Hashable, Sendable {
  /// The text shown, `…` where it was cut.
  public var text: String
  /// Where the match starts in `text`.
  public var start: Int
  /// Where the match ends in `text`.
  public var end: Int

  /// The text with the match in 【】, for a terminal.
  public var marked: String {
    let s = Array(text.unicodeScalars)
    let a = max(0, min(start, s.count))
    let b = max(a, min(end, s.count))
    var out = String.UnicodeScalarView()
    out.append(contentsOf: s[..<a])
    out.append(contentsOf: "【".unicodeScalars)
    out.append(contentsOf: s[a..<b])
    out.append(contentsOf: "】".unicodeScalars)
    out.append(contentsOf: s[b...])
    return String(out)
  }
}

/// The figure or target a hit names.
public struct HitRecord: Hashable, Sendable {
  /// f12 or g3.
  public var id: String
  /// The figure as written, or the target's metric.
  public var text: String?
  /// The exact value, as the JSON writes it.
  public var value: String?
  public var unit: String?
  public var metric: String?
  /// The target's comparator (floor, ceiling…), nil for a figure.
  public var comparator: String?
}

/// One hit: where it stands, the text around the match, and for figures and targets the record.
public struct SearchHit: Hashable, Sendable {
  /// The kind of hit.
  public var kind: SearchKind
  public var document: HitDocument
  /// The innermost outline node holding the match (a path of markers), nil before the first node.
  public var nodeId: String?
  /// That node's heading.
  public var heading: String?
  public var snippet: Snippet
  /// The match's span in the document's text (`documents[].text` of the JSON).
  public var span: SourceSpan
  /// bm25 relevance, higher is better; nil for one-character queries, which are found by scanning.
  public var score: Double?
  /// The figure or target, for those kinds.
  public var record: HitRecord?
}

/// The hits of a search, best first, and how many there were before the limit.
public struct SearchResults: Hashable, Sendable {
  public var query: SearchQuery
  /// Every hit found, before `limit`.
  public var total: Int
  public var hits: [SearchHit]
}
