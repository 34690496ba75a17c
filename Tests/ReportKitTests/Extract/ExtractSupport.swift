import Foundation
@testable import ReportKit

/// Helpers for extraction tests: run the extractor on a phrase or a file.
enum ExtractSupport {
  /// The shared extractor over the built-in rules.
  static let extractor = Extractor(rules: .builtin)

  /// Extracts from one paragraph (or several, joined by line breaks) as the normaliser leaves it, with no outline.
  static func document(_ text: String, year: Int? = 2022) -> Document {
    var doc = Document(id: "d1", text: Normalizer().normalize(text).string)
    doc.year = year
    extractor.extract(&doc)
    return doc
  }

  /// Extracts from text exactly as given, without the normaliser.
  static func raw(_ text: String, year: Int? = 2022) -> Document {
    var doc = Document(id: "d1", text: text)
    doc.year = year
    extractor.extract(&doc)
    return doc
  }

  /// Reads, splits and segments a file with the pipeline, then extracts from each document.
  static func documents(path: String, year: Int? = nil) throws -> [Document] {
    var docs = try Pipeline(options: .init(year: year)).extract(path: path).documents
    for k in docs.indices {
      // The pipeline may already extract; extracting again from a clean slate gives the same result.
      docs[k].figures = []
      docs[k].deadlines = []
      docs[k].targets = []
      docs[k].diagnostics.removeAll { $0.id.stage == "extract" }
      extractor.extract(&docs[k])
    }
    return docs
  }

  /// The text a span covers.
  static func text(_ doc: Document, _ span: SourceSpan) -> String {
    let s = doc.text.scalarValues
    return String(scalarValues: s[span.start..<span.end])
  }

  /// The external corpus report `level/region/year.txt`, nil when the corpus is absent.
  static func external(_ relative: String) -> URL? {
    guard let root = Paths.externalCorpus else { return nil }
    let url = root.appendingPathComponent(relative)
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The seed: Corpus/seed in the repository, else ../shared/seed.
  static var seed: URL {
    if FileManager.default.fileExists(atPath: Paths.seed.path) { return Paths.seed }
    return Paths.repo.deletingLastPathComponent().appendingPathComponent("shared/seed/000_d5cbc6d95d43ea27.txt")
  }
}

extension ExactDecimal {
  /// Test shorthand: the exact value of a decimal literal written as a string.
  static func of(_ literal: String) -> ExactDecimal { ExactDecimal(literal: literal)! }
}
