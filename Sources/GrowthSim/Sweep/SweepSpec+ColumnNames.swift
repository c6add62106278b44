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
    // Lengthen the defaults that collide until they differ (or use their whole pointer).
    var changed = true
    while changed {
      changed = false
      for index in tokens.indices where parameters[index].name == nil {
        let name = tail(index, lengths[index])
        let clashes = tokens.indices.contains { other in
          other != index
            && (parameters[other].name ?? tail(other, lengths[other])) == name
        }
        guard clashes else { continue }
        // One key more, and more while the name would start with an index.
        repeat {
          guard lengths[index] < tokens[index].count else { break }
          lengths[index] += 1
          changed = true
        } while !startsWithLetter(tail(index, lengths[index]))
      }
    }
    return tokens.indices.map { parameters[$0].name ?? tail($0, lengths[$0]) }
  }
}
