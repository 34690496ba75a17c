// reportkit-bench: throughput of each pipeline stage over a folder of reports, on one thread.
//
//   swift run -c release reportkit-bench ../shared/corpus-external [--repeat 5]
//
// Reports chars/s (Unicode scalars of decoded text) per stage for plain-text reports, and MB/s of input
// for the ingest of HTML, DOCX and PDF files. Each figure is the best of --repeat runs.
import Foundation
import ReportKit

var folders: [String] = []
var repeats = 5
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
  if a == "--repeat", let n = args.popFirst().flatMap(Int.init) { repeats = max(1, n) } else { folders.append(a) }
}
if folders.isEmpty {
  FileHandle.standardError.write(Data("usage: reportkit-bench FOLDER... [--repeat N]\n".utf8))
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

@MainActor func best(_ body: () -> Void) -> Double {
  var t = Double.infinity
  for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    t = min(t, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return t
}

let ingestor = Ingestor()
let texts = files.filter { $0.path.hasSuffix(".txt") }
var sources: [SourceText] = []
for f in texts {
  if let s = try? ingestor.read(data: f.data, path: f.path) { sources.append(s) }
}
let chars = sources.reduce(0) { $0 + $1.scalars.count }
let bytes = texts.reduce(0) { $0 + $1.data.count }
print("corpus: \(folders.joined(separator: " ")) — \(sources.count) text reports, \(chars) chars, \(bytes) bytes; best of \(repeats)")

@MainActor func line(_ name: String, _ seconds: Double) {
  let padded = name.padding(toLength: 30, withPad: " ", startingAt: 0)
  print(padded + String(format: "%8.3f s  %8.2f M chars/s", seconds, Double(chars) / seconds / 1e6))
}

let tDecode = best { for f in texts { _ = try? ingestor.read(data: f.data, path: f.path) } }
line("  ingest (decode)", tDecode)
var normalized: [NormalizedText] = []
let tNorm = best { normalized = sources.map { Normalizer().normalize(scalars: $0.scalars) } }
line("  normalise", tNorm)
let pipeline = Pipeline()
var documents: [[Document]] = []
let tSeg = best { documents = normalized.map { pipeline.outline($0) } }
line("  split + year + segment", tSeg)
line("  ingest + normalise + segment", tDecode + tNorm + tSeg)
let extractor = Extractor(rules: .builtin)
var extracted = documents
let tExtract = best {
  extracted = documents
  for k in extracted.indices {
    for j in extracted[k].indices { extractor.extract(&extracted[k][j]) }
  }
}
line("  extract (figures, deadlines…)", tExtract)
let reports = zip(sources, extracted).map { Report(source: $0.info, documents: $1) }
let tJSON = best { for r in reports { _ = ReportJSON.encode(r) } }
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
let tFull = best {
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
  let t = best {
    failures = 0
    for f in group where (try? ingestor.read(data: f.data, path: f.path)) == nil { failures += 1 }
  }
  let padded = "  ingest \(format)".padding(toLength: 30, withPad: " ", startingAt: 0)
  print(padded + String(format: "%8.3f s  %8.2f MB/s of input (%d files, %d failed)", t, Double(size) / t / 1e6, group.count, failures))
}

// The differ on the national 2024 and 2025 reports, both already read (ingest is timed above).
let nationalPair = ["2024", "2025"].compactMap { year in files.first { $0.path.hasSuffix("national/china/\(year).txt") } }
if nationalPair.count == 2, let a = try? pipeline.extract(data: nationalPair[0].data, path: nationalPair[0].path),
  let b = try? pipeline.extract(data: nationalPair[1].data, path: nationalPair[1].path)
{
  let differ = Differ()
  var changes = 0
  let t = best { changes = differ.diff(a, b)?.changes.count ?? 0 }
  let size = a.documents.reduce(0) { $0 + $1.scalars.count } + b.documents.reduce(0) { $0 + $1.scalars.count }
  let padded = "  diff national 2024/2025".padding(toLength: 30, withPad: " ", startingAt: 0)
  print(padded + String(format: "%8.3f s  %8.2f M chars/s (%d changes)", t, Double(size) / t / 1e6, changes))
}

// The checker on the national 2025 plan against the 2026 review, from the bytes: ingest and extraction of both
// documents, then the check (issue: under 0.2 s).
let checkPair = ["2025", "2026"].compactMap { year in files.first { $0.path.hasSuffix("national/china/\(year).txt") } }
if checkPair.count == 2 {
  let checker = Checker()
  var items = 0
  let t = best {
    guard let a = try? pipeline.extract(data: checkPair[0].data, path: checkPair[0].path),
      let b = try? pipeline.extract(data: checkPair[1].data, path: checkPair[1].path)
    else { return }
    items = checker.check(plan: a, progress: [b]).items.count
  }
  let padded = "  check national 2025/2026".padding(toLength: 30, withPad: " ", startingAt: 0)
  print(padded + String(format: "%8.3f s  (both read, %d items)", t, items))
}
