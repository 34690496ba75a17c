/// Normalised text with a map from every scalar back to the decoded source.
public struct NormalizedText: Sendable {
  /// The normalised scalars: one paragraph per line, no blank lines.
  public var scalars: Scalars
  /// For each scalar, the scalar offset in the decoded source it came from.
  public var sourceOffsets: [Int32]
  /// Repairs made, for diagnostics (page-break joins, split markers, rebuilt paragraphs, debris removed).
  public var repairs: [Repair]

  /// A repair the normaliser made.
  public struct Repair: Sendable, Hashable {
    /// `.pageBreakJoined`, `.markerJoined`, `.layoutRebuilt` or `.debrisRemoved`.
    public var id: DiagnosticID
    /// Offset in `scalars` where the two pieces meet, the rebuilt text starts or the debris was taken out.
    public var offset: Int
    /// The debris taken out (下转7版), for the message.
    public var text: String?
    /// The number of paragraphs a line that lost its line breaks was cut into.
    public var count: Int

    /// Makes a repair.
    public init(id: DiagnosticID, offset: Int, text: String? = nil, count: Int = 0) {
      self.id = id
      self.offset = offset
      self.text = text
      self.count = count
    }
  }

  /// The text as a `String`.
  public var string: String { String(scalarValues: scalars) }
}

/// Repairs what publishing breaks: widths, indents, zero-width characters, letter spacing, page-break splits,
/// paragraphs that lost their line breaks, and newspaper page debris.
///
/// Never NFKC: it would turn ① into 1 and ⑴ into (1), erasing the numbering levels the segmenter reads.
public struct Normalizer: Sendable {
  private let cues: ParagraphCues
  private let debris: PageDebris

  /// Makes a normaliser reading the layout words of `rules` (layout.yaml).
  public init(rules: RuleSet = .builtin) {
    cues = ParagraphCues(rules: rules)
    debris = PageDebris(rules: rules)
  }

  /// Normalises decoded source text.
  public func normalize(_ source: String) -> NormalizedText {
    normalize(scalars: source.scalarValues)
  }

  /// Normalises decoded source text given as scalar values.
  public func normalize(scalars src: Scalars) -> NormalizedText {
    let n = src.count
    // Phase A+B in one pass: each source line is folded, trimmed and cleaned straight into one flat buffer
    // (no array per line, no per-append capacity checks); a line that lost its line breaks is cut into
    // paragraphs on the way, and debris is left out.
    // The buffers are left uninitialised, room for every scalar: what the lines write is what they hold.
    var buf = Scalars()
    var lines: [Line] = []
    lines.reserveCapacity(n / 40 + 8)
    var found: [Found] = []
    var w = 0
    var bufO = [Int32](unsafeUninitializedCapacity: n) { outO, writtenO in
      buf = Scalars(unsafeUninitializedCapacity: n) { out, written in
        defer { written = w }
        src.withUnsafeBufferPointer { s in
          // The text is scanned for line breaks once, for both the count and the lines.
          let breaks = Normalizer.lineBreaks(s)
          let sparse = Normalizer.hasFewLineBreaks(s, breaks: breaks)
          var window = Scalars()
          window.reserveCapacity(16)
          var start = 0
          var nextBreak = 0
          while start <= n {
            // The end of the raw line (LF, CR, CRLF and the Unicode separators all end it); the list ends with n.
            while breaks[nextBreak] < start { nextBreak += 1 }
            var end = breaks[nextBreak]
            let breakOffset = Int32(min(end, max(0, n - 1)) + (end >= n ? 1 : 0))
            if start < end, PageDebris.isPageNumberLine(s, start, end) {
              found.append(Found(id: .debrisRemoved, at: w, text: Normalizer.trimmed(s, start, end)))
            } else {
              let len = end - start
              let layout = len >= ParagraphCues.longLine || (sparse && len >= 200) ? ParagraphCues.layout(s, start, end) : nil
              cleanLine(s, start, end, out, outO, &w, breakOffset: breakOffset, lines: &lines, found: &found, layout: layout,
                        window: &window)
            }
            if end < n && s[end] == 0x0D && end + 1 < n && s[end + 1] == 0x0A { end += 1 }
            start = end + 1
          }
        }
      }
      writtenO = w
    }

    // Phase C: join lines that publishing split, and emit.
    // A line's rebuild note is found after the debris inside it, but marks its start.
    if found.count > 1 { found.sort { ($0.at, $0.id) < ($1.at, $1.id) } }
    if let joined = joinInPlace(&buf, &bufO, written: w, room: n, lines: lines, found: found) { return joined }
    // The general way, into new arrays (for buffers `joinInPlace` declines).
    var out = Scalars()
    var map = [Int32]()
    var repairs: [NormalizedText.Repair] = []
    out.reserveCapacity(buf.count + lines.count)
    map.reserveCapacity(buf.count + lines.count)
    var i = 0
    var lastBreak: Int32 = 0
    var f = 0
    while i < lines.count {
      if !out.isEmpty {
        out.append(0x0A)
        map.append(lastBreak)
      }
      var cur = lines[i]
      var curStart = out.count
      // Repairs found while cleaning are placed in the output as the line holding them is copied.
      while f < found.count, found[f].at <= cur.range.upperBound {
        repairs.append(found[f].repair(line: cur.range, at: out.count))
        f += 1
      }
      out.append(contentsOf: buf[cur.range])
      map.append(contentsOf: bufO[cur.range])
      var fullStop = buf[cur.range].contains(0x3002)
      // A break the layout rebuilt is meant: nothing joins across it.
      while i + 1 < lines.count, !cur.rebuilt {
        let next = lines[i + 1]
        let b = buf[next.range]
        guard let id = join(out, from: curStart, holdsFullStop: fullStop, next: b) else { break }
        repairs.append(.init(id: id, offset: out.count))
        while f < found.count, found[f].at <= next.range.upperBound {
          repairs.append(found[f].repair(line: next.range, at: out.count))
          f += 1
        }
        out.append(contentsOf: b)
        map.append(contentsOf: bufO[next.range])
        fullStop = fullStop || b.contains(0x3002)
        cur.breakOffset = next.breakOffset
        cur.rebuilt = next.rebuilt
        i += 1
      }
      curStart = out.count
      lastBreak = cur.breakOffset
      i += 1
    }
    return NormalizedText(scalars: out, sourceOffsets: map, repairs: repairs)
  }

