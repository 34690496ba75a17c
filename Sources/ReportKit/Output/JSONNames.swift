/// An enum the JSON spells by its raw value, that spelling also kept as static bytes: a record's kind or role
/// is then written with one short copy, not through a String and its escaping (about 140 instructions a
/// field, on every sentence, figure, deadline and target). `JSONNameTests` holds each `jsonName` to its
/// `rawValue`, case by case.
package protocol StaticJSONName: RawRepresentable, CaseIterable where RawValue == String {
  /// The raw value as static bytes.
  var jsonName: StaticString { get }
}

extension FigureKind: StaticJSONName {
  package var jsonName: StaticString {
    switch self {
    case .money: "money"
    case .percent: "percent"
    case .percentagePoint: "percentagePoint"
    case .count: "count"
    case .rank: "rank"
    case .physical: "physical"
    case .ratio: "ratio"
    case .duration: "duration"
    case .other: "other"
    }
  }
}

extension FigureRole: StaticJSONName {
  package var jsonName: StaticString {
    switch self {
    case .target: "target"
    case .actual: "actual"
    case .other: "other"
    }
  }
}

extension Change: StaticJSONName {
  package var jsonName: StaticString {
    switch self {
    case .increase: "increase"
    case .decrease: "decrease"
    }
  }
}

extension PartRole: StaticJSONName {
  package var jsonName: StaticString {
    switch self {
    case .review: "review"
    case .plan: "plan"
    case .other: "other"
    }
  }
}

extension Comparator: StaticJSONName {
  package var jsonName: StaticString {
    switch self {
    case .floor: "floor"
    case .ceiling: "ceiling"
    case .about: "about"
    case .range: "range"
    case .reach: "reach"
    }
  }
}

extension DeadlineKind: StaticJSONName {
  package var jsonName: StaticString {
    switch self {
    case .by: "by"
    case .within: "within"
    case .before: "before"
    case .period: "period"
    case .during: "during"
    case .year: "year"
    case .month: "month"
    case .date: "date"
    case .since: "since"
    }
  }
}

extension NodeKind: StaticJSONName {
  package var jsonName: StaticString {
    switch self {
    case .part: "part"
    case .section: "section"
    case .item: "item"
    case .inline: "inline"
    }
  }
}

extension JSONWriter {
  /// A member whose value is an enum's static spelling.
  @inline(__always) package mutating func field<E: StaticJSONName>(_ k: StaticString, _ v: E) {
    key(k)
    quoted(v.jsonName)
  }

  /// A member whose value is an enum's static spelling, or null.
  @inline(__always) package mutating func field<E: StaticJSONName>(_ k: StaticString, _ v: E?) {
    key(k)
    if let v { quoted(v.jsonName) } else { null() }
  }
}
