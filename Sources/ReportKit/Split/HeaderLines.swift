/// Header lines of official documents (公文) that the splitter reads besides titles and subtitles: the document
/// number, and the speaker named in the wording of a subtitle.
enum HeaderLines {
  /// The bounds of `s` inside one pair of round brackets around it (（…） or (…)), or its own bounds when it
  /// has none; nil when it opens a bracket it does not close.
  static func unbracketed(_ s: ArraySlice<UInt32>) -> (Int, Int)? {
    var a = s.startIndex
    var b = s.endIndex
    if a < b, s[a] == 0xFF08 || s[a] == 0x28 {
      guard s[b - 1] == 0xFF09 || s[b - 1] == 0x29 else { return nil }
      a += 1
      b -= 1
    }
    return (a, b)
  }

  /// A line that holds only a document number, perhaps in brackets: 「国办发〔2018〕108号」, 「（皖政办秘〔2021〕82号）」;
  /// the number without the brackets.
  static func docNumber(_ s: ArraySlice<UInt32>) -> String? {
    guard s.count >= 6, s.count <= 30 else { return nil }
    guard let (a, b) = unbracketed(s) else { return nil }
    // The issuer's abbreviation (国办发, 皖政办秘), then the year in 〔〕 (or [] ［］ （）), then the number and 号.
    var k = a
    while k < b, Scalar.isHan(s[k]) { k += 1 }
    guard k - a >= 1, k - a <= 10, k < b, isOpen(s[k]) else { return nil }
    k += 1
    guard let (_, afterYear) = DateReader.year(s, at: k), afterYear < b, isClose(s[afterYear]) else { return nil }
    k = afterYear + 1
    let digits = k
    while k < b, Scalar.isDigit(s[k]) { k += 1 }
    guard k > digits, k + 1 == b, s[k] == 0x53F7 else { return nil }  // 号
    return String(scalarValues: s[a..<b])
  }

  @inline(__always) private static func isOpen(_ c: UInt32) -> Bool { c == 0x3014 || c == 0x5B || c == 0xFF3B || c == 0xFF08 }
  @inline(__always) private static func isClose(_ c: UInt32) -> Bool { c == 0x3015 || c == 0x5D || c == 0xFF3D || c == 0xFF09 }

  /// The speaker named in wording such as 「…会议上省长许昆林作政府工作报告」, 「…会议上北京市市长 殷勇同志作政府工作报告」
  /// or 「2025年1月14日海南省省长 刘小明在…会议上的讲话」: the speaker as `title name` and the name.
  static func speaker(inWording t: String, titles: [HeaderWord]) -> (speaker: String, name: String)? {
    let compact = HeaderText(t).removingSpaces()
    // The title must stand after the meeting or the date and before the name: 会议上省长许昆林作…, 日海南省省长刘小明在….
    for title in titles {
      guard let r = compact.firstRange(of: title) else { continue }
      var name = ""
      for ch in compact[from: r.upperBound].text {
        if ch == "·" || (ch.unicodeScalars.count == 1 && Scalar.isHan(ch.unicodeScalars.first!.value)) {
          name.append(ch)
        } else {
          break
        }
        if name.count > 12 { break }
      }
      // The name ends before 同志, 作 (作政府工作报告) or 在 (在…会议上).
      let nameText = HeaderText(name)
      for stop in HeaderWord.afterName {
        if let s = nameText.firstRange(of: stop), s.lowerBound != 0 {
          name = nameText[upTo: s.lowerBound].text
          break
        }
      }
      guard (2...12).contains(name.count), name.count <= 4 || HeaderText(name).contains(.middleDot) else { continue }
      let head = compact[upTo: r.lowerBound]
      var start = 0
      for marker in HeaderWord.beforeOffice {
        if let m = head.lastRange(of: marker) {
          start = m.upperBound
          break
        }
      }
      let office = head[from: start].text + title.string
      guard office.count <= 16 else { continue }
      return (office + " " + name, name)
    }
    return nil
  }
}
