import Foundation
@testable import ReportKit

/// Helpers for checklist tests: reports from text or files, and the checklist of them.
enum ChecklistSupport {
  /// The report of `text` as the pipeline reads it (`path` names it).
  static func report(_ text: String, path: String = "sample.txt", year: Int? = nil) throws -> Report {
    try Pipeline(options: .init(year: year)).extract(data: Data(text.utf8), path: path)
  }

  /// The report of a file.
  static func report(file url: URL) throws -> Report {
    try Pipeline().extract(path: url.path)
  }

  /// The checklist of reports.
  static func checklist(_ reports: [Report]) -> Checklist { ChecklistBuilder().checklist(of: reports) }

  /// The seed's checklist.
  static func seed() throws -> Checklist { checklist([try report(file: Paths.seed)]) }

  /// The task-division plan written for the seed.
  static var seedDivision: URL { Paths.corpus.appendingPathComponent("checklist/seed-division.txt") }

  /// The `- [ ] …` lines of a Markdown checklist.
  static func checkboxLines(_ markdown: String) -> [String] {
    markdown.split(separator: "\n").map(String.init).filter { $0.hasPrefix("- [ ] ") }
  }
}
