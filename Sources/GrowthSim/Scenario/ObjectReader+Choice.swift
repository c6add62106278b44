extension ObjectReader {
  /// Reads one of a closed set of words as its enum case; an unreadable value is reported and
  /// reads as `fallback` (or the first case when the key is required).
  ///
  /// The words and the default come from the type, so the schema, the reader and the model
  /// cannot disagree.
  func choice<Choice: RawRepresentable & CaseIterable>(
    _ key: String, default fallback: Choice?, doc: String
  ) -> Choice where Choice.RawValue == String {
    let words = Choice.allCases.map(\.rawValue)
    let text = string(key, default: fallback?.rawValue, .oneOf(words), doc: doc)
    return Choice(rawValue: text) ?? fallback ?? Choice.allCases.first.unsafelyUnwrapped
  }
}
