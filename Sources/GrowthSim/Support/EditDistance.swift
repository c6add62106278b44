/// Edit distance (Levenshtein with transpositions), for "did you mean" suggestions on unknown keys and commands.
public enum EditDistance {
  /// The number of single-character insertions, deletions, substitutions and transpositions
  /// of neighbours from `a` to `b` (optimal string alignment), ignoring case.
  ///
  /// - Complexity: O(a.count × b.count).
  public static func between(_ a: String, _ b: String) -> Int {
    let source = Array(a.lowercased())
    let target = Array(b.lowercased())
    guard !source.isEmpty else { return target.count }
    guard !target.isEmpty else { return source.count }
    // Three rolling rows: the one before last is needed for transpositions.
    var beforeLast = [Int](repeating: 0, count: target.count + 1)
    var last = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for i in 1...source.count {
      current[0] = i
      for j in 1...target.count {
        let cost = source[i - 1] == target[j - 1] ? 0 : 1
        current[j] = min(last[j] + 1, current[j - 1] + 1, last[j - 1] + cost)
        if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
          current[j] = min(current[j], beforeLast[j - 2] + 1)
        }
      }
      (beforeLast, last, current) = (last, current, beforeLast)
    }
    return last[target.count]
  }

  /// The candidate closest to `word`, if it is a plausible typo of it.
  ///
  /// Plausible means at most 2 edits and at most a third of the word's length. Ties go to the
  /// earlier candidate.
  ///
  /// The cost is bounded whatever the word: one longer than `longestWord` characters (a
  /// hostile megabyte key) gets no suggestion, and a candidate whose length differs by more
  /// than 2 is skipped unmeasured.
  public static func nearest(to word: String, among candidates: [String]) -> String? {
    guard word.utf8.count <= longestWord * 4, word.count <= longestWord else { return nil }
    let length = word.count
    var best: (candidate: String, distance: Int)? = nil
    for candidate in candidates where abs(candidate.count - length) <= 2 {
      let distance = between(word, candidate)
      if distance <= min(2, max(1, word.count / 3)), distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// The longest word `nearest` suggests for: far above any key, id or command.
  public static let longestWord = 100
}
