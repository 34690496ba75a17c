// reportkit-bench: throughput of each pipeline stage over a folder of reports, on one thread.
//
//   swift run -c release reportkit-bench ../shared/corpus-external [--repeat 7] [--large MCHARS]
//
// Reports chars/s (Unicode scalars of decoded text) per stage for plain-text reports, and MB/s of input
// for the ingest of HTML, DOCX and PDF files. Each figure is timed --repeat times (at least 7 by default) and
// printed as the median, then the best run. Then the fixed cost of a run (the `reportkit` binary next to this
// one, on a two-line file, as a whole process) and the memory of one large document built from the corpus
// texts (--large M characters, default 20; 0 skips it): peak RSS over the RSS before it, per character.
import Foundation
import ReportKit

var folders: [String] = []
var repeats = 7
var largeChars = 20_000_000
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
  if a == "--repeat", let n = args.popFirst().flatMap(Int.init) {
    repeats = max(1, n)
  } else if a == "--large", let n = args.popFirst().flatMap(Double.init) {
    largeChars = Int(n * 1e6)
  } else {
    folders.append(a)
  }
}
if folders.isEmpty {
  FileHandle.standardError.write(Data("usage: reportkit-bench FOLDER... [--repeat N] [--large MCHARS]\n".utf8))
  exit(2)
}

var files: [(path: String, data: Data)] = []
for folder in folders {
  guard let e = FileManager.default.enumerator(atPath: folder) else { continue }
  for case let rel as String in e {
    let path = (folder as NSString).appendingPathComponent(rel)
    let ext = (rel as NSString).pathExtension.lowercased()
    guard ["txt", "html", "htm", "docx", "pdf"].contains(ext), let d = FileManager.default.contents(atPath: path) else { continue }
    files.append((path, d))
  }
}
files.sort { $0.path < $1.path }

/// Median and best of the timed runs, in seconds.
struct Timing {
  var median: Double
  var best: Double
  static func + (a: Timing, b: Timing) -> Timing { Timing(median: a.median + b.median, best: a.best + b.best) }
}

/// Times `body` --repeat times: the median is the figure to quote, the best shows how noisy the machine was.
@MainActor func timed(_ body: () -> Void) -> Timing {
  var runs: [Double] = []
  for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  runs.sort()
  let mid = runs.count / 2
  let median = runs.count % 2 == 1 ? runs[mid] : (runs[mid - 1] + runs[mid]) / 2
  return Timing(median: median, best: runs[0])
}

let ingestor = Ingestor()
let texts = files.filter { $0.path.hasSuffix(".txt") }
var sources: [SourceText] = []
for f in texts {
  if let s = try? ingestor.read(data: f.data, path: f.path) { sources.append(s) }
}
let chars = sources.reduce(0) { $0 + $1.scalars.count }
let bytes = texts.reduce(0) { $0 + $1.data.count }
print("corpus: \(folders.joined(separator: " ")) — \(sources.count) text reports, \(chars) chars, \(bytes) bytes; median and best of \(repeats)")
print("stage".padding(toLength: 30, withPad: " ", startingAt: 0) + "  median s  M chars/s    best s  M chars/s")

@MainActor func line(_ name: String, _ t: Timing) {
  let padded = name.padding(toLength: 30, withPad: " ", startingAt: 0)
  print(padded + String(format: "%10.4f %10.2f %9.4f %10.2f", t.median, Double(chars) / t.median / 1e6, t.best, Double(chars) / t.best / 1e6))
}

