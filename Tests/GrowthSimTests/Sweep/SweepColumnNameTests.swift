import Testing

@testable import GrowthSim

/// Swept parameters' `sweep.csv` columns: short names a person reads, not pointers.
@Suite struct SweepColumnNameTests {
  static func parameter(_ pointer: String, name: String? = nil) -> SweepParameter {
    SweepParameter(
      pointer: JSONPointer(pointer) ?? .root, domain: .values([.integer(1)]), name: name)
  }

  @Test func defaultsAreThePointersLastKeysLengthenedUntilDistinct() {
    #expect(
      SweepSpec.columnNames([
        Self.parameter("/policies/0/ads/dailyBudget"), Self.parameter("/calendar/days"),
      ]) == ["dailyBudget", "days"])
    #expect(
      SweepSpec.columnNames([
        Self.parameter("/merchants/0/skus/0/stock"), Self.parameter("/merchants/0/skus/1/stock"),
      ]) == ["skus_0_stock", "skus_1_stock"])
    // A tail that starts with an index takes its key; odd characters become '_'.
    #expect(SweepSpec.columnNames([Self.parameter("/merchants/0")]) == ["merchants_0"])
    #expect(SweepSpec.columnNames([Self.parameter("/a b/c~1d")]) == ["c_d"])
  }

  @Test func aGivenNameIsUsedAndOthersMoveAwayFromIt() {
    #expect(
      SweepSpec.columnNames([
        Self.parameter("/policies/0/ads/dailyBudget", name: "budget"),
        Self.parameter("/policies/1/ads/dailyBudget"),
      ]) == ["budget", "dailyBudget"])
    #expect(
      SweepSpec.columnNames([
        Self.parameter("/merchants/0/followers", name: "followers"),
        Self.parameter("/merchants/1/followers"),
      ]) == ["followers", "merchants_1_followers"])
  }

  @Test func aSpecNameIsReadCheckedAndKeptInTheDocument() throws {
    let good = try SweepSpec.decode(
      from: Array(
        #"{"version":1,"design":"grid","parameters":[{"pointer":"/calendar/days","name":"horizon","values":[10,20]}]}"#
          .utf8))
    #expect(good.parameters[0].name == "horizon")
    #expect(SweepSpec.columnNames(good.parameters) == ["horizon"])
    #expect(good.parameters[0].document.jsonText.contains(#""name":"horizon""#))
    for (name, reason) in [
      ("profit_cny_mean", "must not be a column sweep.csv has already"),
      ("seed", "must not be a column sweep.csv has already"),
      ("a b", "must be 1 to 64 letters"),
    ] {
      let text =
        #"{"version":1,"design":"grid","parameters":[{"pointer":"/calendar/days","name":"#
        + JSONValue.quoted(name) + #","values":[10]}]}"#
      #expect(throws: ScenarioLoadError.self) { try SweepSpec.decode(from: Array(text.utf8)) }
      do {
        _ = try SweepSpec.decode(from: Array(text.utf8))
      } catch {
        #expect("\(error)".contains(reason), "\(error)")
        #expect("\(error)".contains("/parameters/0/name"), "\(error)")
      }
    }
  }
}
