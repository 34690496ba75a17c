import Foundation
@testable import ReportKit

/// Helpers for diff tests: documents from literal report texts, and the diff of two.
enum DiffSupport {
  /// The first document of `text` read as the pipeline reads a file: split, segmented, extracted.
  static func document(_ text: String, year: Int? = nil) -> Document {
    Pipeline(options: .init(year: year)).documents(from: Normalizer().normalize(text))[0]
  }

  /// The diff of two literal report texts.
  static func diff(_ old: String, _ new: String) -> DocumentDiff {
    Differ().diff(document(old), document(new))
  }

  /// The change whose new (else old) node has this id.
  static func change(_ d: DocumentDiff, new id: String) -> NodeChange? {
    d.changes.first { $0.new?.nodeId.path == id }
  }

  /// The change whose old node has this id and no new node, or the main change holding it.
  static func change(_ d: DocumentDiff, old id: String) -> NodeChange? {
    d.changes.first { $0.old?.nodeId.path == id && $0.splitFrom == nil }
  }

  /// The inserted and deleted texts of a change's pieces.
  static func edits(_ c: NodeChange) -> (deleted: [String], inserted: [String]) {
    (
      c.pieces.filter { $0.operation == .delete }.map { String(scalarValues: $0.text) },
      c.pieces.filter { $0.operation == .insert }.map { String(scalarValues: $0.text) }
    )
  }

  /// A report in the shape of a work report: a review part, a plan part with the given headline targets, and a
  /// task part with the given sections (each a heading line and a body line).
  static func report(year: Int, headline: String, sections: [String]) -> String {
    var s = "政府工作报告\n——\(year)年3月5日在人民代表大会上\n各位代表：\n"
    s += "一、\(year - 1)年工作回顾\n过去一年，经济运行总体平稳，发展质量稳步提升，民生保障有力有效。\n"
    s += "二、\(year)年经济社会发展总体要求\n今年发展主要预期目标是：\(headline)。\n"
    s += "三、\(year)年政府工作任务\n"
    for (k, body) in sections.enumerated() { s += "（\(chinese[k])）\(body)\n" }
    return s
  }

  static let chinese = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  // Sections with words of their own, so that each is recognisable whatever its number.
  static let consumption = "大力提振消费，全方位扩大国内需求。实施提振消费专项行动，推动服务消费提质惠民，扩大以旧换新补贴范围。"
  static let industry = "因地制宜发展新质生产力，加快建设现代化产业体系。推动科技创新和产业创新融合发展，培育壮大新兴产业和未来产业。"
  static let education = "深入实施科教兴国战略，提升国家创新体系整体效能。建设高质量教育体系，加快推进教育强国建设，办好人民满意的教育。"
  static let reform = "推动标志性改革举措加快落地，更好发挥经济体制改革牵引作用。高质量完成国有企业改革深化提升行动，促进民营经济健康发展。"
  static let opening = "扩大高水平对外开放，积极稳外贸稳外资。稳步扩大制度型开放，推动进出口平衡发展，打造国际一流营商环境。"
  static let housing = "持续用力推动房地产市场止跌回稳，因城施策调减限制性措施，加力实施城中村和危旧房改造，充分释放刚性和改善性住房需求潜力。"
  static let headline2024 = "国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长和经济增长同步；粮食产量1.3万亿斤以上"
}
