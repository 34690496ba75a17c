import Testing
@testable import ReportKit

/// The checker end to end on small reports in the shape of real ones (a salutation, 一、YYYY年工作回顾,
/// 二、YYYY年工作安排 with its 「今年…的主要预期目标是：…」 sentence), read through the pipeline: statuses,
/// actuals and reasons of numbered targets; metrics that must not match; units; headline goals without a number;
/// tasks judged by words; five-year reviews; deadlines after the evidence year; several progress files; years.
@Suite struct CheckerTests {
  typealias S = CheckSupport

  // MARK: Numbered targets

  static let headline = "地区生产总值增长5%左右；城镇新增就业60万人以上；城镇调查失业率5.5%以内；一般公共预算收入增长3%—4%；规模以上工业增加值增长6%以上"

  @Test func headlineTargetsGetTheirStatusActualAndReason() throws {
    let r = try S.check(
      plan: S.plan(year: 2025, headline: Self.headline),
      progress: S.progress(year: 2026, review: [
        "过去一年，全省地区生产总值增长5.2%，城镇新增就业66万人，城镇调查失业率5.8%，一般公共预算收入增长3.6%，规模以上工业增加值增长5.1%。",
      ]))
    #expect(r.items.map(\.metric) == ["地区生产总值增长", "城镇新增就业", "城镇调查失业率", "一般公共预算收入增长", "规模以上工业增加值增长"])
    #expect(r.items.allSatisfy { $0.kind == .target && $0.headline })
    // (status, actual, reason), worked out from the edges: 5.2 within 5 ± 0.5; 66万 past 60万 + 3万; 5.8 over the
    // 5.5 ceiling; 3.6 inside 3–4; 5.1 under the 6 floor.
    let want: [(CheckStatus, String, String)] = [
      (.met, "5.2", "目标 5%左右，实际 5.2%：在容差内（±0.5个百分点）"),
      (.exceeded, "660000", "目标 60万人以上，实际 66万人：超出目标5%以上"),
      (.notMet, "5.8", "目标 5.5%以内，实际 5.8%：超过上限"),
      (.met, "3.6", "目标 3—4%，实际 3.6%：在目标区间内"),
      (.notMet, "5.1", "目标 6%以上，实际 5.1%：低于目标"),
    ]
    for (item, (status, actual, reason)) in zip(r.items, want) {
      #expect(item.status == status, "\(item.metric)")
      #expect(item.actual?.value == .of(actual), "\(item.metric)")
      #expect(item.reason == reason)
    }
    #expect(r.summary[.met] == 2 && r.summary[.exceeded] == 1 && r.summary[.notMet] == 2)
  }

  @Test func evidenceQuotesTheSentenceAndMarksTheFigure() throws {
    let sentence = "过去一年，全省地区生产总值增长5.2%，城镇新增就业66万人。"
    let r = try S.check(plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右；城镇新增就业60万人以上"),
      progress: S.progress(year: 2026, review: [sentence]))
    let gdp = try #require(S.item(r, "地区生产总值增长"))
    let e = try #require(gdp.evidence.first)
    #expect(e.source == "progress.txt" && e.documentId == "d1")
    #expect(e.text == sentence)
    #expect(e.span.end - e.span.start == sentence.unicodeScalars.count)
    #expect(e.marked.figure == "5.2%")
    #expect(e.score == 1 && !e.multiYear)
    #expect(try #require(S.item(r, "城镇新增就业")).evidence.first?.marked.figure == "66万人")
  }

  @Test func aPriceDeclineMeetsAPriceRiseTarget() throws {
    // 居民消费价格下降0.1% against 涨幅2%左右: the actual is −0.1, and a price target is a ceiling in practice.
    let r = try S.check(plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右；居民消费价格涨幅2%左右"),
      progress: S.progress(year: 2026, review: ["过去一年，全省地区生产总值增长5.2%，居民消费价格下降0.1%。"]))
    let cpi = try #require(S.item(r, "居民消费价格涨幅"))
    #expect(cpi.actual?.value == ExactDecimal.of("0.1").negated)
    #expect(cpi.status == .met)
    #expect(cpi.ceilingInPractice)
    #expect(cpi.reason == "目标 2%左右，实际 -0.1%：不高于目标加容差（0.5个百分点），此项目标实为上限")
  }

