/// Renders a check result as one self-contained HTML scorecard: the documents and notes, a bar of the statuses,
/// then per part (headline targets and goals, other targets, tasks) a row per item with its status, target,
/// actual and reason, a chart of target against actual where both are numbers (inline SVG), and the evidence
/// sentences with the figure that gave the actual marked. Inline CSS only: no script, no font or image to
/// fetch, so the file opens offline and prints.
public enum CheckHTML {
  /// The page.
  public static func render(_ r: CheckResult) -> String {
    var h = ""
    h.reserveCapacity(16384 + r.items.count * 1200)
    let title = "ReportKit check: \(r.plan.described)"
    h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    h += "<title>\(esc(title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n<header>\n"
    h += "<h1>核查 Check</h1>\n<table class=\"sides\">\n"
    h += "<tr><th>计划 plan</th><td>\(esc(r.plan.described))\(r.planYear.map { "，计划年度 \($0)" } ?? "")</td></tr>\n"
    for p in r.progress { h += "<tr><th>进展 progress</th><td>\(esc(p.described))</td></tr>\n" }
    h += "</table>\n"
    if !r.diagnostics.isEmpty {
      h += "<ul class=\"notes\">\n"
      for d in r.diagnostics { h += "<li>\(esc(d.message)) <code>\(esc(d.id.rawValue))</code></li>\n" }
      h += "</ul>\n"
    }
    h += summary(r)
    h += "</header>\n<main>\n"
    for (n, (title, items)) in r.sections.enumerated() where !items.isEmpty {
      // Tasks have no numbers: their table drops the target and actual columns.
      let numbered = items.contains { $0.kind == .target }
      h += "<section id=\"part-\(n + 1)\">\n<h2>\(esc(title))（\(items.count)）</h2>\n<div class=\"wrap\">\n"
      h += "<table class=\"items\">\n<thead><tr><th>#</th><th>状态</th><th>指标 / 内容</th>"
      h += numbered ? "<th>目标</th><th>实际</th>" : ""
      h += "<th>判断与依据</th></tr></thead>\n<tbody>\n"
      for (k, i) in items.enumerated() { h += row(i, number: k + 1, numbered: numbered, planYear: r.planYear) }
      h += "</tbody>\n</table>\n</div>\n</section>\n"
    }
    h += "</main>\n<footer>ReportKit \(esc(ReportKitVersion.string)) · 容差 tolerance and ceiling metrics: Rules/check.yaml</footer>\n"
    h += "</body>\n</html>\n"
    return h
  }

  // MARK: Parts

  /// The counts by status, and a bar of them.
  private static func summary(_ r: CheckResult) -> String {
    let counts = r.summary
    let total = max(1, r.items.count)
    var h = "<p class=\"summary\">"
    h += CheckStatus.allCases.map { "<span class=\"badge s-\($0.rawValue)\">\($0.chinese) \($0.rawValue) \(counts[$0] ?? 0)</span>" }
      .joined(separator: " ")
    h += " · 合计 \(r.items.count)</p>\n"
    let width = 720.0
    h += "<svg class=\"bar\" width=\"\(Int(width))\" height=\"18\" viewBox=\"0 0 \(Int(width)) 18\" role=\"img\" aria-label=\"statuses\">"
    var x = 0.0
    for s in CheckStatus.allCases {
      let n = counts[s] ?? 0
      guard n > 0 else { continue }
      let w = width * Double(n) / Double(total)
      h += "<rect class=\"f-\(s.rawValue)\" x=\"\(fmt(x))\" y=\"0\" width=\"\(fmt(w))\" height=\"18\"><title>\(s.rawValue) \(n)</title></rect>"
      x += w
    }
    return h + "</svg>\n"
  }

