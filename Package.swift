// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quiz-contest",
    products: [
        .executable(name: "quiz-server", targets: ["quiz-server"]),
        .library(name: "ContestCore", targets: ["ContestCore"]),
        .library(name: "QuestionBank", targets: ["QuestionBank"]),
        .library(name: "Wire", targets: ["Wire"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "ContestCore"),
        .target(name: "QuestionBank", dependencies: ["ContestCore"]),
        .target(name: "Wire"),
        .executableTarget(name: "quiz-server", dependencies: ["ContestCore", "QuestionBank"]),
        .executableTarget(
            name: "bank-benchmark", dependencies: ["ContestCore", "QuestionBank"], path: "Benchmarks/BankBenchmark"),
        .testTarget(name: "ContestCoreTests", dependencies: ["ContestCore"]),
        .testTarget(name: "QuestionBankTests", dependencies: ["ContestCore", "QuestionBank"]),
        .testTarget(name: "WireTests", dependencies: ["Wire"]),
    ],
    swiftLanguageModes: [.v6]
)
