import ArgumentParser
import Foundation
import ReportKit
import ReportKitIndex

/// `reportkit search INDEX QUERY`: hits in a batch's index, best first.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search the SQLite index of a batch (reportkit batch … --index FILE) for Chinese words.",
    discussion: """
      Every word of QUERY must occur (words are separated by spaces or punctuation). Hits are ranked by
      bm25; a one-character query is found by scanning the text and comes in archive order. --region
      matches a region that is or starts with NAME (广东 finds 广东省). --kind text (default) returns
      passages; figure and target return those whose sentence holds the query, with value, unit and metric;
      task returns nodes of plan parts, one hit per node. JSON: {"query", "total", "results": [...]}.
      """)

  @Argument(help: "The index file written by reportkit batch --index.")
  var index: String

  @Argument(help: "The words to look for.")
  var query: String

  @Option(name: .long, help: "Only documents of this year.")
  var year: Int?

  @Option(name: .long, help: "Only documents whose region is or starts with NAME.")
  var region: String?

  @Option(name: .long, help: "Only documents of this level: national, province, city, county or district.")
  var level: AdminLevel?

  @Option(name: .long, help: "What to return: text (default), figure, target or task.")
  var kind: SearchKind = .text

  @Option(name: .long, help: "Output format: text (default), json or jsonl.")
  var format: SearchFormat = .text

  @Option(name: .long, help: "At most N hits, best first (default 100; 0 for all).")
  var limit: Int = 100

  /// The formats search writes.
  enum SearchFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, jsonl
  }

  func validate() throws {
    if query.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give a query") }
    if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
  }

  func run() throws {
    let results: SearchResults
    do {
      let searcher = try IndexSearcher(path: index)
      results = try searcher.search(
        SearchQuery(text: query, year: year, region: region, level: level, kind: kind, limit: limit))
    } catch {
      Console.error(error.description)
      throw ExitCodeError(code: .inputFailed)
    }
    let sink = OpenFile(descriptor: STDOUT_FILENO, path: "-")
    let bytes: [UInt8]
    switch format {
    case .text: bytes = Array(SearchOutput.text(results).utf8)
    case .json: bytes = SearchOutput.json(results)
    case .jsonl: bytes = SearchOutput.jsonLines(results)
    }
    do { try sink.write(bytes) } catch {
      Console.error(error.description)
      throw ExitCodeError(code: .inputFailed)
    }
  }
}

extension AdminLevel: ExpressibleByArgument {}
extension SearchKind: ExpressibleByArgument {}
