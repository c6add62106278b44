/// The HTML page around the report's sections: one self-contained file, styles inline, no
/// script, no font or image from elsewhere, so it opens the same in any browser, offline.
enum ReportPage {
  /// One `<section>`: its id (what the CI checker looks for), heading and body.
  struct Section {
    var id: String
    var heading: String
    var body: String
  }

  static let style = """
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;margin:0 auto;\
    max-width:1000px;padding:16px 24px 48px}
    h1{font-size:22px;margin:8px 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid \
    #ddd;padding-bottom:4px}p.lead{color:#444;margin:4px 0}p.note{color:#666;font-size:12px}
    table{border-collapse:collapse;margin:8px 0;font-variant-numeric:tabular-nums;display:block;\
    overflow-x:auto;max-width:100%}
    th,td{padding:3px 7px;border-bottom:1px solid #eee;text-align:right;white-space:nowrap}
    th:first-child,td:first-child{text-align:left}th{background:#f6f6f6}
    span.band{color:#777;font-size:11px}td span.band{display:block}
    svg.chart{width:100%;height:auto;display:block;margin:10px 0}
    svg.heatmap{width:auto;max-width:100%}
    svg .title{font-size:13px;font-weight:600}svg .tick{font-size:11px;fill:#555}
    svg .axis-label{font-size:11px;fill:#333}svg .legend{font-size:11px}
    svg .grid{stroke:#eee}svg .axis{stroke:#888}svg .line{fill:none;stroke-width:1.6}
    svg .band{opacity:.18;stroke:none}svg .whisker{stroke-width:1.2}
    svg .window{fill:#f4d58d;opacity:.35}svg .window-label{font-size:10px;fill:#8a6d1d}
    svg .marker{stroke:#c00;stroke-dasharray:4 3}svg .marker-label{font-size:10px;fill:#c00}
    svg .cell{font-size:10px;text-anchor:middle;dominant-baseline:central}
    """

  /// The page: title, the scenario's description and sentence, then the sections.
  static func html(context: ReportContext, sections: [Section]) -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>" + HTMLText.escape(context.name) + " — growthsim report</title>\n"
    out += "<style>\n" + style + "\n</style>\n</head>\n<body>\n<header id=\"scenario\">\n"
    out += "<h1>" + HTMLText.escape(context.name) + "</h1>\n"
    if !context.description.isEmpty {
      out += "<p class=\"lead\">" + HTMLText.escape(context.description) + "</p>\n"
    }
    if !context.sentence.isEmpty {
      out += "<p class=\"lead\">" + HTMLText.escape(context.sentence) + "</p>\n"
    }
    out += "<p class=\"note\">Lines are means across replications; bands and [low…high] are "
    out += "the 5th–95th percentiles of the replications (not a confidence interval of the "
    out += "mean). Money in yuan. Days count from 0 (the start date), as in the CSV files.</p>\n"
    out +=
      "<nav>"
      + sections.map { "<a href=\"#\($0.id)\">\(HTMLText.escape($0.heading))</a>" }
      .joined(separator: " · ") + "</nav>\n</header>\n"
    for section in sections {
      out += "<section id=\"\(section.id)\">\n<h2>" + HTMLText.escape(section.heading) + "</h2>\n"
      out += section.body + "</section>\n"
    }
    return out + "<footer><p class=\"note\">Written by growthsim from the CSV files beside this "
      + "page.</p></footer>\n</body>\n</html>\n"
  }

  /// A table: the header cells and rows of cells, all already HTML.
  static func table(_ header: [String], _ rows: [[String]]) -> String {
    var out = "<table>\n<tr>" + header.map { "<th>\($0)</th>" }.joined() + "</tr>\n"
    for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
    return out + "</table>\n"
  }

  /// The focus figures (`--at`, `--window`) as a section.
  static func focus(_ figures: [(title: String, figures: FocusFigures)]) -> Section? {
    guard let first = figures.first else { return nil }
    var body = "<p>Mean [5 %…95 %] across \(first.figures.replications) replication(s)"
    body +=
      first.figures.span.to > first.figures.span.from
      ? "; flows summed over the window, levels on its last day.</p>\n" : ".</p>\n"
    let titles = figures.map(\.title)
    var rows: [[String]] = first.figures.rows.indices.map { index in
      [HTMLText.escape(first.figures.rows[index].metric)]
        + figures.map { entry in
          let row = entry.figures.rows[index]
          return HTMLText.spread(row.mean, row.p05, row.p95)
        }
    }
    rows.append(
      ["P(a SKU out of stock)"]
        + figures.map { entry in
          entry.figures.stockOutProbability.map {
            HTMLText.number($0 * 100, places: 1) + " %"
          } ?? "–"
        })
    body += table(["metric"] + titles.map(HTMLText.escape), rows)
    return Section(id: "focus", heading: "Figures " + first.figures.heading, body: body)
  }
}
