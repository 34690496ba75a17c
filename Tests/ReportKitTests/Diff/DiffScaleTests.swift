import Foundation
import Testing
@testable import ReportKit

/// Large inputs finish: alignment is never quadratic in characters. Timings are printed, never asserted (speed is
/// measured in the benchmark, release build: `reportkit-bench … ` prints a `diff national 2024/2025` line).
@Suite struct DiffScaleTests {
  typealias S = DiffSupport

  private func timed(_ name: String, _ body: () -> DocumentDiff) -> DocumentDiff {
    let start = DispatchTime.now().uptimeNanoseconds
    let d = body()
    let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    print("diff scale: \(name): \(String(format: "%.0f", ms)) ms (debug build unless -c release), \(d.changes.count) changes")
    return d
  }

  /// Deterministic filler: Han characters from a linear congruential generator, in clauses of 12 and sentences of 4
  /// clauses, so that nearly every bigram is new.
  static func filler(_ count: Int, seed: UInt64) -> String {
    var x = seed
    var s = Scalars()
    s.reserveCapacity(count)
    var k = 0
    while s.count < count {
      x = x &* 6364136223846793005 &+ 1442695040888963407
      s.append(0x4E00 + UInt32((x >> 33) % 3000))
      k += 1
      if k % 12 == 0 { s.append(k % 48 == 0 ? 0x3002 : 0xFF0C) }  // 。 or ，
    }
    return String(scalarValues: s)
  }

  /// A synthetic report of about `n` characters: 40 sections of filler under three parts.
  static func synthetic(_ n: Int, seed: UInt64) -> String {
    let sections = (0..<40).map { k in filler(n / 40, seed: seed &+ UInt64(k)) }
    var s = "政府工作报告\n一、工作回顾\n" + filler(200, seed: seed ^ 7) + "\n二、总体要求\n" + filler(200, seed: seed ^ 9) + "\n三、工作任务\n"
    for (k, body) in sections.enumerated() { s += "\(k + 1).\(body)\n" }
    return s
  }

  @Test func twoFiftyThousandCharacterReportsFinish() {
    // Half the sections shared, half rewritten, in another order.
    let a = DiffScaleTests.synthetic(50_000, seed: 1)
    var parts = a.components(separatedBy: "\n")
    let b0 = DiffScaleTests.synthetic(50_000, seed: 2).components(separatedBy: "\n")
    for k in stride(from: 0, to: parts.count, by: 2) where k < b0.count && parts[k].first?.isNumber == true { parts[k] = b0[k] }
    let b = parts.reversed().joined(separator: "\n")
    let d = timed("two 50k-character reports") { S.diff(a, b) }
    #expect(!d.changes.isEmpty)
  }

  @Test(.enabled(if: Paths.externalCorpus != nil, "../shared/corpus-external not found"))
  func theNationalPairFinishes() throws {
    let root = try #require(Paths.externalCorpus)
    let a = try Pipeline().extract(path: root.appendingPathComponent("national/china/2024.txt").path)
    let b = try Pipeline().extract(path: root.appendingPathComponent("national/china/2025.txt").path)
    let d = timed("national 2024 → 2025 (\(a.documents[0].scalars.count) and \(b.documents[0].scalars.count) chars)") {
      Differ().diff(a, b)!
    }
    #expect(d.count(.changed) > 10)
  }

  @Test(.enabled(if: Paths.externalCorpus != nil, "../shared/corpus-external not found"))
  func aReportAgainstItselfPaddedToHalfAMillionCharactersFinishes() throws {
    let root = try #require(Paths.externalCorpus)
    let text = try String(contentsOf: root.appendingPathComponent("national/china/2025.txt"), encoding: .utf8)
    let base = S.document(text)
    // Padded with a 450k-character paragraph at the end: one huge node against its small self.
    let tail = S.document(text + "\n" + DiffScaleTests.filler(500_000 - text.unicodeScalars.count, seed: 3) + "\n")
    #expect(tail.scalars.count >= 490_000)
    let d1 = timed("report against itself + one 450k paragraph") { Differ().diff(base, tail) }
    #expect(d1.changes.count == 1)
    // Padded with copies of itself: ten times the nodes, each text found ten times on the other side.
    let copies = S.document(Array(repeating: text, count: 500_000 / text.unicodeScalars.count + 1).joined(separator: "\n"))
    #expect(copies.scalars.count >= 490_000)
    let d2 = timed("report against itself repeated to 500k") { Differ().diff(base, copies) }
    #expect(d2.count(.added) > 0)
  }
}
