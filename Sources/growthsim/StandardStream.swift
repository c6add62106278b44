import Foundation

/// Standard output or standard error as a `TextOutputStream`.
struct StandardStream: TextOutputStream {
  let handle: FileHandle

  static let output = StandardStream(handle: .standardOutput)
  static let error = StandardStream(handle: .standardError)

  mutating func write(_ text: String) {
    handle.write(Data(text.utf8))
  }
}
