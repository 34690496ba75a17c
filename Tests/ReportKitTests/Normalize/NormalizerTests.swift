import Testing
@testable import ReportKit

private func norm(_ s: String) -> String { Normalizer().normalize(s).string }

@Test(arguments: [
  // ASCII punctuation typed in Chinese text becomes full-width; inside numbers it stays.
  ("低碳(镇江)大会,擦亮品牌", "低碳（镇江）大会，擦亮品牌"),
  ("完成投资1,200亿元;增长5%", "完成投资1,200亿元；增长5%"),
  ("时间:10:30", "时间：10:30"),
  // Full-width digits and signs become ASCII.
  ("增长５．２％", "增长5.2%"),
  ("＋３个百分点", "+3个百分点"),
  // Zero-width characters vanish; CRLF and CR become one line break; indents go.
  ("各位\u{200B}代表\r\n\u{3000}\u{3000}现在", "各位代表\n现在"),
  ("第一行\r第二行", "第一行\n第二行"),
  // Blank lines between paragraphs are dropped.
  ("一段。\n\n\n二段。", "一段。\n二段。"),
  // PDF spacing between Chinese and digits is removed.
  ("2024 年增长 5%左右", "2024年增长5%左右"),
  // Letter-spaced titles close up; a two-character name keeps its alignment space.
  ("政 府 工 作 报 告", "政府工作报告"),
  ("国务院总理\u{3000}李\u{3000}强", "国务院总理 李 强"),
  // A marker broken over two lines joins.
  ("（\n三）推进改革", "（三）推进改革"),
  ("一、\n总体要求", "一、总体要求"),
])
func normalises(input: String, expected: String) {
  #expect(norm(input) == expected)
}

@Test func joinsPageBreakSplitsButNotHeadings() {
  let long = "打造“碳中和示范村镇”，将给油坊的光伏企业带来新的发展机遇，助力企业实现信息化、智能化升级，最终形成推动“活力油坊”高质量发"
  #expect(norm(long + "\n\n展的强大动力。") == long + "展的强大动力。")
  // A heading line has no full stop either, but the next line opens with a marker.
  #expect(norm(long + "\n\n二、新目标带来新任务") == long + "\n二、新目标带来新任务")
  // Short lines (titles, bylines) are never joined.
  #expect(norm("扛起光荣使命\n\n谈沁磊 孙力") == "扛起光荣使命\n谈沁磊 孙力")
}

@Test func mapsEveryScalarBackToTheSource() {
  let source = "\u{FEFF}政 府 工 作 报 告\r\n\r\n\u{3000}\u{3000}增长５％,完成(一)项\r\n"
  let n = Normalizer().normalize(source)
  let src = Array(source.unicodeScalars)
  #expect(n.scalars.count == n.sourceOffsets.count)
  #expect(n.string == "政府工作报告\n增长5%，完成（一）项")
  // Unchanged scalars point at themselves in the source; folded ones at what they were folded from.
  for (i, v) in n.scalars.enumerated() where v != 0x0A {
    let o = Int(n.sourceOffsets[i])
    let from = src[o].value
    #expect(from == v || from == v + 0xFEE0 || [0x2C, 0x28, 0x29, 0xFF05].contains(from), "scalar \(i)")
  }
  #expect(n.sourceOffsets.first == 1)  // 政 follows the BOM
}

/// Runs of Han long enough for the eight-at-a-time copy, broken by scalars that ask for more (上 may start
/// debris, a digit, a comma judged by its neighbours, ideographic spaces), keep every scalar's source offset.
@Test func longRunsKeepTheirSourceOffsets() {
  let src = "一二三四五六七八九十一二三四五六七八九十上半年增长5.2%,比上年提高1个百分点　　一二三四五六七八九十。".scalarValues
  let n = Normalizer().normalize(scalars: src)
  #expect(n.scalars.count == n.sourceOffsets.count)
  for (k, o) in n.sourceOffsets.enumerated() where n.scalars[k] != 0x20 && n.scalars[k] != 0xFF0C {
    #expect(src[Int(o)] == n.scalars[k])
  }
  // The comma between a % and a Han character is a full-width one, from the source's ASCII comma.
  let comma = n.scalars.firstIndex(of: 0xFF0C)!
  #expect(src[Int(n.sourceOffsets[comma])] == 0x2C)
}
