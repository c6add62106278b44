/// `report.html`: one self-contained page of the results in a folder, made from the CSV files
/// there — the run's, the comparison's and the sweep's sections, whichever the folder holds.
///
/// `run`, `compare` and `sweep` write it beside their CSV files and `growthsim report DIR`
/// rewrites it, all through this one path: the same files and context give the same bytes.
public enum HTMLReport {
  /// The file's name.
  public static let fileName = "report.html"

  /// The page of the results in `directory`, with the figures of `--at`/`--window` first.
  public static func page(
    of directory: String, context: ReportContext,
    focus: [(title: String, figures: FocusFigures)] = []
  ) throws(ReportError) -> [UInt8] {
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    var sections: [ReportPage.Section] = []
    if let focusSection = ReportPage.focus(focus) { sections.append(focusSection) }
    let headline = try RunSections.headline(prefix)
    if let headline { sections.append(headline) }
    if let providers = try RunSections.providers(prefix) { sections.append(providers) }
    let totals = try DailyTotals.read(prefix + "daily.csv")
    if let totals {
      let merchants = try merchantCount(prefix)
      sections += RunSections.daily(
        totals, windows: context.campaigns ?? totals.campaigns, merchants: merchants)
      if let skus = try SkuSections.section(
        prefix, windows: context.campaigns ?? totals.campaigns)
      {
        sections.append(skus)
      }
    } else if headline != nil {
      sections.append(
        ReportPage.Section(
          id: "daily", heading: "Day by day",
          body: "<p>No <code>daily.csv</code> here (the scenario's <code>/output/daily</code> "
            + "is off): no daily charts.</p>\n"))
    }
    if let targets = try RunSections.targets(prefix) { sections.append(targets) }
    sections += try CompareSections.sections(
      prefix, windows: context.campaigns ?? totals?.campaigns)
    sections += try SweepSections.sections(prefix)
    guard !sections.isEmpty else { throw .nothingToReport(directory: directory) }
    return Array(ReportPage.html(context: context, sections: sections).utf8)
  }

  /// Writes `report.html` into `directory` (claimed as the CSV writers claim it, replaced all
  /// or nothing) and returns its path.
  public static func write(
    into directory: String, context: ReportContext,
    focus: [(title: String, figures: FocusFigures)] = [], cancellation: Cancellation? = nil
  ) throws(ReportError) -> String {
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    let path = prefix + fileName
    let claim: OutputClaim
    do {
      claim = try OutputClaim(directory, names: [fileName])
    } catch {
      throw .file(error)
    }
    defer { claim.release() }
    let bytes = try page(of: directory, context: context, focus: focus)
    do {
      try Files.writeAll([(path, bytes)], cancellation: cancellation)
    } catch {
      throw .file(error)
    }
    return path
  }

  /// The number of merchants in `summary.csv` (1 without it).
  private static func merchantCount(_ prefix: String) throws(ReportError) -> Int {
    guard var file = try ReportCSV(path: prefix + "summary.csv") else { return 1 }
    let column = try file.index(of: "merchant")
    var merchants = Set<Substring>()
    while let row = try file.next() { merchants.insert(row[column]) }
    return max(merchants.count, 1)
  }
}
