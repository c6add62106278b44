import Foundation
import Testing

@testable import GrowthSim

/// Agents on shifts (issue #14): an agent works `shiftHours` of the service hours, so a pool
/// too small for the day leaves hours nobody covers, and their chats wait for the next shift.
@Suite struct ServiceShiftsTests {
  /// The service hours' chats on the default profile (08:00–23:00, evening-peaked).
  static let rates: [Double] = {
    let profile = Platform.defaultDiurnalProfile
    return (0..<24).map { (8..<23).contains($0) ? profile[$0] * 2 : 0 }
  }()

  @Test func aLoneAgentTakesTheBusiestHoursAndTwoCoverTheDay() {
    let one = ServiceShifts(
      agents: 1, shiftHours: 8, ratePerHour: Self.rates, openHour: 8, closeHour: 23)
    #expect(one.starts == [15] && !one.coversEveryHour)
    #expect(
      (8..<15).allSatisfy { one.onDuty[$0] == 0 } && (15..<23).allSatisfy { one.onDuty[$0] == 1 })
    let two = ServiceShifts(
      agents: 2, shiftHours: 8, ratePerHour: Self.rates, openHour: 8, closeHour: 23)
    #expect(two.starts == [15, 8] && (8..<23).allSatisfy { two.onDuty[$0] >= 1 }, "\(two)")
    // The third agent joins the busiest hours per agent on duty: the evening.
    let three = ServiceShifts(
      agents: 3, shiftHours: 8, ratePerHour: Self.rates, openHour: 8, closeHour: 23)
    #expect(three.onDuty[21] == 2, "\(three)")
    let allDay = ServiceShifts(
      agents: 2, shiftHours: 15, ratePerHour: Self.rates, openHour: 8, closeHour: 23)
    #expect(allDay.coversEveryHour && (8..<23).allSatisfy { allDay.onDuty[$0] == 2 })
  }

  /// A lone 8-hour agent: every chat that arrives before the shift waits for its start, in the
  /// simulation and in mean field, and the day's response is far slower than with the agent
  /// on all 15 hours.
  @Test(arguments: 0..<3 as Range<UInt64>)
  func chatsBeforeTheShiftWaitForIt(seed: UInt64) {
    let handling = HandlingTime.exponential(meanMinutes: 5)
    var generator = SplitMix64(seed: seed)
    let shifts = ServiceShifts(
      agents: 1, shiftHours: 8, ratePerHour: Self.rates, openHour: 8, closeHour: 23)
    var early = 0
    CustomerService.simulateTickets(
      ratePerHour: Self.rates, agents: 1, chatsPerAgent: 5, handling: handling, openHour: 8,
      closeHour: 23, shifts: shifts, using: &generator
    ) { arrival, wait in
      if arrival < 15 * 60 {
        early += 1
        #expect(arrival + wait >= 15 * 60 - 1e-9, "\(arrival) + \(wait)")
      }
    }
    #expect(early > 30)
    let shifted = CustomerService.expectedDay(
      ratePerHour: Self.rates, agents: 1, chatsPerAgent: 5, handling: handling, shiftHours: 8)
    let allDay = CustomerService.expectedDay(
      ratePerHour: Self.rates, agents: 1, chatsPerAgent: 5, handling: handling)
    // Chats of 08:00–15:00 (a third) wait 3.5 hours on average for the 15:00 shift.
    #expect(shifted.meanResponseMinutes > 60 && allDay.meanResponseMinutes < 1, "\(shifted)")
    #expect(shifted.share3Minutes < 0.7 && shifted.sharePatience == shifted.share3Minutes)
  }

  /// In the hours the agents cover without a backlog, mean field is Erlang C over the hour's
  /// agents on duty: a constant light load, one 8-hour agent and one all day.
  @Test func meanFieldIsErlangCOverTheAgentsOnDuty() {
    let rates = (0..<24).map { (8..<23).contains($0) ? 12.0 : 0 }
    let handling = HandlingTime.exponential(meanMinutes: 5)
    let shifts = ServiceShifts(
      agents: 2, shiftHours: 8, ratePerHour: rates, openHour: 8, closeHour: 23)
    let day = CustomerService.expectedDay(
      ratePerHour: rates, agents: 2, chatsPerAgent: 2, handling: handling, shiftHours: 8)
    var within = 0.0
    for hour in 8..<23 {
      let tail = ErlangC.waitExceeds(
        3, agents: shifts.onDuty[hour] * 2, arrivalRate: 0.2, serviceRate: 0.2)
      within += 12 * (1 - tail)
    }
    #expect(CustomerServiceTests.isClose(day.answeredWithin3Minutes, within), "\(day) vs \(within)")
  }
}
