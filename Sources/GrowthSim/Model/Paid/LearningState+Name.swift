extension LearningState {
  /// `learning`, `stable` or `failed`, for the CSV.
  var name: String {
    switch self {
    case .learning: return "learning"
    case .stable: return "stable"
    case .failed: return "failed"
    }
  }
}
