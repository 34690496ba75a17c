import Foundation
import Testing
@testable import ReportKit

/// Every JSON the project writes conforms to the schema it ships (Sources/ReportKit/Output/Schemas).
@Suite struct SchemaTests {
  static let schema = try! JSONSchema(
    contentsOf: Paths.repo.appendingPathComponent("Sources/ReportKit/Output/Schemas/extract.schema.json"))

  static let goldens: [String] = {
    guard let e = FileManager.default.enumerator(atPath: Paths.corpus.path) else { return [] }
    return e.compactMap { $0 as? String }.filter { $0.hasSuffix(".expected.json") }.sorted()
  }()

  @Test(arguments: goldens)
  func goldenConformsToTheSchema(_ golden: String) throws {
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Paths.corpus.appendingPathComponent(golden)))
    #expect(SchemaTests.schema.problems(json) == [])
  }

  @Test func severalInputsWithAFailureConform() throws {
    let report = try Pipeline().extract(path: Paths.seed.path)
    var stream = ReportStream(format: .json, inputs: 2)
    let bytes = stream.begin() + stream.add(report)
      + stream.add(IngestError(path: "x.docx", kind: .damaged, reason: "truncated")) + stream.end()
    let json = try JSONSerialization.jsonObject(with: Data(bytes))
    #expect(SchemaTests.schema.problems(json) == [])
  }

  @Test func theValidatorCatchesWhatItShould() throws {
    // A figure with a renamed field and a bad id: the schema must notice both, or it holds nothing.
    var report = try JSONSerialization.jsonObject(with: Data(ReportJSON.encode(try Pipeline().extract(path: Paths.seed.path))))
      as! [String: Any]
    var docs = report["documents"] as! [[String: Any]]
    var figures = docs[0]["figures"] as! [[String: Any]]
    figures[0]["metricName"] = figures[0].removeValue(forKey: "metric")
    figures[1]["id"] = "x2"
    docs[0]["figures"] = figures
    report["documents"] = docs
    let problems = SchemaTests.schema.problems(report)
    #expect(problems.contains("$.documents[0].figures[0]: no metric"))
    #expect(problems.contains("$.documents[0].figures[0]: unexpected metricName"))
    #expect(problems.contains { $0.hasPrefix("$.documents[0].figures[1].id:") })
  }
}