let tDecode = timed { for f in texts { _ = try? ingestor.read(data: f.data, path: f.path) } }
line("  ingest (decode)", tDecode)
var normalized: [NormalizedText] = []
let tNorm = timed { normalized = sources.map { Normalizer().normalize(scalars: $0.scalars) } }
line("  normalise", tNorm)
let pipeline = Pipeline()
var documents: [[Document]] = []
let tSeg = timed { documents = normalized.map { pipeline.outline($0) } }
line("  split + year + segment", tSeg)
line("  ingest + normalise + segment", tDecode + tNorm + tSeg)
let extractor = Extractor(rules: .builtin)
var extracted = documents
let tExtract = timed {
  extracted = documents
  for k in extracted.indices {
    for j in extracted[k].indices { extractor.extract(&extracted[k][j]) }
  }
}
line("  extract (figures, deadlines…)", tExtract)
let reports = zip(sources, extracted).map { Report(source: $0.info, documents: $1) }
let tJSON = timed { for r in reports { _ = ReportJSON.encode(r) } }
line("  JSON", tJSON)
// For profilers: REPORTKIT_BENCH_PROFILE=full spins on the whole pipeline.
if ProcessInfo.processInfo.environment["REPORTKIT_BENCH_PROFILE"] == "full" {
  for _ in 0..<100 {
    for f in texts {
      if let r = try? pipeline.extract(data: f.data, path: f.path) { _ = ReportJSON.encode(r) }
    }
  }
}
line("  sum of the stages", tDecode + tNorm + tSeg + tExtract + tJSON)
let tFull = timed {
  for f in texts {
    if let r = try? pipeline.extract(data: f.data, path: f.path) { _ = ReportJSON.encode(r) }
  }
}
line("  full extract to JSON, one go", tFull)

for (format, exts) in [("html", ["html", "htm"]), ("docx", ["docx"]), ("pdf", ["pdf"])] {
  let group = files.filter { exts.contains(($0.path as NSString).pathExtension.lowercased()) }
  guard !group.isEmpty else { continue }
  let size = group.reduce(0) { $0 + $1.data.count }
  var failures = 0
  let t = timed {
    failures = 0
    for f in group where (try? ingestor.read(data: f.data, path: f.path)) == nil { failures += 1 }
  }
  let padded = "  ingest \(format)".padding(toLength: 30, withPad: " ", startingAt: 0)
  print(padded + String(format: "%10.4f %10.2f %9.4f %10.2f MB/s of input (%d files, %d failed)", t.median, Double(size) / t.median / 1e6,
    t.best, Double(size) / t.best / 1e6, group.count, failures))
}

// The differ on the national 2024 and 2025 reports, both already read (ingest is timed above).
let nationalPair = ["2024", "2025"].compactMap { year in files.first { $0.path.hasSuffix("national/china/\(year).txt") } }
if nationalPair.count == 2, let a = try? pipeline.extract(data: nationalPair[0].data, path: nationalPair[0].path),
  let b = try? pipeline.extract(data: nationalPair[1].data, path: nationalPair[1].path)
{
  let differ = Differ()
  var changes = 0
  let t = timed { changes = differ.diff(a, b)?.changes.count ?? 0 }
  let size = a.documents.reduce(0) { $0 + $1.scalars.count } + b.documents.reduce(0) { $0 + $1.scalars.count }
  let padded = "  diff national 2024/2025".padding(toLength: 30, withPad: " ", startingAt: 0)
  print(padded + String(format: "%10.4f %10.2f %9.4f %10.2f (%d changes)", t.median, Double(size) / t.median / 1e6, t.best,
    Double(size) / t.best / 1e6, changes))
}

// The checker on the national 2025 plan against the 2026 review, from the bytes: ingest and extraction of both
// documents, then the check (issue: under 0.2 s).
let checkPair = ["2025", "2026"].compactMap { year in files.first { $0.path.hasSuffix("national/china/\(year).txt") } }
if checkPair.count == 2 {
  let checker = Checker()
  var items = 0
  let t = timed {
    guard let a = try? pipeline.extract(data: checkPair[0].data, path: checkPair[0].path),
      let b = try? pipeline.extract(data: checkPair[1].data, path: checkPair[1].path)
    else { return }
    items = checker.check(plan: a, progress: [b]).items.count
  }
  let padded = "  check national 2025/2026".padding(toLength: 30, withPad: " ", startingAt: 0)
  // No rate for these rows: blank columns (a Swift String is no `%s` argument on Linux).
  let blank = String(repeating: " ", count: 10)
  print(padded + String(format: "%10.4f ", t.median) + blank + String(format: " %9.4f ", t.best) + blank + " (both read, \(items) items)")
}

