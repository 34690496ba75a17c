/// Makes the checklist rows of one report document: its tasks and its headline targets, in text order.
struct RowBuilder {
  let document: Document
  let sourceIndex: Int
  let isWorkReport: Bool
  let rules: CompiledRules

  /// 原文 longer than this many characters is clipped, with an ellipsis.
  static let maxTextLength = 500

  /// A row with the full words a division plan's rows are matched against.
  struct Built {
    var row: ChecklistRow
    var words: Scalars
  }

  /// The rows, tasks and headline targets merged in text order.
  func rows() -> [Built] {
    let s = document.scalars
    let lines = Lines.ranges(in: s)
    // The lines of the headline paragraph the extractor found (Document.headline).
    let headline = document.headline.map { h in lines.filter { $0.lowerBound < h.end && $0.upperBound > h.start } } ?? []
    let tasks = TaskFinder(document: document, lines: lines, headline: headline).tasks()
    let parents = RowBuilder.parents(document.outline.nodes)
    let deadlines = DeadlineInheritance(document: document, isWorkReport: isWorkReport)
    var out: [Built] = []
    for t in tasks {
      let node = document.outline.nodes[t.nodeIndex]
      // A paragraph task stands under its node; a node task under the node's parents, or under its own heading
      // when it is a top-level node (the seed's 7. has no parent), so that 章节 always names one.
      let above = ancestors(t.paragraph == nil ? parents[t.nodeIndex] : t.nodeIndex, parents)
      let owners = t.paragraph == nil ? document.outline.owners(ofNodeAt: t.nodeIndex) : paragraphOwners(t, parents, lines)
      let id = "\(document.id)/\(node.id.path)" + (t.paragraph.map { "/p\($0)" } ?? "")
      let row = ChecklistRow(
        id: id, kind: .task, task: t.lead,
        targets: document.targets.filter { t.span.contains($0.span) }.map { TargetValueText.checklistTarget($0, in: document) },
        deadline: deadlines.deadline(own: [t.span], ancestors: above),
        owners: owners, ownersFrom: owners.isEmpty ? .none : .report,
        sectionPath: above.isEmpty ? [RowBuilder.label(node)] : above.reversed().map(RowBuilder.label),
        text: clipped(t.span), sourceIndex: sourceIndex,
        documentId: document.id, nodeId: node.id, span: t.span)
      out.append(Built(row: row, words: Array(s[t.span.start..<t.span.end])))
    }
    for line in headline {
      for target in document.targets where target.headline && line.contains(target.span.start) {
        let k = document.outline.index(containing: target.span.start)
        let above = k.map { ancestors($0, parents) } ?? []
        let quoted = TargetValueText.checklistTarget(target, in: document)
        let row = ChecklistRow(
          id: "\(document.id)/\(target.id)", kind: .target, task: "\(target.metric) \(quoted.valueText)",
          targets: [quoted],
          deadline: deadlines.deadline(
            own: [target.sentence, SourceSpan(start: line.lowerBound, end: line.upperBound)], ancestors: above,
            preset: document.deadline(of: target)),
          owners: target.owners, ownersFrom: target.owners.isEmpty ? .none : .report,
          sectionPath: above.reversed().map(RowBuilder.label), text: clipped(target.sentence),
          sourceIndex: sourceIndex, documentId: document.id, nodeId: target.nodeId, targetId: target.id,
          span: target.span)
        out.append(Built(row: row, words: Array(s[target.sentence.start..<min(target.sentence.end, s.count)])))
      }
    }
    // Stable: a task and a target never start at the same offset, but keep the order found if they did.
    return out.enumerated().sorted { ($0.element.row.span.start, $0.offset) < ($1.element.row.span.start, $1.offset) }
      .map(\.element)
  }

  /// The node at `index` and those above it, nearest first.
  private func ancestors(_ index: Int, _ parents: [Int]) -> [Node] {
    var out: [Node] = []
    var k = index
    while k >= 0 {
      out.append(document.outline.nodes[k])
      k = parents[k]
    }
    return out
  }

  /// Owners of a paragraph task: those its paragraph names, else those its node's heading line names, else
  /// those of the nodes above (never another paragraph's).
  private func paragraphOwners(_ t: TaskUnit, _ parents: [Int], _ lines: [Range<Int>]) -> [String] {
    let scanner = OwnerScanner(rules: rules)
    let s = document.scalars
    func named(_ r: Range<Int>) -> [String] {
      var units: [String] = []
      for m in scanner.scan(Array(s[r])) {
        for u in m.units where !units.contains(u) { units.append(u) }
      }
      return units
    }
    let own = named(t.span.start..<t.span.end)
    if !own.isEmpty { return own }
    let node = document.outline.nodes[t.nodeIndex]
    if let first = lines.first(where: { $0.contains(node.span.start) }) {
      let heading = named(first)
      if !heading.isEmpty { return heading }
    }
    return parents[t.nodeIndex] >= 0 ? document.outline.owners(ofNodeAt: parents[t.nodeIndex]) : []
  }

  /// The text of `span`, clipped at `maxTextLength` characters with an ellipsis.
  private func clipped(_ span: SourceSpan) -> String {
    let end = min(span.end, document.scalars.count)
    var slice = document.scalars[min(span.start, end)..<end]
    while let last = slice.last, last == Scalar.newline || Scalar.isBlank(last) { slice = slice.dropLast() }
    guard slice.count > RowBuilder.maxTextLength else { return String(scalarValues: slice) }
    return String(scalarValues: slice.prefix(RowBuilder.maxTextLength)) + "…"
  }

  /// A heading as a reader cites it: its marker, then its words (一、 then 2024年工作回顾; 1. with a space).
  static func label(_ node: Node) -> String {
    guard let last = node.marker.unicodeScalars.last else { return node.heading }
    return node.marker + (last.isASCII ? " " : "") + node.heading
  }

  /// For each node of a pre-order list, the index of its parent (-1 for a top-level node): the nearest node
  /// before it one level up.
  static func parents(_ nodes: [Node]) -> [Int] {
    var out = [Int](repeating: -1, count: nodes.count)
    var open: [Int] = []
    for (k, n) in nodes.enumerated() {
      while let top = open.last, nodes[top].level >= n.level { open.removeLast() }
      out[k] = open.last ?? -1
      open.append(k)
    }
    return out
  }
}
