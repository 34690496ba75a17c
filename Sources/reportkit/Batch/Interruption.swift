import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into an orderly stop: no new input is started, the ones being processed
/// finish, what is done is committed, and nothing partial is renamed into place. A second signal ends the
/// process at once, which is safe too: every file appears by rename and the index by transaction.
final class Interruption {
  /// The signal received, if any.
  let received = Locked<Int32?>(nil)
  private var sources: [DispatchSourceSignal] = []

  /// Watches SIGINT and SIGTERM, calling `onStop` on the first.
  init(onStop: @escaping @Sendable () -> Void) {
    for sig in [SIGINT, SIGTERM] {
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler { [received] in
        let first = received.withLock { r -> Bool in
          defer { r = r ?? sig }
          return r == nil
        }
        if first {
          onStop()
        } else {
          signal(sig, SIG_DFL)
          raise(sig)
        }
      }
      source.resume()
      sources.append(source)
    }
  }

  /// Restores the default handling.
  func end() {
    for s in sources { s.cancel() }
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
  }
}