  private static func row(_ i: CheckItem, number: Int, numbered: Bool, planYear: Int?) -> String {
    var h = "<tr class=\"item s-\(i.status.rawValue)\" id=\"\(esc(anchor(i, number)))\">"
    h += "<td class=\"n\">\(number)</td>"
    h += "<td><span class=\"badge s-\(i.status.rawValue)\">\(i.status.chinese)<br><small>\(i.status.rawValue)</small></span></td>"
    h += "<td class=\"metric\">\(esc(i.metric))"
    // A deadline that is the plan year itself (今年, 全年, 2025年) says nothing; others do (2027年底前).
    if let d = i.deadline, !CheckHTML.isPlanYear(d, planYear) { h += "<br><small>期限 \(esc(d))</small>" }
    h += "</td>"
    if numbered {
      h += "<td class=\"value\">\(i.kind == .target ? esc(i.targetWritten) : "—")</td>"
      h += "<td class=\"value\">\(esc(i.actualWritten))</td>"
    }
    h += "<td class=\"why\"><div class=\"reason\">\(esc(i.reason))</div>"
    if let chart = chart(i) { h += chart }
    for e in i.evidence {
      let m = e.marked
      h += "<blockquote>\(esc(m.before))"
      if !m.figure.isEmpty { h += "<mark>\(esc(m.figure))</mark>" }
      h += "\(esc(m.after))<cite>\(esc(file(e.source))) \(e.span.start)–\(e.span.end)"
      if e.multiYear { h += " · 五年回顾" }
      h += "</cite></blockquote>"
    }
    return h + "</td></tr>\n"
  }

  /// The target and its tolerance as a band on a line, the actual as a dot, for a target with both numbers.
  static func chart(_ i: CheckItem) -> String? {
    guard i.kind == .target, let t = i.target.value?.doubleValue, let a = i.actual?.value?.doubleValue,
      let comparator = i.target.comparator
    else { return nil }
    let band = i.tolerance?.doubleValue ?? 0
    let upper = i.target.upper?.doubleValue ?? t
    // The zone where the verdict is met, as Verdict reads it.
    let zone: (Double, Double)
    switch comparator {
    case .ceiling: zone = (min(0, a), t)
    case .about where i.ceilingInPractice: zone = (min(0, a), t + band)
    case .about: zone = (t - band, t + band)
    case .floor, .reach: zone = (t, t + band)
    case .range: zone = (t, upper)
    }
    // Rates start at zero, so a fall below it shows; quantities (1267万人 against 1200万人) are drawn around
    // the target, or the difference would vanish at the right end.
    let rate = i.target.unit == "%" || i.target.unit == "个百分点"
    var lo = rate ? min(0, zone.0, a, t) : min(zone.0, a, t), hi = max(zone.1, a, upper)
    let pad = max((hi - lo) * 0.1, abs(t) * 0.02)
    if !rate || lo < 0 { lo -= pad }
    hi += pad
    guard hi > lo else { return nil }
    let w = 360.0, left = 10.0, right = 10.0
    func x(_ v: Double) -> Double { left + (v - lo) / (hi - lo) * (w - left - right) }
    let unit = i.target.unit
    func label(_ v: ExactDecimal?) -> String { v.map { CheckWords.short($0, unit: unit) + unit } ?? "" }
    var s = "<svg class=\"chart\" viewBox=\"0 0 \(Int(w)) 46\" role=\"img\""
    s += " aria-label=\"\(esc("目标 \(i.targetWritten)，实际 \(i.actualWritten)"))\">"
    s += "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"26\" x2=\"\(fmt(w - right))\" y2=\"26\"/>"
    if lo < 0 { s += "<line class=\"zero\" x1=\"\(fmt(x(0)))\" y1=\"18\" x2=\"\(fmt(x(0)))\" y2=\"34\"/>" }
    s += "<rect class=\"zone\" x=\"\(fmt(x(zone.0)))\" y=\"20\" width=\"\(fmt(max(1, x(zone.1) - x(zone.0))))\" height=\"12\"><title>达标区间 met zone</title></rect>"
    s += "<text class=\"tl\" x=\"\(fmt(x(t)))\" y=\"45\" text-anchor=\"middle\">目标 \(esc(label(i.target.value)))</text>"
    s += "<circle class=\"f-\(i.status.rawValue)\" cx=\"\(fmt(x(a)))\" cy=\"26\" r=\"6\"><title>实际 \(esc(i.actualWritten))</title></circle>"
    // The target's tick over the dot, so an actual right on the target still shows it.
    s += "<line class=\"target\" x1=\"\(fmt(x(t)))\" y1=\"16\" x2=\"\(fmt(x(t)))\" y2=\"36\"/>"
    if comparator == .range { s += "<line class=\"target\" x1=\"\(fmt(x(upper)))\" y1=\"16\" x2=\"\(fmt(x(upper)))\" y2=\"36\"/>" }
    let anchor = x(a) > w * 0.75 ? "end" : (x(a) < w * 0.25 ? "start" : "middle")
    s += "<text class=\"al\" x=\"\(fmt(x(a)))\" y=\"12\" text-anchor=\"\(anchor)\">实际 \(esc(label(i.actual?.value)))</text>"
    return s + "</svg>"
  }

