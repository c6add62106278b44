extension Scenario {
  /// The kind of value the format expects at `pointer`, or `nil` if no key of the format
  /// lives there (the loader then reports it as unknown).
  ///
  /// Array steps match any index: `/merchants/4/skus/0/stock` is an integer key whether or not
  /// the scenario has five merchants.
  public static func schemaKind(at pointer: JSONPointer) -> SchemaProperty.Kind? {
    var properties = schema
    var kind: SchemaProperty.Kind? = nil
    var tokens = pointer.tokens[...]
    while let token = tokens.popFirst() {
      guard case .key(let key) = token, let property = properties.first(where: { $0.name == key })
      else { return nil }
      kind = property.kind
      switch property.kind {
      case .object(let children):
        properties = children
      case .objects(_, let children):
        guard let index = tokens.popFirst() else { return property.kind }
        guard case .index = index else { return nil }
        properties = children
      case .numbers(_, let bounds):
        guard let index = tokens.popFirst() else { return property.kind }
        guard case .index = index, tokens.isEmpty else { return nil }
        return .number(bounds)
      case .strings(_, _, let rule):
        guard let index = tokens.popFirst() else { return property.kind }
        guard case .index = index, tokens.isEmpty else { return nil }
        return .string(rule)
      default:
        return tokens.isEmpty ? property.kind : nil
      }
    }
    return kind
  }
}