  /// Phase C without a second copy of the text: the same joins, repairs and output as the copying loop in
  /// `normalize`, with the buffers themselves becoming the output. A large document's normalisation then holds
  /// the source and two buffers (12 bytes per character) instead of also the output and its map (8 more).
  ///
  /// The cleaned lines tile `buf[0..<written]` in order, each starting where the one before ended, so a joined
  /// group of lines is one slice of the buffer and the output is the buffer with a line break put before each
  /// group but the first. The decisions are taken front to back (they read the buffer as written); the lines
  /// then move back to front, each by the number of breaks before it, which never overwrites a line not yet
  /// moved. Nil, with nothing changed, when the lines do not tile the buffer or it lacks room for the breaks
  /// (`room` scalars, reserved by both buffers).
  private func joinInPlace(
    _ buf: inout Scalars, _ bufO: inout [Int32], written w: Int, room: Int, lines: [Line], found: [Found]
  ) -> NormalizedText? {
    var expected = 0
    for l in lines {
      guard l.range.lowerBound == expected else { return nil }
      expected = l.range.upperBound
    }
    guard expected == w, buf.count == w, bufO.count == w, buf.capacity >= room, bufO.capacity >= room else { return nil }
    // Front to back: which lines open an output line, and the repairs at their output offsets (the buffer
    // offset plus the breaks put in before it).
    var breakBefore = [Bool](repeating: false, count: lines.count)
    var repairs: [NormalizedText.Repair] = []
    var breaks = 0
    var f = 0
    var i = 0
    while i < lines.count {
      if i > 0 {
        breakBefore[i] = true
        breaks += 1
      }
      var cur = lines[i]
      let groupStart = cur.range.lowerBound
      while f < found.count, found[f].at <= cur.range.upperBound {
        repairs.append(found[f].repair(line: cur.range, at: cur.range.lowerBound + breaks))
        f += 1
      }
      // Whether the group holds a 。 so far: kept as lines join, since asking the whole group each time is
      // quadratic in a hard-wrapped text.
      var fullStop = Normalizer.holdsFullStop(buf, cur.range)
      // A break the layout rebuilt is meant: nothing joins across it.
      while i + 1 < lines.count, !cur.rebuilt {
        let next = lines[i + 1]
        let a = buf[groupStart..<lines[i].range.upperBound]
        let b = buf[next.range]
        if isSplitMarker(a, b) {
          repairs.append(.init(id: .markerJoined, offset: next.range.lowerBound + breaks))
        } else if isPageBreakSplit(a, b, holdsFullStop: fullStop) {
          repairs.append(.init(id: .pageBreakJoined, offset: next.range.lowerBound + breaks))
        } else {
          break
        }
        while f < found.count, found[f].at <= next.range.upperBound {
          repairs.append(found[f].repair(line: next.range, at: next.range.lowerBound + breaks))
          f += 1
        }
        fullStop = fullStop || Normalizer.holdsFullStop(buf, next.range)
        cur.breakOffset = next.breakOffset
        cur.rebuilt = next.rebuilt
        i += 1
      }
      i += 1
    }
    // The source's own line breaks were left out of the buffer, so there is room for the output's nearly
    // always; when not, the copying way runs (the decisions above changed nothing).
    let total = w + breaks
    guard room >= total else { return nil }
    // Within the reserved room: no reallocation.
    buf.append(contentsOf: repeatElement(0, count: breaks))
    bufO.append(contentsOf: repeatElement(0, count: breaks))
    // Back to front: each line moves up by the breaks before it; a break maps to the source line break that
    // ended the group before it (the break offset of that group's last line).
    buf.withUnsafeMutableBufferPointer { b in
      bufO.withUnsafeMutableBufferPointer { o in
        guard let bp = b.baseAddress, let op = o.baseAddress else { return }
        var shift = breaks
        for k in stride(from: lines.count - 1, through: 0, by: -1) {
          let r = lines[k].range
          if shift > 0 {
            // copyMemory is a memmove: source and destination overlap.
            UnsafeMutableRawPointer(bp + r.lowerBound + shift).copyMemory(from: bp + r.lowerBound, byteCount: r.count * 4)
            UnsafeMutableRawPointer(op + r.lowerBound + shift).copyMemory(from: op + r.lowerBound, byteCount: r.count * 4)
          }
          if breakBefore[k] {
            bp[r.lowerBound + shift - 1] = 0x0A
            op[r.lowerBound + shift - 1] = lines[k - 1].breakOffset
            shift -= 1
          }
        }
      }
    }
    return NormalizedText(scalars: buf, sourceOffsets: bufO, repairs: repairs)
  }

