/// Maps a document offset back to a line and column of the decoded source, for diagnostics.
public struct SourceLocator: Hashable, Sendable {
  private var sourceOffsets: [Int32]
  /// For each source line after the first: the offset just past the break that opens it (its CR or LF) and
  /// the offset of its first column (past the LF too for a CRLF, whose LF belongs to no column). Per line,
  /// not per character: a locator no longer keeps the decoded source alive (4 bytes a character of a large
  /// document, through the whole extraction).
  private var breakEnds: [Int32]
  private var lineStarts: [Int32]
  /// The source's length: offsets past it are located at its end.
  private var sourceCount: Int

  /// Reads the line breaks of the decoded `source` and keeps, for each scalar of the normalised text, the
  /// source offset it came from.
  public init(source: Scalars, sourceOffsets: [Int32]) {
    self.sourceOffsets = sourceOffsets
    sourceCount = source.count
    var ends: [Int32] = []
    var starts: [Int32] = []
    source.withUnsafeBufferPointer { s in
      var k = 0
      while k < s.count {
        // Only LF (U+000A) and CR (U+000D) end a line here: skip what lies above them, eight scalars a step.
        k = s.firstOffset(atMost: 0x0D, from: k, to: s.count)
        guard k < s.count else { break }
        let u = s[k]
        if u == 0x0A || u == 0x0D {
          // LF, CR and CRLF each end a line; the LF of a CRLF stands at the new line's column 1, as does the
          // scalar after it.
          let crlf = u == 0x0D && k + 1 < s.count && s[k + 1] == 0x0A
          ends.append(Int32(k + 1))
          starts.append(Int32(crlf ? k + 2 : k + 1))
          k += crlf ? 2 : 1
        } else {
          k += 1
        }
      }
    }
    breakEnds = ends
    lineStarts = starts
  }

  /// This locator's lines with the offset map of a normalised text.
  func withSourceOffsets(_ offsets: [Int32]) -> SourceLocator {
    var copy = self
    copy.sourceOffsets = offsets
    return copy
  }

  /// Empty locator (every offset is line 1).
  public init() {
    sourceOffsets = []
    breakEnds = []
    lineStarts = []
    sourceCount = 0
  }

  /// 1-based line and column in the source of the scalar at `fileOffset` of the normalised text.
  public func location(ofFileOffset fileOffset: Int) -> (line: Int, column: Int) {
    locations(ofFileOffsets: [fileOffset])[0]
  }

  /// Lines and columns for many offsets (diagnostics of a whole file); O(log lines) each.
  public func locations(ofFileOffsets offsets: [Int]) -> [(line: Int, column: Int)] {
    guard !sourceOffsets.isEmpty else { return offsets.map { _ in (1, 1) } }
    return offsets.map { offset in
      let t = min(Int(sourceOffsets[max(0, min(offset, sourceOffsets.count - 1))]), sourceCount)
      // The last line whose break ends at or before t (line 1 when none).
      var lo = 0
      var hi = breakEnds.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if Int(breakEnds[mid]) <= t { lo = mid + 1 } else { hi = mid }
      }
      guard lo > 0 else { return (1, t + 1) }
      return (lo + 1, max(0, t - Int(lineStarts[lo - 1])) + 1)
    }
  }
}
