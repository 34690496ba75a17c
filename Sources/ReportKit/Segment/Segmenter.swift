import Foundation

/// Splits a document's normalised text into parts, sections, items and inline 一是/二是 items.
///
/// The marker's style names the nominal level (一、 above （一） above 1. above （1） above ①, inline items
/// below all); the order of appearance confirms it. A marker of a deeper style nests under the nearest open
/// node of a shallower style, whatever levels are skipped. Numbering that skips, repeats or restarts gives a
/// diagnostic and the best tree, never a failure.
public struct Segmenter: Sendable {
  private let roles: RoleWords

  /// Makes a segmenter that reads part roles with the heading words of `rules` (roles.yaml).
  public init(rules: RuleSet = .builtin) {
    roles = RoleWords(rules: rules)
  }

  private final class Builder {
    var kind: NodeKind
    var marker: String
    /// The marker's length in scalars: the marker is `s[start..<(start + markerLength)]`.
    var markerLength: Int
    var ordinal: Int?
    var style: MarkerStyle?
    var nominal: Int
    var heading: String
    var start: Int
    var end: Int
    var headingSpan: SourceSpan
    var children: [Builder] = []
    var role: PartRole = .other
    /// An annex (附件1, 名词解释): its parts keep no role of their own.
    var annex = false
    init(kind: NodeKind, marker: String, markerLength: Int = 0, ordinal: Int?, style: MarkerStyle?, nominal: Int, heading: String,
         start: Int, end: Int, headingSpan: SourceSpan) {
      self.kind = kind
      self.marker = marker
      self.markerLength = markerLength
      self.ordinal = ordinal
      self.style = style
      self.nominal = nominal
      self.heading = heading
      self.start = start
      self.end = end
      self.headingSpan = headingSpan
    }
  }

  /// Segments `text` from `bodyStart` on (the header lines before it hold no outline).
  ///
  /// The document's `kind` sets the defaults: a statistical bulletin's parts all report actuals (review).
  public func segment(_ s: Scalars, bodyStart: Int = 0, lines allLines: [Range<Int>]? = nil, reportYear: Int? = nil,
                      kind: DocumentKind = .other, diagnostics: inout [Diagnostic]) -> Outline {
    let lines = allLines?.filter { $0.lowerBound >= bodyStart } ?? Lines.ranges(in: s, from: bodyStart)
    let hasNumberedParts = lines.contains { r in MarkerReader.lineMarker(s, at: r.lowerBound, end: r.upperBound)?.style == .chineseComma }
    let root = Builder(kind: .part, marker: "", ordinal: nil, style: nil, nominal: 0, heading: "", start: 0, end: s.count,
                       headingSpan: SourceSpan(start: 0, end: 0))
    var stack: [Builder] = [root]
    var planFromHere = false
    var sawReviewWords = false

    for (li, r) in lines.enumerated() {
      let a = r.lowerBound
      let b = r.upperBound
      var inlineFrom = a
      let topLevelBefore = root.children.count
      if let m = lineMarker(s, a, b, stack: stack), m.style.isLineMarker {
        let node = makeLineNode(s, m, a, b)
        while stack.count > 1, let top = stack.last, top.nominal >= node.nominal { stack.removeLast() }
        checkNumbering(parent: stack.last!, node: node, diagnostics: &diagnostics)
        stack.last!.children.append(node)
        stack.append(node)
        inlineFrom = a + m.length
      } else if isAnnexHeading(s, a, b) {
        // 附件1 / 附件2 名词解释: annexes hold their own numbering (nominal level 0 keeps 一、 below them).
        openHeadingPart(s, a, b, nominal: 0, root: root, stack: &stack)
        stack.last!.annex = true
        continue
      } else if !hasNumberedParts, isUnnumberedHeading(s, a, b, next: li + 1 < lines.count ? lines[li + 1] : nil) {
        openHeadingPart(s, a, b, nominal: 1, root: root, stack: &stack)
        continue
      } else if hasNumberedParts, stack.count == 1 || (stack.count == 2 && stack[1].style == nil && !stack[1].annex),
        b - a <= 30, isUnnumberedHeading(s, a, b, next: li + 1 < lines.count ? lines[li + 1] : nil),
        roles.role(ofHeading: s[a..<b], reportYear: reportYear) != .other
      {
        // A heading above numbered parts (内蒙古 2026: 「“十五五”时期主要目标和2026年重点工作」 above 一、…四、): a
        // part of its own, holding the numbered parts that follow it (nominal level 0 keeps 一、 below it).
        openHeadingPart(s, a, b, nominal: 0, root: root, stack: &stack)
        continue
      } else if stack.count == 1 {
        // A paragraph outside any numbered node: 「下一步，…」 turns what follows into plans.
        let head = s[a..<min(b, a + 12)]
        if roles.opensPlan(head) {
          planFromHere = true
        } else if roles.isReview(s[a..<min(b, a + 40)]) {
          sawReviewWords = true
        }
      }
      addInlineItems(s, lineStart: a, from: inlineFrom, end: b, parent: stack.last!, diagnostics: &diagnostics)
      // Top-level items and inline items outside any part take the running role of the article.
      let running: PartRole = kind == .statisticalBulletin ? .review : (planFromHere ? .plan : (sawReviewWords ? .review : .other))
      for child in root.children[topLevelBefore...] where child.kind != .part { child.role = running }
    }
    closeSpans(root, end: s.count)
    assignRoles(root, reportYear: reportYear, allReview: kind == .statisticalBulletin)
    var used: [Scalars: Int] = [:]
    used.reserveCapacity(Self.count(root))
    return Outline(root.children.map { freeze($0, s, parentId: nil, level: 1, used: &used) })
  }

