/// An inline SVG line chart: lines with optional 5–95 % bands, shaded and labelled windows
/// (campaigns), vertical markers (a crossover day), and a date or value axis.
///
/// Every string is escaped and every number written with fixed places, so the same chart is
/// the same bytes.
struct LineChart {
  /// What the horizontal axis shows.
  enum Axis {
    /// Day indices from 0, labelled with the dates from `start`.
    case days(start: CivilDate)
    /// Plain values, with the axis label.
    case values(label: String)
  }

  /// A point of a series; `low`/`high` draw its band (or whisker, for dots).
  struct Point {
    var x: Double
    var y: Double
    var low: Double? = nil
    var high: Double? = nil
  }

  /// One line (or set of dots) and its legend entry.
  struct Series {
    var name: String
    var points: [Point]
    var color: String
  }

  /// A shaded span of the axis with a label (a campaign window).
  struct Window {
    var label: String
    var from: Double
    var to: Double
  }

  /// A vertical line with a label (a crossover day).
  struct Marker {
    var x: Double
    var label: String
  }

  var title: String
  var yLabel: String
  var axis: Axis
  var series: [Series]
  var windows: [Window] = []
  var markers: [Marker] = []
  /// Dots with whiskers instead of lines with bands (a sweep's metric against a parameter).
  var drawsDots = false

  private static let width = 960.0
  private static let height = 300.0
  private static let left = 72.0
  private static let right = 180.0
  private static let top = 30.0
  private static let bottom = 40.0

  /// The `<svg>` element.
  var svg: String {
    let plotRight = Self.width - Self.right
    let plotBottom = Self.height - Self.bottom
    let xs = series.flatMap { $0.points.map(\.x) }
    let ys = series.flatMap { $0.points.flatMap { [$0.y, $0.low ?? $0.y, $0.high ?? $0.y] } }
    let xScale: ChartScale
    switch axis {
    case .days:
      xScale = ChartScale(
        exactly: xs.min() ?? 0, xs.max() ?? 1, pixels: (Self.left, plotRight))
    case .values:
      xScale = ChartScale(covering: xs, pixels: (Self.left, plotRight), includesZero: false)
    }
    let yScale = ChartScale(covering: ys, pixels: (plotBottom, Self.top))
    var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
    out += "\(Self.c(Self.width)) \(Self.c(Self.height))\" role=\"img\" aria-label=\""
    out += HTMLText.escape(title) + "\">\n<title>" + HTMLText.escape(title) + "</title>\n"
    out += "<text class=\"title\" x=\"\(Self.c(Self.left))\" y=\"18\">"
    out += HTMLText.escape(title) + "</text>\n"
    for window in windows where window.to >= xScale.low && window.from <= xScale.high {
      let from = xScale.pixel(max(window.from - 0.5, xScale.low))
      let to = xScale.pixel(min(window.to + 0.5, xScale.high))
      out += "<rect class=\"window\" x=\"\(Self.c(from))\" y=\"\(Self.c(Self.top))\" width=\""
      out += "\(Self.c(max(to - from, 1)))\" height=\"\(Self.c(plotBottom - Self.top))\"/>"
      out +=
        "<text class=\"window-label\" x=\"\(Self.c(from + 2))\" y=\"\(Self.c(Self.top + 10))\">"
      out += HTMLText.escape(window.label) + "</text>\n"
    }
    out += gridAndAxes(xScale, yScale)
    for line in series { out += draw(line, xScale, yScale) }
    for marker in markers where marker.x >= xScale.low && marker.x <= xScale.high {
      let x = Self.c(xScale.pixel(marker.x))
      out += "<line class=\"marker\" x1=\"\(x)\" y1=\"\(Self.c(Self.top))\" x2=\"\(x)\" y2=\""
      out += "\(Self.c(plotBottom))\"/><text class=\"marker-label\" x=\"\(x)\" y=\""
      out += "\(Self.c(plotBottom - 4))\">" + HTMLText.escape(marker.label) + "</text>\n"
    }
    out += legend()
    return out + "</svg>\n"
  }

  private func gridAndAxes(_ xScale: ChartScale, _ yScale: ChartScale) -> String {
    let plotRight = Self.width - Self.right
    let plotBottom = Self.height - Self.bottom
    var out = ""
    for tick in yScale.ticks {
      let y = Self.c(yScale.pixel(tick))
      out += "<line class=\"grid\" x1=\"\(Self.c(Self.left))\" y1=\"\(y)\" x2=\""
      out += "\(Self.c(plotRight))\" y2=\"\(y)\"/><text class=\"tick\" x=\""
      out += "\(Self.c(Self.left - 6))\" y=\"\(y)\" text-anchor=\"end\" dy=\"0.32em\">"
      out += ChartScale.label(tick) + "</text>\n"
    }
    for (x, label) in xTicks(xScale) {
      let px = Self.c(xScale.pixel(x))
      out += "<line class=\"axis\" x1=\"\(px)\" y1=\"\(Self.c(plotBottom))\" x2=\"\(px)\" y2=\""
      out += "\(Self.c(plotBottom + 4))\"/><text class=\"tick\" x=\"\(px)\" y=\""
      out += "\(Self.c(plotBottom + 16))\" text-anchor=\"middle\">" + HTMLText.escape(label)
      out += "</text>\n"
    }
    out += "<line class=\"axis\" x1=\"\(Self.c(Self.left))\" y1=\"\(Self.c(plotBottom))\" x2=\""
    out += "\(Self.c(plotRight))\" y2=\"\(Self.c(plotBottom))\"/>\n"
    let xLabel: String
    switch axis {
    case .days: xLabel = "date (day 0 = the first day)"
    case .values(let label): xLabel = label
    }
    out += "<text class=\"axis-label\" x=\"\(Self.c((Self.left + plotRight) / 2))\" y=\""
    out += "\(Self.c(Self.height - 4))\" text-anchor=\"middle\">" + HTMLText.escape(xLabel)
    out += "</text>\n<text class=\"axis-label\" transform=\"translate(14 "
    out += "\(Self.c((Self.top + plotBottom) / 2))) rotate(-90)\" text-anchor=\"middle\">"
    return out + HTMLText.escape(yLabel) + "</text>\n"
  }

