import Foundation

/// Runs the built `reportkit` binary (it sits beside the test bundle), with `environment` added to this
/// process's, and collects its output.
func runReportKit(_ args: [String], cwd: URL? = nil, environment: [String: String] = [:]) throws -> (status: Int32, stdout: Data, stderr: String) {
  let bin = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("reportkit")
  let p = Process()
  p.executableURL = bin
  p.arguments = args
  if let cwd { p.currentDirectoryURL = cwd }
  if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
  let out = Pipe()
  let err = Pipe()
  p.standardOutput = out
  p.standardError = err
  try p.run()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return (p.terminationStatus, o, String(decoding: e, as: UTF8.self))
}

/// The repository root (the folder holding Package.swift).
let repositoryRoot: URL = {
  var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
  return url
}()
