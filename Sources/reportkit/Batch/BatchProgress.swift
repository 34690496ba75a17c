import Foundation

/// Standard error during a batch: failure lines and the progress bar take turns, so neither tears the other.
final class BatchConsole: Sendable {
  /// Whether standard error is a terminal (a bar redrawn in place) or a log (plain lines).
  let isTerminal: Bool
  private let barShown = Locked(false)

  /// Makes the console; `isTerminal` decides the display.
  init(isTerminal: Bool = Console.stderrIsTerminal) { self.isTerminal = isTerminal }

  /// Prints a line, above the bar when one is shown.
  func line(_ text: String) {
    barShown.withLock { shown in
      Console.writeError((shown ? "\r\u{1B}[K" : "") + text + "\n")
      shown = false
    }
  }

  /// Draws the bar in place of the last one.
  func bar(_ text: String) {
    barShown.withLock { shown in
      Console.writeError("\r\u{1B}[K" + text)
      shown = true
    }
  }

  /// Erases the bar.
  func clearBar() {
    barShown.withLock { shown in
      if shown { Console.writeError("\r\u{1B}[K") }
      shown = false
    }
  }
}

/// Shows a batch's progress: files done of total, MB/s, the time left and failures so far; a bar redrawn
/// ten times a second on a terminal, a plain line every five seconds in a log (none for a run that ends
/// sooner). The clock is read here, in the command line; the library never reads it.
final class BatchProgress {
  private let timer: DispatchSourceTimer
  private let console: BatchConsole

  /// Starts showing the progress of `total` inputs, reading counts from `emitter`.
  init(total: Int, emitter: OrderedEmitter, console: BatchConsole) {
    self.console = console
    let started = DispatchTime.now()
    let interval: DispatchTimeInterval = console.isTerminal ? .milliseconds(100) : .seconds(5)
    timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
    timer.schedule(deadline: .now() + interval, repeating: interval)
    timer.setEventHandler { [console] in
      let c = emitter.snapshot
      let done = c.written + c.resumed + c.failed
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
      let rate = seconds > 0 ? Double(c.bytes) / 1e6 / seconds : 0
      let eta = done > 0 ? seconds / Double(done) * Double(total - done) : nil
      let text = BatchProgress.describe(done: done, total: total, megabytesPerSecond: rate, eta: eta, failed: c.failed)
      if console.isTerminal {
        let width = 24
        let filled = total > 0 ? width * done / total : width
        console.bar("[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] " + text)
      } else {
        console.line("batch: " + text)
      }
    }
    timer.resume()
  }

  /// `42/87 files, 3.2 MB/s, ETA 0:05, 2 failed`.
  static func describe(done: Int, total: Int, megabytesPerSecond: Double, eta: Double?, failed: Int) -> String {
    var parts = ["\(done)/\(total) files", String(format: "%.1f MB/s", megabytesPerSecond)]
    if let eta, done < total {
      let s = Int(eta.rounded())
      parts.append(String(format: "ETA %d:%02d", s / 60, s % 60))
    }
    parts.append("\(failed) failed")
    return parts.joined(separator: ", ")
  }

  /// Stops the display and erases the bar.
  func stop() {
    timer.cancel()
    console.clearBar()
  }
}
