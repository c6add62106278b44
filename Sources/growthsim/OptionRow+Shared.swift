import GrowthSim

/// The rows several commands share, each pointed at the field it sets, so `--seed` means the
/// same (limits, message) wherever it is taken.
extension OptionRow {
  static func output(_ field: WritableKeyPath<Settings, String?>) -> Self {
    .value("--out") { settings, value throws(UsageError) in settings[keyPath: field] = value.text }
  }

  static func seed(_ field: WritableKeyPath<Settings, UInt64?>) -> Self {
    .value("--seed") { settings, value throws(UsageError) in
      settings[keyPath: field] = try value.number(UInt64.self, in: 0...(1 << 53))
    }
  }

  static func replications(
    _ field: WritableKeyPath<Settings, Int?>, maximum: Int = 100_000
  ) -> Self {
    .value("--replications") { settings, value throws(UsageError) in
      settings[keyPath: field] = try value.number(Int.self, in: 1...maximum)
    }
  }

  static func jobs(_ field: WritableKeyPath<Settings, Int?>) -> Self {
    .value("--jobs") { settings, value throws(UsageError) in
      settings[keyPath: field] = try value.number(Int.self, in: 1...4096)
    }
  }

  /// `--set /json/pointer=VALUE`, in order.
  static func overrides(_ field: WritableKeyPath<Settings, [ScenarioOverride]>) -> Self {
    .value("--set") { settings, value throws(UsageError) in
      guard let override = ScenarioOverride(argument: value.text) else {
        throw value.invalid("expected /json/pointer=VALUE")
      }
      settings[keyPath: field].append(override)
    }
  }

  /// `--limit NAME=N`.
  static func limits(_ field: WritableKeyPath<Settings, RunLimits>) -> Self {
    .value("--limit") { settings, value throws(UsageError) in
      try Options.limit(value.text, into: &settings[keyPath: field], command: value.command)
    }
  }

  /// `--precision REL[:METRIC]`.
  static func precision(_ field: WritableKeyPath<Settings, PrecisionTarget?>) -> Self {
    .value("--precision") { settings, value throws(UsageError) in
      settings[keyPath: field] = try Options.precisionTarget(value.text, command: value.command)
    }
  }

  static func quiet(_ field: WritableKeyPath<Settings, Bool>) -> Self {
    .flag("--quiet", "-q") { $0[keyPath: field] = true }
  }

  /// `--force`: write into an `--out` folder that holds files growthsim did not write.
  static func force(_ field: WritableKeyPath<Settings, Bool>) -> Self {
    .flag("--force") { $0[keyPath: field] = true }
  }

  /// `--at DATE|DAY`: the figures on a day.
  static func at(_ field: WritableKeyPath<Settings, String?>) -> Self {
    .value("--at") { settings, value throws(UsageError) in settings[keyPath: field] = value.text }
  }

  /// `--window FROM..TO|CAMPAIGN`: the figures over a window.
  static func window(_ field: WritableKeyPath<Settings, String?>) -> Self {
    .value("--window") { settings, value throws(UsageError) in
      settings[keyPath: field] = value.text
    }
  }
}

extension OptionRow {
  /// `sweep` and `sensitivity`'s `--policies A,B…`, empty ids kept for the spec's check.
  static func policies(_ field: WritableKeyPath<Settings, [String]?>) -> Self {
    .value("--policies") { settings, value throws(UsageError) in
      settings[keyPath: field] = value.list(keepsEmpty: true)
    }
  }
}
