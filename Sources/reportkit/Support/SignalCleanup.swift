import Foundation
import ReportKit

/// Ends the program on SIGINT or SIGTERM without leaving debris: the pdftotext child is ended and temporary
/// files are removed (`Temporaries.endAll`) before the signal takes its default effect, so the exit status
/// still says which signal stopped the run.
///
/// A batch stops in order instead (`Interruption`): it intercepts the first signal, and a second one comes
/// here.
enum SignalCleanup {
  /// Decides about a signal before the cleanup: true when it was handled and the program goes on.
  typealias Interceptor = @Sendable (Int32) -> Bool

  private static let state = Locked<(sources: [DispatchSourceSignal], interceptor: Interceptor?)>(([], nil))

  /// Watches SIGINT and SIGTERM for the rest of the program (called once, first thing in `main`).
  static func install() {
    state.withLock { s in
      guard s.sources.isEmpty else { return }
      for sig in [SIGINT, SIGTERM] {
        // The default action must not run first: the handler below ends the program itself.
        signal(sig, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
        source.setEventHandler { handle(sig) }
        source.resume()
        s.sources.append(source)
      }
    }
  }

  /// Lets `interceptor` see each signal first (nil: no more).
  static func intercept(_ interceptor: Interceptor?) {
    state.withLock { $0.interceptor = interceptor }
  }

  private static func handle(_ sig: Int32) {
    if let interceptor = state.withLock({ $0.interceptor }), interceptor(sig) { return }
    Temporaries.endAll()
    signal(sig, SIG_DFL)
    // libdispatch reads signals through a signalfd, with the signal blocked in every thread: unblock it in
    // this one, or raise() leaves it pending for good while the main thread waits in holdIfEnding.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, sig)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    raise(sig)
    // Should the signal still not end the process, end it the way the shell reports a signal.
    usleep(200_000)
    _exit(128 + sig)
  }
}
