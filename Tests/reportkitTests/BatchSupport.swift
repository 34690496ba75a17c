import Foundation
import Testing

/// The external corpus (`$REPORTKIT_EXTERNAL_CORPUS` or `../shared/corpus-external`), nil when absent.
let externalCorpus: URL? = {
  if let env = ProcessInfo.processInfo.environment["REPORTKIT_EXTERNAL_CORPUS"], !env.isEmpty {
    return FileManager.default.fileExists(atPath: env) ? URL(fileURLWithPath: env) : nil
  }
  let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus-external")
  return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

/// Skips a suite that needs the real reports.
let needsCorpus = ConditionTrait.enabled(
  if: externalCorpus != nil, "../shared/corpus-external not found (set REPORTKIT_EXTERNAL_CORPUS)")

/// A temporary folder, removed when the value goes.
final class TemporaryFolder: @unchecked Sendable {  // immutable after init
  let url: URL
  init(_ name: String = "rk-batch") {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  func path(_ rel: String) -> String { url.appendingPathComponent(rel).path }
  deinit { try? FileManager.default.removeItem(at: url) }
}

/// An archive in `folder/in`: the corpus's `<level>/<region>/<file>` reports of the given extensions.
/// Returns the archive paths of the good files, sorted.
@discardableResult
func makeArchive(in folder: TemporaryFolder, extensions: Set<String> = ["txt", "docx", "pdf", "html"], limit: Int = .max) throws -> [String] {
  let corpus = try #require(externalCorpus)
  let fm = FileManager.default
  var good: [String] = []
  let e = try #require(fm.enumerator(atPath: corpus.path))
  var rels: [String] = []
  for case let rel as String in e where rel.split(separator: "/").count == 3 && extensions.contains((rel as NSString).pathExtension) {
    rels.append(rel)
  }
  for rel in rels.sorted().prefix(limit) {
    let dst = folder.url.appendingPathComponent("in").appendingPathComponent(rel)
    try fm.createDirectory(at: dst.deletingLastPathComponent(), withIntermediateDirectories: true)
    try fm.copyItem(at: corpus.appendingPathComponent(rel), to: dst)
    good.append(rel)
  }
  return good
}

/// Adds the broken inputs every batch must report: random bytes, an empty file, a fake .docx, a link loop.
/// Returns their archive paths with the failure kind each must get.
func addBrokenFiles(to folder: TemporaryFolder) throws -> [String: String] {
  let root = folder.url.appendingPathComponent("in")
  var rng = SystemRandomNumberGenerator()
  try Data((0..<5000).map { _ in UInt8.random(in: 0...255, using: &rng) }).write(to: root.appendingPathComponent("noise.txt"))
  try Data().write(to: root.appendingPathComponent("empty.txt"))
  try Data("PK\u{03}\u{04}junk".utf8).write(to: root.appendingPathComponent("fake.docx"))
  try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop").path, withDestinationPath: ".")
  return ["noise.txt": "binary", "empty.txt": "empty", "fake.docx": "damaged", "loop": "unreadable"]
}

/// The JSON lines of a file (or of bytes), each parsed.
func jsonLines(_ data: Data) throws -> [[String: Any]] {
  try data.split(separator: UInt8(ascii: "\n")).map { try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]) }
}

/// Every regular file under `dir`, relative to it (hidden ones included), sorted.
func files(under dir: String) -> [String] {
  guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
  var out: [String] = []
  for case let rel as String in e {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent(rel), isDirectory: &isDir), !isDir.boolValue {
      out.append(rel)
    }
  }
  return out.sorted()
}

/// Starts `reportkit` without waiting, for tests that interrupt it.
func startReportKit(_ args: [String], cwd: URL) throws -> Process {
  let bin = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("reportkit")
  let p = Process()
  p.executableURL = bin
  p.arguments = args
  p.currentDirectoryURL = cwd
  p.standardOutput = FileHandle.nullDevice
  p.standardError = FileHandle.nullDevice
  try p.run()
  return p
}

/// The path of the built `reportkit` binary.
var reportKitBinary: String {
  URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("reportkit").path
}

/// Runs `reportkit` with `input` on standard input.
func runReportKit(_ args: [String], cwd: URL, input: Data) throws -> (status: Int32, stdout: Data, stderr: String) {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: reportKitBinary)
  p.arguments = args
  p.currentDirectoryURL = cwd
  let i = Pipe()
  let o = Pipe()
  let e = Pipe()
  p.standardInput = i
  p.standardOutput = o
  p.standardError = e
  try p.run()
  // Write from another thread: the child may fill its stdout pipe before it has read all of stdin.
  let writer = Thread { i.fileHandleForWriting.write(input); try? i.fileHandleForWriting.close() }
  writer.start()
  let errData = ResultBox()
  let reader = Thread { errData.set(e.fileHandleForReading.readDataToEndOfFile()) }
  reader.start()
  let out = o.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  while !errData.done { usleep(1000) }
  return (p.terminationStatus, out, String(decoding: errData.value, as: UTF8.self))
}

/// A result handed from a reader thread.
final class ResultBox: @unchecked Sendable {  // every access goes through `lock`
  private let lock = NSLock()
  private var data = Data()
  private var finished = false
  func set(_ d: Data) { lock.lock(); data = d; finished = true; lock.unlock() }
  var done: Bool { lock.lock(); defer { lock.unlock() }; return finished }
  var value: Data { lock.lock(); defer { lock.unlock() }; return data }
}
