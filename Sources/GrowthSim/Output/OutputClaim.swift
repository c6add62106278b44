#if canImport(Glibc)
  import Glibc
#endif

/// A writer's hold on an output folder, from before its first temporary to after its last
/// rename: the folder's lock, its marker, and the clean-up of a killed run's temporaries.
///
/// - The lock is `.growthsim.lock` (`.growthsim.part-K-of-N.lock` for a sweep shard, so the
///   shards of one sweep may share a folder): an exclusive `flock` held while the claim
///   lives, released by the kernel however the process ends (`kill -9` included). A second
///   writer is refused at once, naming the holder's pid, which the lock file holds.
/// - The marker (`OutputMarker`) lists the files the writer is about to write, before it
///   creates any, and this process's temporary nonce as running; `release` keeps only the
///   listed files that exist and drops the nonce.
/// - Temporaries whose nonce a marker of this scope lists as running belong to a run that
///   died holding this very lock: they are removed. The marker itself is rewritten in place
///   (`Files.overwrite`), so that it has no temporary of its own that nothing could vouch for. A user's file is never removed, even one
///   named like a temporary: its nonce is in no marker.
final class OutputClaim {
  let directory: String
  private let markerPath: String
  private let lockPath: String
  private let names: [String]
  private let createdDirectory: Bool
  private var descriptor: Int32
  private var previous: OutputMarker

  /// Claims `directory` (made if needed) for writing `names` in `scope` (`""`, or a shard's
  /// `.part-K-of-N`).
  ///
  /// - Throws: `FileError` if the folder cannot be made or listed, or another process holds
  ///   the lock (`in use by another growthsim (pid N)`).
  init(_ directory: String, scope: String = "", names: [String]) throws(FileError) {
    self.directory = directory
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    markerPath = prefix + OutputMarker.name(scope: scope)
    lockPath = markerPath + ".lock"
    self.names = names
    createdDirectory = !Files.exists(directory)
    try Files.makeDirectory(directory)
    descriptor = try Self.lock(lockPath, directory: directory)
    previous = OutputMarker(path: markerPath) ?? OutputMarker()
    do throws(FileError) {
      let entries = try Files.list(directory)
      for name in entries {
        guard let nonce = Temporary.nonce(ofName: name), previous.running.contains(nonce)
        else { continue }
        try Files.remove(prefix + name)
      }
      previous.running = []
      var marker = previous
      marker.files.formUnion(names)
      marker.running = [Temporary.nonce]
      try Files.overwrite(markerPath, with: marker.bytes)
    } catch {
      unlock()
      throw error
    }
  }

  deinit { release() }

  /// Rewrites the marker and lets the lock go.
  ///
  /// The marker keeps the listed files that exist and no running nonce. A folder this claim made that holds none of its files is removed again.
  func release() {
    guard descriptor >= 0 else { return }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    let marker = OutputMarker(
      files: previous.files.union(names).filter { Files.exists(prefix + $0) })
    if createdDirectory, marker.files.isEmpty {
      try? Files.remove(markerPath)
      unlock()
      Files.removeIfEmpty(directory)
      return
    }
    try? Files.overwrite(markerPath, with: marker.bytes)
    unlock()
  }

  /// Removes the lock file while still holding it, then closes it (a waiting opener of the
  /// removed file sees it is gone and opens the new one: `lock`).
  private func unlock() {
    guard descriptor >= 0 else { return }
    unlink(lockPath)
    close(descriptor)
    descriptor = -1
  }

  /// Opens and locks the lock file, and writes this process's pid into it.
  private static func lock(_ path: String, directory: String) throws(FileError) -> Int32 {
    for _ in 0..<100 {
      let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else { throw FileError(path, errno: errno) }
      guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
        let code = errno
        let holder = Files.readRegularFile(path, limit: 4096).flatMap(pid(in:))
        close(descriptor)
        guard code == EWOULDBLOCK else { throw FileError(path, errno: code) }
        throw FileError(
          directory,
          "in use by another growthsim (pid \(holder.map(String.init) ?? "unknown")); "
            + "wait for it to finish")
      }
      // The holder may have removed the file between our open and our lock: lock the new one.
      var opened = stat()
      var named = stat()
      guard fstat(descriptor, &opened) == 0, lstat(path, &named) == 0,
        opened.st_dev == named.st_dev, opened.st_ino == named.st_ino
      else {
        close(descriptor)
        continue
      }
      var bytes = [UInt8](repeating: 0, count: 4096)
      let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
      guard count == 0 || pid(in: Array(bytes.prefix(max(0, count)))) != nil else {
        close(descriptor)
        throw FileError(path, "is not growthsim's lock file; remove it if no growthsim runs")
      }
      let text = Array("growthsim pid \(getpid())\n".utf8)
      guard ftruncate(descriptor, 0) == 0,
        text.withUnsafeBytes({ pwrite(descriptor, $0.baseAddress, $0.count, 0) }) == text.count
      else {
        let code = errno
        close(descriptor)
        throw FileError(path, errno: code)
      }
      return descriptor
    }
    throw FileError(path, "kept changing while it was being locked")
  }

  /// The pid a lock file names (`growthsim pid N`).
  private static func pid(in bytes: [UInt8]) -> Int? {
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.hasPrefix("growthsim pid ") else { return nil }
    return Int(text.dropFirst("growthsim pid ".count).prefix { $0.isNumber })
  }
}