  /// The marker opening the line `a..<b`; a marker directly followed by a digit (「8.6个…」) is read as the
  /// next number of the running sequence when that is the number it carries.
  private func lineMarker(_ s: Scalars, _ a: Int, _ b: Int, stack: [Builder]) -> Marker? {
    if let m = MarkerReader.lineMarker(s, at: a, end: b) { return m }
    guard Scalar.isDigit(s[a]) else { return nil }
    // The node an Arabic item would hang under, and the last Arabic item there.
    let nominal = MarkerStyle.arabic.rawValue
    guard let parent = stack.last(where: { $0.nominal < nominal }),
      let last = parent.children.last(where: { $0.style == .arabic }), let p = last.ordinal
    else { return nil }
    return MarkerReader.arabicMarker(s, at: a, end: b, numbered: p + 1)
  }

  private func makeLineNode(_ s: Scalars, _ m: Marker, _ a: Int, _ b: Int) -> Builder {
    let kind: NodeKind
    switch m.style {
    case .chineseComma: kind = .part
    case .chineseParen: kind = .section
    default: kind = .item
    }
    var hs = a + m.length
    while hs < b, s[hs] == 0x20 { hs += 1 }
    var he = hs
    while he < b, !(s[he] == 0x3002 || s[he] == 0xFF01 || s[he] == 0xFF1F || s[he] == 0xFF1B) { he += 1 }
    let marker = String(scalarValues: s[a..<(a + m.length)])
    return Builder(kind: kind, marker: marker, markerLength: m.length, ordinal: m.ordinal, style: m.style, nominal: m.style.rawValue,
                   heading: String(scalarValues: s[hs..<he]), start: a, end: b, headingSpan: SourceSpan(start: hs, end: he))
  }

  /// Opens an unnumbered top-level part whose heading is the whole line.
  private func openHeadingPart(_ s: Scalars, _ a: Int, _ b: Int, nominal: Int, root: Builder, stack: inout [Builder]) {
    let node = Builder(kind: .part, marker: "", ordinal: nil, style: nil, nominal: nominal, heading: String(scalarValues: s[a..<b]),
                       start: a, end: b, headingSpan: SourceSpan(start: a, end: b))
    stack.removeAll { $0 !== root }
    root.children.append(node)
    stack.append(node)
  }

  /// 附件1, 附件：, 附件2 名词解释, 名词解释, 注释(：).
  private func isAnnexHeading(_ s: Scalars, _ a: Int, _ b: Int) -> Bool {
    guard b - a <= 20, s[a] == 0x9644 || s[a] == 0x540D || s[a] == 0x6CE8 else { return false }  // 附 名 注
    var t = String(scalarValues: s[a..<b])
    if t.hasPrefix("附件") || t.hasPrefix("附：") { return true }
    if t.hasSuffix("：") { t.removeLast() }  // 「注释：」 above a bulletin's notes
    return t == "名词解释" || t == "注释" || t == "附录"
  }

  /// A short line with no sentence punctuation between paragraphs: 「2024年工作回顾」.
  private func isUnnumberedHeading(_ s: Scalars, _ a: Int, _ b: Int, next: Range<Int>?) -> Bool {
    let n = b - a
    guard n >= 4, n <= 30, let next, next.count > n else { return false }
    for i in a..<b {
      switch s[i] {
      case 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x3001, 0x2C, 0x3A: return false
      default: continue
      }
    }
    guard Scalar.isHan(s[a]) || Scalar.isDigit(s[a]) || s[a] == 0x201C else { return false }
    if RoleWords.startsWith(s[a..<b], roles.notHeadings) { return false }
    // A date line and the signature above it close a notice (国务院办公厅 / 2018年11月19日): no headings.
    if DateReader.dateLine(s[a..<b]) != nil || DateReader.dateLine(s[next]) != nil { return false }
    // Inside-paragraph lead lines are long; a heading is a phrase: no verbs of a sentence needed, but a part
    // heading of a work report names the year's work, a review, an annex or a plan.
    return true
  }

