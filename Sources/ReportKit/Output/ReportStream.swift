/// The formats `extract` writes reports in.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// The JSON of the contract: one object per input, an array of them for several inputs.
  case json
  /// One compact JSON object per document and line.
  case jsonl
  /// An indented tree for a terminal.
  case tree
  /// Markdown: headings for parts, lists for the nodes below, extractions under their nodes.
  case markdown

  /// The format an output file's extension names (`.json`, `.jsonl`/`.ndjson`, `.txt`/`.tree`, `.md`), if any.
  public init?(fileExtension ext: String) {
    switch ext.lowercased() {
    case "json": self = .json
    case "jsonl", "ndjson": self = .jsonl
    case "txt", "tree": self = .tree
    case "md", "markdown": self = .markdown
    default: return nil
    }
  }
}

/// Frames the reports of one run in one output: a JSON array when several inputs were given (a failed input
/// keeps its place as a failure record), one line per document for JSON Lines, the tree and Markdown blocks
/// of each input one after the other.
public struct ReportStream: Sendable {
  /// The format written.
  public let format: ReportFormat
  private let array: Bool
  private var written = 0

  /// Makes a stream for `inputs` inputs.
  public init(format: ReportFormat, inputs: Int) {
    self.format = format
    array = format == .json && inputs > 1
  }

  /// The bytes that open the output.
  public func begin() -> [UInt8] { array ? Array("[\n".utf8) : [] }

  /// The bytes of one report, with the separator before it.
  public mutating func add(_ report: Report) -> [UInt8] {
    defer { written += 1 }
    switch format {
    case .json:
      var bytes = ReportJSON.encode(report)
      if array { framed(&bytes) }
      return bytes
    case .jsonl:
      return ReportJSON.encodeLines(report)
    case .tree:
      return (written == 0 ? [] : [0x0A]) + Array(TreeWriter.render(report).utf8)
    case .markdown:
      return (written == 0 ? [] : [0x0A]) + Array(MarkdownWriter.render(report).utf8)
    }
  }

  /// Hands the bytes of `add(_:)` to `sink` as they are made: for JSON in chunks, so one large document's
  /// output is never held whole (the other formats are made whole, then handed over).
  public mutating func add(_ report: Report, to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
    guard format == .json else { return add(report).withUnsafeBufferPointer(sink) }
    defer { written += 1 }
    // As `framed`: a comma before all but the first element of an array, and no line break after any.
    if array && written > 0 { [UInt8]([0x2C, 0x0A]).withUnsafeBufferPointer(sink) }
    ReportJSON.write(report, to: sink)
    if !array { [UInt8]([0x0A]).withUnsafeBufferPointer(sink) }
  }

  /// The bytes that stand for an input that could not be read: a failure record in a JSON array; nothing in
  /// the other formats (the error goes to standard error).
  public mutating func add(_ failure: IngestError) -> [UInt8] {
    guard array else { return [] }
    defer { written += 1 }
    var bytes = ReportJSON.encodeFailure(failure)
    framed(&bytes)
    return bytes
  }

  /// The bytes that close the output.
  public func end() -> [UInt8] { array ? Array((written == 0 ? "]\n" : "\n]\n").utf8) : [] }

  /// An element of the array: its final line break dropped (the array writes its own), a comma before all but
  /// the first. In place: `Array + ArraySlice` copies byte by byte, a quarter of a 84-file run.
  private func framed(_ bytes: inout [UInt8]) {
    if bytes.last == 0x0A { bytes.removeLast() }
    if written > 0 { bytes.insert(contentsOf: [0x2C, 0x0A], at: 0) }
  }
}
