/// Makes a task checklist from reports: one row per task of their plan parts and per headline target, with the
/// lead units of any 任务分工方案 given among them filled in.
public struct ChecklistBuilder: Sendable {
  /// The rules whose owner labels read the units of a task and of a division plan's rows.
  public var rules: RuleSet

  /// Makes a builder.
  public init(rules: RuleSet = .builtin) {
    self.rules = rules
  }

  /// The checklist of `reports`, in the order given; a document taken for a 任务分工方案 gives no rows but
  /// assigns lead units to the tasks of the others.
  public func checklist(of reports: [Report]) -> Checklist {
    var assembly = ChecklistAssembly(rules: rules)
    for r in reports { _ = assembly.add(r) }
    return assembly.finish()
  }
}

/// A checklist being made one report at a time, so that a long list of inputs never sits in memory at once:
/// each report leaves its rows (and a division plan its rows to assign), and `finish` assigns and numbers them.
public struct ChecklistAssembly: Sendable {
  private let rules: CompiledRules
  private var result = Checklist()
  private var built: [RowBuilder.Built] = []
  private var plans: [(sourceIndex: Int, documentId: String, rows: [DivisionRow])] = []
  private var reportDocuments = 0

  /// Starts an empty checklist.
  public init(rules: RuleSet = .builtin) {
    self.rules = rules.compiled
  }

  /// Adds the rows of `report` (the next source) and returns the diagnostics about it known now; those about a
  /// division plan's rows come from `finish`, once every report is in.
  public mutating func add(_ report: Report) -> [ChecklistDiagnostic] {
    let si = result.sources.count
    var entries: [ChecklistSource.DocumentEntry] = []
    var diagnostics: [ChecklistDiagnostic] = []
    for doc in report.documents {
      let kind = doc.kind
      if kind == .taskPlan {
        plans.append((si, doc.id, DivisionPlanReader(rules: rules).rows(of: doc)))
        entries.append(.init(id: doc.id, title: doc.header.title, year: doc.year, kind: kind, use: .divisionPlan, rows: 0))
        continue
      }
      reportDocuments += 1
      let rows = RowBuilder(document: doc, sourceIndex: si, isWorkReport: kind == .workReport, rules: rules).rows()
      if !doc.outline.nodes.contains(where: { $0.role == .plan }) {
        diagnostics.append(ChecklistDiagnostic(sourceIndex: si, documentId: doc.id, diagnostic: .checklistNoPlan()))
      }
      built += rows
      entries.append(.init(id: doc.id, title: doc.header.title, year: doc.year, kind: kind, use: .report, rows: rows.count))
    }
    result.sources.append(ChecklistSource(info: report.source, documents: entries))
    result.diagnostics += diagnostics
    return diagnostics
  }

  /// The diagnostics made so far: those `finish` adds come after them.
  public var diagnosticCount: Int { result.diagnostics.count }

  /// Whether the report at `sourceIndex` holds a division plan, about which `finish` may still report.
  public func holdsDivisionPlan(_ sourceIndex: Int) -> Bool { plans.contains { $0.sourceIndex == sourceIndex } }

  /// The checklist: the division plans' units assigned, the rows numbered. Diagnostics made here are the last of
  /// `Checklist.diagnostics`.
  public mutating func finish() -> Checklist {
    assignDivisionPlans()
    result.rows = built.enumerated().map { k, b in
      var row = b.row
      row.seq = k + 1
      return row
    }
    built = []
    return result
  }

  /// Fills the owners of the tasks the plans' rows assign, and warns of rows that assign none.
  private mutating func assignDivisionPlans() {
    guard !plans.isEmpty else { return }
    if reportDocuments == 0 {
      for p in plans {
        result.diagnostics.append(
          ChecklistDiagnostic(sourceIndex: p.sourceIndex, documentId: p.documentId, diagnostic: .checklistDivisionPlanAlone()))
      }
      return
    }
    let rows = plans.flatMap { p in p.rows.map { (p.sourceIndex, p.documentId, $0) } }
    let matches = DivisionMatcher().match(tasks: built.map(\.words), rows: rows.map(\.2.words))
    for (r, m) in matches.enumerated() {
      let (si, docId, row) = rows[r]
      if m.tasks.isEmpty {
        result.diagnostics.append(ChecklistDiagnostic(
          sourceIndex: si, documentId: docId,
          diagnostic: .checklistDivisionRowUnmatched(
            row.text, best: m.score, threshold: DivisionMatcher.threshold, span: row.span)))
        continue
      }
      for t in m.tasks {
        built[t].row.assignments.append(DivisionAssignment(
          sourceIndex: si, documentId: docId, text: row.text, owners: row.owners, score: m.score, span: row.span))
      }
      // Each plan document counts the tasks its rows assigned.
      if let d = result.sources[si].documents.firstIndex(where: { $0.id == docId }) {
        result.sources[si].documents[d].rows += m.tasks.count
      }
    }
    for k in built.indices where !built[k].row.assignments.isEmpty {
      // Best first; equal scores in the plan's order.
      built[k].row.assignments = built[k].row.assignments.enumerated()
        .sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }.map(\.element)
      var owners: [String] = []
      for a in built[k].row.assignments {
        for u in a.owners where !owners.contains(u) { owners.append(u) }
      }
      built[k].row.owners = owners
      built[k].row.ownersFrom = .divisionPlan
    }
  }
}
