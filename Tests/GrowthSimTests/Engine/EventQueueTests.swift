import Testing

@testable import GrowthSim

@Suite struct EventQueueTests {
  @Test func eventsPopInTimeOrder() {
    var queue = EventQueue<String>()
    queue.schedule("c", at: 30)
    queue.schedule("a", at: 10)
    queue.schedule("b", at: 20)
    var popped: [String] = []
    while let (_, event) = queue.popNext() { popped.append(event) }
    #expect(popped == ["a", "b", "c"])
  }

  @Test func simultaneousEventsPopInScheduleOrder() {
    var queue = EventQueue<Int>()
    for index in 0..<50 { queue.schedule(index, at: 5) }
    queue.schedule(-1, at: 4)
    var popped: [Int] = []
    while let (_, event) = queue.popNext() { popped.append(event) }
    #expect(popped == [-1] + Array(0..<50))
  }

  @Test func clockAdvancesToEachEventAndEventsScheduledNowRunAfterEarlierTies() {
    var queue = EventQueue<String>()
    queue.schedule("first", at: 10)
    queue.schedule("second", at: 10)
    var trace: [String] = []
    while let (time, event) = queue.popNext() {
      trace.append("\(time):\(event)")
      #expect(queue.now == time)
      if event == "first" { queue.schedule("spawned", after: 0) }
    }
    #expect(trace == ["10.0:first", "10.0:second", "10.0:spawned"])
  }

  @Test func cancelledEventsNeverPop() {
    var queue = EventQueue<String>()
    let keep = queue.schedule("keep", at: 1)
    let drop = queue.schedule("drop", at: 2)
    queue.schedule("later", at: 3)
    let first = queue.cancel(drop)
    let again = queue.cancel(drop)
    #expect(first && !again)
    #expect(queue.count == 2)
    let popped = queue.popNext()?.event
    let afterItHappened = queue.cancel(keep)
    let next = queue.popNext()?.event
    let none = queue.popNext()
    #expect(popped == "keep" && !afterItHappened && next == "later" && none == nil)
  }

  @Test func popThroughStopsAtTheLimitAndMovesTheClock() {
    var queue = EventQueue<String>()
    queue.schedule("a", at: 5)
    queue.schedule("b", at: 15)
    let a = queue.popNext(through: 10)?.event
    let none = queue.popNext(through: 10)
    #expect(a == "a" && none == nil)
    #expect(queue.now == 10)
    #expect(queue.nextTime == 15)
    let b = queue.popNext(through: 15)?.event
    #expect(b == "b")
  }

  @Test(arguments: 0..<20 as Range<UInt64>)
  func randomSchedulesPopSortedByTimeThenSequence(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    var queue = EventQueue<Int>()
    var expected: [(time: Double, order: Int)] = []
    var tokens: [EventToken] = []
    for order in 0..<500 {
      // Coarse times force many ties.
      let time = Double(generator.next() % 40)
      tokens.append(queue.schedule(order, at: time))
      expected.append((time, order))
    }
    var cancelled = Set<Int>()
    for order in stride(from: 3, to: 500, by: 7) {
      let wasPending = queue.cancel(tokens[order])
      #expect(wasPending, "seed \(seed)")
      cancelled.insert(order)
    }
    let sorted = expected.filter { !cancelled.contains($0.order) }
      .sorted { ($0.time, $0.order) < ($1.time, $1.order) }.map(\.order)
    var popped: [Int] = []
    while let (_, event) = queue.popNext() { popped.append(event) }
    #expect(popped == sorted, "seed \(seed)")
  }
}

@Suite struct EventQueueLayoutTests {
  @Test func countNextTimeAndCancelSeeTheVacantRootAfterAPop() {
    var queue = EventQueue<String>()
    for (event, time) in [("a", 1.0), ("b", 4), ("c", 2), ("d", 3), ("e", 5), ("f", 2.5)] {
      queue.schedule(event, at: time)
    }
    let a = queue.popNext()?.event
    #expect(a == "a" && queue.count == 5 && queue.nextTime == 2)
    let late = queue.schedule("late", at: 9)
    _ = queue.popNext()
    #expect(queue.cancel(late) && queue.count == 4)
    var rest: [String] = []
    while let (_, event) = queue.popNext() { rest.append(event) }
    #expect(rest == ["f", "d", "b", "e"] && queue.isEmpty && queue.nextTime == nil)
  }

  @Test func negativeTimesAndSignedZerosKeepNumericOrderThenScheduleOrder() {
    var queue = EventQueue<Int>(start: -100)
    let times: [Double] = [3, -0.0, -50.5, 0, -1e-300, 1e-300, -50.5, 0x1p60, -0.0]
    for (index, time) in times.enumerated() { queue.schedule(index, at: time) }
    var popped: [Int] = []
    while let (time, event) = queue.popNext() {
      #expect(time == times[event])
      popped.append(event)
    }
    // −0 and +0 are equal times, so they come out in schedule order.
    #expect(popped == [2, 6, 4, 1, 3, 8, 5, 0, 7])
  }

  @Test(arguments: 0..<10 as Range<UInt64>)
  func interleavedHoldsPopInTheSameOrderAsASortedList(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    var queue = EventQueue<Int>()
    var reference: [(time: Double, order: Int)] = []
    var next = 0
    for _ in 0..<200 {
      let time = Double(generator.next() % 10)
      queue.schedule(next, at: time)
      reference.append((time, next))
      next += 1
    }
    for step in 0..<2000 {
      reference.sort { ($0.time, $0.order) < ($1.time, $1.order) }
      let expected = reference.removeFirst()
      let popped = queue.popNext()
      #expect(popped?.event == expected.order && popped?.time == expected.time, "step \(step)")
      // Zero to two new events, often at the same time as the one just popped.
      for _ in 0..<Int(generator.next() % 3) {
        let time = expected.time + Double(generator.next() % 3)
        queue.schedule(next, at: time)
        reference.append((time, next))
        next += 1
      }
      if reference.isEmpty { break }
    }
    #expect(queue.count == reference.count)
  }
}

@Suite struct EventQueuePreconditionTests {
  @Test func schedulingInThePastTraps() async {
    await #expect(processExitsWith: .failure) {
      var queue = EventQueue<Int>()
      queue.schedule(1, at: 10)
      _ = queue.popNext()
      queue.schedule(2, at: 5)
    }
  }

  @Test func schedulingAtANonFiniteTimeTraps() async {
    await #expect(processExitsWith: .failure) {
      var queue = EventQueue<Int>()
      queue.schedule(1, at: .infinity)
    }
  }

  @Test func aNegativeDelayTraps() async {
    await #expect(processExitsWith: .failure) {
      var queue = EventQueue<Int>()
      queue.schedule(1, after: -1)
    }
  }
}
