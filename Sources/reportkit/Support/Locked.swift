import Foundation

/// A value shared between threads behind an NSLock (Synchronization's Mutex needs macOS 15; the package
/// supports 13).
///
/// `@unchecked Sendable` is sound because `value` is private and only reached inside `withLock`, while the
/// lock is held; the closure cannot let it escape (it gets `inout` access only). Values that are not Sendable
/// themselves (the index writer's SQLite connection) are therefore only ever used by one thread at a time.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value

  /// Wraps `value`.
  init(_ value: Value) { self.value = value }

  /// Runs `body` with the value while holding the lock.
  func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
