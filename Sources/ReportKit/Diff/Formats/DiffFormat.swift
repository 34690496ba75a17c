/// The formats `diff` writes.
public enum DiffFormat: String, CaseIterable, Sendable {
  /// A terminal view: a summary, the target changes, then the node changes with inline edits.
  case text
  /// The JSON of the contract (schemaVersion 1).
  case json
  /// A self-contained side-by-side HTML page.
  case html

  /// The format an output file's extension names (`.txt`, `.json`, `.html`/`.htm`), if any.
  public init?(fileExtension ext: String) {
    switch ext.lowercased() {
    case "txt", "text": self = .text
    case "json": self = .json
    case "html", "htm": self = .html
    default: return nil
    }
  }
}

/// Shared wording of the writers: how a number, a value with its unit and a comparator read.
enum DiffWords {
  /// `0.734`: three decimals, no binary noise in the output (the similarity is a ratio of two counts).
  static func ratio(_ x: Double) -> String {
    let k = Int((max(0, min(1, x)) * 1000).rounded())
    if k == 1000 { return "1" }
    let digits = String(k)
    return "0." + String(repeating: "0", count: 3 - digits.count) + digits
  }

  /// A side of a target change as a person reads it: the figure as written (1.3万亿斤) and its comparator word, or
  /// the clause when it has no number.
  static func value(_ v: TargetValue?) -> String {
    guard let v else { return "—" }
    guard let value = v.value else { return v.text }
    let number = v.figure ?? (v.upper.map { "\(value)–\($0)" } ?? value.description) + v.unit
    return number + " " + comparator(v.comparator)
  }

  /// 以上 floor, 以内 ceiling, 左右 about, a range, reach.
  static func comparator(_ c: Comparator) -> String {
    switch c {
    case .floor: return "(floor)"
    case .ceiling: return "(ceiling)"
    case .about: return "(about)"
    case .range: return "(range)"
    case .reach: return "(reach)"
    }
  }

  /// The id shown for a change: `old → new`, or the one side.
  static func ids(_ c: NodeChange) -> String {
    switch (c.old, c.new) {
    case let (o?, n?): return o.nodeId == n.nodeId ? o.nodeId.path : "\(o.nodeId.path) → \(n.nodeId.path)"
    case let (o?, nil): return o.nodeId.path
    case let (nil, n?): return n.nodeId.path
    case (nil, nil): return ""
    }
  }

  /// A raised or lowered target's change as a person reads it: in 个百分点 for a percentage (2% → 3% is one
  /// percentage point), else in the magnitude of the new figure as written (1.3万亿斤 → 1.4万亿斤 is +0.1万亿斤).
  static func delta(_ t: TargetChange) -> String? {
    guard let d = t.delta, t.direction == .raised || t.direction == .lowered else { return nil }
    let unit = t.new?.unit ?? t.old?.unit ?? ""
    func signed(_ x: ExactDecimal) -> String { (x.significand > 0 ? "+" : "") + x.description }
    if unit == "%" { return signed(d) + "个百分点" }
    let figure = t.new?.figure ?? t.old?.figure ?? ""
    for (word, power) in [("万亿", 12), ("亿", 8), ("万", 4)] where !unit.isEmpty && figure.hasSuffix(word + unit) {
      return signed(d.scaled(byPowerOfTen: -power)) + word + unit
    }
    return signed(d) + unit
  }

  /// The heading a change is known by: the new node's (else the old one's), clipped.
  static func heading(_ c: NodeChange) -> String {
    let h = c.new?.heading ?? c.old?.heading ?? ""
    return h.unicodeScalars.count <= 30 ? h : String(String.UnicodeScalarView(h.unicodeScalars.prefix(30))) + "…"
  }

  /// The header line of a side: path, title, region, year.
  static func side(_ s: DiffSide) -> String {
    var parts: [String] = [s.path.isEmpty ? s.documentId : s.path]
    if let t = s.title { parts.append(t) }
    if let r = s.region { parts.append(r) }
    parts.append(s.year.map(String.init) ?? "year unknown")
    if s.kind != .other { parts.append(s.kind.rawValue) }
    return parts.joined(separator: " · ")
  }
}
