import Testing

@testable import GrowthSim

@Suite struct RandomPermutationTests {
  @Test(arguments: [1, 2, 3, 5, 16, 17, 100, 1000, 4097])
  func isAPermutationOfTheRange(count: Int) {
    for seed: UInt64 in [0, 1, 99] {
      let permutation = RandomPermutation(count: count, seed: seed)
      let images = (0..<count).map { permutation($0) }
      #expect(images.sorted() == Array(0..<count), "seed \(seed)")
    }
  }

  @Test func dependsOnTheSeedAndIsRepeatable() {
    let one = (0..<100).map { RandomPermutation(count: 100, seed: 1)($0) }
    let again = (0..<100).map { RandomPermutation(count: 100, seed: 1)($0) }
    let two = (0..<100).map { RandomPermutation(count: 100, seed: 2)($0) }
    #expect(one == again)
    #expect(one != two)
    #expect(one != Array(0..<100))
  }
}
