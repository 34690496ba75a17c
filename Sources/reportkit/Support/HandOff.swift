import Foundation

/// A bounded first-in, first-out queue between threads: `put` waits while it is full, `take` while it is
/// empty; after `close`, `take` returns what is left and then nil.
///
/// `@unchecked Sendable` is sound because `items` and `closed` are private and only touched while the
/// condition's lock is held.
final class HandOff<Element: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  /// Oldest first; never more than `capacity` (a few per job), so taking from the front is cheap.
  private var items: [Element] = []
  private var closed = false
  private let capacity: Int

  /// A queue holding at most `capacity` elements (at least one).
  init(capacity: Int) {
    self.capacity = max(1, capacity)
  }

  /// Appends `element`, waiting for room; an element put after `close` is dropped.
  func put(_ element: Element) {
    condition.lock()
    defer { condition.unlock() }
    while items.count >= capacity && !closed { condition.wait() }
    guard !closed else { return }
    items.append(element)
    condition.broadcast()
  }

  /// The oldest element, waiting for one; nil once the queue is closed and empty.
  func take() -> Element? {
    condition.lock()
    defer { condition.unlock() }
    while items.isEmpty && !closed { condition.wait() }
    guard !items.isEmpty else { return nil }
    condition.broadcast()
    return items.removeFirst()
  }

  /// Ends the queue: `put` no longer waits or adds, `take` drains what is there.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }
}
