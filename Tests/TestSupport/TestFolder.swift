import Foundation

/// Fresh folders for tests, all inside one folder of this test process that is removed when
/// the process exits, so no test leaves a folder behind, even one that fails half-way or
/// forgets its own clean-up.
public enum TestFolder {
  /// This process's folder under the system's temporary directory.
  private static let root: String = {
    let path = NSTemporaryDirectory() + "growthsim-tests-\(getpid())-\(UUID().uuidString.prefix(8))"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: TestFolder.root) }
    return path
  }()

  /// A new empty folder named `kind-…` (the kind tells which tests made it).
  public static func make(_ kind: String) throws -> String {
    let path = root + "/\(kind)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
