// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quiz-contest",
    products: [
        .executable(name: "quiz-server", targets: ["quiz-server"]),
        .library(name: "ContestCore", targets: ["ContestCore"]),
        .library(name: "Wire", targets: ["Wire"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "ContestCore"),
        .target(name: "Wire"),
        .executableTarget(name: "quiz-server", dependencies: ["ContestCore"]),
        .testTarget(name: "ContestCoreTests", dependencies: ["ContestCore"]),
        .testTarget(name: "WireTests", dependencies: ["Wire"]),
    ],
    swiftLanguageModes: [.v6]
)
