import Foundation
import Testing
@_spi(Fuzzing) @testable import ReportKit

/// The libFuzzer targets (`reportkit-fuzz`, run by .ci/fuzz) replayed without the fuzzer: over the inputs it
/// stored as crashes (Fixtures/Fuzz/<target>/, regression inputs once fixed) and over the corpus samples it is
/// seeded from. A target traps where an invariant breaks, so a failure here is a crash of the test run.
struct FuzzReplayTests {
  static let fixtures = Paths.repo.appendingPathComponent("Tests/ReportKitTests/Fixtures/Fuzz")

  /// Every stored input of `target`'s folder.
  static func stored(_ target: FuzzTarget) -> [URL] {
    let dir = fixtures.appendingPathComponent(target.rawValue)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
  }

  /// The corpus samples a target is seeded with (as .ci/fuzz picks them).
  static func seeds(_ target: FuzzTarget) -> [URL] {
    let ext: String
    switch target {
    case .text, .normalize, .extract: ext = ".txt"
    case .html: ext = ".html"
    case .docx: ext = ".docx"
    case .rules: ext = ".yaml"
    }
    let root = target == .rules ? Paths.repo.appendingPathComponent("Rules") : Paths.corpus
    guard let e = FileManager.default.enumerator(atPath: root.path) else { return [] }
    return e.compactMap { $0 as? String }.filter { $0.hasSuffix(ext) && !$0.contains(".expected.") }.sorted()
      .map { root.appendingPathComponent($0) }
  }

  @Test(arguments: FuzzTarget.allCases)
  func storedCrashInputsRunClean(target: FuzzTarget) throws {
    for url in Self.stored(target) { target.run([UInt8](try Data(contentsOf: url))) }
  }

  @Test(arguments: FuzzTarget.allCases)
  func seedsRunClean(target: FuzzTarget) throws {
    let seeds = Self.seeds(target)
    #expect(!seeds.isEmpty)
    for url in seeds { target.run([UInt8](try Data(contentsOf: url))) }
  }
}
