import Testing

@testable import GrowthSim

@Suite struct CohortTests {
  static let cohort = #"""
    [{"id": "belt", "count": 40, "seed": 3,
      "template": {"category": "apparel", "policy": "steady", "followers": 100,
                   "skus": [{"id": "s1", "price": 80, "unitCost": 30, "stock": 1000}]},
      "vary": [
        {"pointer": "/followers", "distribution": "lognormal", "median": 2000, "sigma": 1,
         "integer": true},
        {"pointer": "/hostSkill", "distribution": "uniform", "low": 0.2, "high": 0.8},
        {"pointer": "/skus/0/price", "distribution": "choice", "values": [59, 99, 199],
         "weights": [1, 2, 1]}
      ]}]
    """#

  static func scenario(_ cohorts: String = cohort, seed: Int = 7) throws -> Scenario {
    var document = TestFixtures.minimal()
    document = try TestFixtures.patched(document, at: "/cohorts", json: cohorts)
    document = try TestFixtures.patched(document, at: "/experiment/seed", json: "\(seed)")
    return try TestFixtures.scenario(document)
  }

  @Test func membersAreDrawnFromTheirDistributions() throws {
    let scenario = try Self.scenario()
    let members = scenario.merchants.dropFirst()
    #expect(scenario.merchants.count == 41 && members.first?.id == "belt-01")
    #expect(members.last?.id == "belt-40")
    #expect(members.allSatisfy { (0.2...0.8).contains($0.hostSkill) })
    #expect(members.allSatisfy { [59, 99, 199].contains($0.skus[0].price) })
    #expect(Set(members.map(\.followers)).count > 30)
    #expect(scenario.cohortOfMerchant == [nil] + Array(repeating: 0, count: 40))
    // The median of a lognormal(2000, 1) sample of 40 lies well within 1,000…4,000.
    let sorted = members.map(\.followers).sorted()
    #expect((1000...4000).contains(sorted[20]))
  }

  @Test func thePopulationDoesNotDependOnTheExperimentSeed() throws {
    #expect(try Self.scenario(seed: 1).merchants == Self.scenario(seed: 2).merchants)
  }

  @Test func aBeltRuns() throws {
    var scenario = try Self.scenario()
    scenario.experiment.replications = 1
    scenario.calendar.days = 5
    let result = RunResult.run(scenario, jobs: 1)
    #expect(result.days[0].count == 41 && result.days[0].allSatisfy { $0.count == 5 })
  }

  @Test(arguments: [
    (
      #"[{"id": "b", "count": 5, "template": {"category": "apparel", "policy": "steady", "skus": [{"id": "s", "price": 1, "unitCost": 1}]}, "vary": [{"pointer": "/hostSkill", "distribution": "uniform", "low": 0.5, "high": 3}]}]"#,
      "/cohorts/0/vary/0: a drawn value breaks a rule for b-1: must be at most 1, got "
    ),
    (
      #"[{"id": "b", "count": 2, "template": {"category": "apparell", "policy": "steady", "skus": [{"id": "s", "price": 1, "unitCost": 1}]}}]"#,
      #"/cohorts/0/template/category: no category has this id (did you mean 'apparel'?), got "apparell""#
    ),
    (
      #"[{"id": "b", "count": 2, "template": {"category": "apparel", "policy": "steady", "skus": [{"id": "s", "price": -1, "unitCost": 1}]}}]"#,
      "/cohorts/0/template/skus/0/price: must be greater than 0, got -1"
    ),
    (
      #"[{"id": "b", "count": 2, "template": {"category": "apparel", "policy": "steady", "skus": [{"id": "s", "price": 1, "unitCost": 1}]}, "vary": [{"pointer": "followers", "distribution": "normal"}]}]"#,
      #"/cohorts/0/vary/0/pointer: must be a JSON Pointer into the template such as "/followers", got "followers""#
    ),
    (
      #"[{"id": "b", "count": 30, "template": {"category": "apparel", "policy": "steady", "skus": [{"id": "s", "price": 1, "unitCost": 1}]}, "vary": [{"pointer": "/policy", "distribution": "choice", "values": ["steady", "stedy"]}]}]"#,
      #"/cohorts/0/template/policy: no policy has this id (did you mean 'steady'?), got "stedy""#
    ),
    (
      #"[{"id": "b", "count": 2, "template": {"category": "apparel", "policy": "steady", "skus": [{"id": "s", "price": 1, "unitCost": 1}]}, "vary": [{"pointer": "/folowers", "distribution": "normal"}]}]"#,
      "/cohorts/0/vary/0: a drawn value breaks a rule for b-1: unknown key (did you mean 'followers'?)"
    ),
    (
      #"[{"id": "b", "count": 2, "template": {"category": "apparel", "policy": "steady", "skus": [{"id": "s", "price": 1, "unitCost": 1}]}, "vary": [{"pointer": "/skus/3/price", "distribution": "normal"}]}]"#,
      #"/cohorts/0/vary/0/pointer: must point into the template, got "/skus/3/price""#
    ),
    (
      #"[{"id": "m1", "count": 1, "template": {"category": "apparel", "policy": "steady", "skus": [{"id": "s", "price": 1, "unitCost": 1}]}}, {"id": "m1", "count": 1, "template": {"category": "apparel", "policy": "steady", "skus": [{"id": "s", "price": 1, "unitCost": 1}]}}]"#,
      #"/cohorts/1/id: a member's id is already used, got "m1-1""#
    ),
  ])
  func cohortIssuesPointIntoTheCohort(cohorts: String, message: String) throws {
    var document = TestFixtures.minimal()
    document = try TestFixtures.patched(document, at: "/cohorts", json: cohorts)
    let messages = try #require(TestFixtures.messages(TestFixtures.text(document)))
    #expect(messages.hasPrefix(message), "\(messages)")
  }
}
