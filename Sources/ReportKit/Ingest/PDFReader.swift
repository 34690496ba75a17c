import Foundation
internal import CLibXML2

#if canImport(Glibc)
  import Glibc
#endif

/// Reads the text layer of a PDF through poppler's `pdftotext`, rejoining wrapped lines into paragraphs.
enum PDFReader {
  /// Longest a `pdftotext` run may take before it is killed.
  static let timeout: TimeInterval = 60
  /// Where `pdftotext` is looked for (the library does not read PATH; these cover apt, Homebrew, MacPorts).
  static let searchDirectories = ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/opt/local/bin", "/bin"]

  /// The most pages read: a work report has under a hundred, and 4,000 pages of pdftotext's boxes (270 MB of
  /// XHTML) took half a minute to reflow. The rest of a longer PDF is left out, with a warning.
  static let maxPages = 1000

  /// The PDF's text, one paragraph per line, without running headers, footers and page numbers.
  static func text(from data: Data, path: String) throws(IngestError) -> String {
    try text(from: data, path: path, searchDirectories: searchDirectories)
  }

  /// The text, and whether pages past `maxPages` were left out.
  static func read(_ data: Data, path: String) throws(IngestError) -> (text: String, cut: Bool) {
    try read(data, path: path, searchDirectories: searchDirectories)
  }

  /// The path of `pdftotext` in the first of `directories` that has it, or nil.
  static func tool(in directories: [String]) -> String? {
    directories.map { $0 + "/pdftotext" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// `text(from:path:)` looking for `pdftotext` in `directories` (tests point it at an empty place).
  static func text(from data: Data, path: String, searchDirectories directories: [String]) throws(IngestError)
    -> String
  {
    try read(data, path: path, searchDirectories: directories).text
  }

  /// `read(_:path:)` looking for `pdftotext` in `directories`.
  static func read(_ data: Data, path: String, searchDirectories directories: [String]) throws(IngestError)
    -> (text: String, cut: Bool)
  {
    func fail(_ kind: IngestError.Kind, _ reason: String) -> IngestError { IngestError(path: path, kind: kind, reason: reason) }
    try XMLSupport.requireLibrary(for: path, format: "PDF")
    guard let tool = tool(in: directories) else { throw fail(.toolMissing, "pdftotext not found: install poppler-utils") }
    // One page past the limit is asked for, to tell a PDF of exactly maxPages from a longer one.
    let xml = try PopplerRun.boundingBoxes(of: data, tool: tool, timeout: timeout, lastPage: maxPages + 1, fail: fail)
    guard var pages = PDFTextPage.parse(xml), !pages.isEmpty else {
      throw fail(.damaged, "pdftotext produced no pages; the PDF is damaged or empty")
    }
    let cut = pages.count > maxPages
    if cut { pages.removeLast(pages.count - maxPages) }
    var visible = 0
    for page in pages {
      for line in page.lines { visible += line.text.unicodeScalars.count { !$0.properties.isWhitespace } }
    }
    // A scanned PDF has images and at most a stamp or page numbers as text.
    if visible < 16 * pages.count {
      throw fail(.noTextLayer, "the PDF has no text layer (scanned?); OCR is not supported")
    }
    let text = LineAssembly.finish(Array(PDFReflow(pages: pages).paragraphs().utf8))
    // Everything was page furniture (numbers, a repeated header): nothing a reader would call text.
    if text.isEmpty { throw fail(.empty, "no text found in the PDF besides page numbers and running headers") }
    return (text, cut)
  }
}

// MARK: - Running pdftotext

/// One bounded `pdftotext -bbox-layout` run on a temporary copy of the PDF.
private enum PopplerRun {
  /// The start of a temporary folder's name; the creating process's id follows.
  static let folderPrefix = "reportkit-pdf-"

  /// Removes the folders that runs killed without a chance to clean up left in `tmp` (their process is gone).
  static func removeStaleFolders(in tmp: URL) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: tmp.path) else { return }
    for name in names where name.hasPrefix(folderPrefix) {
      guard let pid = Int32(name.dropFirst(folderPrefix.count).prefix { $0 != "-" }), Temporaries.isGone(pid: pid) else { continue }
      try? FileManager.default.removeItem(at: tmp.appendingPathComponent(name))
    }
  }

