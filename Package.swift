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
    .testTarget(name: "GrowthSimTests", dependencies: ["GrowthSim"]),
    .testTarget(
      name: "growthsimTests", dependencies: ["growthsim", "GrowthSim"],
      // The bad-input corpus is read from the source tree by path (CorpusTests).
      exclude: ["Corpus"]),
  ],
  swiftLanguageModes: [.v6]
)