  @Test func aReductionTargetComparesReductions() throws {
    // 能耗降低3%左右: 下降5.1% is 5.1 in the target's sense, past the band; 上升0.5% is −0.5, short of it.
    let plan = S.plan(year: 2025, headline: "地区生产总值增长5%左右；单位地区生产总值能耗降低3%左右")
    let fell = try S.check(plan: plan, progress: S.progress(year: 2026, review: ["过去一年，全省单位地区生产总值能耗下降5.1%。"]))
    let a = try #require(S.item(fell, "单位地区生产总值能耗降低"))
    #expect(a.actual?.value == .of("5.1"))
    #expect(a.status == .exceeded)
    let rose = try S.check(plan: plan, progress: S.progress(year: 2026, review: ["过去一年，全省单位地区生产总值能耗上升0.5%。"]))
    let b = try #require(S.item(rose, "单位地区生产总值能耗降低"))
    #expect(b.actual?.value == ExactDecimal.of("0.5").negated)
    #expect(b.status == .notMet)
  }

  @Test func surpassedAndShortOfCountPastTheEdge() throws {
    // 突破1.47万亿斤 is above 1.4万亿 + 0.07万亿; 不到6% is below a 6% floor.
    let r = try S.check(plan: S.plan(year: 2025, headline: "粮食产量1.4万亿斤左右；规模以上工业增加值增长6%以上"),
      progress: S.progress(year: 2026, review: ["过去一年，全省粮食产量首次突破1.47万亿斤，规模以上工业增加值增长不到6%。"]))
    let grain = try #require(S.item(r, "粮食产量"))
    #expect(grain.actual?.value == .of("1470000000000"))
    #expect(grain.actual?.comparator == .floor)
    #expect(grain.status == .exceeded)
    let industry = try #require(S.item(r, "规模以上工业增加值增长"))
    #expect(industry.actual?.comparator == .ceiling)
    #expect(industry.status == .notMet)
  }

  @Test func aRateNeverTakesALevelOrAShare() throws {
    // The review gives GDP only as a level (1.35万亿元) and the digital economy only as a share of GDP: neither is a
    // growth rate. A share target (城镇化率达到68%) never takes a change in points either.
    let r = try S.check(
      plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右；数字经济核心产业增加值增长8%；常住人口城镇化率达到68%"),
      progress: S.progress(year: 2026, review: [
        "过去一年，全省地区生产总值达到1.35万亿元，数字经济核心产业增加值占地区生产总值比重达到10.5%，常住人口城镇化率提高0.9个百分点。",
      ]))
    for metric in ["地区生产总值增长", "数字经济核心产业增加值增长", "常住人口城镇化率"] {
      let i = try #require(S.item(r, metric))
      #expect(i.actual == nil, "\(metric) took \(i.actual?.value?.description ?? "")")
      #expect(i.status == .unclear, "\(metric)")
      #expect(!i.evidence.isEmpty, "\(metric): the sentence names it")
    }
    #expect(S.item(r, "地区生产总值增长")?.reason == "目标 5%左右：进展文件提及该指标，但没有可比的年度数值")
  }

  @Test func aLevelAndARateOfOneMetricEachFindTheirOwn() throws {
    let r = try S.check(plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右；地区生产总值达到1.3万亿元"),
      progress: S.progress(year: 2026, review: ["过去一年，全省地区生产总值达到13500亿元、增长5.2%。"]))
    #expect(S.item(r, "地区生产总值增长")?.actual?.value == .of("5.2"))
    let level = try #require(S.item(r, "地区生产总值"))
    // 亿元 against 万亿元: 13500亿元 is 1.35万亿元, within 1.3万亿 + 5 %.
    #expect(level.actual?.value == .of("1350000000000"))
    #expect(level.actual?.unit == "元")
    #expect(level.status == .met)
  }