  static func boundingBoxes(
    of data: Data, tool: String, timeout: TimeInterval, lastPage: Int, fail: (IngestError.Kind, String) -> IngestError
  ) throws(IngestError) -> [UInt8] {
    let fm = FileManager.default
    removeStaleFolders(in: fm.temporaryDirectory)
    // The process id in the name tells a folder of a run that was killed (SIGKILL leaves it) from a live one.
    let pid = ProcessInfo.processInfo.processIdentifier
    let dir = fm.temporaryDirectory.appendingPathComponent("\(folderPrefix)\(pid)-\(UUID().uuidString)")
    // Registered before it exists: a signal between the two would leave it behind.
    let dirToken = Temporaries.track(path: dir.path)
    do {
      try fm.createDirectory(at: dir, withIntermediateDirectories: false)
    } catch {
      Temporaries.release(dirToken)
      throw fail(.unreadable, "cannot create a temporary directory for pdftotext: \(error.localizedDescription)")
    }
    defer {
      try? fm.removeItem(at: dir)
      Temporaries.release(dirToken)
    }
    let input = dir.appendingPathComponent("in.pdf")
    let output = dir.appendingPathComponent("out.html")
    let errors = dir.appendingPathComponent("err.txt")
    do {
      try data.write(to: input)
      _ = fm.createFile(atPath: errors.path, contents: nil)
    } catch {
      throw fail(.unreadable, "cannot write a temporary copy for pdftotext: \(error.localizedDescription)")
    }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    // -bbox-layout gives every line and word with its box: the geometry that tells a wrapped line
    // from a paragraph end. Output and errors go to files, so a chatty run cannot fill a pipe and stall.
    // No -q: its messages tell a password-protected file from a damaged one.
    process.arguments = ["-bbox-layout", "-enc", "UTF-8", "-l", String(lastPage), input.path, output.path]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    let errHandle: FileHandle
    do { errHandle = try FileHandle(forWritingTo: errors) } catch {
      throw fail(.unreadable, "cannot open a temporary file for pdftotext: \(error.localizedDescription)")
    }
    defer { try? errHandle.close() }
    process.standardError = errHandle
    let done = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in done.signal() }
    do { try process.run() } catch {
      throw fail(.toolMissing, "cannot run \(tool): \(error.localizedDescription)")
    }
    // A signal handler ends the child through the registry (`Temporaries.endAll`): pdftotext would otherwise
    // run on for minutes after reportkit is stopped.
    let processToken = Temporaries.track(process: process.processIdentifier)
    defer { Temporaries.release(processToken) }
    if done.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      if done.wait(timeout: .now() + 2) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        done.wait()
      }
      throw fail(.timeout, "pdftotext took longer than \(Int(timeout)) s and was stopped")
    }
    // Ended by the cleanup of a signal (Temporaries.endAll): not a damaged PDF; wait for the signal.
    Temporaries.holdIfEnding()
    let status = process.terminationStatus
    if process.terminationReason == .uncaughtSignal {
      throw fail(.damaged, "pdftotext crashed (signal \(status)) on this PDF; the file is probably damaged")
    }
    // A damaged file can make poppler complain at length: its first 64 KB say enough.
    let stderrHead = (try? FileHandle(forReadingFrom: errors)).flatMap { h in
      defer { try? h.close() }
      return try? h.read(upToCount: 64 * 1024)
    }
    let stderr = stderrHead.map { String(decoding: $0, as: UTF8.self) } ?? ""
    guard status == 0 else {
      // poppler's last message is the one that made it give up ("Couldn't read xref table").
      let detail = stderr.split(separator: "\n").last.map(String.init) ?? ""
      if stderr.localizedCaseInsensitiveContains("password") {
        throw fail(.encrypted, "the PDF is encrypted with a password; remove the password and try again")
      }
      switch status {
      case 1: throw fail(.damaged, "pdftotext cannot open the file: not a PDF or damaged\(detail.isEmpty ? "" : " (\(detail))")")
      case 3: throw fail(.encrypted, "the PDF's permissions forbid copying its text")
      default: throw fail(.damaged, "pdftotext failed with exit code \(status)\(detail.isEmpty ? "" : ": \(detail)")")
      }
    }
    guard let bytes = try? Data(contentsOf: output) else {
      throw fail(.damaged, "pdftotext wrote no output for this PDF")
    }
    return [UInt8](bytes)
  }
}

