import Foundation
import ZIPFoundation

/// Reads an .xlsx back for the tests: its parts, and each sheet's cells as text (shared strings resolved).
enum XLSXReading {
  /// The parts of the archive, as text, by path.
  static func parts(_ bytes: [UInt8]) throws -> [String: String] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var out: [String: String] = [:]
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      out[entry.path] = String(decoding: data, as: UTF8.self)
    }
    return out
  }

  /// A cell as the sheet stores it: its reference, style and type attributes, and its value (a shared string's text).
  struct Cell: Equatable {
    var ref: String
    var style: String?
    var type: String?
    var value: String
  }

  /// The rows of `xl/worksheets/sheet<n>.xml`, each a list of its written cells.
  static func rows(_ parts: [String: String], sheet n: Int) -> [[Cell]] {
    let strings = matches(#"<si><t[^>]*>(.*?)</t></si>"#, parts["xl/sharedStrings.xml"] ?? "").map { unescape($0[1]) }
    let xml = parts["xl/worksheets/sheet\(n).xml"] ?? ""
    return matches(#"<row [^>]*>(.*?)</row>"#, xml).map { row in
      matches(#"<c r="([A-Z]+[0-9]+)"([^>]*)><v>([^<]*)</v></c>"#, row[1]).map { c in
        let attrs = c[2]
        let style = matches(#"s="([0-9]+)""#, attrs).first?[1]
        let type = matches(#"t="([a-z]+)""#, attrs).first?[1]
        let value = type == "s" ? strings[Int(c[3])!] : c[3]
        return Cell(ref: c[1], style: style, type: type, value: value)
      }
    }
  }

  private static func matches(_ pattern: String, _ s: String) -> [[String]] {
    let re = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    let ns = s as NSString
    return re.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { m in
      (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
    }
  }

  private static func unescape(_ s: String) -> String {
    s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#13;", with: "\r")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}