  /// Whether `buf[r]` holds a 。 (U+3002): asked of every line, so eight scalars a step.
  private static func holdsFullStop(_ buf: Scalars, _ r: Range<Int>) -> Bool {
    buf.withUnsafeBufferPointer { $0.firstOffset(of: 0x3002, from: r.lowerBound, to: r.upperBound) < r.upperBound }
  }

  private struct Line {
    var range: Range<Int>
    var breakOffset: Int32
    /// The break after this line was made by the layout rebuild, not found in the source.
    var rebuilt = false
  }

  /// A repair found while cleaning lines, at an offset of the flat buffer.
  private struct Found {
    var id: DiagnosticID
    var at: Int
    var text: String?
    var count = 0

    /// The repair in the output, where the line `line` of the buffer was copied to `base`.
    func repair(line: Range<Int>, at base: Int) -> NormalizedText.Repair {
      .init(id: id, offset: base + max(0, at - line.lowerBound), text: text, count: count)
    }
  }

  /// The offsets of every line break of `s` (`Scalar.isLineBreak`), then `s.count`.
  private static func lineBreaks(_ s: UnsafeBufferPointer<UInt32>) -> [Int] {
    var breaks: [Int] = []
    breaks.reserveCapacity(s.count / 64 + 8)
    var k = 0
    while k < s.count {
      let j = s.firstLineBreak(from: k, to: s.count)
      guard j < s.count else { break }
      breaks.append(j)
      k = j + 1
    }
    breaks.append(s.count)
    return breaks
  }

  /// Whether the source has fewer line breaks than one per `ParagraphCues.scalarsPerBreak` scalars: its
  /// paragraphs were joined. Lines of `ParagraphCues.longLine` or more are left out of the count, as they are
  /// rebuilt anyway: one huge line pasted into a well-broken report does not make its other lines sparse.
  /// `breaks` are the line breaks of `s` (`lineBreaks`); VT, FF and NEL end a line but are not counted here.
  private static func hasFewLineBreaks(_ s: UnsafeBufferPointer<UInt32>, breaks: [Int]) -> Bool {
    guard s.count >= 600 else { return false }
    var count = 0
    var counted = 0
    var line = 0
    var previous = 0
    for j in breaks.dropLast() {
      line += j - previous
      let c = s[j]
      if c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029 {
        if line < ParagraphCues.longLine { counted += line }
        count += 1
        line = 0
      } else {
        line += 1
      }
      previous = j + 1
    }
    line += s.count - previous
    if line < ParagraphCues.longLine { counted += line }
    return counted >= 600 && count <= counted / ParagraphCues.scalarsPerBreak
  }


