/// Text for the HTML report: escaping and numbers, the same bytes on every machine and locale.
enum HTMLText {
  /// `text` safe inside an element or a quoted attribute: `& < > " '` become entities, so a
  /// scenario string can never open a tag or end an attribute.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(character)
      }
    }
    return escaped
  }

  /// `value` rounded to `places` decimals, trailing zeros dropped, thousands grouped with a
  /// thin space when `grouped`; `–` for a value that is not finite.
  static func number(_ value: Double, places: Int = 0, grouped: Bool = true) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return value < 0 ? "-∞" : "∞" }
    let units = Int(scaled)
    let whole = units / Int(scale)
    var fraction = String(units % Int(scale))
    while fraction.count < places { fraction = "0" + fraction }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    var digits = String(whole)
    if grouped, digits.count > 4 {
      var groups: [Substring] = []
      var rest = Substring(digits)
      while rest.count > 3 {
        groups.insert(rest.suffix(3), at: 0)
        rest = rest.dropLast(3)
      }
      groups.insert(rest, at: 0)
      digits = groups.joined(separator: "\u{2009}")
    }
    let sign = value < 0 && units > 0 ? "-" : ""
    return sign + digits + (places > 0 && !fraction.isEmpty ? "." + fraction : "")
  }

  /// A figure with enough places to read: none from 100 up, 1 from 10, else 2 (3 below 0.1).
  static func figure(_ value: Double) -> String {
    let size = abs(value)
    return number(value, places: size >= 100 ? 0 : size >= 10 ? 1 : size >= 0.1 ? 2 : 3)
  }

  /// `mean [low…high]`, the report's way of showing a figure with its interval (`unit` after
  /// the mean); `–` alone for an undefined mean (a paid ROI without ad spend).
  static func spread(_ mean: Double, _ low: Double, _ high: Double, unit: String = "") -> String {
    guard mean.isFinite else { return "–" }
    return "\(figure(mean))\(unit) <span class=\"band\">[\(figure(low))…\(figure(high))]</span>"
  }
}
