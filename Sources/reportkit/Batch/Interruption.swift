import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into an orderly stop: no new input is started, the ones being processed
/// finish, what is done is committed, and nothing partial is renamed into place. A second signal ends the
/// process at once through `SignalCleanup` (the pdftotext child ended, temporary files removed), which is
/// safe too: every file appears by rename and the index by transaction.
final class Interruption {
  /// The signal received, if any.
  let received = Locked<Int32?>(nil)

  /// Watches SIGINT and SIGTERM, calling `onStop` on the first.
  init(onStop: @escaping @Sendable () -> Void) {
    SignalCleanup.install()
    SignalCleanup.intercept { [received] sig in
      let first = received.withLock { r -> Bool in
        defer { r = r ?? sig }
        return r == nil
      }
      if first { onStop() }
      return first
    }
  }

  /// Hands signals back to `SignalCleanup` alone.
  func end() {
    SignalCleanup.intercept(nil)
  }
}
