import Foundation

/// A location inside a JSON document, written as an RFC 6901 JSON Pointer (`/merchants/0/id`).
///
/// Error messages print pointers, and sweeps name parameters with them, so a path copied from
/// an error can be pasted into a sweep.
public struct JSONPointer: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// One step of a pointer: an object key or an array index.
  public enum Token: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  /// The steps from the document root.
  public var tokens: [Token]

  /// The pointer to the whole document.
  public static let root = JSONPointer(tokens: [])

  /// Creates a pointer from its steps.
  public init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Parses the RFC 6901 text form; returns `nil` if it neither is empty nor starts with `/`
  /// or has an escape other than `~0` and `~1`.
  ///
  /// Purely numeric steps become indices; whether they address an array is decided where the
  /// pointer is resolved.
  public init?(_ text: String) {
    guard !text.isEmpty else {
      tokens = []
      return
    }
    guard text.hasPrefix("/") else { return nil }
    var parsed: [Token] = []
    for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
      var key = ""
      var escaped = false
      for character in raw {
        if escaped {
          guard character == "0" || character == "1" else { return nil }
          key.append(character == "0" ? "~" : "/")
          escaped = false
        } else if character == "~" {
          escaped = true
        } else {
          key.append(character)
        }
      }
      if escaped { return nil }
      let isIndex =
        !key.isEmpty && key.allSatisfy(\.isASCII) && key.allSatisfy(\.isNumber)
        && (key == "0" || !key.hasPrefix("0"))
      if isIndex, let index = Int(key) {
        parsed.append(.index(index))
      } else {
        parsed.append(.key(key))
      }
    }
    tokens = parsed
  }

  /// The pointer one step further down, into an object member.
  public func appending(_ key: String) -> JSONPointer {
    JSONPointer(tokens: tokens + [.key(key)])
  }

  /// The pointer one step further down, into an array element.
  public func appending(_ index: Int) -> JSONPointer {
    JSONPointer(tokens: tokens + [.index(index)])
  }

  /// The RFC 6901 text: `~` is written `~0` and `/` is written `~1`.
  ///
  /// Pointers reach messages with keys from hostile files, so a key's control characters are
  /// written JSON-style (`\u001B`, never the raw byte) and a key longer than
  /// `Self.shownKeyLength` characters is cut with `…` and its length. Keys the format knows
  /// are short and plain, so their pointers are exact.
  public var description: String {
    tokens.map { token -> String in
      switch token {
      case .index(let index): return "/\(index)"
      case .key(let key):
        let escaped = key.replacingOccurrences(of: "~", with: "~0")
          .replacingOccurrences(of: "/", with: "~1")
        let isPlain =
          key.utf8.count <= Self.shownKeyLength
          && !key.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        guard !isPlain else { return "/" + escaped }
        return "/" + JSONValue.escaped(escaped, limit: Self.shownKeyLength)
          + (key.count > Self.shownKeyLength ? "(\(key.count) characters)" : "")
      }
    }.joined()
  }

  /// The most characters of a key a message shows.
  static let shownKeyLength = 200

  /// A parent before its children, keys alphabetically, array indices numerically.
  public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
    for (left, right) in zip(lhs.tokens, rhs.tokens) where left != right {
      switch (left, right) {
      case (.index(let a), .index(let b)): return a < b
      case (.key(let a), .key(let b)): return a < b
      case (.index, .key): return true
      case (.key, .index): return false
      }
    }
    return lhs.tokens.count < rhs.tokens.count
  }
}