  /// The source text of `start..<end` without its blanks, for a message.
  private static func trimmed(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> String {
    String(scalarValues: s[start..<end].filter { c in fold(c).map { $0 != 0x3000 && $0 != 0x20 } ?? false })
  }

  /// A scalar that folds to itself: printable ASCII, and CJK from U+3400 up to the full-width forms.
  @inline(__always) static func isPlain(_ v: UInt32) -> Bool {
    v >= 0x20 && v < 0x7F || (v >= 0x3400 && v < 0xFF00 && v != 0xFEFF)
  }

  /// A scalar that the cleaning loop writes as it is when no blank run is pending and the line is not rebuilt:
  /// it folds to itself, is no blank, starts no debris, and is no ASCII or full-width punctuation judged by its
  /// neighbours (`foldPunctuation`). Han, CJK punctuation (、。《》「」 from U+3001), dashes, quotes and …
  /// (U+2010–2027), the full-width ，：；）！？, and printable ASCII but the space, ( and , : ; ) ? !.
  @inline(__always) static func copiesAsIs(_ v: UInt32) -> Bool {
    if v >= 0x3001 {
      if v < 0xFF00 { return v != 0xFEFF && !PageDebris.mayStart(v) }
      return v == 0xFF0C || v == 0xFF1A || v == 0xFF1B || v == 0xFF09 || v == 0xFF01 || v == 0xFF1F
    }
    // Digits, letters, % and . (5.2%, GDP) are written as they are.
    if v < 0x80 { return v > 0x20 && v < 0x7F && v != 0x28 && !foldsByNeighbours(v) }
    return v >= 0x2010 && v <= 0x2027
  }

  /// Whether all eight scalars copy as they are, by the kinds most text is made of (a subset of `copiesAsIs`):
  /// U+3001–FEFE but 上 and 下 (debris may start there), the full-width ，：；）, and U+2010–2027.
  @inline(__always) static func eightCopyAsIs(_ v: SIMD8<UInt32>) -> Bool {
    // Vectors on both sides: with a scalar operand the comparisons compile lane by lane.
    typealias V = SIMD8<UInt32>
    let cjk = (v &- V(repeating: 0x3001)) .< V(repeating: 0xCEFE)  // U+3001 up to U+FEFF, one unsigned comparison
    let odd = v | V(repeating: 1)
    let debris = odd .== V(repeating: 0x4E0B)  // 上 U+4E0A, 下 U+4E0B
    let fullWidth = (v .== V(repeating: 0xFF0C)) .| (odd .== V(repeating: 0xFF1B)) .| (v .== V(repeating: 0xFF09))  // ， ：； ）
    let punctuation = (v &- V(repeating: 0x2010)) .< V(repeating: 0x18)  // U+2010–2027: dashes, “” ‘’, …
    return all((cjk .& .!debris) .| fullWidth .| punctuation)
  }

  /// 0 to 7: the offsets of eight scalars from the first.
  @inline(__always) static var eightOffsets: SIMD8<Int32> { SIMD8(0, 1, 2, 3, 4, 5, 6, 7) }

  /// A source blank of any kind; plain scalars (most) answer with a comparison or two, the rest go through fold.
  @inline(__always) static func isBlank(_ v: UInt32) -> Bool {
    v == 0x20 || v == 0x3000 || (!isPlain(v) && fold(v) == 0x3000)
  }

  /// Folds one source character: nil drops it, 0x3000 marks a blank of any kind.
  @inline(__always) static func fold(_ v: UInt32) -> UInt32? {
    if isPlain(v) { return v }
    switch v {
    case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return nil  // zero-width and soft hyphen
    case 0x09, 0xA0, 0x2002, 0x2003, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000: return 0x3000  // blanks
    case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return v - 0xFEE0  // full-width digits, letters
    case 0xFF05: return 0x25  // ％
    case 0xFF0B: return 0x2B  // ＋
    default:
      if v < 0x20 || (v >= 0x7F && v < 0xA0) { return nil }
      return v
    }
  }

  /// Trims one source line, folds its characters, blanks and punctuation width, leaves debris out, and writes
  /// it at `w` as one line, or as several paragraphs when `layout` says it lost its line breaks.
  private func cleanLine(
    _ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int,
    _ out: UnsafeMutableBufferPointer<UInt32>, _ outO: UnsafeMutableBufferPointer<Int32>, _ w: inout Int,
    breakOffset: Int32, lines: inout [Line], found: inout [Found], layout: ParagraphCues.Layout?, window: inout Scalars
  ) {
    // Two copies of one loop: ordinary lines never pay for the bookkeeping of a rebuild.
    if let layout {
      var paragraphs = RebuiltParagraphs(start: w, layout: layout)
      cleanLine(s, start, end, out, outO, &w, breakOffset: breakOffset, lines: &lines, found: &found, &paragraphs, &window)
      if paragraphs.made > 1 { found.append(Found(id: .layoutRebuilt, at: paragraphs.first, count: paragraphs.made)) }
    } else {
      var paragraphs = OneParagraph(start: w)
      cleanLine(s, start, end, out, outO, &w, breakOffset: breakOffset, lines: &lines, found: &found, &paragraphs, &window)
    }
  }

  /// The loop of `cleanLine`, with the paragraphs the line becomes: one, or those a rebuild cuts. Inlined into
  /// both callers, so each copy is specialised and `fold` inlined into it.
  @inline(__always)
  private func cleanLine<P: LineParagraphs>(
    _ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int,
    _ out: UnsafeMutableBufferPointer<UInt32>, _ outO: UnsafeMutableBufferPointer<Int32>, _ written: inout Int,
    breakOffset: Int32, lines: inout [Line], found: inout [Found], _ paragraphs: inout P, _ window: inout Scalars
  ) {
    // A local copy: stores through `out` could alias an inout Int, which would then be reloaded per scalar.
    var w = written
    defer { written = w }
    var pendingBlank = -1  // source offset of a blank run waiting for its right neighbour
    var blanks = 0  // the blanks of that run, debris inside it left out
    var letterSpaced: [Int] = []
    var nextSpaced = 0  // letterSpaced is sorted and blanks come in order: one cursor keeps this linear
    var checkedLetterSpacing = false
    var i = start
    while i < end {
      // Most scalars are Han or CJK punctuation: a line that is not rebuilt copies them as they are until a blank,
      // a scalar that may start debris, or anything else that asks for more.
      if !P.rebuilds && pendingBlank < 0 {
        copying: while true {
          // Eight at a time while all eight are of the common kinds (`eightCopyAsIs`): w never passes i, so
          // the eight fit the buffer.
          while i &+ 8 <= end {
            let v = UnsafeRawPointer(s.baseAddress! + i).loadUnaligned(as: SIMD8<UInt32>.self)
            guard Normalizer.eightCopyAsIs(v) else { break }
            UnsafeMutableRawPointer(out.baseAddress! + w).storeBytes(of: v, as: SIMD8<UInt32>.self)
            UnsafeMutableRawPointer(outO.baseAddress! + w).storeBytes(
              of: Normalizer.eightOffsets &+ SIMD8(repeating: Int32(truncatingIfNeeded: i)), as: SIMD8<Int32>.self)
            w &+= 8
            i &+= 8
          }
          // The eight that stopped it (or the line's last few), one at a time, then eight at a time again.
          let stop = min(end, i &+ 8)
          while i < stop {
            let v = s[i]
            guard Normalizer.copiesAsIs(v) else { break copying }
            out[w] = v
            outO[w] = Int32(i)
            w &+= 1
            i &+= 1
          }
          if i == end { break }
        }
        if i == end { break }
      }
      // Most other scalars are ASCII and fold to themselves: test that here, call `fold` for the rest.
      let v = s[i]
      let c: UInt32
      if Normalizer.isPlain(v) {
        c = v
      } else if let f = Normalizer.fold(v) {
        c = f
      } else {
        i += 1
        continue
      }
      if c == 0x3000 || c == 0x20 {
        if pendingBlank < 0 && w > paragraphs.start { pendingBlank = i }  // leading blanks are trimmed
        if P.rebuilds, pendingBlank >= 0 { blanks += 1 }
        i += 1
        continue
      }
      // Debris leaves the text as if it had never been there: a blank run before it stays pending.
      if PageDebris.mayStart(c), let d = debris.match(s, at: i, end: end),
        d.kind != .sourceCredit || pendingBlank >= 0 || w == paragraphs.start
          || OpenParagraph.endsSentence(out, paragraphs.start, w)
      {
        found.append(Found(id: .debrisRemoved, at: w, text: Normalizer.trimmed(s, i, d.end)))
        i = d.end
        continue
      }
      var spaced = false  // the blank run is letter spacing (「政 府 工 作 报 告」): it closes up, never breaks
      if pendingBlank >= 0 {
        if !checkedLetterSpacing {
          letterSpaced = letterSpacedBlanks(s, start, end)
          checkedLetterSpacing = true
        }
        while nextSpaced < letterSpaced.count && letterSpaced[nextSpaced] < pendingBlank { nextSpaced += 1 }
        spaced = nextSpaced < letterSpaced.count && letterSpaced[nextSpaced] == pendingBlank
      }
      if P.rebuilds {
        if w > paragraphs.start, !spaced,
          paragraphs.cuts(self, s, i, end, out, w, blankRun: pendingBlank >= 0 ? blanks : 0, &window)
        {
          lines.append(Line(range: paragraphs.start..<w, breakOffset: Int32(pendingBlank >= 0 ? pendingBlank : i), rebuilt: true))
          paragraphs.begin(at: w)
          pendingBlank = -1
        }
        blanks = 0
      }
      let prev: UInt32 = w > paragraphs.start ? out[w - 1] : 0
      if pendingBlank >= 0 {
        if !(spaced || dropsSpace(prev, c)) {
          out[w] = 0x20
          outO[w] = Int32(pendingBlank)
          w += 1
        }
        pendingBlank = -1
      }
      var folded = c
      // Only the punctuation `foldPunctuation` judges looks at its neighbours: digits and letters need not.
      if Normalizer.foldsByNeighbours(c) {
        var next: UInt32 = 0
        var j = i + 1
        while j < end {
          if let f = Normalizer.fold(s[j]) {
            next = f
            break
          }
          j += 1
        }
        folded = foldPunctuation(c, prev: w > paragraphs.start ? out[w - 1] : 0, next: next)
      }
      out[w] = folded
      outO[w] = Int32(i)
      w += 1
      if P.rebuilds { paragraphs.wrote(folded) }
      i += 1
    }
    if w > paragraphs.start { lines.append(Line(range: paragraphs.start..<w, breakOffset: breakOffset)) }
  }

  /// Whether a paragraph starts at source offset `i` of a line that lost its line breaks, after a blank run of
  /// `run` blanks (0: none; debris inside the run does not count). After a blank run:
  /// before a marker or an opening word, after a sentence end, after a line of its own (a heading, a title, a
  /// salutation). With no white space in the line: before a marker after a sentence end, and after the sentence
  /// end that closes a group of `ParagraphCues.sentenceGroup` scalars.
  fileprivate func cutsBefore(
    _ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ end: Int, _ out: UnsafeMutableBufferPointer<UInt32>, _ w: Int,
    _ para: OpenParagraph, blankRun run: Int, _ layout: ParagraphCues.Layout, _ window: inout Scalars
  ) -> Bool {
    // Asked at every scalar of the line: the common answers (no blank before it, or no sentence end) come first.
    if run == 0 && layout != .joined { return false }
    let afterSentence = OpenParagraph.endsSentence(out, para.start, w)
    if run == 0 && !afterSentence { return false }
    // A blank before closing punctuation (「来源 ：」, 「增长 ，」) is layout inside a line, never a break.
    if let c = Normalizer.fold(s[i]), ParagraphCues.closesOrJoins(c) { return false }
    if run > 0 {
      if case .whiteSpace(let separator) = layout, run < separator { return false }
      if cues.opening(s, at: i, end: end, window: &window) != nil || afterSentence { return true }
      let year = ParagraphCues.yearFollows(s, at: i, end: end)
      return para.isWholeLine(out, w, next: Normalizer.fold(s[i]) ?? 0, yearFollows: year, run: run, cues: cues, &window)
    }
    guard !ParagraphCues.isCloser(s[i]) else { return false }
    if w - para.start >= ParagraphCues.sentenceGroup { return true }
    if let o = cues.opening(s, at: i, end: end, window: &window) { return o != .ordinal }
    return false
  }

  @inline(__always) private func isBlankOrSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x3000 }

