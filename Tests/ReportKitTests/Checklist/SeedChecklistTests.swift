import Foundation
import Testing
@testable import ReportKit

/// The seed's checklist: the rows worked out by hand from its text, and its Markdown golden file
/// (Corpus/checklist/000_d5cbc6d95d43ea27.checklist.md), re-recorded only on purpose with RECORD_GOLDENS=1.
@Suite struct SeedChecklistTests {
  /// Worked out from Corpus/seed/000_d5cbc6d95d43ea27.txt. The first article's plan is its 下一步: nine numbered
  /// tasks, all but 7. with 一是/二是 items, so the items are the rows (4+4+3+2+3+3, then 7. itself, then 2+3). The
  /// second article's parts name no plan word: no rows. The third's plan parts 二、 and 三、 have three items each.
  /// A heading over 25 characters gives its first clause; a framing clause (结合…, 在…的基础上) the next one. The
  /// only deadline words are 「年底考评」 in 2./三是 (年底: the end of 2022) and, in the third article's 二、1., the
  /// latest of 今年10月底, 12月底, 12月底前 and 2年内 (the report year counts as the first: 2023-12-31).
  static let expected: [(id: String, line: String)] = [
    ("d1/1/一是", "推进实施重点产业布局规划"),
    ("d1/1/二是", "加快发展现代服务业"),
    ("d1/1/三是", "加强数字经济发展改革"),
    ("d1/1/四是", "完善产业强市工作架构"),
    ("d1/2/一是", "建立评估准入机制"),
    ("d1/2/二是", "建立联席会办机制"),
    ("d1/2/三是", "建立全程跟踪督查机制（2022年底前）"),
    ("d1/2/四是", "建立全程监测研判机制"),
    ("d1/3/一是", "会同编制单位深入开展研究"),
    ("d1/3/二是", "继续深化开发园区整合优化提升工作"),
    ("d1/3/三是", "继续推进“一带一路”可持续发展"),
    ("d1/4/一是", "借鉴营商环境评价方案，修改完善“镇合意”2.0版"),
    ("d1/4/二是", "完善营商环境“甘霖奖”评选方案"),
    ("d1/5/一是", "总结经验和不足"),
    ("d1/5/二是", "实体化运作碳达峰碳中和领导小组办公室"),
    ("d1/5/三是", "继续加大“双高”项目管控力度"),
    ("d1/6/一是", "推进医疗物资和应急物资储备体系建设"),
    ("d1/6/二是", "聚焦观大势、谋全局、干大事"),
    ("d1/6/三是", "开展油气管道、电力设施、物流园区、粮食等安全专项检查"),
    ("d1/7", "做好粮食购销领域专项整治“后半篇”文章"),
    ("d1/8/一是", "推进委属国有粮食企业改革工作"),
    ("d1/8/二是", "进一步完善基本公共服务保障体系"),
    ("d1/9/一是", "强化政治机关属性"),
    ("d1/9/二是", "继续深入开展党史学习教育"),
    ("d1/9/三是", "持续提升作风效能"),
    ("d3/二/1", "发展“光伏+屋顶”（2023年底前）"),
    ("d3/二/2", "探索“光伏+农业”"),
    ("d3/二/3", "建设“光伏+乡村”"),
    ("d3/三/1", "引导宣传齐助力，变“请你装”为“我要装”"),
    ("d3/三/2", "优中择优把好事，变“无人管理”为“售后无忧”"),
    ("d3/三/3", "政企联动解困局，变“装不了”为“装得好”"),
  ]

  static let golden = Paths.corpus.appendingPathComponent("checklist/000_d5cbc6d95d43ea27.checklist.md")

  @Test func rowsAreTheOnesWorkedOutByHand() throws {
    let c = try ChecklistSupport.seed()
    #expect(c.rows.map(\.id) == Self.expected.map(\.id))
    #expect(c.rows.map { ChecklistMarkdownWriter.line($0) } == Self.expected.map { "- [ ] " + $0.line })
    #expect(c.rows.allSatisfy { $0.kind == .task })
    // The second article has no plan part: a warning, and no rows.
    #expect(c.diagnostics.map(\.documentId) == ["d2"])
    #expect(c.diagnostics.map(\.diagnostic.id) == [.checklistNoPlan])
  }

  @Test func sectionsTargetsAndText() throws {
    let c = try ChecklistSupport.seed()
    let first = try #require(c.rows.first)
    #expect(first.sectionPath == ["1. 坚定实施产业强市“一号战略”，奋力打好“五大关键战”"])
    #expect(first.text == "一是推进实施重点产业布局规划，提高产业链现代化水平，构建竞争力强的现代产业体系。")
    // 7. has no parent: its own heading is its section.
    let seven = try #require(c.rows.first { $0.id == "d1/7" })
    #expect(seven.sectionPath == ["7. 做好粮食购销领域专项整治“后半篇”文章，确保整改取得实效"])
    // 二、1. holds the five targets of 「力争今年10月底居民光伏屋顶安装率达50%，12月底达60%，2年内达80%…」.
    let pv = try #require(c.rows.first { $0.id == "d3/二/1" })
    #expect(pv.sectionPath == ["二、新目标带来新任务"])
    #expect(pv.target == "50%；60%；80%；20MW；≥ 40%")
    #expect(pv.metric == "居民光伏屋顶安装率；居民光伏屋顶安装率；居民光伏屋顶安装率；企业屋顶电站；安装率")
    #expect(pv.deadline?.text == "2年内")
  }

  @Test func markdownMatchesItsGoldenFile() throws {
    let c = try ChecklistSupport.seed()
    var c2 = c
    // The golden names the seed as the repository does, whatever the test's working folder.
    c2.sources[0].info.path = "Corpus/seed/000_d5cbc6d95d43ea27.txt"
    let markdown = ChecklistMarkdownWriter.render(c2)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try Data(markdown.utf8).write(to: Self.golden)
      Issue.record("recorded \(Self.golden.lastPathComponent); review the diff and run again without RECORD_GOLDENS")
      return
    }
    let expected = try String(contentsOf: Self.golden, encoding: .utf8)
    #expect(markdown == expected)
    // The golden holds exactly the rows worked out by hand, in order.
    #expect(ChecklistSupport.checkboxLines(expected) == Self.expected.map { "- [ ] " + $0.line })
  }
}
