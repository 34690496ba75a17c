import Foundation
import Testing

/// Locations of the repository's format fixtures and of the external corpus, for the format tests.
enum FormatFixtures {
  /// The repository root: the nearest directory above this file holding Package.swift.
  static let repoRoot: URL? = {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while dir.path != "/" {
      if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
      dir = dir.deletingLastPathComponent()
    }
    return nil
  }()

  /// `Corpus/formats/<name>` in the repository.
  static func fixture(_ name: String) throws -> Data {
    guard let root = repoRoot else { throw CocoaError(.fileNoSuchFile) }
    return try Data(contentsOf: root.appendingPathComponent("Corpus/formats").appendingPathComponent(name))
  }

  /// The external corpus: `$REPORTKIT_EXTERNAL_CORPUS`, else `../shared/corpus-external` beside the
  /// repository root (a git worktree sits beside the main checkout, so its parents are tried too).
  static let externalCorpus: URL? = {
    let fm = FileManager.default
    if let env = ProcessInfo.processInfo.environment["REPORTKIT_EXTERNAL_CORPUS"], !env.isEmpty {
      return fm.fileExists(atPath: env) ? URL(fileURLWithPath: env) : nil
    }
    var dir = repoRoot
    while let d = dir, d.path != "/" {
      let candidate = d.deletingLastPathComponent().appendingPathComponent("shared/corpus-external")
      if fm.fileExists(atPath: candidate.appendingPathComponent("MANIFEST.tsv").path) { return candidate }
      dir = d.deletingLastPathComponent()
    }
    return nil
  }()

  /// Whether the external corpus is here; tests that read it are skipped with `corpusNote` otherwise.
  static var hasCorpus: Bool { externalCorpus != nil }
  static let corpusNote: Comment =
    "../shared/corpus-external not found beside the repository (set REPORTKIT_EXTERNAL_CORPUS)"

  /// Whitespace removed and the few width variants folded, like the acceptance checks compare text.
  static func squeezed(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      switch u.value {
      case 0x200B, 0x200C, 0x200D, 0xFEFF: continue
      case 0xFF01...0xFF5E: out.append(Unicode.Scalar(u.value - 0xFEE0)!)
      default: if !u.properties.isWhitespace { out.append(u) }
      }
    }
    return String(out)
  }

  /// The lines of a corpus `.txt` twin that have at least `minLength` characters.
  static func twinLines(_ url: URL, minLength: Int = 10) throws -> [String] {
    try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { $0.count >= minLength }
  }
}
