/// `sensitivity.csv`: one row per parameter × metric, parameters in design order within each
/// metric — `mu_star`, `mu`, `sigma` for Morris; `S1`, `S1_low`, `S1_high`, `ST`, `ST_low`,
/// `ST_high` for Sobol — and, with second order, `sensitivity_second_order.csv`: one row per
/// pair of parameters × metric.
public enum SensitivityTable {
  /// The file names.
  public static let fileName = "sensitivity.csv"
  public static let secondOrderFileName = "sensitivity_second_order.csv"

  /// Decimals of the indices (shares of variance).
  static let indexPlaces = 4

  /// The Morris table; `effects[metric][parameter]`.
  public static func morris(
    parameters: [JSONPointer], metrics: [SensitivityMetric], effects: [[MorrisEffects]]
  ) -> [UInt8] {
    var writer = CSVWriter()
    writer.header(["parameter", "metric", "mu_star", "mu", "sigma"])
    for (metric, rows) in zip(metrics, effects) {
      let places = metric.name.hasSuffix("_cny") ? 2 : 4
      for (parameter, row) in zip(parameters, rows) {
        writer.text(parameter.description)
        writer.text(metric.name)
        writer.number(row.muStar, places: places)
        writer.number(row.mu, places: places)
        writer.number(row.sigma, places: places)
        writer.endRow()
      }
    }
    return writer.bytes
  }

  /// The Sobol table; `indices[metric]`.
  public static func sobol(
    parameters: [JSONPointer], metrics: [SensitivityMetric], indices: [SobolIndices]
  ) -> [UInt8] {
    var writer = CSVWriter()
    writer.header(["parameter", "metric", "S1", "S1_low", "S1_high", "ST", "ST_low", "ST_high"])
    for (metric, result) in zip(metrics, indices) {
      for (index, parameter) in parameters.enumerated() {
        writer.text(parameter.description)
        writer.text(metric.name)
        write(result.first[index], to: &writer)
        write(result.total[index], to: &writer)
        writer.endRow()
      }
    }
    return writer.bytes
  }

  /// The second-order table; `indices[metric]`.
  public static func secondOrder(
    parameters: [JSONPointer], metrics: [SensitivityMetric], indices: [SobolIndices]
  ) -> [UInt8] {
    var writer = CSVWriter()
    writer.header(["parameter_1", "parameter_2", "metric", "S2", "S2_low", "S2_high"])
    for (metric, result) in zip(metrics, indices) {
      for pair in result.second {
        writer.text(parameters[pair.first].description)
        writer.text(parameters[pair.second].description)
        writer.text(metric.name)
        write(pair.estimate, to: &writer)
        writer.endRow()
      }
    }
    return writer.bytes
  }

  private static func write(_ estimate: Estimate?, to writer: inout CSVWriter) {
    writer.number(estimate?.value, places: indexPlaces)
    writer.number(estimate?.low, places: indexPlaces)
    writer.number(estimate?.high, places: indexPlaces)
  }
}