  @Test func unitsReconcile() throws {
    // 652000人 against 60万人以上 (past 63万: exceeded); 258亿斤 against 1285万吨以上 (1290万吨: met, under
    // 1285万 + 64.25万).
    let r = try S.check(plan: S.plan(year: 2025, headline: "城镇新增就业60万人以上；粮食产量1285万吨以上"),
      progress: S.progress(year: 2026, review: ["过去一年，全省城镇新增就业652000人，粮食总产量258亿斤。"]))
    let jobs = try #require(S.item(r, "城镇新增就业"))
    #expect(jobs.actual?.value == .of("652000") && jobs.actual?.unit == "人")
    #expect(jobs.status == .exceeded)
    let grain = try #require(S.item(r, "粮食产量"))
    #expect(grain.actual?.value == .of("12900000"))
    #expect(grain.actual?.unit == "吨")
    #expect(grain.status == .met)
  }

  @Test func aConvertedActualIsWrittenInTheTargetsUnit() throws {
    // The actual was converted to 吨 (1290万吨 = 258亿斤), so the reason must not call it 1290万斤: a person
    // checking the line would read a value 2000 times too small.
    let r = try S.check(plan: S.plan(year: 2025, headline: "城镇新增就业60万人以上；粮食产量1285万吨以上"),
      progress: S.progress(year: 2026, review: ["过去一年，全省城镇新增就业66万人，粮食总产量258亿斤。"]))
    let grain = try #require(S.item(r, "粮食产量"))
    #expect(grain.reason == "目标 1285万吨以上，实际 1290万吨：达到目标")
    #expect(grain.actualWritten == "1290万吨")
  }

  // MARK: Headline goals without a number

  static let goals = "地区生产总值增长5%左右；进出口稳量提质；居民收入增长和经济增长同步；国际收支保持基本平衡"

  @Test func goalsAreJudgedByWhatTheirWordAsks() throws {
    let r = try S.check(plan: S.plan(year: 2025, headline: Self.goals),
      progress: S.progress(year: 2026, review: [
        "过去一年，全省地区生产总值增长5.2%，进出口总额增长6.3%，居民人均可支配收入增长5.3%，国际收支基本平衡。",
      ]))
    #expect(r.items.map(\.kind) == [.target, .goal, .goal, .goal])
    let trade = try #require(S.item(r, "进出口"))
    #expect(trade.status == .met)
    #expect(trade.actual?.value == .of("6.3"))
    #expect(trade.reason == "「进出口稳量提质」：进出口增长6.3%，达到增长的要求")
    let income = try #require(S.item(r, "居民收入增长"))
    #expect(income.status == .met)
    #expect(income.reason == "「居民收入增长和经济增长同步」：居民收入增长5.3%，经济增长5.2%：同步（差距不超过0.5个百分点）")
    let balance = try #require(S.item(r, "国际收支"))
    #expect(balance.status == .met)
    #expect(balance.reason == "「国际收支保持基本平衡」：写明「国际收支基本平衡」")
    #expect(r.items.allSatisfy { $0.headline })
  }

  @Test func aGoalFallsShortByItsOwnMeasure() throws {
    // Trade fell: not the rise 提质 asks. Income 4.6% against GDP 5.2%: 0.6 points behind, past the band.
    let r = try S.check(plan: S.plan(year: 2025, headline: Self.goals),
      progress: S.progress(year: 2026, review: ["过去一年，全省地区生产总值增长5.2%，进出口总额下降2.1%，居民人均可支配收入增长4.6%。"]))
    let trade = try #require(S.item(r, "进出口"))
    #expect(trade.status == .notMet)
    #expect(trade.actual?.value == ExactDecimal.of("2.1").negated)
    let income = try #require(S.item(r, "居民收入增长"))
    #expect(income.status == .notMet)
    #expect(income.reason.hasSuffix("落后经济增长超过0.5个百分点"))
    // Not stated at all.
    #expect(S.item(r, "国际收支")?.status == .notMentioned)
    #expect(S.item(r, "国际收支")?.evidence == [])
  }

