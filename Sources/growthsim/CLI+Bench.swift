import GrowthSim

extension CLI {
  /// `growthsim bench`: measures every workload (`BenchMeasurement`, on this system's clock
  /// and kernel) and returns the table or the JSON object.
  static func bench(_ settings: Options.BenchSettings) -> String {
    let figures = BenchMeasurement(probe: SystemBenchProbe()).measure(settings.mode)
    return settings.isJSON ? figures.json : figures.text
  }
}