  /// The horizontal ticks: the first of each month (every 2nd, 3rd… on long runs), labelled
  /// with month and day, the year under January and the first; nice values otherwise.
  private func xTicks(_ scale: ChartScale) -> [(Double, String)] {
    guard case .days(let start) = axis else {
      return scale.ticks.map { ($0, ChartScale.label($0)) }
    }
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    let first = Int(scale.low)
    let last = Int(scale.high)
    var firsts: [(day: Int, date: CivilDate)] = []
    for day in first...last {
      let date = start.adding(days: day)
      if date.day == 1 || day == first { firsts.append((day, date)) }
    }
    if last - first < 45 {
      // A short run: every week instead.
      firsts = stride(from: first, through: last, by: 7).map { ($0, start.adding(days: $0)) }
    }
    let every = max(1, (firsts.count + 11) / 12)
    return firsts.enumerated().compactMap { index, tick in
      guard index % every == 0 else { return nil }
      let label = "\(tick.date.day) \(months[tick.date.month - 1])"
      return (
        Double(tick.day), index == 0 || tick.date.month == 1 ? label + " \(tick.date.year)" : label
      )
    }
  }

  private func draw(_ line: Series, _ xScale: ChartScale, _ yScale: ChartScale) -> String {
    let points = line.points.filter { $0.y.isFinite }
    guard !points.isEmpty else { return "" }
    var out = "<g class=\"series\" data-name=\"" + HTMLText.escape(line.name) + "\">"
    if drawsDots {
      for point in points {
        let x = Self.c(xScale.pixel(point.x))
        if let low = point.low, let high = point.high, low.isFinite, high.isFinite {
          out += "<line class=\"whisker\" stroke=\"\(line.color)\" x1=\"\(x)\" y1=\""
          out += "\(Self.c(yScale.pixel(low)))\" x2=\"\(x)\" y2=\"\(Self.c(yScale.pixel(high)))\"/>"
        }
        out += "<circle fill=\"\(line.color)\" cx=\"\(x)\" cy=\"\(Self.c(yScale.pixel(point.y)))\" "
        out += "r=\"3.5\"/>"
      }
      return out + "</g>\n"
    }
    let banded = points.filter {
      ($0.low?.isFinite ?? false) && ($0.high?.isFinite ?? false)
    }
    if banded.count > 1 {
      let upper = banded.map {
        "\(Self.c(xScale.pixel($0.x))),\(Self.c(yScale.pixel($0.high ?? 0)))"
      }
      let lower = banded.reversed().map {
        "\(Self.c(xScale.pixel($0.x))),\(Self.c(yScale.pixel($0.low ?? 0)))"
      }
      out += "<polygon class=\"band\" fill=\"\(line.color)\" points=\""
      out += (upper + lower).joined(separator: " ") + "\"/>"
    }
    let coordinates = points.map {
      "\(Self.c(xScale.pixel($0.x))),\(Self.c(yScale.pixel($0.y)))"
    }
    out += "<polyline class=\"line\" stroke=\"\(line.color)\" points=\""
    return out + coordinates.joined(separator: " ") + "\"/></g>\n"
  }

  private func legend() -> String {
    var out = ""
    let x = Self.width - Self.right + 14
    for (index, line) in series.prefix(14).enumerated() {
      let y = Self.top + 6 + Double(index) * 17
      out += "<rect x=\"\(Self.c(x))\" y=\"\(Self.c(y - 5))\" width=\"14\" height=\"4\" fill=\""
      out += "\(line.color)\"/><text class=\"legend\" x=\"\(Self.c(x + 20))\" y=\""
      out += "\(Self.c(y))\" dy=\"0.1em\">" + HTMLText.escape(Self.short(line.name)) + "</text>\n"
    }
    return out
  }

  /// A legend name cut to 22 characters.
  private static func short(_ name: String) -> String {
    name.count > 22 ? String(name.prefix(21)) + "…" : name
  }

  /// A coordinate with one decimal.
  static func c(_ value: Double) -> String { HTMLText.number(value, places: 1, grouped: false) }
}
