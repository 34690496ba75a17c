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
    var result = Checklist()
    var built: [RowBuilder.Built] = []
    var plans: [(sourceIndex: Int, documentId: String, rows: [DivisionRow])] = []
    var reportDocuments = 0
    for (si, report) in reports.enumerated() {
      var entries: [ChecklistSource.DocumentEntry] = []
      for doc in report.documents {
        let kind = DocumentKindGuess.kind(of: doc)
        if kind == .taskPlan {
          plans.append((si, doc.id, DivisionPlanReader(rules: rules.compiled).rows(of: doc)))
          entries.append(.init(id: doc.id, title: doc.header.title, year: doc.year, kind: kind, use: .divisionPlan, rows: 0))
          continue
        }
        reportDocuments += 1
        let rows = RowBuilder(document: doc, sourceIndex: si, isWorkReport: kind == .workReport, rules: rules.compiled).rows()
        if !doc.outline.nodes.contains(where: { $0.role == .plan }) {
          result.diagnostics.append(ChecklistDiagnostic(sourceIndex: si, documentId: doc.id, diagnostic: .checklistNoPlan()))
        }
        built += rows
        entries.append(.init(id: doc.id, title: doc.header.title, year: doc.year, kind: kind, use: .report, rows: rows.count))
      }
      result.sources.append(ChecklistSource(info: report.source, documents: entries))
    }
    assign(plans, to: &built, in: &result, reportDocuments: reportDocuments)
    result.rows = built.enumerated().map { k, b in
      var row = b.row
      row.seq = k + 1
      return row
    }
    return result
  }

  /// Fills the owners of the tasks the plans' rows assign, and warns of rows that assign none.
  private func assign(
    _ plans: [(sourceIndex: Int, documentId: String, rows: [DivisionRow])], to built: inout [RowBuilder.Built],
    in result: inout Checklist, reportDocuments: Int
  ) {
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
    var assigned = [Int](repeating: 0, count: rows.count)
    for (r, m) in matches.enumerated() {
      let (si, docId, row) = rows[r]
      if m.tasks.isEmpty {
        result.diagnostics.append(ChecklistDiagnostic(
          sourceIndex: si, documentId: docId,
          diagnostic: .checklistDivisionRowUnmatched(
            row.text, best: m.score, threshold: DivisionMatcher.threshold, span: row.span)))
        continue
      }
      assigned[r] = m.tasks.count
      for t in m.tasks {
        built[t].row.assignments.append(DivisionAssignment(
          sourceIndex: si, documentId: docId, text: row.text, owners: row.owners, score: m.score, span: row.span))
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
    // Each plan document counts the tasks its rows assigned.
    for (r, n) in assigned.enumerated() where n > 0 {
      let (si, docId, _) = rows[r]
      if let d = result.sources[si].documents.firstIndex(where: { $0.id == docId }) {
        result.sources[si].documents[d].rows += n
      }
    }
  }
}
