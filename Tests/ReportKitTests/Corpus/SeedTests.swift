import Foundation
import Testing
@testable import ReportKit

/// The seed file, checked against what a person reads in it (Corpus/seed/000_d5cbc6d95d43ea27.txt).
@Suite struct SeedTests {
  let report: Report

  init() throws {
    report = try Pipeline(options: .init(year: 2022)).extract(path: Paths.seed.path)
  }

  private func flat(_ nodes: [Node]) -> [Node] { nodes.flatMap { [$0] + flat($0.children) } }

  @Test func holdsThreeArticlesWithTheirBylines() {
    let d = report.documents
    #expect(d.count == 3)
    #expect(d.map(\.header.title) == ["扛起光荣使命 在现代化新镇江建设中激情奔跑", "扛起山水花园名城建设光荣使命", "践行“两山”理念 争当“双碳”赛道领跑者"])
    #expect(d[2].header.subtitle == "关于油坊镇碳中和示范村镇建设的调研报告")
    #expect(d.map(\.header.authors) == [["谈沁磊", "孙力"], ["吴海平"], ["杨友军"]])
    #expect(d.map(\.header.affiliation) == ["镇江市发展和改革委员会", "市城市管理局党委书记、局长", "扬州市油坊镇党委书记"])
  }

  @Test func firstArticleHasNineTasksAndThirtyThreeInlineItems() {
    let nodes = report.documents[0].outline.nodes
    let tasks = nodes.filter { $0.kind == .item }
    #expect(tasks.map(\.ordinal) == Array(1...9).map(Optional.some))
    #expect(tasks.allSatisfy { $0.role == .plan })
    // 3 review paragraphs × 3, then tasks 1–9 with 4, 4, 3, 2, 3, 3, 0, 2, 3.
    let inline = nodes.filter { $0.kind == .inline }
    #expect(inline.count == 33)
    #expect(tasks.map { $0.children.count } == [4, 4, 3, 2, 3, 3, 0, 2, 3])
    #expect(report.documents[0].outline.roots.prefix(9).allSatisfy { $0.kind == .inline && $0.role == .review })
  }

  @Test func secondArticleBeginsMidTextAtPartTwo() {
    let doc = report.documents[1]
    #expect(doc.outline.roots.map(\.marker) == ["二、", "三、", "四、"])
    #expect(doc.diagnostics.contains { $0.id == "segment.numbering-starts-late" })
    #expect(doc.diagnostics.contains { $0.id == "split.starts-mid-text" })
  }

  @Test func thirdArticleHasThreePartsOfThreeItems() {
    let doc = report.documents[2]
    #expect(doc.outline.roots.map(\.marker) == ["一、", "二、", "三、"])
    #expect(doc.outline.roots.map { $0.children.count } == [3, 3, 3])
    #expect(doc.outline.roots.map(\.role) == [.other, .plan, .plan])
  }

  @Test func joinsTheThreePageBreakSplits() {
    let t = report.documents.map(\.text)
    #expect(t[2].contains("高质量发展的强大动力"))
    #expect(t[2].contains("中秋游园会场"))
    #expect(t[1].contains("共享单车动态调控数据，督促"))
    let joins = report.documents.flatMap(\.diagnostics).filter { $0.id == "normalize.page-break-joined" }
    #expect(joins.count == 3)
  }

  @Test func everySpanStartsAtItsMarkerInsideTheText() {
    for doc in report.documents {
      let s = doc.text.scalarValues
      for n in doc.outline.nodes {
        #expect(n.span.start >= 0 && n.span.end <= s.count && n.span.start < n.span.end)
        #expect(String(scalarValues: s[n.span.start..<(n.span.start + n.marker.unicodeScalars.count)]) == n.marker)
        #expect(String(scalarValues: s[n.headingSpan.start..<n.headingSpan.end]) == n.heading)
      }
    }
  }
}
