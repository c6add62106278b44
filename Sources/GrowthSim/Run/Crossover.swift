/// The crossover day of a paired series (MODEL.md §4): the first day from which the
/// challenger's cumulative lead over the reference stays positive to the horizon.
public enum Crossover {
  /// The first index from which every `leads` value is above zero.
  ///
  /// `nil` if the last one is not (the challenger never ends ahead); day 0 when it leads
  /// throughout.
  ///
  /// - Complexity: O(n), scanning back from the horizon.
  public static func day(_ leads: [Double]) -> Int? {
    guard let last = leads.last, last > 0 else { return nil }
    var day = leads.count - 1
    while day > 0, leads[day - 1] > 0 { day -= 1 }
    return day
  }
}