// The fixed cost of a run: `reportkit extract` as a whole process on a two-line file (start-up, rule loading,
// argument parsing, output), when the binary sits next to this one (both are built by `swift build`).
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
  .appendingPathComponent("reportkit").path
if FileManager.default.isExecutableFile(atPath: binary) {
  let tiny = NSTemporaryDirectory() + "reportkit-bench-\(getpid()).txt"
  try? Data("2024年工作安排\n今年经济增长5%左右。\n".utf8).write(to: URL(fileURLWithPath: tiny))
  defer { try? FileManager.default.removeItem(atPath: tiny) }
  // posix_spawn and waitpid: Foundation's Process adds milliseconds of its own (a run-loop thread) per run.
  let words: [String] = [binary, "extract", tiny, "--format", "json", "--quiet"]
  let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let t = timed {
    var pid: pid_t = 0
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
  }
  let padded = "fixed cost (two-line file)".padding(toLength: 30, withPad: " ", startingAt: 0)
  let blank = String(repeating: " ", count: 10)
  print(padded + String(format: "%10.4f ", t.median) + blank + String(format: " %9.4f ", t.best) + blank + " (whole process, wall)")
}

/// Resident memory now, from /proc/self/statm (Linux), in bytes; 0 elsewhere.
func residentBytes() -> Int {
  guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
  let fields = s.split(separator: " ")
  return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}

/// The largest resident memory the process has had, in bytes.
func peakResidentBytes() -> Int {
  var u = rusage()
  getrusage(Int32(RUSAGE_SELF.rawValue), &u)
  return u.ru_maxrss * 1024
}

// Memory of one large document: the longest text report with its body repeated until --large characters (one
// document, as the article splitter sees it), run once through the whole extraction to JSON as `reportkit
// extract` runs it (the input's bytes let go before normalising, the JSON streamed). The figure is the peak RSS
// above what the process held before, per character of text; the peak is the process's, so this comes last.
if largeChars > 0, let longest = texts.max(by: { $0.data.count < $1.data.count }), longest.data.count > 1000 {
  let before = residentBytes()
  let lines = String(decoding: longest.data, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
  let head = lines.prefix(10).joined(separator: "\n") + "\n"
  let body = lines.dropFirst(10).filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n") + "\n"
  let bodyChars = body.unicodeScalars.count
  var data = Data(capacity: largeChars * 3 + 4096)
  data.append(contentsOf: Array(head.utf8))
  var n = head.unicodeScalars.count
  let bodyBytes = Array(body.utf8)
  while n < largeChars {
    data.append(contentsOf: bodyBytes)
    n += bodyChars
  }
  let start = DispatchTime.now().uptimeNanoseconds
  // As `reportkit extract` runs: the input's bytes go before normalising, and the JSON is streamed out.
  var jsonBytes = 0
  let read = try? ingestor.read(data: data, path: "large.txt")
  data = Data()
  if let s = consume read {
    let r = pipeline.process(consume s)
    ReportJSON.write(r) { jsonBytes += $0.count }
  }
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  let peak = peakResidentBytes()
  let padded = "large document".padding(toLength: 30, withPad: " ", startingAt: 0)
  print(padded + String(format: "%10.4f %10.2f  (once; %d chars, %d bytes of JSON; RSS %.1f bytes/char above the %d MB before)",
    seconds, Double(n) / seconds / 1e6, n, jsonBytes, Double(peak - before) / Double(n), before >> 20))
}
