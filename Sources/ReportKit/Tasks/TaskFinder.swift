/// A task found in a document: a leaf node of a plan part, or a paragraph of one that leads with its task.
struct TaskUnit: Sendable {
  /// The node in `Outline.nodes`.
  var nodeIndex: Int
  /// For a paragraph task, the paragraph's line within its node (the heading's line is 0); nil for a node task.
  var paragraph: Int?
  /// The task's own text.
  var span: SourceSpan
  /// 任务: the lead clause.
  var lead: String
}

/// Finds the tasks of a document's plan parts.
///
/// A task is a leaf of the plan subtree: a numbered section or item, or an inline 一是 item, with no children of
/// its own (a node with children is a heading over them, and its opening words frame them). A leaf whose later
/// paragraphs each open with a short lead sentence (a work report's 「实施提振消费专项行动。…」) gives one task per
/// such paragraph instead, because that is how its tasks are written; its other paragraphs (remarks such as
/// 「我们要…」) give none. The headline-target paragraph is never a task: its targets are rows of their own.
struct TaskFinder {
  let document: Document
  /// The document's lines (paragraphs).
  let lines: [Range<Int>]
  /// The headline-target paragraphs.
  let headline: [Range<Int>]

  /// The tasks, in text order.
  func tasks() -> [TaskUnit] {
    let s = document.scalars
    var out: [TaskUnit] = []
    for (k, node) in document.outline.nodes.enumerated() where node.role == .plan && node.children.isEmpty {
      let own = linesOf(node)
      var paragraphs: [TaskUnit] = []
      for (p, line) in own.enumerated().dropFirst() where !headline.contains(line) {
        guard let lead = LeadSentence.of(s[line]) else { continue }
        paragraphs.append(TaskUnit(
          nodeIndex: k, paragraph: p, span: SourceSpan(start: line.lowerBound, end: line.upperBound),
          lead: TaskWording.lead(lead)))
      }
      if !paragraphs.isEmpty {
        out += paragraphs
        continue
      }
      // A leaf that only frames the headline targets is no task of its own.
      if own.contains(where: { headline.contains($0) }) { continue }
      out.append(TaskUnit(nodeIndex: k, paragraph: nil, span: node.span, lead: lead(of: node)))
    }
    return out
  }

  /// The lead clause of a node task: its heading, or the first sentence of its text when it has none.
  private func lead(of node: Node) -> String {
    let heading = node.heading.scalarValues
    if !heading.isEmpty { return TaskWording.lead(heading[...]) }
    let body = document.scalars[max(node.headingSpan.end, node.span.start)..<node.span.end]
    return TaskWording.lead(TaskWording.firstSentence(body))
  }

  /// The lines a node starts or holds, in order (an inline item's span is a piece of one line).
  private func linesOf(_ node: Node) -> [Range<Int>] {
    // Lines are sorted: bisect for the last one starting at or before the node.
    var lo = 0
    var hi = lines.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if lines[mid].lowerBound <= node.span.start { lo = mid + 1 } else { hi = mid }
    }
    var out: [Range<Int>] = []
    var k = max(0, lo - 1)
    while k < lines.count && lines[k].lowerBound < node.span.end {
      if lines[k].upperBound > node.span.start { out.append(lines[k]) }
      k += 1
    }
    return out
  }
}
