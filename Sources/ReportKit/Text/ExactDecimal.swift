/// An exact base-10 number, `significand × 10^exponent`, so 68.9亿 is 6890000000 with no binary noise.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The digits as an integer.
  public var significand: Int64
  /// The power of ten the digits are scaled by.
  public var exponent: Int

  /// Makes `significand × 10^exponent`, with trailing zeros folded into the exponent.
  public init(significand: Int64, exponent: Int = 0) {
    var s = significand
    var e = exponent
    while s != 0 && s % 10 == 0 {
      s /= 10
      e += 1
    }
    if s == 0 { e = 0 }
    self.significand = s
    self.exponent = e
  }

  /// Makes an integer value.
  public init(_ value: Int) { self.init(significand: Int64(value)) }

  /// Parses a plain decimal literal such as `1.7`, `1,200` or `068`; nil when malformed or out of range.
  public init?(literal: some StringProtocol) {
    var s: Int64 = 0
    var e = 0
    var seenDot = false
    var sawDigit = false
    var significant = 0
    for ch in literal.unicodeScalars {
      switch ch {
      case "0"..."9":
        sawDigit = true
        if significant >= 18 {
          // Past 18 significant digits Int64 runs out: integers keep their magnitude, fractions drop the tail.
          if !seenDot { e += 1 }
          continue
        }
        s = s * 10 + Int64(ch.value - 48)
        if s != 0 { significant += 1 }
        if seenDot { e -= 1 }
      case ".":
        if seenDot { return nil }
        seenDot = true
      case ",":
        if seenDot { return nil }
      default:
        return nil
      }
    }
    if !sawDigit { return nil }
    self.init(significand: s, exponent: e)
  }

  /// The value with its sign turned.
  public var negated: ExactDecimal { ExactDecimal(significand: -significand, exponent: exponent) }

  /// The value without its sign.
  public var magnitude: ExactDecimal { significand < 0 ? negated : self }

  /// The value scaled by `10^power` (万 is 4, 亿 is 8).
  public func scaled(byPowerOfTen power: Int) -> ExactDecimal {
    ExactDecimal(significand: significand, exponent: exponent + power)
  }

  /// The sum, nil on overflow.
  public func adding(_ other: ExactDecimal) -> ExactDecimal? {
    let e = min(exponent, other.exponent)
    guard let a = ExactDecimal.align(significand, from: exponent, to: e),
      let b = ExactDecimal.align(other.significand, from: other.exponent, to: e)
    else { return nil }
    let (r, o) = a.addingReportingOverflow(b)
    return o ? nil : ExactDecimal(significand: r, exponent: e)
  }

  /// `a / b` to `digits` significant digits (truncated), nil when `b` is zero: 1/3 → 0.333333333333.
  public static func quotient(_ a: ExactDecimal, _ b: ExactDecimal, significantDigits digits: Int = 12) -> ExactDecimal? {
    guard b.significand != 0 else { return nil }
    if a.significand == 0 { return ExactDecimal(0) }
    let negative = (a.significand < 0) != (b.significand < 0)
    var rest = UInt64(a.significand.magnitude)
    let d = UInt64(b.significand.magnitude)
    guard d <= UInt64.max / 10, rest <= UInt64.max / 10 else { return nil }
    var exponent = a.exponent - b.exponent
    // Long division: shift the dividend up until the first quotient digit is non-zero, then take digits.
    while rest < d {
      rest *= 10
      exponent -= 1
    }
    var q: Int64 = 0
    var taken = 0
    while taken < digits {
      q = q * 10 + Int64(rest / d)
      rest = (rest % d) * 10
      taken += 1
      if rest == 0 { break }
      exponent -= 1
    }
    // The last step did not shift when it stopped early: align the exponent with the digits taken.
    if rest != 0 { exponent += 1 }
    return ExactDecimal(significand: negative ? -q : q, exponent: exponent)
  }

  private static func align(_ s: Int64, from e: Int, to target: Int) -> Int64? {
    var v = s
    var k = e - target
    while k > 0 {
      let (r, o) = v.multipliedReportingOverflow(by: 10)
      if o { return nil }
      v = r
      k -= 1
    }
    return v
  }

  /// An approximate Double, for comparisons and sorting only; output always uses `description`.
  public var doubleValue: Double {
    var d = Double(significand)
    if exponent > 0 {
      for _ in 0..<exponent { d *= 10 }
    } else if exponent < 0 {
      for _ in 0..<(-exponent) { d /= 10 }
    }
    return d
  }

  /// The exact decimal literal, e.g. `6890000000` or `1.7`, valid as a JSON number.
  public var description: String {
    let negative = significand < 0
    let digits = String(significand.magnitude)
    var out: String
    if exponent >= 0 {
      out = digits + String(repeating: "0", count: exponent)
    } else {
      let places = -exponent
      if digits.count > places {
        let cut = digits.index(digits.endIndex, offsetBy: -places)
        out = String(digits[..<cut]) + "." + String(digits[cut...])
      } else {
        out = "0." + String(repeating: "0", count: places - digits.count) + digits
      }
    }
    return negative ? "-" + out : out
  }

  /// Numeric order, exact where both fit Int64 once aligned.
  public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
    if let d = b.adding(a.negated) {
      return d.significand > 0
    }
    return a.doubleValue < b.doubleValue
  }
}
