/// The figures, deadlines and targets of a document as one-line summaries, grouped by the node holding each:
/// what the tree and Markdown views print under their nodes.
struct ExtractionLines {
  /// Lines by node id.
  private(set) var byNode: [NodeID: [String]] = [:]
  /// Lines of extractions outside every node.
  private(set) var loose: [String] = []

  /// Summarises `document`'s extractions; `figure`, `deadline` and `target` format one line of each.
  init(_ document: Document, figure: (Figure) -> String, deadline: (Deadline) -> String, target: (Target) -> String) {
    for f in document.figures { attach(f.nodeId, figure(f)) }
    for t in document.deadlines { attach(t.nodeId, deadline(t)) }
    for g in document.targets { attach(g.nodeId, target(g)) }
  }

  private mutating func attach(_ node: NodeID?, _ line: String) {
    if let id = node { byNode[id, default: []].append(line) } else { loose.append(line) }
  }

  /// `5`, `4.5–5`: a value with the upper end of its range.
  static func value(_ v: ExactDecimal, _ upper: ExactDecimal?) -> String {
    upper.map { "\(v)–\($0)" } ?? v.description
  }

  /// ` 元`, or nothing for a figure without a unit.
  static func unit(_ u: String) -> String { u.isEmpty ? "" : " " + u }
}
