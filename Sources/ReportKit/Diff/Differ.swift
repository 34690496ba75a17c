/// Compares two documents — usually this year's report against last year's — node by node and target by target.
///
/// Outlines are aligned by content (`OutlineAligner`), so renumbered, moved, split and merged nodes are recognised;
/// a changed node carries a character-level diff of its own text. Targets are compared by canonical metric: the
/// headline targets of the 主要预期目标 sentence against each other first, then the targets of each aligned pair of
/// nodes, then those that moved between nodes.
public struct Differ: Sendable {
  /// The rules whose metric synonyms pair targets.
  public var rules: RuleSet

  /// Makes a differ.
  public init(rules: RuleSet = .builtin) { self.rules = rules }

  /// The document of a report that a diff compares: the first with an outline, else the first; nil when there is none.
  public static func documentIndex(in report: Report) -> Int? {
    report.documents.firstIndex { !$0.outline.isEmpty } ?? (report.documents.isEmpty ? nil : 0)
  }

  /// Compares the chosen documents of two reports (see `documentIndex(in:)`); nil when either holds no document.
  public func diff(_ old: Report, _ new: Report) -> DocumentDiff? {
    guard let i = Differ.documentIndex(in: old), let j = Differ.documentIndex(in: new) else { return nil }
    var notes: [Diagnostic] = []
    for (side, r, k) in [("old", old, i), ("new", new, j)] where r.documents.count > 1 {
      notes.append(.diffDocumentChosen(side: side, path: r.source.path, count: r.documents.count, chosen: r.documents[k].id))
    }
    return diff(
      old.documents[i], new.documents[j], oldSide: Differ.side(old.documents[i], old.source, old.documents.count),
      newSide: Differ.side(new.documents[j], new.source, new.documents.count), notes: notes)
  }

  /// Compares two documents that come without their sources (paths are empty).
  public func diff(_ old: Document, _ new: Document) -> DocumentDiff {
    diff(old, new, oldSide: Differ.side(old, nil, 1), newSide: Differ.side(new, nil, 1), notes: [])
  }

  private func diff(_ old: Document, _ new: Document, oldSide: DiffSide, newSide: DiffSide, notes: [Diagnostic]) -> DocumentDiff {
    var notes = notes + Differ.notes(old, new, oldSide, newSide)
    let a = AlignUnits(old), b = AlignUnits(new)
    let alignment = OutlineAligner().align(a, b)
    var changes = NodeChanges.make(a, b, alignment)
    let comparer = TargetComparer(keys: MetricKeys(rules: rules))
    let targets = TargetChanges(comparer: comparer, old: old, new: new, oldUnits: a, newUnits: b, alignment: alignment)
    if targets.oldHeadline == nil { notes.append(.diffNoHeadline(side: "old")) }
    if targets.newHeadline == nil { notes.append(.diffNoHeadline(side: "new")) }
    let all = targets.changes()
    changes.attach(all)
    if changes.list.isEmpty && all.isEmpty { notes.append(.diffNoChanges()) }
    return DocumentDiff(old: oldSide, new: newSide, notes: notes, changes: changes.list, targetChanges: all)
  }

  // MARK: Sides and notes

  static func side(_ d: Document, _ source: SourceInfo?, _ count: Int) -> DiffSide {
    DiffSide(
      path: source?.path ?? "", format: source?.format ?? .text, sha256: source?.sha256 ?? "", documentId: d.id,
      documentCount: count, title: d.header.title, region: d.header.region, year: d.year, kind: d.kind)
  }

  private static func notes(_ old: Document, _ new: Document, _ o: DiffSide, _ n: DiffSide) -> [Diagnostic] {
    var out: [Diagnostic] = []
    // An unknown kind (no title, or none the layout stage recognised) differs from nothing.
    if o.kind != n.kind && o.kind != .other && n.kind != .other { out.append(.diffKindsDiffer(o.kind, n.kind)) }
    if let y0 = o.year, let y1 = n.year {
      if y0 > y1 { out.append(.diffYearsBackwards(y0, y1)) } else if y1 - y0 > 1 { out.append(.diffYearsApart(y0, y1)) }
    }
    if let r0 = o.region, let r1 = n.region, r0 != r1 { out.append(.diffRegionsDiffer(r0, r1)) }
    if old.outline.isEmpty { out.append(.diffNoOutline(side: "old")) }
    if new.outline.isEmpty { out.append(.diffNoOutline(side: "new")) }
    return out
  }
}
