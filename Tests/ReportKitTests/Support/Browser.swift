import Foundation
import Testing

/// Headless Chromium for the tests that open an HTML page in a real browser (Debian packages `chromium` and the
/// CJK font `fonts-wqy-microhei`); those tests skip with a message when `path` is nil.
enum Browser {
  /// The Chromium binary, nil when none is installed.
  static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Why a browser test is skipped when no browser is found.
  static let missing: Comment = "no Chromium found (install the Debian package chromium)"

  /// What a run of the browser gave: its exit status and standard output.
  struct Run {
    /// The exit status.
    var status: Int32
    /// Standard output (the DOM for `--dump-dom`).
    var stdout: String
  }

  /// Writes `html` to a fresh folder and opens it with `arguments` (`--dump-dom`, `--screenshot=…`) after the
  /// headless flags, with a profile of its own so that runs never share state.
  static func open(html: String, _ arguments: [String]) throws -> Run {
    guard let path else { throw CocoaError(.fileNoSuchFile) }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rk-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let page = dir.appendingPathComponent("page.html")
    try Data(html.utf8).write(to: page)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(dir.path)/profile"] + arguments + [page.absoluteString]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return Run(status: p.terminationStatus, stdout: stdout)
  }

  /// The DOM of `html` as the browser parsed it (`--dump-dom`).
  static func dumpDOM(_ html: String) throws -> Run { try open(html: html, ["--dump-dom"]) }

  /// A PNG screenshot of `html` written to `png`, `width` × `height` pixels.
  static func screenshot(_ html: String, to png: URL, width: Int = 1200, height: Int = 900) throws -> Run {
    try open(html: html, ["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars"])
  }
}
