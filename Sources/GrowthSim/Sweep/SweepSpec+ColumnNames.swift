extension SweepSpec {
  /// The `sweep.csv` column of each parameter: its `name`, or a readable form of its pointer.
  ///
  /// The default is the shortest tail of the pointer's keys, joined by `_`, that starts with a
  /// letter and no other parameter shares (`/policies/0/ads/dailyBudget` → `dailyBudget`; two
  /// SKUs' stock → `skus_0_stock`, `skus_1_stock`), so R and pandas read it as it is. The
  /// manifest keeps the pointers.
  public static func columnNames(_ parameters: [SweepParameter]) -> [String] {
    let tokens = parameters.map { parameter in
      parameter.pointer.tokens.map { token -> String in
        switch token {
        case .index(let index): return "\(index)"
        case .key(let key):
          return String(key.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        }
      }
    }
    func tail(_ index: Int, _ length: Int) -> String {
      tokens[index].suffix(length).joined(separator: "_")
    }
    func startsWithLetter(_ text: String) -> Bool { text.first?.isLetter == true }
    var lengths = tokens.indices.map { index in
      var length = 1
      while length < tokens[index].count, !startsWithLetter(tail(index, length)) { length += 1 }
      return length
    }
    // Lengthen, round by round, every default that collides with another name or is a column
    // sweep.csv has anyway, until none does (or it is its whole pointer).
    while true {
      let current = tokens.indices.map { parameters[$0].name ?? tail($0, lengths[$0]) }
      let clashing = tokens.indices.filter { index in
        parameters[index].name == nil && lengths[index] < tokens[index].count
          && (isTakenColumn(current[index])
            || current.indices.contains { $0 != index && current[$0] == current[index] })
      }
      guard !clashing.isEmpty else { break }
      for index in clashing {
        // One key more, and more while the name would start with an index.
        repeat {
          lengths[index] += 1
        } while lengths[index] < tokens[index].count
          && !startsWithLetter(tail(index, lengths[index]))
      }
    }
    return tokens.indices.map { parameters[$0].name ?? tail($0, lengths[$0]) }
  }

  /// Whether `name` is a column `sweep.csv` has anyway: `point`, `seed`, `policy`,
  /// `probability_ahead` or a statistic (ending in `_mean`, `_se`, `_p05`, `_p50`, `_p95`,
  /// by which readers find where the parameters end).
  public static func isTakenColumn(_ name: String) -> Bool {
    ["point", "seed", "policy", "probability_ahead"].contains(name)
      || ["_mean", "_se", "_p05", "_p50", "_p95"].contains(where: name.hasSuffix)
  }
}
