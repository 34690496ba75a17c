/// The nodes of one document as the aligner sees them: each node's own text (heading and body without the marker
/// and without its children), its terms, and its place in the tree.
///
/// Every scalar of the text belongs to the own text of at most one node, so building the units is linear in the
/// text; a document without an outline is read paragraph by paragraph (ids ¶1, ¶2…) so that it still aligns.
struct AlignUnits {
  /// One node.
  struct Unit {
    /// The node (for a paragraph of an outline-less document, a made-up unnumbered part).
    var node: Node
    /// Index of the parent unit, -1 for a top-level one.
    var parent: Int
    /// Indices of the child units, in text order.
    var children: [Int]
    /// Position among its siblings, 0-based.
    var siblingIndex: Int
    /// The own text, line breaks kept, runs of them folded, trimmed.
    var text: Scalars
    /// The own text's span of the first scalar, for locating targets and ordering.
    var start: Int
    /// The own text without white space: what decides whether two nodes say the same.
    var key: Scalars
    /// Distinct terms (Han bigrams, Latin words) of the own text, sorted.
    var terms: [UInt64]
    /// Distinct terms of the heading, sorted: the name of a task, which a split keeps with one of its halves.
    var headingTerms: [UInt64] = []
    /// Distinct terms of the own texts of the node and all below it, sorted: what a part or section is about when
    /// its own text is little more than a heading.
    var subtreeTerms: [UInt64] = []
  }

  /// The units in pre-order (a parent before its children).
  var units: [Unit]
  /// How many units hold each term.
  var documentFrequency: TermTable<Int>

  /// The units of `document`'s outline, or of its paragraphs when it has none.
  init(_ document: Document) {
    let s = document.scalars
    var units: [Unit] = []
    if document.outline.isEmpty {
      units = AlignUnits.paragraphs(s)
    } else {
      units.reserveCapacity(document.outline.nodes.count)
      func walk(_ nodes: [Node], _ parent: Int) {
        for (k, n) in nodes.enumerated() {
          let me = units.count
          units.append(AlignUnits.unit(n, parent: parent, siblingIndex: k, in: s))
          if parent >= 0 { units[parent].children.append(me) }
          walk(n.children, me)
        }
      }
      walk(document.outline.roots, -1)
    }
    // Children come after their parent in pre-order, so a backward sweep has every child's union ready.
    for k in units.indices.reversed() {
      var all = units[k].terms
      for c in units[k].children { all = TermSet.union(all, units[c].subtreeTerms) }
      units[k].subtreeTerms = all
    }
    var df = TermTable<Int>(capacity: units.reduce(0) { $0 + $1.terms.count }, zero: 0)
    for u in units {
      for t in u.terms { df[t] += 1 }
    }
    self.units = units
    self.documentFrequency = df
  }

  var count: Int { units.count }

  subscript(_ i: Int) -> Unit { units[i] }

  /// The unit of `node`: its own text runs from the heading (the marker is left out, so a renumbered node reads the
  /// same) to the end of its span, less its children's spans.
  private static func unit(_ n: Node, parent: Int, siblingIndex: Int, in s: Scalars) -> Unit {
    let end = min(n.span.end, s.count)
    // The marker sits between span.start and headingSpan.start; an odd heading span falls back to the whole span.
    var start = n.headingSpan.start
    if start < n.span.start || start > end { start = n.span.start }
    var ranges: [Range<Int>] = []
    var at = start
    for c in n.children {
      let cs = max(at, min(c.span.start, end))
      if cs > at { ranges.append(at..<cs) }
      at = max(at, min(c.span.end, end))
    }
    if end > at { ranges.append(at..<end) }
    let text = tidy(s, ranges)
    return Unit(
      node: n, parent: parent, children: [], siblingIndex: siblingIndex, text: text, start: start,
      key: text.filter { !Scalar.isBlank($0) && $0 != Scalar.newline }, terms: TermSet.terms(of: text),
      headingTerms: TermSet.terms(of: n.heading.scalarValues))
  }

  /// The lines of an outline-less text as top-level units.
  private static func paragraphs(_ s: Scalars) -> [Unit] {
    var out: [Unit] = []
    var lineStart = 0
    for i in 0...s.count where i == s.count || s[i] == Scalar.newline {
      defer { lineStart = i + 1 }
      let text = tidy(s, [lineStart..<i])
      guard !text.isEmpty else { continue }
      let span = SourceSpan(start: lineStart, end: i)
      let node = Node(
        id: NodeID("¶\(out.count + 1)"), kind: .part, marker: "", ordinal: nil, level: 1, heading: "",
        span: span, headingSpan: SourceSpan(start: lineStart, end: lineStart))
      out.append(
        Unit(
          node: node, parent: -1, children: [], siblingIndex: out.count, text: text, start: lineStart,
          key: text.filter { !Scalar.isBlank($0) }, terms: TermSet.terms(of: text)))
    }
    return out
  }

  /// The scalars of `ranges` joined, with blank lines and the white space at either end dropped.
  private static func tidy(_ s: Scalars, _ ranges: [Range<Int>]) -> Scalars {
    var out = Scalars()
    out.reserveCapacity(ranges.reduce(0) { $0 + $1.count })
    for r in ranges {
      for c in s[r] {
        if c == Scalar.newline && (out.isEmpty || out.last == Scalar.newline) { continue }
        out.append(c)
      }
    }
    while let last = out.last, last == Scalar.newline || Scalar.isBlank(last) { out.removeLast() }
    var lead = 0
    while lead < out.count && Scalar.isBlank(out[lead]) { lead += 1 }
    if lead > 0 { out.removeFirst(lead) }
    return out
  }
}
