import Foundation

/// Closed forms of the stationary M/M/c queue: Erlang's delay formula and the waiting time.
///
/// Poisson arrivals at rate λ, `c` identical servers with exponential service at rate μ each,
/// first come first served, an unlimited waiting room, and a load ρ = λ / (c μ) below 1.
/// Erlang (1917), "Solution of some problems in the theory of probabilities of significance
/// in automatic telephone exchanges"; Kleinrock (1975), *Queueing Systems* Vol. 1, §3.5.
/// Rates may be in any time unit; waits come back in its reciprocal (per minute → minutes).
public enum ErlangC {
  /// Returns the probability that an arrival has to wait, C(c, a), for offered load a = λ / μ.
  ///
  /// Computed without factorials or powers, so it neither overflows nor loses precision for
  /// pools of thousands of agents: the Erlang B recursion B(0) = 1,
  /// B(k) = a B(k−1) / (k + a B(k−1)), then C = B / (1 − ρ (1 − B)) with ρ = a / c
  /// (e.g. Cooper (1981), *Introduction to Queueing Theory*, §3.4).
  ///
  /// - Parameters:
  ///   - agents: the number of servers c, at least 1.
  ///   - offeredLoad: a = λ / μ in erlangs, at least 0 and below `agents`.
  /// - Returns: C(c, a) in [0, 1); 0 when `offeredLoad` is 0.
  /// - Complexity: O(`agents`).
  public static func waitProbability(agents: Int, offeredLoad: Double) -> Double {
    precondition(agents >= 1, "ErlangC.waitProbability: agents \(agents) is below 1")
    precondition(
      offeredLoad >= 0 && offeredLoad.isFinite,
      "ErlangC.waitProbability: offered load \(offeredLoad) is not a finite non-negative number")
    precondition(
      offeredLoad < Double(agents),
      "ErlangC.waitProbability: offered load \(offeredLoad) is not below \(agents) agents")
    return uncheckedWaitProbability(agents: agents, offeredLoad: offeredLoad)
  }

  /// Returns C(c, a) without checking its arguments; callers guarantee c ≥ 1 and 0 ≤ a < c.
  ///
  /// Should rounding leave a = c, the result is 1 rather than a trap, which is what callers
  /// that compare rates (λ < c μ) rather than loads need.
  static func uncheckedWaitProbability(agents: Int, offeredLoad: Double) -> Double {
    var blocking = 1.0
    for k in 1...agents {
      let carried = offeredLoad * blocking
      blocking = carried / (Double(k) + carried)
    }
    let load = offeredLoad / Double(agents)
    return blocking / (1 - load * (1 - blocking))
  }

  /// Returns the mean wait in queue Wq = C(c, a) / (c μ − λ).
  ///
  /// - Parameters:
  ///   - agents: the number of servers c, at least 1.
  ///   - arrivalRate: λ, at least 0 and below c μ.
  ///   - serviceRate: μ of one server, positive.
  /// - Returns: the mean time from arrival to the start of service, in the reciprocal of the
  ///   rates' time unit.
  /// - Complexity: O(`agents`).
  public static func meanWait(agents: Int, arrivalRate: Double, serviceRate: Double) -> Double {
    let capacity = checkedCapacity(agents, arrivalRate, serviceRate, "meanWait")
    let probability = uncheckedWaitProbability(
      agents: agents, offeredLoad: arrivalRate / serviceRate)
    return probability / (capacity - arrivalRate)
  }

  /// Returns P(W > t) = C(c, a) e^{−(c μ − λ) t}, the chance that an arrival waits longer than t.
  ///
  /// Given that it waits, an arrival's wait is exponential with rate c μ − λ (Kleinrock 1975,
  /// §3.5), hence the formula; P(W > 0) is C itself.
  ///
  /// - Parameters:
  ///   - t: the wait threshold, at least 0, in the reciprocal of the rates' time unit.
  ///   - agents: the number of servers c, at least 1.
  ///   - arrivalRate: λ, at least 0 and below c μ.
  ///   - serviceRate: μ of one server, positive.
  /// - Returns: a probability in [0, 1).
  /// - Complexity: O(`agents`).
  public static func waitExceeds(
    _ t: Double, agents: Int, arrivalRate: Double, serviceRate: Double
  ) -> Double {
    precondition(t >= 0 && !t.isNaN, "ErlangC.waitExceeds: threshold \(t) is negative or NaN")
    let capacity = checkedCapacity(agents, arrivalRate, serviceRate, "waitExceeds")
    let probability = uncheckedWaitProbability(
      agents: agents, offeredLoad: arrivalRate / serviceRate)
    return probability * exp(-(capacity - arrivalRate) * t)
  }

  /// Checks the rates of `meanWait` and `waitExceeds` and returns the pool's capacity c μ.
  private static func checkedCapacity(
    _ agents: Int, _ arrivalRate: Double, _ serviceRate: Double, _ function: String
  ) -> Double {
    precondition(agents >= 1, "ErlangC.\(function): agents \(agents) is below 1")
    precondition(
      arrivalRate >= 0 && arrivalRate.isFinite,
      "ErlangC.\(function): arrival rate \(arrivalRate) is not a finite non-negative number")
    precondition(
      serviceRate > 0 && serviceRate.isFinite,
      "ErlangC.\(function): service rate \(serviceRate) is not a finite positive number")
    let capacity = Double(agents) * serviceRate
    precondition(
      arrivalRate < capacity,
      "ErlangC.\(function): arrival rate \(arrivalRate) is not below capacity \(capacity)")
    return capacity
  }
}