// MARK: - Pages, lines and words from -bbox-layout

/// A text line of a page, with its box in points (origin top left).
struct PDFTextLine {
  var x0: Double, x1: Double, y0: Double, y1: Double
  /// The words joined: no space where either side is CJK, one space between Latin or digit words.
  var text: String
  /// Estimated width of one full-width character on this line (median over its CJK words), if any.
  var em: Double?
  var page = 0
  var height: Double { y1 - y0 }
}

/// A page of `pdftotext -bbox-layout` output.
struct PDFTextPage {
  var lines: [PDFTextLine] = []

  /// Pages from the XHTML that `pdftotext -bbox-layout` writes; nil if it is not readable XML.
  static func parse(_ xml: [UInt8]) -> [PDFTextPage]? {
    xml.withUnsafeBytes { raw -> [PDFTextPage]? in
      guard let doc = XMLSupport.parseXML(raw) else { return nil }
      defer { xmlFreeDoc(doc) }
      guard let root = xmlDocGetRootElement(doc) else { return nil }
      var pages: [PDFTextPage] = []
      collect(root, into: &pages)
      return pages
    }
  }

  private static func collect(_ node: xmlNodePtr, into pages: inout [PDFTextPage]) {
    var c = XMLSupport.firstElement(node)
    while let n = c {
      if XMLSupport.isNamed(n, "page") {
        var page = PDFTextPage()
        lines(n, into: &page.lines, page: pages.count)
        pages.append(page)
      } else {
        collect(n, into: &pages)
      }
      c = XMLSupport.nextElement(n)
    }
  }

  /// A coordinate attribute, clamped to ±10⁶ pt; anything but a finite number reads as 0 (rounding NaN
  /// or 1e300 to Int would trap).
  private static func number(_ node: xmlNodePtr, _ name: StaticString) -> Double {
    guard let v = XMLSupport.attribute(node, name).flatMap(Double.init), v.isFinite else { return 0 }
    return min(max(v, -1e6), 1e6)
  }

  /// Lines below a page element (page → flow → block → line) in document order.
  private static func lines(_ node: xmlNodePtr, into out: inout [PDFTextLine], page: Int) {
    var c = XMLSupport.firstElement(node)
    while let n = c {
      defer { c = XMLSupport.nextElement(n) }
      guard XMLSupport.isNamed(n, "line") else {
        lines(n, into: &out, page: page)
        continue
      }
      var text = String.UnicodeScalarView()
      var ems: [Double] = []
      var w = XMLSupport.firstElement(n)
      while let word = w {
        defer { w = XMLSupport.nextElement(word) }
        guard XMLSupport.isNamed(word, "word"), let content = word.pointee.children?.pointee.content else {
          continue
        }
        let s = String(cString: content).unicodeScalars
        guard let first = s.first else { continue }
        if let last = text.last, PDFCharacters.spaced(last.value, first.value) { text.append(" ") }
        text.append(contentsOf: s)
        if s.allSatisfy({ PDFCharacters.isWide($0.value) }) {
          ems.append((number(word, "xMax") - number(word, "xMin")) / Double(s.count))
        }
      }
      if text.isEmpty { continue }
      ems.sort()
      out.append(
        PDFTextLine(
          x0: number(n, "xMin"), x1: number(n, "xMax"), y0: number(n, "yMin"), y1: number(n, "yMax"),
          text: String(text), em: ems.isEmpty ? nil : ems[ems.count / 2], page: page))
    }
  }
}

