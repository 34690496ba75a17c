import Foundation
@testable import ReportKit

/// Locations the tests read from: the repository and the optional external corpus beside it.
enum Paths {
  /// The repository root (the folder holding Package.swift).
  static let repo: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
      url = url.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }()

  /// `Corpus/` in the repository.
  static var corpus: URL { repo.appendingPathComponent("Corpus") }

  /// The seed sample.
  static var seed: URL { corpus.appendingPathComponent("seed/000_d5cbc6d95d43ea27.txt") }

  /// The external corpus (`$REPORTKIT_EXTERNAL_CORPUS` or `../shared/corpus-external`), nil when absent.
  static var externalCorpus: URL? {
    if let env = ProcessInfo.processInfo.environment["REPORTKIT_EXTERNAL_CORPUS"], !env.isEmpty {
      return FileManager.default.fileExists(atPath: env) ? URL(fileURLWithPath: env) : nil
    }
    let url = repo.deletingLastPathComponent().appendingPathComponent("shared/corpus-external")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The reproducers of the reliability issue (`$REPORTKIT_FUZZ_FINDINGS` or `../shared/fuzz-findings`), nil
  /// when absent.
  static var fuzzFindings: URL? {
    if let env = ProcessInfo.processInfo.environment["REPORTKIT_FUZZ_FINDINGS"], !env.isEmpty {
      return FileManager.default.fileExists(atPath: env) ? URL(fileURLWithPath: env) : nil
    }
    let url = repo.deletingLastPathComponent().appendingPathComponent("shared/fuzz-findings")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// Every `<level>/<region>/<year>.txt` report of the external corpus.
  static var externalReports: [URL] {
    guard let root = externalCorpus, let e = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var out: [URL] = []
    for case let rel as String in e {
      let name = (rel as NSString).lastPathComponent
      if name.count == 8, name.hasSuffix(".txt"), Int(name.prefix(4)) != nil { out.append(root.appendingPathComponent(rel)) }
    }
    return out.sorted { $0.path < $1.path }
  }
}

extension Pipeline {
  /// Test shorthand: reads the file at `path` and processes it (the CLI reads files itself).
  func extract(path: String) throws -> Report {
    try extract(data: try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
  }
}
