import Foundation
import Testing

/// Floors on the hand-read semantics gold (Tests/Recipes/semantics): figures and targets of two external reports,
/// scored by `score.py` against the built binary. The floors sit a little under today's scores, so a change that
/// reads worse fails here; one that reads better should raise them.
@Suite(needsCorpus, .enabled(if: SemanticGold.hasPython, "python3 is not installed"))
struct SemanticGoldTests {
  /// The score table of `score.py --json` for `binary`.
  static func score(_ binary: String) throws -> [String: Double] {
    let script = repositoryRoot.appendingPathComponent("Tests/Recipes/semantics/score.py").path
    let (status, out, err) = SemanticGold.run(["python3", script, binary, externalCorpus!.path, "--json"])
    try #require(status == 0, "score.py failed: \(err)")
    let object = try #require(try JSONSerialization.jsonObject(with: out) as? [String: Any])
    var table: [String: Double] = [:]
    for (k, v) in object {
      // Values are ratios ("0.975") or counts ("91/91" for located sentences: the share).
      guard let s = v as? String else { continue }
      let parts = s.split(separator: "/")
      if parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]), b > 0 {
        table[k] = a / b
      } else if let d = Double(s) {
        table[k] = d
      }
    }
    return table
  }

  static let reportkit = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("reportkit").path

  /// Scores measured on the gold when these floors were set (recall, precision, accuracy), minus a small margin.
  static let floors: [(String, Double)] = [
    ("sentences located", 1.0),
    ("figure recall (value+unit+qual)", 0.95),  // 0.975
    ("figure precision (value+unit+qual)", 0.96),  // 0.987
    ("metric lenient | matched figs", 0.86),  // 0.897
    ("role | matched figs", 0.92),  // 0.942
    ("target recall", 0.83),  // 0.866
    ("target precision", 0.84),  // 0.877
    ("hedge | matched targets", 0.97),  // 1.000
    ("deadline lenient | matched targets", 0.95),  // 0.986
  ]

  @Test func figuresAndTargetsReadAboveTheirFloors() throws {
    let table = try Self.score(Self.reportkit)
    for (name, floor) in Self.floors {
      let value = try #require(table[name], "score.py no longer reports '\(name)'")
      #expect(value >= floor, "\(name): \(value) is under its floor \(floor)")
    }
  }

  /// The scorer is not blind: the same output with its figures and targets removed scores zero.
  @Test func scorerFailsAToolThatFindsNothing() throws {
    let dir = TemporaryFolder("rk-semantic")
    let fake = dir.path("reportkit-blind")
    let script = """
      #!/usr/bin/env python3
      import json, subprocess, sys
      p = subprocess.run([\(String(reflecting: Self.reportkit))] + sys.argv[1:], capture_output=True)
      doc = json.loads(p.stdout)
      for d in doc.get("documents", []):
          d["figures"] = []
          d["targets"] = []
      print(json.dumps(doc, ensure_ascii=False))
      """
    try Data(script.utf8).write(to: URL(fileURLWithPath: fake))
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
    let table = try Self.score(fake)
    #expect(table["sentences located"] == 1.0)
    #expect(table["figure recall (value+unit+qual)"] == 0)
    #expect(table["target recall"] == 0)
  }
}

/// Helpers of the semantics gold tests.
enum SemanticGold {
  static let hasPython = run(["python3", "-c", "import json"]).status == 0

  /// Runs a command, returning its status, stdout and stderr.
  static func run(_ args: [String]) -> (status: Int32, stdout: Data, stderr: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = args
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    do { try p.run() } catch { return (-1, Data(), "\(error)") }
    // score.py writes at most a traceback to stderr, so reading stdout first cannot block it.
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, o, String(decoding: e, as: UTF8.self))
  }
}
