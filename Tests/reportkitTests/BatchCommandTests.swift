import Foundation
import Testing
@testable import reportkit

@Test func parsesBatchOptions() throws {
  let c = try BatchCommand.parse(["in", "--out", "out", "--index", "i.sqlite", "--jobs", "3", "--shard", "2/5", "--resume"])
  #expect(c.inputs == ["in"])
  #expect(c.out == "out")
  #expect(c.index == "i.sqlite")
  #expect(c.jobs == 3)
  #expect(c.shard == Shard(argument: "2/5"))
  #expect(c.resume)
}

@Test(arguments: [
  ["in"], ["in", "--out", "o", "--jobs", "0"], ["in", "--out", "o", "--shard", "4/3"], ["in", "--out", "o", "--shard", "x"],
  ["-", "--out", "-", "--resume"], ["-", "a.txt", "--out", "o"],
])
func rejectsBadBatchOptions(args: [String]) {
  #expect(throws: (any Error).self) { try BatchCommand.parse(args) }
}

@Test func shardsAreStableAndCoverEveryPathOnce() {
  let paths = (0..<300).map { "province/p\($0)/2025.txt" }
  let shards = (1...3).map { Shard(argument: "\($0)/3")! }
  for p in paths { #expect(shards.filter { $0.contains(p) }.count == 1) }
  // FNV-1a of "a" (worked out from the algorithm's constants), so the split never depends on the process.
  #expect(Shard.hash("a") == 0xaf63_dc4c_8601_ec8c)
}

@Test(arguments: [
  ("a/./b/../c.txt", "a/b/_/c.txt"), ("/data/x.txt", "data/x.txt"), ("x.txt", "x.txt"), ("./x.txt", "x.txt"),
  ("a//b.txt", "a/b.txt"), ("../x.txt", "_/x.txt"), (".hidden/.../x.txt", ".hidden/.../x.txt"), ("a/b/", "a/b"),
])
func listedPathsStayInsideTheOutFolder(path: String, relative: String) {
  #expect(ArchivePath.relative(path) == relative)
}

@Test func aHundredThousandListedPathsStartWorkAtOnce() throws {
  // Paths that do not exist fail at once, so the run measures reading the list and starting the workers.
  let list = (0..<100_000).map { "/nonexistent-rk/\($0).txt" }.joined(separator: "\n")
  let t0 = Date()
  let r = try runReportKit(["batch", "-", "--out", "-", "--quiet"], cwd: repositoryRoot, input: Data(list.utf8))
  #expect(r.status == 3)
  #expect(r.stderr.split(separator: "\n").count == 100_000)
  // Generous for a debug build on a shared machine; the release build takes a fraction of this.
  #expect(Date().timeIntervalSince(t0) < 20)
}
