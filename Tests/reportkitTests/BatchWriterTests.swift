import Foundation
import Testing
@testable import ReportKitIndex
@testable import reportkit

/// The hand-off queue between the batch workers and the index writer thread.
@Suite struct HandOffTests {
  @Test func itemsFromSeveralProducersArriveOnceEachInEachProducersOrder() {
    let queue = HandOff<Int>(capacity: 2)
    let producers = 4
    let perProducer = 500
    let group = DispatchGroup()
    for p in 0..<producers {
      group.enter()
      Thread {
        for k in 0..<perProducer { queue.put(p * 10_000 + k) }
        group.leave()
      }.start()
    }
    let done = DispatchSemaphore(value: 0)
    let seen = Locked<[Int]>([])
    Thread {
      while let x = queue.take() { seen.withLock { $0.append(x) } }
      done.signal()
    }.start()
    group.wait()
    queue.close()
    done.wait()
    let all = seen.withLock { $0 }
    #expect(all.count == producers * perProducer)
    #expect(Set(all).count == all.count)
    for p in 0..<producers {
      let mine = all.filter { $0 / 10_000 == p }
      #expect(mine == mine.sorted(), "producer \(p)'s items out of order")
    }
  }

  @Test func closingDrainsWhatIsLeftThenEnds() {
    let queue = HandOff<String>(capacity: 3)
    queue.put("a")
    queue.put("b")
    queue.close()
    queue.put("dropped")  // after close: neither waits nor adds
    #expect(queue.take() == "a")
    #expect(queue.take() == "b")
    #expect(queue.take() == nil)
  }

  @Test func aFullQueueHoldsThePutUntilATakeMakesRoom() {
    let queue = HandOff<Int>(capacity: 1)
    queue.put(1)
    let putDone = Locked(false)
    let finished = DispatchSemaphore(value: 0)
    Thread {
      queue.put(2)
      putDone.withLock { $0 = true }
      finished.signal()
    }.start()
    // The second put cannot finish while the one slot is taken.
    #expect(finished.wait(timeout: .now() + 0.2) == .timedOut)
    #expect(putDone.withLock { $0 } == false)
    #expect(queue.take() == 1)
    finished.wait()
    #expect(queue.take() == 2)
  }
}

/// With two jobs the index is written by a thread of its own: it must hold exactly what one job writes.
@Suite(needsCorpus, .serialized)
struct BatchWriterThreadTests {
  @Test func twoJobsWriteTheSameIndexAsOne() throws {
    let t = TemporaryFolder()
    let good = try makeArchive(in: t, extensions: ["txt"], limit: 24)
    for jobs in [1, 2] {
      let r = try runReportKit(["batch", "in", "--out", "out\(jobs)", "--index", "idx\(jobs).sqlite", "--jobs", "\(jobs)", "--quiet"], cwd: t.url)
      #expect(r.status == 0, "\(r.stderr)")
    }
    let one = try indexContent(t.path("idx1.sqlite"))
    let two = try indexContent(t.path("idx2.sqlite"))
    #expect(one["documents"]?.count == good.count)
    #expect((one["figures"]?.count ?? 0) > 1000)
    #expect((one["phrase"]?.count ?? 0) > 10)
    for (table, rows) in one {
      #expect(two[table] == rows, "\(table) differs between one job and two")
    }
  }
}

/// Every table's rows keyed by source path instead of the document id (which follows the order workers
/// finished in), sorted; and the passages a phrase search finds.
private func indexContent(_ path: String) throws -> [String: [String]] {
  let db = try SQLiteDatabase(path: path, create: false)
  let queries = [
    "documents": "SELECT relative_path, doc, sha256, year, characters FROM documents",
    "nodes": "SELECT d.relative_path, n.seq, n.id, n.heading, n.span_start FROM nodes n JOIN documents d ON d.id = n.document",
    "passages": "SELECT d.relative_path, p.seq, p.node, p.text FROM passages p JOIN documents d ON d.id = p.document",
    "figures": "SELECT d.relative_path, f.seq, f.id, f.text, f.value, f.unit, f.metric, f.span_start FROM figures f JOIN documents d ON d.id = f.document",
    "deadlines": "SELECT d.relative_path, x.seq, x.id, x.text, x.end_date FROM deadlines x JOIN documents d ON d.id = x.document",
    "targets": "SELECT d.relative_path, g.seq, g.id, g.metric, g.value, g.text FROM targets g JOIN documents d ON d.id = g.document",
    "phrase": """
      SELECT d.relative_path, p.seq FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
      JOIN documents d ON d.id = p.document WHERE passages_fts MATCH '"高质 质量 量发 发展"'
      """,
  ]
  var out: [String: [String]] = [:]
  for (name, sql) in queries {
    let s = try db.prepare(sql)
    var rows: [String] = []
    while try s.step() { rows.append((0..<8).map { s.text(Int32($0)) ?? "-" }.joined(separator: "|")) }
    out[name] = rows.sorted()
  }
  return out
}