  private func checkNumbering(parent: Builder, node: Builder, diagnostics: inout [Diagnostic]) {
    guard let ordinal = node.ordinal else { return }
    let span = SourceSpan(start: node.start, end: node.start + node.marker.unicodeScalars.count)
    if let prev = parent.children.last(where: { $0.style == node.style }), let p = prev.ordinal {
      if ordinal == p + 1 { return }
      if ordinal == 1 {
        diagnostics.append(.numberingRestarted(node.marker, after: prev.marker, span: span))
      } else if ordinal > p + 1 {
        diagnostics.append(.numberingSkipped(from: prev.marker, to: node.marker, span: span))
      } else {
        diagnostics.append(.numberingRepeated(from: prev.marker, to: node.marker, span: span))
      }
    } else if ordinal != 1 {
      diagnostics.append(.numberingStartsLate(node.kind, marker: node.marker, span: span))
    }
  }

  /// Finds 一是…二是… (and 第一，第二，) in one paragraph and hangs them under `parent`.
  private func addInlineItems(_ s: Scalars, lineStart: Int, from: Int, end: Int, parent: Builder, diagnostics: inout [Diagnostic]) {
    var found: [(pos: Int, m: Marker)] = []
    // Look for 是 (after one or two numerals) and 第 only: one comparison per scalar on the common path.
    var i = Self.nextShiOrDi(s, from: from, end: end)
    while i < end {
      let c = s[i]
      if c == MarkerReader.shi {
        for back in [2, 1] where i - back >= from {
          let p = i - back
          if p > (found.last.map { $0.pos + $0.m.length - 1 } ?? -1),
            Scalar.chineseDigit(s[p]) != nil || s[p] == 0x5341,
            let m = MarkerReader.inlineMarker(s, at: p, lineStart: p == from ? p : lineStart, end: end), p + m.length == i + 1
          {
            found.append((p, m))
            break
          }
        }
      } else if c == MarkerReader.di, let m = MarkerReader.inlineMarker(s, at: i, lineStart: i == from ? i : lineStart, end: end) {
        found.append((i, m))
        i = Self.nextShiOrDi(s, from: i + m.length, end: end)
        continue
      }
      i = Self.nextShiOrDi(s, from: i + 1, end: end)
    }
    guard !found.isEmpty else { return }
    // Keep only runs that count up: 一是, 二是, 三是… (a run may continue the paragraph before, line-initially).
    var accepted: [(pos: Int, m: Marker)] = []
    var lastOrdinal = parent.children.last(where: { $0.kind == .inline })?.ordinal ?? 0
    var lastStyle = parent.children.last(where: { $0.kind == .inline })?.style
    for f in found {
      if f.m.ordinal == 1 {
        accepted.append(f)
      } else if f.m.ordinal == lastOrdinal + 1 && (accepted.last?.m.style ?? lastStyle) == f.m.style {
        accepted.append(f)
      } else if f.pos == lineStart && lastOrdinal > 0 && f.m.ordinal > lastOrdinal {
        diagnostics.append(.inlineNumberingSkipped(to: String(scalarValues: s[f.pos..<(f.pos + f.m.length)]),
          span: SourceSpan(start: f.pos, end: f.pos + f.m.length)))
        accepted.append(f)
      } else {
        continue
      }
      lastOrdinal = f.m.ordinal
      lastStyle = f.m.style
    }
    for (k, f) in accepted.enumerated() {
      let itemEnd = k + 1 < accepted.count ? accepted[k + 1].pos : end
      var bodyEnd = itemEnd
      while bodyEnd > f.pos, s[bodyEnd - 1] == 0x20 { bodyEnd -= 1 }
      let hs = f.pos + f.m.length
      var he = hs
      while he < bodyEnd, !(s[he] == 0x3002 || s[he] == 0xFF1B || s[he] == 0xFF01 || s[he] == 0xFF1F) { he += 1 }
      let node = Builder(kind: .inline, marker: String(scalarValues: s[f.pos..<hs]), markerLength: hs - f.pos, ordinal: f.m.ordinal, style: f.m.style,
                         nominal: 6, heading: String(scalarValues: s[hs..<he]), start: f.pos, end: bodyEnd,
                         headingSpan: SourceSpan(start: hs, end: he))
      parent.children.append(node)
    }
  }

