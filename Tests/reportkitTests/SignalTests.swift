import Foundation
import Testing

/// SIGTERM and SIGINT during `extract -o`: the run ends by the signal, and nothing is left beside the target;
/// a temporary file that a killed run (SIGKILL) left is removed by the next run writing the same target.
struct SignalTests {
  @Test(arguments: [SIGTERM, SIGINT])
  func aSignalDuringOutputLeavesNothingBehind(sig: Int32) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rk-signal-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    // Big enough to be still running when the signal comes (about 40 MB of text).
    let seed = try String(contentsOf: repositoryRoot.appendingPathComponent("Corpus/seed/000_d5cbc6d95d43ea27.txt"), encoding: .utf8)
    let big = dir.appendingPathComponent("big.txt")
    try String(repeating: seed, count: 1500).write(to: big, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("o")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    // What a SIGKILLed run leaves: a temporary file named after a process that no longer runs.
    try Data("partial".utf8).write(to: out.appendingPathComponent(".out.json.999999.tmp"))

    let bin = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("reportkit")
    let p = Process()
    p.executableURL = bin
    p.arguments = ["extract", big.path, "-o", out.appendingPathComponent("out.json").path]
    p.standardError = FileHandle.nullDevice
    try p.run()
    // Wait until the run has opened its own temporary file, then signal it.
    var opened = false
    for _ in 0..<400 where !opened {
      usleep(10_000)
      opened = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).contains { $0.hasSuffix(".\(p.processIdentifier).tmp") }
    }
    try #require(opened, "the run never opened its temporary file")
    kill(p.processIdentifier, sig)
    p.waitUntilExit()
    #expect(p.terminationReason == .uncaughtSignal)
    #expect(p.terminationStatus == sig)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [])
  }
}
