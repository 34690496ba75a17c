import Foundation
import Testing

/// Whether `python3 -c 'import pyspark'` works and Java is there (Spark runs on the JVM).
let sparkAvailable: Bool = {
  func succeeds(_ args: [String]) -> Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = args
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
  }
  return succeeds(["python3", "-c", "import pyspark"]) && succeeds(["java", "-version"])
}()

/// The recipe of Tests/Recipes/spark_batch.py, run for real with PySpark in local mode.
@Suite(
  needsCorpus,
  .enabled(if: sparkAvailable, "pyspark is not installed for python3 (pip install pyspark), or java is missing"))
struct BatchSparkTests {
  @Test func sparkPipeGivesTheRecordsOfALocalBatch() throws {
    let t = TemporaryFolder("rk-spark")
    let good = try makeArchive(in: t, extensions: ["txt"], limit: 24)
    let paths = good.map { t.path("in/" + $0) }
    try Data((paths + [t.path("in/missing.txt")]).joined(separator: "\n").utf8).write(to: t.url.appendingPathComponent("paths.txt"))
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", repositoryRoot.appendingPathComponent("Tests/Recipes/spark_batch.py").path, reportKitBinary,
                   t.path("paths.txt"), t.path("spark.jsonl"), "4"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    let spark = try Data(contentsOf: URL(fileURLWithPath: t.path("spark.jsonl")))
    let local = try runReportKit(["batch", "-", "--out", "-"], cwd: t.url, input: Data(paths.joined(separator: "\n").utf8))
    #expect(local.status == 0)
    #expect(!spark.isEmpty)
    #expect(spark == local.stdout)
    let sources = Set(try jsonLines(spark).compactMap { ($0["source"] as? [String: Any])?["path"] as? String })
    #expect(sources == Set(paths))
  }
}
