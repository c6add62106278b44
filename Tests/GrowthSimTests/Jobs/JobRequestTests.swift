import Foundation
import GrowthSim
import TestSupport
import Testing

/// The jobs' requests: what the command line asks for, read and checked by the library.
@Suite struct JobRequestTests {
  @Test func aRunRequestLaysItsOptionsOverTheScenarioButNotOverTheDocument() throws {
    var request = RunRequest(scenarioFile: nil)
    request.overrides = [try #require(ScenarioOverride(argument: "/calendar/days=12"))]
    request.seed = 77
    request.replications = 3
    request.isMeanField = true
    request.writesLong = true
    let (document, scenario) = try request.load()
    #expect(scenario.calendar.days == 12)
    #expect(scenario.experiment.seed == 77)
    #expect(scenario.experiment.replications == 3)
    #expect(scenario.experiment.isMeanField)
    #expect(scenario.output.writesLong)
    // The document carries `--set` (a map sweeps it) but not the options laid over after.
    #expect(document.value(at: JSONPointer("/calendar/days")!)?.jsonText == "12")
    #expect(document.value(at: JSONPointer("/experiment/seed")!)?.jsonText != "77")
    #expect(request.scenarioName == "(embedded default)")
  }

  @Test func aRunRequestOfAMissingFileFailsUnreadable() {
    #expect {
      try RunRequest(scenarioFile: "/nonexistent/growthsim-scenario.json").load()
    } throws: { error in
      guard case .unreadable = error as? ScenarioSource.Failure else { return false }
      return true
    }
  }

  @Test func aSweepRequestBuildsTheJobWithItsDefaultFolderAndLimits() throws {
    var request = SweepRequest(scenarioFile: nil, tool: "growthsim test")
    request.parameters = [try #require(SweepParameter.shorthand("/calendar/days=3,4"))]
    request.limits.ticketsPerMerchantDay = 55
    request.jobs = 2
    let job = try request.prepare()
    #expect(job.plan.pointCount == 2)
    #expect(job.files.directory == "Results/default-sweep")
    #expect(job.ticketLimit == 55)
    #expect(job.jobs == 2)
    #expect(job.size?.runs == 2 * job.plan.replications)
    request.directory = "elsewhere"
    #expect(try request.prepare().files.directory == "elsewhere")
  }

  @Test func aSweepRequestSaysWhichInputFails() throws {
    var missingSpec = SweepRequest(scenarioFile: nil, tool: "t")
    missingSpec.specFile = "/nonexistent/growthsim-spec.json"
    #expect(missingSpec.specName == "/nonexistent/growthsim-spec.json")
    #expect(failure(of: missingSpec).map(isSpecFile) == true)

    var badScenario = SweepRequest(scenarioFile: nil, tool: "t")
    badScenario.overrides = [try #require(ScenarioOverride(argument: "/calendar/days=-3"))]
    badScenario.parameters = [try #require(SweepParameter.shorthand("/calendar/days=3,4"))]
    #expect(badScenario.specName == "--vary")
    guard case .plan(.scenario(let invalid))? = failure(of: badScenario) else {
      Issue.record(
        "expected an invalid scenario, got \(String(describing: failure(of: badScenario)))")
      return
    }
    #expect(invalid.issues.map(\.pointer.description) == ["/calendar/days"])

    var badSpec = SweepRequest(scenarioFile: nil, tool: "t")
    badSpec.points = 0
    badSpec.policies = ["snowball"]
    #expect(badSpec.specName == "--vary/--policies")
    #expect(failure(of: badSpec) != nil)
  }

  @Test func aWhatIfGetsAFolderOfItsOwn() {
    let base = ResultsFolder.path(scenarioName: "a b", suffix: "-compare")
    #expect(base == "Results/a_b-compare")
    #expect(ResultsFolder.path(scenarioName: "a b", suffix: "-compare", whatIf: nil) == base)
    let whatIf = ResultsFolder.path(scenarioName: "a b", suffix: "-compare", whatIf: "--seed 2")
    #expect(whatIf.hasPrefix(base + "-"))
    #expect(whatIf.count == base.count + 9)
    #expect(
      whatIf != ResultsFolder.path(scenarioName: "a b", suffix: "-compare", whatIf: "--seed 3"))
  }

  private func failure(of request: SweepRequest) -> SweepRequest.Failure? {
    do {
      _ = try request.prepare()
      return nil
    } catch {
      return error
    }
  }

  private func isSpecFile(_ failure: SweepRequest.Failure) -> Bool {
    if case .specFile(.unreadable) = failure { return true }
    return false
  }
}
