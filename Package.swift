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
    .testTarget(name: "growthsimTests", dependencies: ["growthsim", "GrowthSim"]),
  ],
  swiftLanguageModes: [.v6]
)
