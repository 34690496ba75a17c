import Foundation
@testable import ReportKit

/// Helpers for check tests: reports in the shape of real work reports, read as the pipeline reads a file, and
/// the check of a plan against progress documents.
enum CheckSupport {
  /// The report of `text` as the pipeline reads a file named `path`.
  static func report(_ text: String, path: String) throws -> Report {
    try Pipeline().extract(data: Data(text.utf8), path: path)
  }

  /// The check of the plan text against progress texts, each a (path, text) pair.
  static func check(plan: String, _ progress: [(path: String, text: String)], planYear: Int? = nil) throws -> CheckResult {
    let p = try report(plan, path: "plan.txt")
    let r = try progress.map { try report($0.text, path: $0.path) }
    return Checker().check(plan: p, progress: r, planYear: planYear)
  }

  /// The check of the plan text against one progress text named `progress.txt`.
  static func check(plan: String, progress: String, planYear: Int? = nil) throws -> CheckResult {
    try check(plan: plan, [("progress.txt", progress)], planYear: planYear)
  }

  /// A provincial work report delivered in `year`: a salutation, a one-paragraph review of the year before, and a
  /// plan part whose headline sentence lists `headline` (clauses joined by ；), then numbered tasks.
  static func plan(year: Int, headline: String, tasks: [String] = []) -> String {
    var s = "政府工作报告\n——\(year)年1月15日在某省第十四届人民代表大会第三次会议上\n各位代表：\n"
    s += "现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    s += "一、\(year - 1)年工作回顾\n过去一年，全省经济运行总体平稳，发展质量稳步提升，民生保障有力有效。\n"
    s += "二、\(year)年工作安排\n今年经济社会发展的主要预期目标是：\(headline)。\n"
    for (k, t) in tasks.enumerated() { s += "（\(chinese[k])）\(t)\n" }
    return s
  }

  /// Next year's work report delivered in `year`: its review part (of `year - 1`) holds the `review` paragraphs,
  /// and a plan part of its own follows, whose targets are no evidence.
  static func progress(year: Int, review: [String]) -> String {
    var s = "政府工作报告\n——\(year)年1月20日在某省第十四届人民代表大会第四次会议上\n各位代表：\n"
    s += "现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    s += "一、\(year - 1)年工作回顾\n"
    for p in review { s += p + "\n" }
    s += "二、\(year)年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业60万人以上。\n"
    return s
  }

  /// Chinese numerals for the （一） task markers.
  static let chinese = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  /// The first item whose metric is `metric`.
  static func item(_ r: CheckResult, _ metric: String) -> CheckItem? {
    r.items.first { $0.metric == metric }
  }

  /// The diagnostic ids of a result.
  static func ids(_ r: CheckResult) -> [String] { r.diagnostics.map(\.id.rawValue) }
}
