import Foundation

/// A JSON Schema validator for the subset the shipped schemas use (draft 2020-12): type, enum, const,
/// properties, required, additionalProperties: false, items, $ref to #/$defs, oneOf, anyOf, minimum,
/// maximum, minLength and pattern. Enough to hold every golden file to its schema without a dependency.
struct JSONSchema: @unchecked Sendable {
  /// Never changed after init, so sharing it between tests is safe.
  let root: [String: Any]

  /// Reads a schema file.
  init(contentsOf url: URL) throws {
    root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
  }

  /// Every violation of the schema by `value` (parsed JSON), as `path: what`; empty when it conforms.
  func problems(_ value: Any) -> [String] {
    var out: [String] = []
    check(value, root, "$", &out)
    return out
  }

  private func resolve(_ schema: [String: Any]) -> [String: Any] {
    guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return schema }
    let name = String(ref.dropFirst("#/$defs/".count))
    return resolve(((root["$defs"] as? [String: Any])?[name] as? [String: Any]) ?? [:])
  }

  private static func typeName(_ v: Any) -> String {
    switch v {
    case is NSNull: return "null"
    case is String: return "string"
    case let n as NSNumber:
      // JSONSerialization gives true/false as NSNumbers whose type code is "c" (a C char).
      if String(cString: n.objCType) == "c" { return "boolean" }
      return n.doubleValue.rounded() == n.doubleValue && !"\(n)".contains(".") ? "integer" : "number"
    case is [Any]: return "array"
    case is [String: Any]: return "object"
    default: return "unknown"
    }
  }

  private func check(_ v: Any, _ s0: [String: Any], _ path: String, _ out: inout [String]) {
    let s = resolve(s0)
    if let types = (s["type"] as? [String]) ?? (s["type"] as? String).map({ [$0] }) {
      let t = JSONSchema.typeName(v)
      if !(types.contains(t) || (t == "integer" && types.contains("number"))) {
        out.append("\(path): is \(t), want \(types.joined(separator: "|"))")
        return
      }
    }
    if let options = s["enum"] as? [Any], !options.contains(where: { JSONSchema.equal($0, v) }) {
      out.append("\(path): \(v) is none of \(options)")
    }
    if let c = s["const"], !JSONSchema.equal(c, v) { out.append("\(path): \(v) is not \(c)") }
    for (keyword, exactlyOne) in [("oneOf", true), ("anyOf", false)] {
      guard let alternatives = s[keyword] as? [[String: Any]] else { continue }
      let results = alternatives.map { alt -> [String] in
        var p: [String] = []
        check(v, alt, path, &p)
        return p
      }
      let passing = results.filter(\.isEmpty).count
      if passing == 0 {
        // The closest alternative's problems say more than "no alternative matched".
        // An alternative of the wrong type at this place is the least close.
        let wrongType = { (p: [String]) in p.count == 1 && p[0].hasPrefix("\(path): is ") }
        out += results.min { (wrongType($0) ? 1 : 0, $0.count) < (wrongType($1) ? 1 : 0, $1.count) } ?? []
      } else if exactlyOne && passing > 1 {
        out.append("\(path): matches \(passing) of the oneOf alternatives")
      }
    }
    if let string = v as? String {
      if let m = s["minLength"] as? Int, string.unicodeScalars.count < m { out.append("\(path): shorter than \(m)") }
      if let p = s["pattern"] as? String, let re = try? NSRegularExpression(pattern: p),
        re.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) == nil
      {
        out.append("\(path): \"\(string.prefix(40))\" does not match \(p)")
      }
    }
    if let n = v as? NSNumber, !(v is String), let m = s["minimum"] as? NSNumber, n.doubleValue < m.doubleValue {
      out.append("\(path): \(n) below \(m)")
    }
    if let n = v as? NSNumber, !(v is String), let m = s["maximum"] as? NSNumber, n.doubleValue > m.doubleValue {
      out.append("\(path): \(n) above \(m)")
    }
    if let object = v as? [String: Any] {
      let props = s["properties"] as? [String: Any] ?? [:]
      for r in s["required"] as? [String] ?? [] where object[r] == nil { out.append("\(path): no \(r)") }
      if (s["additionalProperties"] as? Bool) == false {
        for k in object.keys.sorted() where props[k] == nil { out.append("\(path): unexpected \(k)") }
      }
      for (k, sub) in props {
        if let child = object[k], let subSchema = sub as? [String: Any] { check(child, subSchema, "\(path).\(k)", &out) }
      }
    }
    if let array = v as? [Any], let items = s["items"] as? [String: Any] {
      for (i, x) in array.enumerated() { check(x, items, "\(path)[\(i)]", &out) }
    }
  }

  private static func equal(_ a: Any, _ b: Any) -> Bool {
    switch (a, b) {
    case (let x as String, let y as String): return x == y
    case (let x as NSNumber, let y as NSNumber): return x == y
    case (is NSNull, is NSNull): return true
    default: return false
    }
  }
}
