#if canImport(Glibc)
  import Glibc
#endif

extension Files {
  /// Renames each temporary onto its destination, all or none.
  ///
  /// A rename that fails moves the files renamed before it back to their temporary names and puts back the destinations
  /// they replaced (from hard-linked backups), so a reader finds the whole old set or the
  /// whole new one (issue 21: a folder where `summary.csv` should go left a mixed set). The
  /// directories are synced afterwards. On failure the temporaries are left to the caller.
  static func replaceAll(_ pairs: [(temporary: String, destination: String)]) throws(FileError) {
    // A folder in a file's place fails every rename onto it: refuse before touching any.
    for pair in pairs {
      var status = stat()
      if lstat(pair.destination, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
        throw FileError(pair.destination, errno: EISDIR)
      }
    }
    /// Each file renamed so far and its destination's backup (`nil`: it did not exist).
    var done: [(temporary: String, destination: String, backup: String?)] = []
    do throws(FileError) {
      for pair in pairs {
        let backup = try backUp(pair.destination)
        guard rename(pair.temporary, pair.destination) == 0 else {
          let code = errno
          if let backup { restore(backup, to: pair.destination) }
          throw FileError(pair.destination, errno: code)
        }
        done.append((pair.temporary, pair.destination, backup))
      }
    } catch {
      for (temporary, destination, backup) in done.reversed() {
        _ = rename(destination, temporary)
        if let backup { restore(backup, to: destination) }
      }
      throw error
    }
    for backup in done.compactMap(\.backup) { unlink(backup) }
    for directory in Set(pairs.map { parent(of: $0.destination) }).sorted() {
      syncDirectory(directory)
    }
  }

  /// A second name for the file at `path`, or `nil` if there is no file there.
  ///
  /// It is a hard link, so `path` stays in place; where hard links are not supported the
  /// file is renamed.
  private static func backUp(_ path: String) throws(FileError) -> String? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    for _ in 0..<100 {
      let backup = Temporary.name(beside: path)
      if link(path, backup) == 0 { return backup }
      let code = errno
      if code == EEXIST { continue }
      if code == ENOENT { return nil }
      guard rename(path, backup) == 0 else { throw FileError(path, errno: errno) }
      return backup
    }
    throw FileError(path, errno: EEXIST)
  }

  /// Puts a backup back in place of `path`; a backup that is still a hard link of `path`
  /// is just removed (`rename` of two links of one file does nothing).
  private static func restore(_ backup: String, to path: String) {
    var saved = stat()
    var current = stat()
    if lstat(backup, &saved) == 0, lstat(path, &current) == 0, saved.st_dev == current.st_dev,
      saved.st_ino == current.st_ino
    {
      unlink(backup)
    } else {
      _ = rename(backup, path)
    }
  }
}
