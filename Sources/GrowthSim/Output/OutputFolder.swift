/// The folders growthsim writes into without `--force`: new ones, empty ones and ones that hold
/// only files growthsim itself wrote there, so a mistyped `--out` never mixes results into, or
/// replaces files in, a folder of other work (a home directory, a project folder).
///
/// What growthsim wrote is proven by the folder's markers (`OutputMarker`), not by names: a
/// `manifest.json` or `daily.csv` that no marker lists is someone else's.
public enum OutputFolder {
  /// The first entry of `directory`, in name order, that growthsim did not write; `nil` if
  /// the folder does not exist or holds only growthsim's files.
  ///
  /// - Throws: `FileError` if the folder exists but cannot be listed (it is not assumed
  ///   empty).
  public static func foreignEntry(in directory: String) throws(FileError) -> String? {
    let names: [String]
    do {
      names = try Files.list(directory)
    } catch {
      if !Files.exists(directory) { return nil }
      if Files.isDanglingLink(directory) { throw FileError(directory, Files.danglingLinkReason) }
      throw error
    }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    var own = OutputMarker()
    var markers: Set<String> = []
    for name in names where OutputMarker.isMarkerName(name) {
      guard let marker = OutputMarker(path: prefix + name) else { continue }
      markers.insert(name)
      own.files.formUnion(marker.files)
      own.running.formUnion(marker.running)
    }
    return names.first { name in
      !(markers.contains(name) || own.files.contains(name) || isLock(name)
        || Temporary.nonce(ofName: name).map(own.running.contains) == true || isChart(name))
    }
  }

  /// Whether `name` is an `OutputClaim`'s lock file (`.growthsim.lock`, left behind only by
  /// a killed run; the next claim takes it over, and refuses one that is not a lock file).
  private static func isLock(_ name: String) -> Bool {
    name.hasSuffix(".lock") && OutputMarker.isMarkerName(String(name.dropLast(".lock".count)))
  }

  /// The charts Scripts/plot.py and plot.gp draw beside the CSV files they read: growthsim
  /// never writes them, so they may stay.
  static func isChart(_ name: String) -> Bool {
    name.hasSuffix(".png")
      && ["daily-", "compare-", "sweep-", "providers-"].contains(where: name.hasPrefix)
  }
}
