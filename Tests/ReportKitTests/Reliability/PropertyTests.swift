import Foundation
import Testing
@testable import ReportKit

/// Report-shaped texts built from the pieces real reports are made of (markers of every level, headings,
/// figures with units, deadlines, plan words, list items joined by ；) and the damage met in the wild (hard
/// wraps, letter spacing, full-width digits, CRLF, U+3000 indents, stray U+FFFD, lone markers, long runs).
enum ReportGenerator {
  static let markers = ["一、", "二、", "三、", "十、", "（一）", "（二）", "（十二）", "1.", "2．", "3、", "（1）", "(2)", "①", "②", "第一，", "一是", "二是", "第三章", "第一节"]
  static let headings = ["2024年工作回顾", "2025年主要目标", "今年工作安排", "着力扩大内需", "深化改革开放", "过去五年", "下一步工作"]
  static let figures = ["增长5.2%", "增长5%左右", "1.7万人", "3000亿元", "4.6%以内", "下降2个百分点", "达到1.4亿斤", "一千二百万人", "１２３４５吨", "增长0.5—1个百分点", "超过100万户", "5G基站"]
  static let words = ["各位代表", "地区生产总值", "城镇新增就业", "居民消费价格", "力争", "预期", "到2027年", "今年", "年底前", "比上年", "粮食产量", "固定资产投资", "全年", "十四五", "推动", "实现"]
  static let punctuation = ["，", "。", "；", "、", "：", "！", "（", "）", "“", "”", " ", "\u{3000}", "\n", "\r\n", "\n\n"]
  static let damage = ["\u{FFFD}", "\u{200B}", "\t", "政 府 工 作 报 告", "一、\n", "（\n三）", "——", "…", "\u{FEFF}", "第\n", "%PDF", "<p>"]

  /// One text of about `pieces` pieces.
  static func text(_ g: inout SeededGenerator, pieces: Int) -> String {
    var out = Bool.random(using: &g) ? "2024年政府工作报告\n" : ""
    if Int.random(in: 0..<3, using: &g) == 0 { out += "各位代表：\n" }
    for _ in 0..<pieces {
      switch Int.random(in: 0..<100, using: &g) {
      case 0..<8: out += "\n" + markers.randomElement(using: &g)! + headings.randomElement(using: &g)! + "\n"
      case 8..<14: out += "\n" + markers.randomElement(using: &g)!
      case 14..<40: out += figures.randomElement(using: &g)!
      case 40..<70: out += words.randomElement(using: &g)!
      case 70..<92: out += punctuation.randomElement(using: &g)!
      case 92..<97: out += damage.randomElement(using: &g)!
      default:
        // A hard wrap: the line so far cut mid-sentence, as text copied from a PDF.
        out += "\n"
      }
    }
    return out
  }
}

/// Properties that hold for every input; each runs over deterministic generated cases (`cases` of them).
struct PropertyTests {
  static let cases = 300

  private func generated(_ seed: UInt64) -> [String] {
    var g = SeededGenerator(seed: seed)
    return (0..<Self.cases).map { _ in ReportGenerator.text(&g, pieces: Int.random(in: 1..<400, using: &g)) }
  }

  private func report(_ text: String, path: String = "p.txt") -> Report {
    Pipeline().process(SourceText(info: SourceInfo(path: path, format: .text, encoding: .utf8, sha256: ""), text: text))
  }