  /// What an id counts as: two ids are one path when they are equal as `String`s (canonically equivalent).
  /// Their scalars when all are inert (the `String` comparison then compares scalars), else those of the NFC
  /// form; hashing scalars costs a fraction of hashing a `String` of Han, which normalises as it goes.
  private static func identity(_ id: Scalars) -> Scalars {
    if id.allSatisfy(Scalar.isInert) { return id }
    return String(scalarValues: id).precomposedStringWithCanonicalMapping.scalarValues
  }

  /// The offset of the first 是 or 第 in `from..<end`, else `end`: the inline scan passes over every scalar of
  /// the text, so it runs over the raw buffer, eight scalars a step.
  private static func nextShiOrDi(_ s: Scalars, from: Int, end: Int) -> Int {
    guard from < end else { return end }
    return s.withUnsafeBufferPointer { $0.firstOffset(of: MarkerReader.shi, or: MarkerReader.di, from: from, to: end) }
  }

  /// A line-level node runs until the next node of the same or a shallower level.
  private func closeSpans(_ node: Builder, end: Int) {
    for (k, c) in node.children.enumerated() {
      if c.kind != .inline {
        // Up to the line break before the next line-level sibling, else to the parent's end.
        let next = node.children[(k + 1)...].first { $0.kind != .inline }
        c.end = next.map { max(c.end, $0.start - 1) } ?? end
      }
      closeSpans(c, end: c.end)
    }
  }


  /// Parts take their role from their heading; everything below inherits it. In a bulletin every part reviews
  /// the year of its title (all its figures are actuals).
  private func assignRoles(_ root: Builder, reportYear: Int?, allReview: Bool) {
    func down(_ n: Builder, _ role: PartRole) {
      for c in n.children {
        if c.role == .other { c.role = role }
        down(c, c.role)
      }
    }
    for c in root.children where c.kind == .part {
      if allReview {
        c.role = .review
      } else {
        c.role = c.annex ? .other : roles.role(ofHeading: c.heading.scalarValues[...], reportYear: reportYear)
        // Parts under a heading part read their own headings too, and take its role where theirs says nothing.
        guard !c.annex else { continue }
        for p in c.children where p.kind == .part {
          p.role = roles.role(ofHeading: p.heading.scalarValues[...], reportYear: reportYear)
        }
      }
    }
    down(root, .other)
  }

  /// The nodes below `b`: room for their ids.
  private static func count(_ b: Builder) -> Int {
    b.children.reduce(b.children.count) { $0 + count($1) }
  }

  /// Adds one to `n` and returns it: a dictionary entry counted with one lookup.
  @inline(__always) private static func increment(_ n: inout Int) -> Int {
    n += 1
    return n
  }

  /// The node of `b` and its children, each id the path of markers (or heading starts) from the top, a
  /// repeated path numbered #2, #3…; `used` counts the paths, keyed by `identity`. The marker and heading are
  /// read from the text `s` they were cut from (`Builder.start`, `Builder.headingSpan`), not decoded back from
  /// their Strings.
  private func freeze(_ b: Builder, _ s: Scalars, parentId: Scalars?, level: Int, used: inout [Scalars: Int]) -> Node {
    var id = Scalars()
    let headingHead = min(16, b.headingSpan.end - b.headingSpan.start)
    id.reserveCapacity((parentId?.count ?? 0) + 1 + (b.marker.isEmpty ? headingHead : b.markerLength) + 3)
    if let parentId {
      id += parentId
      id.append(0x2F)
    }
    if b.marker.isEmpty {
      // The heading's start; / would cut the path.
      for c in s[b.headingSpan.start..<(b.headingSpan.start + headingHead)] { id.append(c == 0x2F ? 0xFF0F : c) }
    } else {
      var own = s[b.start..<(b.start + b.markerLength)]
      // 一、 → 一, 1. → 1, 第一， → 第一: the id keeps the number, not its punctuation; brackets stay (（二） ≠ 二).
      if let last = own.last, last == 0x3001 || last == 0x2E || last == 0xFF0E || last == 0xFF0C || last == 0x2C { own.removeLast() }
      for c in own { id.append(c == 0x28 ? 0xFF08 : (c == 0x29 ? 0xFF09 : c)) }
    }
    let seen = Self.increment(&used[Self.identity(id), default: 0])
    if seen > 1 { id += "#\(seen)".scalarValues }
    let children = b.children.map { freeze($0, s, parentId: id, level: level + 1, used: &used) }
    return Node(id: NodeID(String(scalarValues: id)), kind: b.kind, marker: b.marker, ordinal: b.ordinal, level: level, heading: b.heading,
                span: SourceSpan(start: b.start, end: b.end), headingSpan: b.headingSpan, role: b.role, children: children)
  }
}
