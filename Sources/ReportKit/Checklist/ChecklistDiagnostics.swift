extension DiagnosticID {
  /// A report with no plan part gives no checklist row.
  public static let checklistNoPlan: DiagnosticID = "checklist.no-plan"
  /// A row of a 任务分工方案 matches no task of the reports given with it.
  public static let checklistDivisionRowUnmatched: DiagnosticID = "checklist.division-row-unmatched"
  /// A 任务分工方案 was given without a report whose tasks it could assign.
  public static let checklistDivisionPlanAlone: DiagnosticID = "checklist.division-plan-alone"
}

/// The checklist's messages, one factory per id.
extension Diagnostic {
  static func checklistNoPlan() -> Diagnostic {
    Diagnostic(id: .checklistNoPlan, severity: .warning,
      message: "no plan part (任务, 安排, 下一步…) was found, so this document gives no checklist row", span: nil)
  }

  static func checklistDivisionRowUnmatched(_ text: String, best: Double, threshold: Double, span: SourceSpan) -> Diagnostic {
    let shown = text.unicodeScalars.count <= 30 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(30))) + "…"
    let percent = Int((best * 100).rounded(.down))
    return Diagnostic(id: .checklistDivisionRowUnmatched, severity: .warning,
      message: "the division-plan row 「\(shown)」 matches no task of the reports (best \(percent)% of its words, \(Int(threshold * 100))% needed); its units are not assigned",
      span: span)
  }

  static func checklistDivisionPlanAlone() -> Diagnostic {
    Diagnostic(id: .checklistDivisionPlanAlone, severity: .warning,
      message: "a task-division plan (任务分工方案) was given without a report, so there are no tasks for it to assign", span: nil)
  }
}
