/// The report's colours: ten that stay apart for most readers (Tableau 10), and the heat
/// map's ramp.
enum ChartPalette {
  static let colors = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac",
  ]

  /// The colour of series `index`, cycling.
  static func color(_ index: Int) -> String { colors[index % colors.count] }

  /// A colour on the ramp dark blue → teal → yellow (viridis' ends) for `share` in 0…1.
  static func ramp(_ share: Double) -> String {
    let stops: [(Double, Double, Double)] = [(68, 1, 84), (33, 145, 140), (253, 231, 37)]
    let clamped = share.isFinite ? min(max(share, 0), 1) : 0
    let position = clamped * Double(stops.count - 1)
    let index = min(Int(position), stops.count - 2)
    let t = position - Double(index)
    let (a, b) = (stops[index], stops[index + 1])
    func channel(_ x: Double, _ y: Double) -> String {
      let value = Int((x + (y - x) * t).rounded())
      let digits = Array("0123456789abcdef")
      return String([digits[value / 16], digits[value % 16]])
    }
    return "#" + channel(a.0, b.0) + channel(a.1, b.1) + channel(a.2, b.2)
  }
}