  // MARK: Helpers

  /// Whether a deadline only names the plan year (今年, 全年, 年内, 2025年).
  static func isPlanYear(_ d: String, _ year: Int?) -> Bool {
    ["今年", "全年", "年内", "本年", "当年", "年底前", "年底", "今年底"].contains(d) || year.map { d == "\($0)年" } ?? false
  }

  private static func anchor(_ i: CheckItem, _ n: Int) -> String {
    if let t = i.targetId { return "target-\(t)" }
    return "\(i.kind.rawValue)-\(i.nodeId?.path ?? "n")-\(n)"
  }

  private static func file(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

  /// A coordinate to a tenth: the page stays small and the same run to run.
  private static func fmt(_ v: Double) -> String { String((v * 10).rounded() / 10) }

  private static func esc(_ s: String) -> String { HTMLText.escape(s) }

  private static let style = """
    body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
      margin: 1.5rem; color: #222; background: #fff; line-height: 1.55; }
    h1 { font-size: 1.3rem; margin: 0 0 .5rem; }
    h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
    table { border-collapse: collapse; }
    th, td { border: 1px solid #ddd; padding: .3rem .5rem; vertical-align: top; text-align: left; }
    th { background: #f3f3f3; }
    table.items { width: 100%; }
    .wrap { overflow-x: auto; }
    td.n { color: #888; text-align: right; }
    td.metric { min-width: 8rem; }
    td.value { white-space: nowrap; }
    td.why { width: 55%; min-width: 16rem; }
    .reason { font-weight: bold; margin-bottom: .2rem; }
    blockquote { margin: .3rem 0 0; padding: .2rem .5rem; border-left: 3px solid #ccc; background: #fafafa; font-size: .92em; }
    cite { display: block; color: #777; font-style: normal; font-size: .85em; }
    mark { background: #ffe58a; padding: 0 .1rem; }
    .notes { color: #7a5200; background: #fff8e5; border: 1px solid #f0d48a; padding: .4rem 1.6rem; }
    .badge { display: inline-block; padding: .05rem .4rem; border-radius: 3px; font-size: .85em; white-space: nowrap; }
    .badge small { font-size: .8em; opacity: .8; }
    .s-met .badge, .badge.s-met { background: #ccf5d2; color: #055d20; }
    .s-exceeded .badge, .badge.s-exceeded { background: #b7e4ff; color: #03406b; }
    .s-partly-met .badge, .badge.s-partly-met { background: #fff1c2; color: #6b4e00; }
    .s-not-met .badge, .badge.s-not-met { background: #ffd7d5; color: #82071e; }
    .s-in-progress .badge, .badge.s-in-progress { background: #e8e1ff; color: #3b1f8f; }
    .s-not-mentioned .badge, .badge.s-not-mentioned { background: #eee; color: #555; }
    .s-unclear .badge, .badge.s-unclear { background: #f5e6d3; color: #6b3d00; }
    svg .f-met { fill: #2da44e; } svg .f-exceeded { fill: #0969da; } svg .f-partly-met { fill: #d4a72c; }
    svg .f-not-met { fill: #cf222e; } svg .f-in-progress { fill: #8250df; } svg .f-not-mentioned { fill: #afb8c1; }
    svg .f-unclear { fill: #bc4c00; }
    svg.bar { display: block; margin: .4rem 0; max-width: 100%; }
    svg.chart { display: block; margin: .3rem 0; width: 100%; max-width: 360px; height: auto; }
    svg .target { stroke: #222; stroke-width: 2; }
    svg .axis { stroke: #999; stroke-width: 1; } svg .zero { stroke: #bbb; stroke-dasharray: 2 2; }
    svg .zone { fill: #d8f3dc; stroke: #95d5a6; }
    svg circle { stroke: #fff; stroke-width: 1.5; }
    svg text { font-size: 11px; fill: #333; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
    footer { margin-top: 2rem; color: #888; font-size: .85em; }
    @media (max-width: 700px) { body { margin: .6rem; } td.value { white-space: normal; } td.why { min-width: 12rem; } }
    @media print { td.why { width: auto; } .wrap { overflow: visible; } }

    """
}