  @Test func keepingPaceAllowsTheBand() throws {
    // 4.7% against 5.2% is exactly half a point behind: still in step.
    let r = try S.check(plan: S.plan(year: 2025, headline: Self.goals),
      progress: S.progress(year: 2026, review: ["过去一年，全省地区生产总值增长5.2%，居民人均可支配收入增长4.7%。"]))
    #expect(S.item(r, "居民收入增长")?.status == .met)
  }

  @Test func aGoalNamedWithoutAVerdictIsUnclear() throws {
    let r = try S.check(plan: S.plan(year: 2025, headline: Self.goals),
      progress: S.progress(year: 2026, review: ["过去一年，全省地区生产总值增长5.2%，对外贸易结构持续优化，进出口质量稳步提升。"]))
    let trade = try #require(S.item(r, "进出口"))
    #expect(trade.status == .unclear)
    #expect(trade.actual == nil)
    #expect(trade.evidence.first?.text.contains("进出口质量稳步提升") == true)
  }

  @Test func halfOfAPairIsUnclearAndTheReasonSaysWhichHalf() throws {
    // GDP growth is there, income named nowhere: the pair of rates is incomplete, so no verdict. The reason must not
    // say income was mentioned.
    let r = try S.check(plan: S.plan(year: 2025, headline: Self.goals),
      progress: S.progress(year: 2026, review: ["过去一年，全省地区生产总值增长5.2%，对外贸易结构持续优化。"]))
    let income = try #require(S.item(r, "居民收入增长"))
    #expect(income.status == .unclear)
    #expect(income.reason.hasSuffix("没有居民收入增长的年度数值"))
    #expect(income.reason == "「居民收入增长和经济增长同步」：进展文件提及经济增长，但没有居民收入增长的年度数值")
  }

  // MARK: Tasks

