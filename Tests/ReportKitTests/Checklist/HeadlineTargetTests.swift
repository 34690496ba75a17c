import Testing
@testable import ReportKit

/// The 主要预期目标 paragraph's targets as rows, their values written as the report writes them.
@Suite struct HeadlineTargetTests {
  static let report = """
    各位代表：
    一、2024年工作回顾
    地区生产总值增长5.2%。
    二、2025年工作安排
    今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业60万人以上；城镇调查失业率控制在5.5%以内；居民消费价格涨幅约2%；研发经费投入增长4.5%—5%。
    （一）推进产业发展
    建设新型工业化示范区。力争规模以上工业增加值增长6%。
    """

  @Test func targetRowsCarryTheValueAsWrittenWithItsComparator() throws {
    let c = ChecklistSupport.checklist([try ChecklistSupport.report(Self.report)])
    let targets = c.rows.filter { $0.kind == .target }
    // 左右 after, 以上 a floor, 控制在…以内 a ceiling, 约 before, a range as written.
    #expect(targets.map { $0.target ?? "" } == ["5%左右", "≥ 60万人", "≤ 5.5%", "约2%", "4.5%—5%"])
    #expect(targets.map(\.id) == ["d1/g1", "d1/g2", "d1/g3", "d1/g4", "d1/g5"])
    let gdp = try #require(targets.first)
    #expect(gdp.metric == "地区生产总值增长")
    #expect(gdp.task == "地区生产总值增长 5%左右")
    #expect(gdp.targets.first?.value == ExactDecimal(5))
    #expect(gdp.deadline?.interval?.end == Day(2025, 12, 31))
    #expect(gdp.sectionPath == ["二、2025年工作安排"])
    // 60万人 folds its magnitude into the value; the text keeps it.
    #expect(targets[1].targets.first?.value == ExactDecimal(600_000))
    #expect(targets[4].targets.first?.upper == ExactDecimal(5))
    // The paragraph below is a task, its own target in 指标/目标值; headline rows come first, in text order.
    let task = try #require(c.rows.last)
    #expect(task.kind == .task)
    #expect(task.metric == "规模以上工业增加值增长")
    #expect(task.target == "6%")
    #expect(c.rows.map(\.seq) == Array(1...6))
  }

  @Test func anAnnouncingLineIsFollowedByItsList() throws {
    let text = """
      各位代表：
      一、2024年工作回顾
      地区生产总值增长5.2%。
      二、2025年工作安排
      今年经济社会发展的主要预期目标是：
      地区生产总值增长5%左右；
      城镇新增就业60万人以上。
      做好今年工作，要把握好以下原则。
      （一）推进产业发展
      建设新型工业化示范区。
      """
    let c = ChecklistSupport.checklist([try ChecklistSupport.report(text)])
    #expect(c.rows.map(\.task) == ["地区生产总值增长 5%左右", "城镇新增就业 ≥ 60万人", "建设新型工业化示范区"])
  }

  @Test func theYearsMainTargetsComeBeforeAPlanPeriodsGoals() throws {
    // A new plan period's goals name 预期目标 first; the year's 主要预期目标 are the headline.
    let text = """
      各位代表：
      一、2020年工作回顾
      地区生产总值增长2.3%。
      二、“十四五”时期主要目标任务
      年度视情提出经济增长预期目标，城镇调查失业率控制在5.5%以内。
      三、2021年重点工作
      今年发展主要预期目标是：地区生产总值增长6%以上；城镇新增就业60万人以上。
      （一）推进产业发展
      建设新型工业化示范区。
      """
    let c = ChecklistSupport.checklist([try ChecklistSupport.report(text)])
    #expect(c.targetRows.map { $0.target ?? "" } == ["≥ 6%", "≥ 60万人"])
  }
}
