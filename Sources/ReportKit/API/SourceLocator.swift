/// Maps a document offset back to a line and column of the decoded source, for diagnostics.
public struct SourceLocator: Hashable, Sendable {
  private var sourceOffsets: [Int32]
  private var source: Scalars

  /// Keeps the decoded `source` and, for each scalar of the normalised text, the source offset it came from;
  /// lines are counted only when a diagnostic asks.
  public init(source: Scalars, sourceOffsets: [Int32]) {
    self.sourceOffsets = sourceOffsets
    self.source = source
  }

  /// Empty locator (every offset is line 1).
  public init() {
    sourceOffsets = []
    source = []
  }

  /// 1-based line and column in the source of the scalar at `fileOffset` of the normalised text.
  public func location(ofFileOffset fileOffset: Int) -> (line: Int, column: Int) {
    locations(ofFileOffsets: [fileOffset])[0]
  }

  /// Lines and columns for many offsets in one pass over the source (diagnostics of a whole file).
  public func locations(ofFileOffsets offsets: [Int]) -> [(line: Int, column: Int)] {
    guard !sourceOffsets.isEmpty else { return offsets.map { _ in (1, 1) } }
    let targets = offsets.map { Int(sourceOffsets[max(0, min($0, sourceOffsets.count - 1))]) }
    let order = targets.indices.sorted { targets[$0] < targets[$1] }
    var out = [(line: Int, column: Int)](repeating: (1, 1), count: offsets.count)
    var line = 1
    var column = 1
    var k = 0
    var lastCR = false
    var next = 0
    for u in source {
      while next < order.count && targets[order[next]] == k {
        out[order[next]] = (line, column)
        next += 1
      }
      if next == order.count { break }
      k += 1
      if u == 0x0A && lastCR {
        lastCR = false
        continue
      }
      if u == 0x0A || u == 0x0D {
        line += 1
        column = 1
      } else {
        column += 1
      }
      lastCR = u == 0x0D
    }
    while next < order.count {
      out[order[next]] = (line, column)
      next += 1
    }
    return out
  }
}
