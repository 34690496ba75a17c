/// The letter that opens the ids of one kind of record (`f` for figures, `t` for deadlines…).
public protocol IDPrefix: Sendable {
  /// The id's first character.
  static var prefix: UInt8 { get }
}

/// A numbered id such as `f12`: the record's kind as a letter and its 1-based position in its list.
///
/// Ids are assigned in text order within a document, so `number` is also the record's index + 1; lookups
/// on `Document` use that and fall back to a search when a list has been filtered.
public struct SequentialID<Kind: IDPrefix>: Hashable, Sendable, Comparable, CustomStringConvertible,
  LosslessStringConvertible
{
  /// 1-based position of the record in its list.
  public var number: Int

  /// Makes the id of the `number`-th record.
  public init(_ number: Int) { self.number = number }

  /// Parses `f12` (for figure ids); nil for another prefix or no number.
  public init?(_ description: String) {
    let u = Array(description.utf8)
    guard u.count >= 2, u[0] == Kind.prefix, let n = Int(String(decoding: u[1...], as: UTF8.self)), n > 0 else {
      return nil
    }
    number = n
  }

  /// `f12`.
  public var description: String {
    var digits = 1
    var p = 10
    while p <= number {
      digits += 1
      p *= 10
    }
    // Written without interpolation: one id per figure, tens of thousands per run.
    return String(unsafeUninitializedCapacity: digits + 1) { buf in
      buf[0] = Kind.prefix
      var v = number
      var k = digits
      while k > 0 {
        buf[k] = UInt8(48 + v % 10)
        v /= 10
        k -= 1
      }
      return digits + 1
    }
  }

  /// By number.
  public static func < (a: Self, b: Self) -> Bool { a.number < b.number }
}

/// Figures are `f1`, `f2`…
public enum FigurePrefix: IDPrefix { public static let prefix = UInt8(ascii: "f") }
/// Deadlines are `t1`, `t2`… (t for time).
public enum DeadlinePrefix: IDPrefix { public static let prefix = UInt8(ascii: "t") }
/// Targets are `g1`, `g2`… (g for goal).
public enum TargetPrefix: IDPrefix { public static let prefix = UInt8(ascii: "g") }
/// Sentences are `s1`, `s2`…
public enum SentencePrefix: IDPrefix { public static let prefix = UInt8(ascii: "s") }

/// The id of a figure of a document.
public typealias FigureID = SequentialID<FigurePrefix>
/// The id of a deadline of a document.
public typealias DeadlineID = SequentialID<DeadlinePrefix>
/// The id of a target of a document.
public typealias TargetID = SequentialID<TargetPrefix>
/// The id of a sentence of a document.
public typealias SentenceID = SequentialID<SentencePrefix>

/// The id of an outline node: the path of its markers from the root, `三/（二）/2/一是`.
public struct NodeID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The path as written in the JSON.
  public var path: String

  /// Makes the id with the given path.
  public init(_ path: String) { self.path = path }

  /// Makes the id from a literal path.
  public init(stringLiteral path: String) { self.path = path }

  /// The path.
  public var description: String { path }

  /// The markers of the path, outermost first (`["三", "（二）", "2", "一是"]`).
  public var components: [Substring] { path.split(separator: "/", omittingEmptySubsequences: false) }

  /// The id of the node one level up, nil for a top-level node.
  public var parent: NodeID? {
    guard let slash = path.lastIndex(of: "/") else { return nil }
    return NodeID(String(path[..<slash]))
  }

  /// By path.
  public static func < (a: NodeID, b: NodeID) -> Bool { a.path < b.path }
}
