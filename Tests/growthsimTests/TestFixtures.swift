/// A small valid scenario for the CLI tests (2 replications of 10 days).
enum TestFixtures {
  static let minimalText = #"""
    {"calendar":{"days":10,"startDate":"2026-07-01"},"categories":[{"id":"apparel"}],"experiment":{"replications":2,"seed":7},"merchants":[{"category":"apparel","followers":1000,"id":"m1","policy":"steady","skus":[{"id":"s1","price":100,"stock":500,"unitCost":40}]}],"name":"minimal","policies":[{"ads":{"dailyBudget":1000},"id":"steady"}],"version":1}
    """#
}