/// Character classes for PDF line joining.
enum PDFCharacters {
  /// A full-width character: Han, kana, hangul, CJK and full-width punctuation, curly quotes, dashes.
  @inline(__always) static func isWide(_ c: UInt32) -> Bool {
    (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
      || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
      || c >= 0x20000 || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014
      || c == 0x2026 || c == 0x00B7 || (c >= 0x2460 && c <= 0x24FF) || (c >= 0x3200 && c <= 0x32FF)
  }

  /// Closes a sentence or clause at a paragraph end: 。！？；：” and their ASCII forms.
  @inline(__always) static func endsSentence(_ c: UInt32) -> Bool {
    c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF1A || c == 0x201D || c == 0x2026
      || c == 0x21 || c == 0x3F || c == 0x3B || c == 0x3A || c == 0x2E
  }

  /// May not start a line (so it travels with the character before it): closing punctuation.
  @inline(__always) static func isCloser(_ c: UInt32) -> Bool {
    switch c {
    case 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF09, 0x300B, 0x300D, 0x300F, 0x3011, 0x201D,
      0x2019, 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x25, 0xFF05:
      return true
    default: return false
    }
  }

  /// May not end a line (so it travels with the character after it): opening punctuation.
  @inline(__always) static func isOpener(_ c: UInt32) -> Bool {
    switch c {
    case 0xFF08, 0x300A, 0x300C, 0x300E, 0x3010, 0x201C, 0x2018, 0x28: return true
    default: return false
    }
  }

  /// Whether two words meeting at `a` | `b` need a space between them: only Latin words and numbers
  /// ("World Trade", "2024 2025", "U.S. Trade"); never next to CJK ("2024 年" → "2024年") nor inside a
  /// figure that a font change split ("5" "%" → "5%", "(" "2024" → "(2024").
  @inline(__always) static func spaced(_ a: UInt32, _ b: UInt32) -> Bool {
    let left = isASCIIAlnum(a) || a == 0x2C || a == 0x2E || a == 0x3B || a == 0x3A || a == 0x21 || a == 0x3F
      || a == 0x29 || a == 0x25
    let right = isASCIIAlnum(b) || b == 0x28 || (b >= 0xC0 && b < 0x2000 && b != 0xD7 && b != 0xF7)
    return left && right
  }

  @inline(__always) static func isASCIIAlnum(_ c: UInt32) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
  }
}

// MARK: - Rejoining lines into paragraphs

/// Rejoins the lines a PDF was laid out in into paragraphs, from their geometry.
struct PDFReflow {
  let lines: [PDFTextLine]
  let pageCount: Int
  /// Left margin and right edge of the text column, one full-width character, the usual line height
  /// and the usual gap between lines, all in points.
  let left: Double, right: Double, em: Double, lineHeight: Double, lineGap: Double
  /// The lowest body line bottom on any page: a page whose text stops well above it ended early.
  let bottom: Double
  /// Indices into `lines` of the last body line of each page.
  let lastOnPage: Set<Int>

