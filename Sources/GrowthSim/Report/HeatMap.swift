/// An inline SVG heat map: a metric over the grid of two parameters, each cell coloured on one
/// ramp from the lowest to the highest value and labelled with its value.
struct HeatMap {
  var title: String
  var xLabel: String
  var yLabel: String
  /// The column and row labels, left to right and bottom to top.
  var xValues: [String]
  var yValues: [String]
  /// `cells[row][column]`; `nil` where no point fell.
  var cells: [[Double?]]

  /// The `<svg>` element.
  var svg: String {
    let left = 90.0, top = 30.0, bottom = 46.0, legend = 120.0
    let cellWidth = max(24, min(90, 700 / Double(max(xValues.count, 1))))
    let cellHeight = max(18, min(40, 320 / Double(max(yValues.count, 1))))
    let width = left + cellWidth * Double(xValues.count) + legend
    let height = top + cellHeight * Double(yValues.count) + bottom
    let values = cells.flatMap { $0.compactMap { $0 } }.filter(\.isFinite)
    let low = values.min() ?? 0
    let high = values.max() ?? 1
    let c = LineChart.c
    var out = "<svg class=\"chart heatmap\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
    out += "\(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" "
    out += "aria-label=\"" + HTMLText.escape(title)
    out += "\">\n<title>" + HTMLText.escape(title) + "</title>\n<text class=\"title\" x=\""
    out += "\(c(left))\" y=\"18\">" + HTMLText.escape(title) + "</text>\n"
    for (row, rowCells) in cells.enumerated() {
      let y = top + cellHeight * Double(yValues.count - 1 - row)
      for (column, value) in rowCells.enumerated() {
        let x = left + cellWidth * Double(column)
        guard let value, value.isFinite else { continue }
        let share = high > low ? (value - low) / (high - low) : 0.5
        out += "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(cellWidth))\" height=\""
        out += "\(c(cellHeight))\" fill=\"\(ChartPalette.ramp(share))\"><title>"
        out += HTMLText.escape("\(xValues[column]), \(yValues[row]): ")
        out += HTMLText.figure(value) + "</title></rect>"
        if cellWidth >= 40 {
          out +=
            "<text class=\"cell\" x=\"\(c(x + cellWidth / 2))\" y=\"\(c(y + cellHeight / 2))\" "
          out += "fill=\"\(share > 0.6 ? "#222" : "#fff")\">\(ChartScale.label(value))</text>"
        }
        out += "\n"
      }
    }
    for (column, label) in xValues.enumerated() {
      out += "<text class=\"tick\" x=\"\(c(left + cellWidth * (Double(column) + 0.5)))\" y=\""
      out += "\(c(height - bottom + 14))\" text-anchor=\"middle\">" + HTMLText.escape(label)
      out += "</text>\n"
    }
    for (row, label) in yValues.enumerated() {
      out += "<text class=\"tick\" x=\"\(c(left - 6))\" y=\""
      out += "\(c(top + cellHeight * (Double(yValues.count - 1 - row) + 0.5)))\" "
      out += "text-anchor=\"end\" dy=\"0.32em\">" + HTMLText.escape(label) + "</text>\n"
    }
    let gridRight = left + cellWidth * Double(xValues.count)
    out += "<text class=\"axis-label\" x=\"\(c((left + gridRight) / 2))\" y=\"\(c(height - 6))\" "
    out += "text-anchor=\"middle\">" + HTMLText.escape(xLabel) + "</text>\n"
    out += "<text class=\"axis-label\" transform=\"translate(14 "
    out += "\(c(top + cellHeight * Double(yValues.count) / 2))) rotate(-90)\" "
    out += "text-anchor=\"middle\">" + HTMLText.escape(yLabel) + "</text>\n"
    for step in 0...4 {
      let share = Double(step) / 4
      let y = top + Double(4 - step) * 18
      out += "<rect x=\"\(c(gridRight + 16))\" y=\"\(c(y))\" width=\"16\" height=\"18\" fill=\""
      out += "\(ChartPalette.ramp(share))\"/><text class=\"tick\" x=\"\(c(gridRight + 38))\" y=\""
      out += "\(c(y + 9))\" dy=\"0.32em\">\(ChartScale.label(low + (high - low) * share))</text>\n"
    }
    return out + "</svg>\n"
  }
}
