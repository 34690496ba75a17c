import Foundation
import Testing
@testable import ReportKitIndex

/// `reportkit batch` over a copy of the real reports with broken files among them.
@Suite(needsCorpus, .serialized)
struct BatchArchiveTests {
  @Test func everyGoodFileIsWrittenEveryFailureNamedWithItsKindAndTheRunExitsThree() throws {
    let t = TemporaryFolder()
    let good = try makeArchive(in: t)
    let broken = try addBrokenFiles(to: t)
    // Root may read a file whatever its mode: the unreadable case only counts where chmod stops reading.
    let locked = t.path("in/locked.txt")
    try Data("各位代表：".utf8).write(to: URL(fileURLWithPath: locked))
    chmod(locked, 0)
    let lockWorks = open(locked, O_RDONLY) < 0
    let r = try runReportKit(["batch", "in", "--out", "out", "--jobs", "2"], cwd: t.url)
    #expect(r.status == 3)
    for rel in good {
      #expect(FileManager.default.fileExists(atPath: t.path("out/\(rel).json")), "\(rel)")
    }
    let failures = try jsonLines(Data(contentsOf: URL(fileURLWithPath: t.path("out/failures.jsonl"))))
    var kinds: [String: String] = [:]
    for f in failures {
      let path = try #require((f["source"] as? [String: Any])?["path"] as? String)
      kinds[String(path.dropFirst(3))] = (f["error"] as? [String: Any])?["kind"] as? String
    }
    for (rel, kind) in broken { #expect(kinds[rel] == kind, "\(rel)") }
    if lockWorks { #expect(kinds["locked.txt"] == "unreadable") }
    // Each failure is also one line on standard error, with its kind.
    for (rel, kind) in broken { #expect(r.stderr.contains("in/\(rel): error: ") && r.stderr.contains("[\(kind)]")) }
    // The combined JSONL holds every document of every good file, in input (walk) order.
    let records = try jsonLines(Data(contentsOf: URL(fileURLWithPath: t.path("out/documents.jsonl"))))
    let sources = records.compactMap { ($0["source"] as? [String: Any])?["path"] as? String }
    var firstSeen: [String] = []
    for s in sources where firstSeen.last != s { firstSeen.append(s) }
    let readable = good + (lockWorks ? [] : ["locked.txt"])  // as root, the locked file reads fine
    #expect(firstSeen == readable.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { "in/" + $0 })
    #expect(!files(under: t.path("out")).contains { $0.hasSuffix(".reportkit-tmp") })
    chmod(locked, 0o644)
  }

  @Test func resumeRedoesNothing() throws {
    let t = TemporaryFolder()
    let good = try makeArchive(in: t, extensions: ["txt", "html"])
    _ = try addBrokenFiles(to: t)
    let first = try runReportKit(["batch", "in", "--out", "out", "--index", "idx.sqlite"], cwd: t.url)
    #expect(first.status == 3)
    let manifest = try Data(contentsOf: URL(fileURLWithPath: t.path("out/.reportkit-manifest.jsonl")))
    let combined = try Data(contentsOf: URL(fileURLWithPath: t.path("out/documents.jsonl")))
    func stamps() throws -> [String: Date] {
      var out: [String: Date] = [:]
      for rel in good {
        out[rel] = try FileManager.default.attributesOfItem(atPath: t.path("out/\(rel).json"))[.modificationDate] as? Date
      }
      return out
    }
    let before = try stamps()
    let rows = try indexRows(t.path("idx.sqlite"))
    let again = try runReportKit(["batch", "in", "--out", "out", "--index", "idx.sqlite", "--resume"], cwd: t.url)
    #expect(again.status == 3)  // the broken files are still broken
    #expect(again.stderr.contains(" 0 written, \(good.count) unchanged"))
    #expect(try stamps() == before)
    // No input was recorded again, and the index was not touched (same rows, same ids).
    #expect(try Data(contentsOf: URL(fileURLWithPath: t.path("out/.reportkit-manifest.jsonl"))) == manifest)
    #expect(try indexRows(t.path("idx.sqlite")) == rows)
    // The combined JSONL is rebuilt from the outputs, byte for byte.
    #expect(try Data(contentsOf: URL(fileURLWithPath: t.path("out/documents.jsonl"))) == combined)
  }

  @Test func aKilledRunResumedLosesAndDuplicatesNothing() throws {
    let t = TemporaryFolder()
    let good = try makeArchive(in: t, extensions: ["txt", "docx"])
    let p = try startReportKit(["batch", "in", "--out", "out", "--index", "idx.sqlite", "--jobs", "1"], cwd: t.url)
    // Kill it once some inputs are recorded (the manifest follows each index commit), well before the end.
    let manifest = t.path("out/.reportkit-manifest.jsonl")
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline {
      let n = (try? Data(contentsOf: URL(fileURLWithPath: manifest)))?.split(separator: 0x0A).count ?? 0
      if n >= 3 || !p.isRunning { break }
      usleep(2000)
    }
    let killedMidRun = p.isRunning
    kill(p.processIdentifier, SIGKILL)
    p.waitUntilExit()
    #expect(killedMidRun, "the batch ended before it could be killed")
    let r = try runReportKit(["batch", "in", "--out", "out", "--index", "idx.sqlite", "--resume", "--jobs", "2"], cwd: t.url)
    #expect(r.status == 0, "\(r.stderr)")
    // Every input has one whole output, no temporary file stays, the combined file lists each once.
    let outs = files(under: t.path("out"))
    #expect(!outs.contains { $0.hasSuffix(".reportkit-tmp") })
    var documents = 0
    for rel in good {
      let data = try Data(contentsOf: URL(fileURLWithPath: t.path("out/\(rel).json")))
      let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      documents += (json["documents"] as? [Any])?.count ?? 0
    }
    let records = try jsonLines(Data(contentsOf: URL(fileURLWithPath: t.path("out/documents.jsonl"))))
    #expect(records.count == documents)
    // The index holds each source's documents exactly once, with its passages all in the full-text table.
    let db = try SQLiteDatabase(path: t.path("idx.sqlite"), create: false)
    let perSource = try db.prepare("SELECT relative_path, count(*) FROM documents GROUP BY relative_path")
    var counts: [String: Int] = [:]
    while try perSource.step() { counts[perSource.text(0) ?? ""] = perSource.int(1) }
    #expect(counts.count == good.count)
    #expect(counts.values.reduce(0, +) == documents)
    let passages = try db.prepare("SELECT count(*) FROM passages")
    _ = try passages.step()
    let fts = try db.prepare("SELECT count(*) FROM passages_fts_docsize")
    _ = try fts.step()
    #expect(passages.int(0) == fts.int(0))
  }

  @Test func threeShardsTakeEveryFileExactlyOnce() throws {
    let t = TemporaryFolder()
    let good = try makeArchive(in: t, extensions: ["txt"])
    var seen: [String] = []
    for k in 1...3 {
      let r = try runReportKit(["batch", "in", "--out", "out\(k)", "--shard", "\(k)/3", "--quiet"], cwd: t.url)
      #expect(r.status == 0)
      let mine = files(under: t.path("out\(k)")).filter { $0.hasSuffix(".txt.json") }.map { String($0.dropLast(5)) }
      #expect(!mine.isEmpty && mine.count < good.count)
      seen += mine
    }
    #expect(seen.sorted() == good.sorted())
    // A listed order does not change the share: the same paths, reversed, give the same first shard.
    let list = good.map { "in/" + $0 }
    let forward = try runReportKit(["batch", "-", "--out", "-", "--shard", "1/3"], cwd: t.url, input: Data(list.joined(separator: "\n").utf8))
    let backward = try runReportKit(["batch", "-", "--out", "-", "--shard", "1/3"], cwd: t.url, input: Data(list.reversed().joined(separator: "\n").utf8))
    func sources(_ d: Data) throws -> Set<String> {
      Set(try jsonLines(d).compactMap { ($0["source"] as? [String: Any])?["path"] as? String })
    }
    #expect(try sources(forward.stdout) == sources(backward.stdout))
  }

  @Test func mapperRecordsAreExactlyTheExtractRecords() throws {
    let t = TemporaryFolder()
    let all = try makeArchive(in: t)
    // One of each format, and a missing path among them.
    var list: [String] = []
    for ext in ["txt", "docx", "pdf", "html"] { if let f = all.first(where: { $0.hasSuffix(".\(ext)") }) { list.append("in/" + f) } }
    list.insert("in/missing.txt", at: 1)
    let r = try runReportKit(["batch", "-", "--out", "-", "--jobs", "2"], cwd: t.url, input: Data(list.joined(separator: "\n").utf8))
    #expect(r.status == 3)
    #expect(r.stderr == "in/missing.txt: error: no such file [notFound]\n")
    var expected = Data()
    for f in list where f != "in/missing.txt" {
      expected += try runReportKit(["extract", f, "--format", "jsonl", "--quiet"], cwd: t.url).stdout
    }
    #expect(r.stdout == expected)
    // Alone or with others, with one job or two: the same bytes for the same file.
    let alone = try runReportKit(["batch", "-", "--out", "-", "--jobs", "1"], cwd: t.url, input: Data(list[0].utf8))
    #expect(r.stdout.starts(with: alone.stdout))
  }

  @Test func aFileThatVanishesMidRunIsReportedNotFatal() throws {
    let t = TemporaryFolder()
    let good = try makeArchive(in: t, extensions: ["txt"])
    let last = t.path("in/zzz.txt")  // walked last: byte order puts it after every folder
    try Data("各位代表：今年工作。".utf8).write(to: URL(fileURLWithPath: last))
    let p = try startReportKit(["batch", "in", "--out", "out", "--jobs", "1"], cwd: t.url)
    let manifest = t.path("out/.reportkit-manifest.jsonl")
    while p.isRunning && ((try? Data(contentsOf: URL(fileURLWithPath: manifest)))?.isEmpty ?? true) { usleep(1000) }
    unlink(last)
    p.waitUntilExit()
    #expect(p.terminationStatus == 3)
    let failures = String(decoding: try Data(contentsOf: URL(fileURLWithPath: t.path("out/failures.jsonl"))), as: UTF8.self)
    #expect(failures.contains(#""path":"in/zzz.txt""#) && failures.contains(#""kind":"notFound""#))
    for rel in good { #expect(FileManager.default.fileExists(atPath: t.path("out/\(rel).json"))) }
  }

  @Test func aFullDiskEndsTheRunAndLeavesNoHalfWrittenFile() throws {
    let t = TemporaryFolder()
    try makeArchive(in: t, extensions: ["txt"])
    let small = t.path("small")
    try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
    let mount = Process()
    mount.executableURL = URL(fileURLWithPath: "/bin/mount")
    mount.arguments = ["-t", "tmpfs", "-o", "size=2m", "tmpfs", small]
    mount.standardError = FileHandle.nullDevice
    guard getuid() == 0, (try? mount.run()) != nil, ({ mount.waitUntilExit(); return mount.terminationStatus == 0 })() else {
      print("skipped: cannot mount a 2 MB tmpfs here (needs root)")
      return
    }
    defer {
      let u = Process()
      u.executableURL = URL(fileURLWithPath: "/bin/umount")
      u.arguments = [small]
      try? u.run()
      u.waitUntilExit()
    }
    let r = try runReportKit(["batch", "in", "--out", "small/out", "--jobs", "2"], cwd: t.url)
    #expect(r.status == 1)
    #expect(r.stderr.contains("No space left on device"))
    for rel in files(under: t.path("small/out")) {
      #expect(!rel.hasSuffix(".reportkit-tmp"), "\(rel)")
      if rel.hasSuffix(".json") {
        let data = try Data(contentsOf: URL(fileURLWithPath: t.path("small/out/\(rel)")))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(rel) is not whole")
      }
    }
    // The combined files appear only for a whole run.
    #expect(!FileManager.default.fileExists(atPath: t.path("small/out/documents.jsonl")))
  }
}

/// Rows of every table of an index, with ids: equal before and after a run that should change nothing.
func indexRows(_ path: String) throws -> [String] {
  let db = try SQLiteDatabase(path: path, create: false)
  var out: [String] = []
  for q in ["SELECT id, relative_path, sha256 FROM documents ORDER BY id", "SELECT count(*), max(id) FROM passages",
            "SELECT count(*) FROM figures", "SELECT count(*) FROM passages_fts_docsize"] {
    let s = try db.prepare(q)
    while try s.step() { out.append((0..<3).map { s.text(Int32($0)) ?? "-" }.joined(separator: "|")) }
  }
  return out
}
