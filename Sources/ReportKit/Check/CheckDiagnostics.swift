extension DiagnosticID {
  /// The plan has no plan part: nothing to check.
  public static let checkNoPlan: DiagnosticID = "check.no-plan"
  /// A progress document describes another year than the plan's.
  public static let checkOtherYear: DiagnosticID = "check.other-year"
  /// A progress document is older than the plan.
  public static let checkOlderProgress: DiagnosticID = "check.progress-older"
  /// The plan's year is unknown.
  public static let checkYearUnknown: DiagnosticID = "check.year-unknown"
}

/// The checker's messages, one factory per id.
extension Diagnostic {
  static func checkNoPlan() -> Diagnostic {
    Diagnostic(id: .checkNoPlan, severity: .warning, message: "the plan has no plan part (任务, 目标, 安排…): nothing to check", span: nil)
  }

  static func checkOtherYear(_ path: String, describes year: Int, plan: Int) -> Diagnostic {
    Diagnostic(id: .checkOtherYear, severity: .warning,
      message: "\(path) describes \(year), the plan is for \(plan); its evidence is still shown", span: nil)
  }

  static func checkOlderProgress(_ path: String, year: Int, plan: Int) -> Diagnostic {
    Diagnostic(id: .checkOlderProgress, severity: .warning,
      message: "\(path) is of \(year), older than the plan (\(plan)); its evidence is still shown", span: nil)
  }

  static func checkYearUnknown() -> Diagnostic {
    Diagnostic(id: .checkYearUnknown, severity: .warning,
      message: "the plan's year is not stated; the progress documents' years are not compared with it", span: nil)
  }
}
