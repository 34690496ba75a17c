import Testing
@testable import ReportKit

/// Every enum the JSON spells from static bytes spells each case as its raw value, and the writer puts it in
/// quotes exactly as it would the raw value's String.
@Suite struct JSONNameTests {
  /// Each case's static spelling against its raw value, and the written member against the String path.
  static func check<E: StaticJSONName>(_: E.Type) {
    for c in E.allCases {
      #expect(c.jsonName.description == c.rawValue)
      for pretty in [false, true] {
        var a = JSONWriter(pretty: pretty)
        a.beginObject()
        a.field("k", c)
        a.field("o", Optional(c))
        a.field("n", E?.none)
        a.endObject()
        var b = JSONWriter(pretty: pretty)
        b.beginObject()
        b.field("k", c.rawValue)
        b.field("o", Optional(c.rawValue))
        b.field("n", String?.none)
        b.endObject()
        #expect(a.bytes == b.bytes, "\(E.self).\(c)")
      }
    }
  }

  @Test func everyCaseIsItsRawValue() {
    Self.check(FigureKind.self)
    Self.check(FigureRole.self)
    Self.check(Change.self)
    Self.check(PartRole.self)
    Self.check(Comparator.self)
    Self.check(DeadlineKind.self)
    Self.check(NodeKind.self)
  }
}
