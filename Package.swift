// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quiz-contest",
    products: [
        .executable(name: "quiz-server", targets: ["quiz-server"]),
        .library(name: "ContestCore", targets: ["ContestCore"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "ContestCore"),
        .executableTarget(name: "quiz-server", dependencies: ["ContestCore"]),
        .testTarget(name: "ContestCoreTests", dependencies: ["ContestCore"]),
    ],
    swiftLanguageModes: [.v6]
)
