import Foundation

/// A bounded first-in, first-out queue between threads: `put` waits while it is full, `take` while it is
/// empty; after `close`, `take` returns what is left and then nil.
final class HandOff<Element: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var items: [Element] = []
  private var head = 0
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
    while items.count - head >= capacity && !closed { condition.wait() }
    guard !closed else { return }
    items.append(element)
    condition.broadcast()
  }

  /// The oldest element, waiting for one; nil once the queue is closed and empty.
  func take() -> Element? {
    condition.lock()
    defer { condition.unlock() }
    while head == items.count && !closed { condition.wait() }
    guard head < items.count else { return nil }
    let e = items[head]
    head += 1
    // Taken elements are let go in one step once half the array is spent, not one at a time from its front.
    if head * 2 >= items.count {
      items.removeFirst(head)
      head = 0
    }
    condition.broadcast()
    return e
  }

  /// Ends the queue: `put` no longer waits or adds, `take` drains what is there.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }
}
