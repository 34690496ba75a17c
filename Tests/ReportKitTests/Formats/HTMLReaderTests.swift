import Foundation
import Testing
@testable import ReportKit

#if canImport(Glibc)
  import Glibc
#endif

/// HTML pages: charset sniffing, content-container choice, chrome removal, block and table layout.
@Suite struct HTMLReaderTests {
  @Test func govPageDeclaredGB2312WithGBKOnlyCharacters() throws {
    let data = try FormatFixtures.fixture("report-gb2312.html")
    let (text, encoding) = try HTMLReader.text(from: [UInt8](data), path: "report-gb2312.html")
    #expect(encoding == .gb18030)
    // The #zoom.TRS_Editor container, without header, nav, crumb, menu, share, footer, script, the hidden
    // paragraph and the h1 outside it; <br> splits a line; a table row is one line with tab-joined cells.
    let expected = """
      ——2025年1月15日在市第十七届人民代表大会第五次会议上
      各位代表：
      现在，我代表市人民政府向大会报告工作，请予审议。
      一、2024年工作回顾
      过去一年，全市地区生产总值增长5.2%。朱镕基、陶喆、王堃三个名字用来检验生僻字。
      二、2025年主要目标
      地区生产总值增长5%左右；
      城镇新增就业3万人以上。
      指标\t目标
      城镇调查失业率\t5.5% 左右
      三、重点任务
      （一）扩大有效需求。
      """
    #expect(text == expected)
  }

  @Test(.enabled(if: FormatFixtures.hasCorpus, FormatFixtures.corpusNote))
  func bareFragmentFromGovCN() throws {
    let corpus = try #require(FormatFixtures.externalCorpus)
    let url = corpus.appendingPathComponent("national/china/2018.国办大督查典型经验通报.html")
    let (text, encoding) = try HTMLReader.text(from: [UInt8](Data(contentsOf: url)), path: url.path)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(encoding == .utf8)
    #expect(lines.first == "国务院办公厅关于对国务院第五次大督查")
    #expect(lines.contains("国办发〔2018〕108号"))
    #expect(lines.last == "130.新疆生产建设兵团狠抓土地利用监管，高质量支持边疆建设。")
    // The metadata table and the print/close widgets sit outside #UCAP-CONTENT.
    #expect(!text.contains("主题分类") && !text.contains("索 引 号"))
  }

  /// The acceptance check's page: the 2025 national report in a gov.cn template, declared gb2312,
  /// encoded GB18030, with a line of GBK-only characters.
  @Test(.enabled(if: FormatFixtures.hasCorpus, FormatFixtures.corpusNote))
  func checkStylePageGivesTheReportWhole() throws {
    let corpus = try #require(FormatFixtures.externalCorpus)
    let twin = try String(
      contentsOf: corpus.appendingPathComponent("national/china/2025.txt"), encoding: .utf8)
    var paras = twin.split(separator: "\n").map(String.init)
    paras.insert("（注：本段用于检验生僻字：朱镕基、陶喆、王堃。）", at: 3)
    let body = paras.map { "<p style=\"text-indent:2em\">\($0)</p>" }.joined(separator: "\n")
    let page = """
      <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
      <title>政府工作报告_中国政府网</title><script>var nav = "<p>首页</p>"; if (a < b) {}</script>
      <style>.x{color:red}</style></head><body><div class="header"><ul><li><a href="/">首页</a></li>
      <li>简体 | 繁体</li><li>国务院</li></ul></div><div class="crumb">首页 &gt; 政府工作报告</div>
      <div class="pages_content" id="UCAP-CONTENT">\(body)</div><div class="footer"><p>版权所有：中国政府网</p>
      <p>京ICP备05070218号</p><script>document.write("<p>分享到微信</p>")</script></div></body></html>
      """
    let (text, encoding) = try HTMLReader.text(from: try gb18030(page), path: "page.html")
    #expect(encoding == .gb18030)
    #expect(text == paras.joined(separator: "\n"))
  }

  @Test(arguments: [
    ("utf-8, nothing declared", [UInt8]("<p>政府工作报告</p>".utf8), TextEncoding.utf8),
    ("utf-8 with BOM", [0xEF, 0xBB, 0xBF] + [UInt8]("<p>政府工作报告</p>".utf8), .utf8),
    ("declared gb2312, bytes UTF-8", [UInt8]("<meta charset=gb2312><p>政府工作报告</p>".utf8), .utf8),
  ])
  func utf8Pages(label: String, bytes: [UInt8], encoding: TextEncoding) throws {
    let (text, enc) = try HTMLReader.text(from: bytes, path: label)
    #expect(text == "政府工作报告")
    #expect(enc == encoding)
  }

  @Test func gbBytesWithoutDeclarationOrDeclaredUTF8AreGB18030() throws {
    for head in ["", "<meta charset=\"utf-8\">"] {
      let (text, enc) = try HTMLReader.text(from: try gb18030(head + "<p>王堃：政府工作报告</p>"), path: "gb.html")
      #expect(text == "王堃：政府工作报告")
      #expect(enc == .gb18030)
    }
  }

  @Test func utf16WithBOM() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for u in "<p>第一段</p><p>第二段</p>".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    let (text, enc) = try HTMLReader.text(from: bytes, path: "u16.html")
    #expect(text == "第一段\n第二段")
    #expect(enc == .utf16)
  }

  @Test func invalidGBBytesBecomeReplacementCharacters() {
    // 王 = CD F5 in GB2312; a lone 0xFF is no GB18030 sequence.
    #expect(HTMLCharset.gb18030ToUTF8([0xCD, 0xF5, 0xFF, 0x41]) == Array("王\u{FFFD}A".utf8))
  }

  @Test func withoutKnownContainerTheDensestElementWins() throws {
    let page = """
      <html><body><div class="wrap">
      <div class="links"><a href="1">要闻动态</a> <a href="2">政策解读</a> <a href="3">领导信息</a></div>
      <div class="box"><div>一、总体要求</div><div>坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。</div>
      <div>二、主要目标</div>
      <div>地区生产总值增长5%左右。<br>城镇新增就业<b>3万人</b>以上。</div></div>
      <div class="box2">相关链接：<a href="4">市政府门户网站</a></div>
      </div></body></html>
      """
    let (text, _) = try HTMLReader.text(from: Array(page.utf8), path: "dense.html")
    #expect(text == "一、总体要求\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。\n二、主要目标\n地区生产总值增长5%左右。\n城镇新增就业3万人以上。")
  }

  @Test func pageWithoutTextIsAnError() throws {
    let data = try FormatFixtures.fixture("no-text.html")
    #expect {
      _ = try HTMLReader.text(from: [UInt8](data), path: "no-text.html")
    } throws: { error in
      (error as? IngestError)?.reason == "no text found in the HTML page"
    }
  }

  /// UTF-8 text as GB18030 bytes, through glibc iconv (the test's own encoder, independent of the reader).
  private func gb18030(_ s: String) throws -> [UInt8] {
    let cd = iconv_open("GB18030", "UTF-8")
    try #require(cd != iconv_t(bitPattern: -1))
    defer { iconv_close(cd) }
    var input = Array(s.utf8).map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: input.count * 2 + 16)
    let produced = input.withUnsafeMutableBufferPointer { inBuf in
      output.withUnsafeMutableBufferPointer { outBuf in
        var inPtr = inBuf.baseAddress
        var inLeft = inBuf.count
        var outPtr = outBuf.baseAddress
        var outLeft = outBuf.count
        _ = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
        return outBuf.count - outLeft
      }
    }
    return output.prefix(produced).map { UInt8(bitPattern: $0) }
  }
}
