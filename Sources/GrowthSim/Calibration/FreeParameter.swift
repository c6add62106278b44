import Foundation

/// One scenario number that a calibration estimates, named by its JSON Pointer, with a flat
/// prior between two bounds: uniform, or uniform in the logarithm on a log scale.
public struct FreeParameter: Sendable, Equatable {
  /// How the prior spreads over the range.
  public enum Scale: String, Sendable, Equatable, CaseIterable {
    /// Uniform between the bounds.
    case linear
    /// Uniform in the logarithm (log-uniform): each factor of ten is as likely as the next.
    case log
  }

  /// Where in the scenario the value goes.
  public var pointer: JSONPointer
  /// The lowest value the prior allows.
  public var low: Double
  /// The highest value the prior allows.
  public var high: Double
  /// The prior's scale.
  public var scale: Scale
  /// Whether the key takes whole numbers only (the value is rounded before it is set);
  /// resolved from the scenario format by `CalibrationPlan`.
  public var isInteger: Bool
  /// Where a joint calibration sets it (docs/calibration.md, "Joint calibration"): `nil` in
  /// every scenario, `world` in the world file the scenarios include, or a scenario's name in
  /// that scenario alone.
  public var scope: String?
  /// The scope that names the world file.
  public static let worldScope = "world"

  /// The parameter as the command line writes it: `SCOPE:/pointer`, or the pointer alone.
  public var label: String { (scope.map { $0 + ":" } ?? "") + pointer.description }

  /// Creates a parameter.
  public init(
    pointer: JSONPointer, low: Double, high: Double, scale: Scale = .linear,
    isInteger: Bool = false, scope: String? = nil
  ) {
    self.pointer = pointer
    self.low = low
    self.high = high
    self.scale = scale
    self.isInteger = isInteger
    self.scope = scope
  }

  /// The coordinate the sampler works in: the value, or its logarithm on a log scale, in
  /// which the prior is flat and the perturbation kernel symmetric.
  func coordinate(of value: Double) -> Double {
    scale == .log ? Foundation.log(value) : value
  }

  /// The value at a sampler coordinate, rounded for an integer key.
  func value(at coordinate: Double) -> Double {
    let value = scale == .log ? exp(coordinate) : coordinate
    let clamped = min(high, max(low, value))
    return isInteger ? clamped.rounded() : clamped
  }

  /// The prior's support in sampler coordinates.
  var coordinateRange: ClosedRange<Double> { coordinate(of: low)...coordinate(of: high) }

  /// The value as the JSON number a scenario holds: whole for an integer key.
  func json(_ value: Double) -> JSONValue {
    isInteger ? .integer(Int(value.rounded())) : .number(JSONNumber(value))
  }
}

extension FreeParameter {
  /// Reads a parameter of a spec document.
  init(reading r: ObjectReader) {
    let text = r.string(
      "pointer", default: nil, .text, doc: "JSON Pointer to the scenario number to estimate.")
    if let parsed = JSONPointer(text), !parsed.tokens.isEmpty {
      pointer = parsed
    } else {
      pointer = .root
      if !text.isEmpty || r.has("pointer") {
        r.report(
          r.pointer.appending("pointer"),
          "must be a JSON Pointer such as \"/categories/0/entryRate\", "
            + "got \(JSONValue.string(text).excerpt)")
      }
    }
    let before = r.issueCount
    low = r.number("low", default: nil, doc: "Lowest value of the prior.")
    high = r.number("high", default: nil, doc: "Highest value of the prior.")
    let scaleText = r.string(
      "scale", default: Scale.linear.rawValue, .oneOf(Scale.allCases.map(\.rawValue)),
      doc: "linear (uniform prior) or log (log-uniform prior).")
    scale = Scale(rawValue: scaleText) ?? .linear
    isInteger = false
    scope = r.optionalString(
      "scope", .text,
      doc: "Joint calibration: world (the world file), a scenario's name, or none (every one).")
    guard r.issueCount == before else { return }
    if high <= low {
      r.report(
        r.pointer.appending("high"),
        "must be greater than low (\(Bounds.text(low))), got \(Bounds.text(high))")
    }
    if scale == .log, low <= 0 {
      r.report(
        r.pointer.appending("low"), "must be greater than 0 on a log scale, got \(Bounds.text(low))"
      )
    }
  }

  /// The parameter as a spec document, every key written out.
  var document: JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("pointer", .string(pointer.description)), ("low", .number(JSONNumber(low))),
      ("high", .number(JSONNumber(high))), ("scale", .string(scale.rawValue)),
    ]
    if let scope { members.append(("scope", .string(scope))) }
    return .object(JSONObject(members: members))
  }
}
