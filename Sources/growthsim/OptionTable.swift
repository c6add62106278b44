import GrowthSim

/// One option a command takes: its names, whether it takes a value, and what it does.
///
/// A command's options are a list of these rows (`Options+Run.swift` and
/// its neighbours); `Options.parse(_:rows:into:command:)` reads every command with them, so
/// adding an option is adding a row.
struct OptionRow<Settings> {
  /// The spellings, such as `--quiet` and `-q`.
  let names: [String]
  let action: Action

  enum Action {
    /// An option without a value (`--force`): given one, it is refused.
    case flag((inout Settings) -> Void)
    /// An option with a value, inline (`--seed=3`) or in the next word (`--seed 3`).
    case value((inout Settings, OptionValue) throws(UsageError) -> Void)
  }

  static func flag(_ names: String..., set: @escaping (inout Settings) -> Void) -> Self {
    OptionRow(names: names, action: .flag(set))
  }

  static func value(
    _ names: String...,
    set: @escaping (inout Settings, OptionValue) throws(UsageError) -> Void
  ) -> Self {
    OptionRow(names: names, action: .value(set))
  }
}

/// The value given to an option, with what the messages about it need.
struct OptionValue {
  let text: String
  /// The option's name as given, such as `--seed`.
  let option: String
  let command: Options.Command.Name

  /// "the value 'TEXT' is invalid for 'OPTION'", with what was expected when `expected` is
  /// given.
  func invalid(_ expected: String? = nil) -> UsageError {
    fail(
      "the value '\(text)' is invalid for '\(option)'" + (expected.map { " (\($0))" } ?? ""))
  }

  /// A usage error of this value's command.
  func fail(_ message: String) -> UsageError { UsageError(message: message, command: command) }

  /// The value as a number in `range` (the same limits as the scenario key it overrides).
  func number<T: LosslessStringConvertible & Comparable>(
    _ type: T.Type, in range: ClosedRange<T>
  ) throws(UsageError) -> T {
    guard let value = T(text), range.contains(value) else { throw invalid() }
    return value
  }

  /// The value split at commas; `keepsEmpty` keeps empty ids so a later check names them.
  func list(keepsEmpty: Bool = false) -> [String] {
    text.split(separator: ",", omittingEmptySubsequences: !keepsEmpty).map(String.init)
  }
}

extension Options {
  /// Reads `words` with a command's option rows into `settings`; returns the positional
  /// arguments (`-` is one), in order.
  static func parse<Settings>(
    _ words: ArraySlice<String>, rows: [OptionRow<Settings>], into settings: inout Settings,
    command: Command.Name
  ) throws(UsageError) -> [String] {
    var positionals: [String] = []
    var remaining = words
    while let word = remaining.popFirst() {
      guard word.hasPrefix("-"), word != "-" else {
        positionals.append(word)
        continue
      }
      var name = word
      var inline: String? = nil
      if let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inline = String(word[word.index(after: equals)...])
      }
      guard let row = rows.first(where: { $0.names.contains(name) }) else {
        throw UsageError(message: unknown(name, command: command), command: command)
      }
      switch row.action {
      case .flag(let set):
        guard inline == nil else {
          throw UsageError(message: "option '\(name)' takes no value", command: command)
        }
        set(&settings)
      case .value(let set):
        guard let text = inline ?? remaining.popFirst() else {
          throw UsageError(message: "missing value for '\(name)'", command: command)
        }
        try set(&settings, OptionValue(text: text, option: name, command: command))
      }
    }
    return positionals
  }

  /// At most one positional argument: the scenario file, or `nil` for the embedded default.
  static func scenarioFile(
    _ positionals: [String], command: Command.Name
  ) throws(UsageError) -> String? {
    guard positionals.count <= 1 else {
      throw UsageError(message: "unexpected argument '\(positionals[1])'", command: command)
    }
    return positionals.first
  }
}
