import Foundation
import Testing

/// libxml2 and SQLite are opened on first use on Linux: a run that never needs them starts without them,
/// and one that does but cannot load them fails on the file that needed it, with the library named.
@Suite struct LazyLibraryTests {
  let html = repositoryRoot.appendingPathComponent("Corpus/formats/report-gb2312.html").path
  let text = repositoryRoot.appendingPathComponent("Corpus/seed/000_d5cbc6d95d43ea27.txt").path

  @Test func htmlIsReadThroughTheLoader() throws {
    let r = try runReportKit(["extract", html, "--format", "json", "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any]
    let docs = json?["documents"] as? [[String: Any]] ?? []
    #expect((docs.first?["text"] as? String)?.contains("我代表市人民政府向大会报告工作") == true)
  }

  #if os(Linux)
  @Test func aMissingLibxml2FailsTheHTMLFileOnlyAndNamesIt() throws {
    let missing = ["REPORTKIT_LIBXML2": "/nonexistent/libxml2.so.2"]
    let r = try runReportKit(["extract", html, text, "--format", "json", "--quiet"], environment: missing)
    #expect(r.status != 0)
    #expect(r.stderr.contains("\(html): error: reading HTML needs libxml2, which could not be loaded"), "\(r.stderr)")
    #expect(r.stderr.contains("/nonexistent/libxml2.so.2"))
    // The HTML file's entry is an error of kind toolMissing; the text report in the same run is still read.
    let entries = try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]] ?? []
    #expect(entries.count == 2)
    #expect((entries.first?["error"] as? [String: Any])?["kind"] as? String == "toolMissing")
    #expect(((entries.last?["documents"] as? [Any])?.count ?? 0) >= 1)
  }

  @Test func aTextRunNeedsNeitherLibrary() throws {
    let missing = ["REPORTKIT_LIBXML2": "/nonexistent/libxml2.so.2", "REPORTKIT_LIBSQLITE3": "/nonexistent/libsqlite3.so.0"]
    let r = try runReportKit(["extract", text, "--format", "json", "--quiet"], environment: missing)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.isEmpty)
  }

  @Test func aMissingSQLiteFailsTheSearchWithOneLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rk-lazy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("idx.sqlite").path, contents: Data())
    let r = try runReportKit(
      ["search", "idx.sqlite", "改革"], cwd: folder, environment: ["REPORTKIT_LIBSQLITE3": "/nonexistent/libsqlite3.so.0"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("idx.sqlite: error: the index needs SQLite, which could not be loaded ("), "\(r.stderr)")
    #expect(r.stderr.contains("/nonexistent/libsqlite3.so.0"))
  }
  #endif
}
