// swift-tools-version:6.2
import PackageDescription

let package = Package(
  name: "growth-sim",
  products: [
    .executable(name: "growthsim", targets: ["growthsim"]),
    .library(name: "GrowthSim", targets: ["GrowthSim"]),
  ],
  targets: [
    .target(name: "GrowthSim"),
    .executableTarget(name: "growthsim", dependencies: ["GrowthSim"]),
    // Folders for tests, removed when the test process exits (both test targets use it).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "GrowthSimTests", dependencies: ["GrowthSim", "TestSupport"]),
    .testTarget(
      name: "growthsimTests", dependencies: ["growthsim", "GrowthSim", "TestSupport"],
      // The bad-input corpus is read from the source tree by path (CorpusTests).
      exclude: ["Corpus"]),
  ],
  swiftLanguageModes: [.v6]
)