  @Test func spansIndexTheText() {
    for (k, text) in generated(1).enumerated() {
      for doc in report(text).documents {
        let n = doc.scalars.count
        func ok(_ s: SourceSpan) -> Bool { s.start >= 0 && s.start <= s.end && s.end <= n }
        #expect(doc.outline.nodes.allSatisfy { ok($0.span) && ok($0.headingSpan) }, "case \(k): nodes")
        #expect(doc.sentences.allSatisfy { ok($0.span) }, "case \(k): sentences")
        #expect(doc.figures.allSatisfy { ok($0.span) && ok($0.sentence) }, "case \(k): figures")
        #expect(doc.deadlines.allSatisfy { ok($0.span) }, "case \(k): deadlines")
        #expect(doc.targets.allSatisfy { ok($0.span) && ok($0.sentence) }, "case \(k): targets")
        #expect(doc.diagnostics.allSatisfy { $0.span.map(ok) ?? true }, "case \(k): diagnostics")
        // The figure's text is what its span covers.
        #expect(doc.figures.allSatisfy { doc.text(of: $0.span) == $0.text }, "case \(k): figure text")
      }
    }
  }

  @Test func outlineIdsAreUnique() {
    for (k, text) in generated(2).enumerated() {
      let docs = report(text).documents
      #expect(Set(docs.map(\.id)).count == docs.count, "case \(k): document ids")
      for doc in docs {
        let ids = doc.outline.nodes.map(\.id)
        #expect(Set(ids).count == ids.count, "case \(k): node ids")
        #expect(Set(doc.figures.map(\.id)).count == doc.figures.count, "case \(k): figure ids")
        #expect(Set(doc.targets.map(\.id)).count == doc.targets.count, "case \(k): target ids")
      }
    }
  }

  @Test func normalisingTwiceChangesNothing() {
    let normalizer = Normalizer()
    for (k, text) in generated(3).enumerated() {
      let once = normalizer.normalize(text)
      let twice = normalizer.normalize(scalars: once.scalars)
      #expect(twice.scalars == once.scalars, "case \(k): \(String(scalarValues: once.scalars).prefix(120))")
    }
  }

  @Test func everyFigureLiesInsideItsSentence() {
    for (k, text) in generated(4).enumerated() {
      for doc in report(text).documents {
        for f in doc.figures {
          #expect(f.sentence.start <= f.span.start && f.span.end <= f.sentence.end, "case \(k): \(f.id) \(f.text)")
        }
        for t in doc.targets {
          #expect(t.sentence.start <= t.span.start && t.span.end <= t.sentence.end, "case \(k): \(t.id)")
        }
      }
    }
  }

  /// A document's extraction does not depend on what was read before it, nor on being read on another
  /// thread at the same time as others.
  @Test func extractionIsIndependentOfTheOtherFiles() {
    let texts = Array(generated(5).prefix(60))
    let pipeline = Pipeline()
    let alone = texts.enumerated().map { k, t in ReportJSON.encode(Pipeline().process(source(t, k))) }
    // In reverse order through one pipeline, and in parallel.
    var reversed = [[UInt8]](repeating: [], count: texts.count)
    for k in texts.indices.reversed() { reversed[k] = ReportJSON.encode(pipeline.process(source(texts[k], k))) }
    let parallel = Parallel.map(texts.indices) { k in ReportJSON.encode(pipeline.process(source(texts[k], k))) }
    for k in texts.indices {
      #expect(reversed[k] == alone[k], "case \(k): after the others")
      #expect(parallel[k] == alone[k], "case \(k): in parallel")
    }
  }

  private func source(_ text: String, _ k: Int) -> SourceText {
    SourceText(info: SourceInfo(path: "case-\(k).txt", format: .text, encoding: .utf8, sha256: ""), text: text)
  }
}

/// A parallel map over indices, results in order.
private enum Parallel {
  static func map<T: Sendable>(_ range: Range<Int>, _ body: @Sendable (Int) -> T) -> [T] {
    let box = Box<T>(count: range.count)
    DispatchQueue.concurrentPerform(iterations: range.count) { i in box.set(i, body(range.lowerBound + i)) }
    return box.values.map { $0! }
  }

  private final class Box<T>: @unchecked Sendable {
    // @unchecked: each slot is written by one iteration only, under the lock.
    private let lock = NSLock()
    private(set) var values: [T?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) {
      lock.lock()
      values[i] = v
      lock.unlock()
    }
  }
}