  init(pages: [PDFTextPage]) {
    pageCount = pages.count
    let body = Self.removingFurniture(pages)
    lines = body
    func mode(_ values: [Double]) -> Double? {
      var counts: [Int: Int] = [:]
      for v in values { counts[Int(v.rounded()), default: 0] += 1 }
      return counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }.map { Double($0.key) }
    }
    func median(_ values: [Double]) -> Double? {
      values.isEmpty ? nil : values.sorted()[values.count / 2]
    }
    let left = mode(body.map(\.x0)) ?? 0
    self.left = left
    em = median(body.compactMap(\.em)) ?? 10
    lineHeight = median(body.map(\.height)) ?? 12
    // The right edge: the commonest right end among lines reaching past the middle of the column
    // (justified text ends there; ragged text's longest lines do).
    let far = body.map(\.x1).max() ?? 0
    let middle = left + (far - left) / 2
    let wide = body.map(\.x1).filter { $0 > middle }
    right = mode(wide) ?? far
    var gaps: [Double] = []
    var last: Set<Int> = []
    for i in body.indices {
      if i + 1 < body.count, body[i + 1].page == body[i].page {
        let g = body[i + 1].y0 - body[i].y1
        if g > -lineHeight / 2 { gaps.append(g) }
      } else {
        last.insert(i)
      }
    }
    lineGap = median(gaps) ?? 0
    lastOnPage = last
    bottom = last.map { body[$0].y1 }.max() ?? 0
  }

  /// Lines without running headers, footers and page numbers.
  ///
  /// Only the first and last two lines of a page are candidates: a page number is a line that is
  /// only a number (12, - 12 -, 第 3 页, 3/56…); a running header or footer is a line whose text,
  /// digits ignored, recurs at the top or bottom of at least half the pages (and at least two).
  static func removingFurniture(_ pages: [PDFTextPage]) -> [PDFTextLine] {
    func key(_ s: String) -> String {
      String(String.UnicodeScalarView(s.unicodeScalars.compactMap { u in
        u.properties.isWhitespace ? nil : (u.value >= 0x30 && u.value <= 0x39 ? "#" : u)
      }))
    }
    func isEdge(_ i: Int, _ n: Int) -> Bool { i < 2 || i >= n - 2 }
    var recurrence: [String: Int] = [:]
    for page in pages {
      var seen: Set<String> = []
      for (i, l) in page.lines.enumerated() where isEdge(i, page.lines.count) { seen.insert(key(l.text)) }
      for k in seen { recurrence[k, default: 0] += 1 }
    }
    let threshold = max(2, (pages.count + 1) / 2)
    var out: [PDFTextLine] = []
    for page in pages {
      for (i, l) in page.lines.enumerated() {
        if isEdge(i, page.lines.count) {
          if isPageNumber(l.text) { continue }
          if pages.count >= 2, recurrence[key(l.text), default: 0] >= threshold { continue }
        }
        out.append(l)
      }
    }
    return out
  }

  /// A line that is only a page number: 12, - 12 -, — 12 —, －12－, 第 3 页, 第3页 共56页, 3 / 56, Page 3.
  static func isPageNumber(_ text: String) -> Bool {
    var s = Substring(text.trimmingCharacters(in: .whitespaces))
    if s.hasPrefix("Page ") || s.hasPrefix("page ") { s = s.dropFirst(5) }
    var digits = 0
    for u in s.unicodeScalars {
      switch u.value {
      case 0x30...0x39, 0xFF10...0xFF19: digits += 1
      // - — － – · / 第 页 共 of whitespace: decoration around the number.
      case 0x2D, 0x2014, 0xFF0D, 0x2013, 0x2012, 0x00B7, 0x2F, 0xFF0F, 0x7B2C, 0x9875, 0x5171, 0x20, 0x3000, 0x6F,
        0x66:
        continue
      default: return false
      }
    }
    return digits > 0 && digits <= 5
  }

  /// Width of what would have had to fit at the end of a line for `next`'s start to sit there, in
  /// points: its first character or Latin/digit run, with opening punctuation before and closing
  /// punctuation after it, which line breaking never separates from it.
  func leadWidth(_ next: String) -> Double {
    let s = Array(next.unicodeScalars)
    var i = 0
    var w = 0.0
    let narrow = em * 0.55
    while i < s.count, PDFCharacters.isOpener(s[i].value) {
      w += PDFCharacters.isWide(s[i].value) ? em : narrow
      i += 1
    }
    if i < s.count, PDFCharacters.isASCIIAlnum(s[i].value) {
      while i < s.count, !PDFCharacters.isWide(s[i].value), s[i] != " " {
        w += narrow
        i += 1
      }
    } else if i < s.count {
      w += PDFCharacters.isWide(s[i].value) ? em : narrow
      i += 1
    }
    while i < s.count, PDFCharacters.isCloser(s[i].value) {
      w += PDFCharacters.isWide(s[i].value) ? em : narrow * 0.6
      i += 1
    }
    return w
  }

  /// Whether `text` starts like a new item: 一、 （一） (一) 1. 1、 （1） ① —— or 一是.
  static func startsWithMarker(_ text: String) -> Bool {
    let s = Array(text.unicodeScalars.prefix(8)).map(\.value)
    guard let first = s.first else { return false }
    func isChineseDigit(_ c: UInt32) -> Bool { Scalar.chineseDigit(c) != nil || c == 0x5341 }  // 十
    if first == 0x2014 && s.count > 1 && s[1] == 0x2014 { return true }  // ——
    if (0x2460...0x2473).contains(first) || (0x2474...0x2487).contains(first) { return true }  // ① ⑴
    var i = 0
    if first == 0xFF08 || first == 0x28 {  // （ (
      i = 1
      var n = 0
      while i < s.count, isChineseDigit(s[i]) || (s[i] >= 0x30 && s[i] <= 0x39) { i += 1; n += 1 }
      return n > 0 && i < s.count && (s[i] == 0xFF09 || s[i] == 0x29)
    }
    if isChineseDigit(first) {
      while i < s.count, isChineseDigit(s[i]) { i += 1 }
      return i < s.count && (s[i] == 0x3001 || s[i] == 0x662F)  // 、 是
    }
    if first >= 0x30 && first <= 0x39 {
      while i < s.count, s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
      guard i < s.count, s[i] == 0x2E || s[i] == 0xFF0E || s[i] == 0x3001 else { return false }
      // "5.2%" is a number, "5. 加强…" / "5．加强" an item.
      return i + 1 >= s.count || !(s[i + 1] >= 0x30 && s[i + 1] <= 0x39)
    }
    return false
  }

  /// Whether line `i` runs on into line `i + 1` (the same paragraph wrapped by the layout).
  func continues(_ i: Int) -> Bool {
    let a = lines[i]
    let b = lines[i + 1]
    // A line that is not full: the start of the next line would have fitted after it.
    if a.x1 + leadWidth(b.text) <= right - 0.3 * em { return false }
    // The next line is indented (a first-line indent, a centred heading).
    if b.x0 > left + 0.8 * em { return false }
    // A different font size: a heading.
    if abs(a.height - b.height) > 0.25 * lineHeight { return false }
    if a.page == b.page {
      // Extra space before the next line: paragraph spacing.
      if b.y0 - a.y1 > lineGap + 0.6 * lineHeight { return false }
    } else if lastOnPage.contains(i) && a.y1 < bottom - 2.5 * lineHeight {
      return false  // the page ended early: a page break after a paragraph
    }
    if let last = a.text.unicodeScalars.last, PDFCharacters.endsSentence(last.value), Self.startsWithMarker(b.text) {
      return false
    }
    return true
  }

  /// The paragraphs, one per line.
  func paragraphs() -> String {
    var out = String.UnicodeScalarView()
    for (i, line) in lines.enumerated() {
      out.append(contentsOf: line.text.unicodeScalars)
      if i + 1 < lines.count, continues(i) {
        // English words wrapped at a space need it back; CJK and numbers next to CJK do not.
        if let l = line.text.unicodeScalars.last, let f = lines[i + 1].text.unicodeScalars.first,
          PDFCharacters.spaced(l.value, f.value)
        {
          out.append(" ")
        }
      } else {
        out.append("\n")
      }
    }
    return String(out)
  }
}