  /// Spaces between Chinese and digits/Latin are layout (PDF, web), not content: 「2024 年」 is 「2024年」.
  private func dropsSpace(_ l: UInt32, _ r: UInt32) -> Bool {
    if l == 0 || r == 0 { return true }
    if Scalar.isCJKPunctuation(l) || Scalar.isCJKPunctuation(r) { return true }
    let lAlnum = Scalar.isDigit(l) || Scalar.isASCIILetter(l) || l == 0x25 || l == 0x2E
    let rAlnum = Scalar.isDigit(r) || Scalar.isASCIILetter(r) || r == 0x25
    if (Scalar.isHan(l) && rAlnum) || (lAlnum && Scalar.isHan(r)) { return true }
    return false
  }

  /// Source positions of the first blank of each gap inside letter-spaced runs: three or more single Han
  /// characters each followed by a blank (「政 府 工 作 报 告」). Two-character names spaced for alignment (李　强)
  /// stay as they are.
  private func letterSpacedBlanks(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> [Int] {
    @inline(__always) func blank(_ k: Int) -> Bool { Normalizer.isBlank(s[k]) }
    var result: [Int] = []
    var i = a
    while i < b {
      guard Scalar.isHan(s[i]), i == a || blank(i - 1) || (!Normalizer.isPlain(s[i - 1]) && Normalizer.fold(s[i - 1]) == nil) else {
        i += 1
        continue
      }
      var singles = 1
      var gaps: [Int] = []
      var j = i + 1
      while j < b && blank(j) {
        var k = j
        while k < b && blank(k) { k += 1 }
        guard k - j <= 3, k < b, Scalar.isHan(s[k]), k + 1 == b || blank(k + 1) else { break }
        gaps.append(j)
        singles += 1
        j = k + 1
      }
      if singles >= 3 { result += gaps }
      i = max(j, i + 1)
    }
    return result
  }

  /// Whether `foldPunctuation` may change `c`: , : ; ( ) ? ! and ．.
  @inline(__always) static func foldsByNeighbours(_ c: UInt32) -> Bool {
    c == 0x2C || c == 0x3A || c == 0x3B || c == 0x28 || c == 0x29 || c == 0x3F || c == 0x21 || c == 0xFF0E
  }

  /// ASCII punctuation typed where full-width is meant, judged by its neighbours.
  private func foldPunctuation(_ c: UInt32, prev: UInt32, next: UInt32) -> UInt32 {
    switch c {
    case 0x2C:  // ,
      return Scalar.isDigit(prev) && Scalar.isDigit(next) ? c : 0xFF0C
    case 0x3A:  // :
      return Scalar.isDigit(prev) && Scalar.isDigit(next) ? c : 0xFF1A
    case 0x3B:  // ;
      return 0xFF1B
    case 0x28:  // (
      return Scalar.isASCIILetter(prev) && Scalar.isASCIILetter(next) ? c : 0xFF08
    case 0x29:  // )
      return Scalar.isASCIILetter(prev) && (Scalar.isASCIILetter(next) || next == 0) ? c : 0xFF09
    case 0x3F:  // ?
      return Scalar.isHan(prev) || Scalar.isCJKPunctuation(prev) ? 0xFF1F : c
    case 0x21:  // !
      return Scalar.isHan(prev) || Scalar.isCJKPunctuation(prev) ? 0xFF01 : c
    case 0xFF0E:  // ． after a digit is a decimal point or the 1． marker
      return Scalar.isDigit(prev) ? 0x2E : c
    default:
      return c
    }
  }

  /// Why the paragraph `out[start...]` joins the next line `b`: a split marker or a page break; nil when it
  /// does not. `holdsFullStop` says whether the paragraph holds a 。 so far.
  ///
  /// `out` is borrowed, and the slice of it lives only inside this call: a slice still alive when the caller
  /// appends to `out` would make the append copy the whole text, once per joined line (quadratic in a
  /// hard-wrapped text, a hang on 160,000 lines that are only 「一、」).
  private func join(_ out: Scalars, from start: Int, holdsFullStop: Bool, next b: ArraySlice<UInt32>) -> DiagnosticID? {
    let a = out[start..<out.count]
    if isSplitMarker(a, b) { return .markerJoined }
    if isPageBreakSplit(a, b, holdsFullStop: holdsFullStop) { return .pageBreakJoined }
    return nil
  }

  /// A marker broken over two lines: 「（」 then 「三）…」, or 「一、」 alone before its heading.
  private func isSplitMarker(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Bool {
    guard a.count <= 5, !b.isEmpty else { return false }
    let markerChars: Set<UInt32> = [0xFF08, 0xFF09, 0x3001, 0x2E, 0xFF0E, 0x5341]
    guard a.allSatisfy({ markerChars.contains($0) || Scalar.isDigit($0) || (Scalar.chineseDigit($0) != nil && $0 != 0x4E24) })
    else { return false }
    let joined = Array(a) + Array(b.prefix(8))
    guard let m = MarkerReader.lineMarker(joined, at: 0, end: joined.count) else { return false }
    return m.length >= a.count && m.style.isLineMarker
  }

  /// A paragraph cut by a page break: a long line that stops without punctuation, continued by a line that
  /// does not open with a marker.
  private func isPageBreakSplit(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, holdsFullStop: Bool) -> Bool {
    guard a.count >= 40, let last = a.last, let first = b.first else { return false }
    let endsOpen = Scalar.isHan(last) || Scalar.isDigit(last) || Scalar.isASCIILetter(last) || last == 0xFF0C || last == 0x3001
    guard endsOpen else { return false }
    // A long title is complete where it names its kind: 「…关于印发…行动计划（2021—2023年）的通知」.
    if cues.titleEndings.contains(where: { a.count > $0.count && a.suffix($0.count).elementsEqual($0) }) { return false }
    // A marker line without a full stop is a heading (「（一）大力推进…，加快发展新质生产力」), complete as it is.
    if MarkerReader.lineMarker(Array(a.prefix(8)), at: 0, end: min(8, a.count)) != nil && !holdsFullStop { return false }
    if MarkerReader.lineMarker(Array(b.prefix(8)), at: 0, end: min(8, b.count)) != nil { return false }
    let startsOpen = Scalar.isHan(first) || first == 0xFF0C || first == 0x3001 || first == 0x3002 || Scalar.isDigit(first)
    if !startsOpen { return false }
    // 「2025年工作安排」: a short unpunctuated line after the break is a heading, not the tail of a sentence.
    if b.count <= 30 && !b.contains(where: { $0 == 0x3002 || $0 == 0xFF0C || $0 == 0xFF1B }) { return false }
    return true
  }
}

/// The paragraphs one source line becomes while it is cleaned.
private protocol LineParagraphs {
  /// Whether the line may be cut: false lets the compiler drop the rebuild from the loop.
  static var rebuilds: Bool { get }
  /// Buffer offset where the paragraph being written starts.
  var start: Int { get }
  /// Whether a paragraph starts at source offset `i`, after a blank run of `blankRun` blanks.
  mutating func cuts(
    _ n: Normalizer, _ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ end: Int, _ out: UnsafeMutableBufferPointer<UInt32>,
    _ w: Int, blankRun: Int, _ window: inout Scalars) -> Bool
  /// A paragraph starts at buffer offset `w`.
  mutating func begin(at w: Int)
  /// A scalar was written to the paragraph.
  mutating func wrote(_ c: UInt32)
}

/// An ordinary line: one paragraph.
private struct OneParagraph: LineParagraphs {
  static var rebuilds: Bool { false }
  let start: Int
  init(start: Int) { self.start = start }
  func cuts(
    _ n: Normalizer, _ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ end: Int, _ out: UnsafeMutableBufferPointer<UInt32>,
    _ w: Int, blankRun: Int, _ window: inout Scalars
  ) -> Bool { false }
  func begin(at w: Int) {}
  func wrote(_ c: UInt32) {}
}

/// A line that lost its line breaks: the paragraphs its layout cues cut it into.
private struct RebuiltParagraphs: LineParagraphs {
  static var rebuilds: Bool { true }
  let layout: ParagraphCues.Layout
  /// No white space separates the paragraphs: cuts may come without a blank run.
  let joined: Bool
  var para: OpenParagraph
  /// Where the first paragraph starts, and how many paragraphs were begun.
  let first: Int
  var made = 1
  var start: Int { para.start }

  init(start: Int, layout: ParagraphCues.Layout) {
    self.layout = layout
    joined = layout == .joined
    para = OpenParagraph(start: start)
    first = start
  }

  @inline(__always) mutating func cuts(
    _ n: Normalizer, _ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ end: Int, _ out: UnsafeMutableBufferPointer<UInt32>,
    _ w: Int, blankRun: Int, _ window: inout Scalars
  ) -> Bool {
    // Asked at every scalar: with white space between paragraphs, only a blank run can end one.
    if blankRun == 0 && !joined { return false }
    return n.cutsBefore(s, i, end, out, w, para, blankRun: blankRun, layout, &window)
  }

  mutating func begin(at w: Int) {
    made += 1
    para = OpenParagraph(start: w)
  }

  mutating func wrote(_ c: UInt32) { para.wrote(c) }
}