  @Test func tasksAreJudgedByTheWordsOfTheirEvidence() throws {
    let r = try S.check(
      plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右", tasks: [
        "建设省级算力中心。", "推进城市更新行动。", "完成黄河流域生态保护治理工程。", "实施城乡供水一体化工程。", "打造国际消费中心城市。",
      ]),
      progress: S.progress(year: 2026, review: [
        "过去一年，全省地区生产总值增长5.2%。",
        "建成省级算力中心并投入运营。城市更新行动加快推进，改造老旧小区300个。黄河流域生态保护治理工程基本完成。城乡供水一体化工程全面完成。",
      ]))
    let tasks = r.items.filter { $0.kind == .task }
    #expect(tasks.map(\.metric) == ["建设省级算力中心", "推进城市更新行动", "完成黄河流域生态保护治理工程", "实施城乡供水一体化工程", "打造国际消费中心城市"])
    #expect(tasks.map(\.status) == [.met, .inProgress, .partlyMet, .met, .notMentioned])
    #expect(tasks[0].reason == "「建设省级算力中心」：写明「建成」")
    #expect(tasks[0].evidence.first?.text == "建成省级算力中心并投入运营。")
    #expect(tasks[1].reason == "「推进城市更新行动」：提及，未写明完成")
    #expect(tasks[2].reason == "「完成黄河流域生态保护治理工程」：写明「基本完成」")
    #expect(tasks[4].evidence.isEmpty)
    #expect(tasks.allSatisfy { !$0.headline && $0.nodeId != nil })
  }

  // MARK: Years and scopes

  @Test func aFiveYearReviewGivesNoAnnualActual() throws {
    // 2026 reports look back on the 十四五: 年均增长5.5% is no 2025 growth rate. The year's own 62万人 is the
    // actual of jobs, above the five-year 累计 figure.
    let r = try S.check(plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右；城镇新增就业60万人以上"),
      progress: S.progress(year: 2026, review: [
        "2025年，全省城镇新增就业62万人。",
        "五年来，全省地区生产总值年均增长5.5%，城镇新增就业累计310万人。",
      ]))
    let gdp = try #require(S.item(r, "地区生产总值增长"))
    #expect(gdp.actual == nil)
    #expect(gdp.status == .unclear)
    #expect(gdp.evidence.first?.multiYear == true)
    let jobs = try #require(S.item(r, "城镇新增就业"))
    #expect(jobs.actual?.value == .of("620000"))
    #expect(jobs.evidence.first?.multiYear == false)
  }

  @Test func anAverageAnnualRateIsNoAnnualActual() throws {
    // A review paragraph that names no period, as the first paragraphs after 「一、“十四五”时期和2025年工作回顾」
    // often do: 年均增长5.5% is still an average over several years, not the 2025 rate.
    let r = try S.check(plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右"),
      progress: S.progress(year: 2026, review: ["综合实力稳步提升。全省地区生产总值年均增长5.5%，总量迈上新台阶。"]))
    let gdp = try #require(S.item(r, "地区生产总值增长"))
    #expect(gdp.actual == nil)
    #expect(gdp.status == .unclear)
  }

  @Test func aFiveYearReviewOpenedByItsOwnWordsIsMultiYear() throws {
    // The shape of 河南 2026: a part on 「“十四五”时期和2025年」, a five-year review opened by 「过去五年」 or 「过去的
    // 五年」, then the year's own paragraph. The jobs figure of the five years (603.7万人) is no 2025 actual.
    func review(_ opening: String) -> String {
      var s = "政府工作报告\n——2026年1月26日在某省第十四届人民代表大会第四次会议上\n各位代表：\n"
      s += "现在，我代表省人民政府，向大会报告工作，请予审议。\n一、“十四五”时期和2025年工作回顾\n"
      s += "\(opening)极不寻常。我们坚持稳中求进工作总基调，推动高质量发展。\n"
      s += "民生福祉不断增进。城镇新增就业603.7万人，城乡居民基础养老金连年提高。\n"
      s += "刚刚过去的2025年很不平凡。全省城镇新增就业121.7万人。\n"
      s += "二、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
      return s
    }
    let plan = S.plan(year: 2025, headline: "地区生产总值增长5%左右；城镇新增就业110万人以上")
    let plain = try S.check(plan: plan, progress: review("过去五年"))
    #expect(S.item(plain, "城镇新增就业")?.actual?.value == .of("1217000"))
    let withDe = try S.check(plan: plan, progress: review("过去的五年"))
    #expect(S.item(withDe, "城镇新增就业")?.actual?.value == .of("1217000"))
  }

  @Test func aTargetDueLaterIsInProgress() throws {
    // 80万辆 of 100万辆 due this year is short; 3000万千瓦 of 5000万千瓦 due by the end of 2027 is under way.
    let r = try S.check(
      plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右", tasks: [
        "发展新能源汽车产业。今年全省新能源汽车产量达到100万辆。",
        "壮大新能源产业。到2027年底前，全省光伏装机容量达到5000万千瓦。",
      ]),
      progress: S.progress(year: 2026, review: ["过去一年，全省地区生产总值增长5.2%。全省新能源汽车产量80万辆，光伏装机容量3000万千瓦。"]))
    let cars = try #require(S.item(r, "新能源汽车产量"))
    #expect(!cars.headline)
    #expect(cars.status == .notMet)
    let solar = try #require(S.item(r, "光伏装机容量"))
    #expect(solar.actual?.value == .of("30000000"))
    #expect(solar.status == .inProgress)
    #expect(solar.deadline == "到2027年底前")
    #expect(solar.reason == "目标 5000万千瓦，实际 3000万千瓦：低于目标；期限到2027年底前，尚未到期")
  }

  static let bulletin = """
    某省2025年国民经济和社会发展统计公报
    某省统计局
    （2026年3月1日）
    一、综合
    初步核算，全年全省地区生产总值13500亿元，比上年增长5.3%。全年城镇新增就业63万人。
    二、农业
    全年粮食总产量702亿斤，比上年增加5亿斤。

    """

  @Test func severalProgressDocumentsEachNameTheirEvidence() throws {
    let r = try S.check(plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右；城镇新增就业60万人以上；粮食产量700亿斤以上"), [
      ("next/2026.txt", S.progress(year: 2026, review: ["过去一年，全省城镇新增就业62万人。"])),
      ("bulletin/2025.txt", Self.bulletin),
    ])
    #expect(r.progress.map(\.path) == ["next/2026.txt", "bulletin/2025.txt"])
    #expect(r.progress.map(\.kind) == [.workReport, .statisticalBulletin])
    #expect(r.progress.map(\.dataYear) == [2025, 2025])
    #expect(r.diagnostics.isEmpty)
    let gdp = try #require(S.item(r, "地区生产总值增长"))
    #expect(gdp.evidence.first?.source == "bulletin/2025.txt")
    #expect(gdp.actual?.value == .of("5.3"))
    let jobs = try #require(S.item(r, "城镇新增就业"))
    // The same metric in both: each of the two sentences, named by its file.
    #expect(jobs.evidence.first?.source == "next/2026.txt")
    #expect(jobs.actual?.value == .of("620000"))
    let grain = try #require(S.item(r, "粮食产量"))
    #expect(grain.evidence.first?.source == "bulletin/2025.txt")
    #expect(grain.evidence.first?.text == "全年粮食总产量702亿斤，比上年增加5亿斤。")
    #expect(grain.status == .met)
  }

  @Test func aProgressOlderThanThePlanIsWarnedAndStillRead() throws {
    // A 2024 report (its review is of 2023) given as progress for a 2025 plan.
    let r = try S.check(plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右"),
      progress: S.progress(year: 2024, review: ["过去一年，全省地区生产总值增长5.4%。"]))
    #expect(S.ids(r) == ["check.progress-older"])
    #expect(r.diagnostics[0].message == "progress.txt is of 2024, older than the plan (2025); its evidence is still shown")
    #expect(r.items[0].actual?.value == .of("5.4"))
    #expect(r.items[0].evidence.count == 1)
  }

  @Test func aProgressAboutAnotherYearIsWarnedAndStillRead() throws {
    // A 2027 report reviews 2026, not the plan's 2025.
    let r = try S.check(plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右"),
      progress: S.progress(year: 2027, review: ["过去一年，全省地区生产总值增长5.6%。"]))
    #expect(S.ids(r) == ["check.other-year"])
    #expect(r.diagnostics[0].message == "progress.txt describes 2026, the plan is for 2025; its evidence is still shown")
    #expect(r.items[0].actual?.value == .of("5.6"))
    #expect(r.items[0].status == .exceeded)
  }

  @Test func thePlanYearCanBeGiven() throws {
    let next = S.progress(year: 2027, review: ["过去一年，全省地区生产总值增长5.6%。"])
    // The 2027 report describes 2026: given as the plan year, nothing to warn of.
    let given = try S.check(plan: S.plan(year: 2025, headline: "地区生产总值增长5%左右"), progress: next, planYear: 2026)
    #expect(given.planYear == 2026)
    #expect(given.diagnostics.isEmpty)
    #expect(given.plan.year == 2025)
    // A plan that names no year: unknown until given.
    let undated = "政府工作报告\n各位代表：\n一、过去一年工作回顾\n过去一年，全省经济运行总体平稳。\n二、今年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
    let unknown = try S.check(plan: undated, progress: next)
    #expect(unknown.planYear == nil)
    #expect(S.ids(unknown) == ["check.year-unknown"])
    let known = try S.check(plan: undated, progress: next, planYear: 2025)
    #expect(known.planYear == 2025)
    #expect(S.ids(known) == ["check.other-year"])
    #expect(known.items.first?.actual?.value == .of("5.6"))
  }
}
