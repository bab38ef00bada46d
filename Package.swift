// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quiz-contest",
    products: [
        .executable(name: "quiz-server", targets: ["quiz-server"]),
        .library(name: "ContestCore", targets: ["ContestCore"]),
        .library(name: "QuestionBank", targets: ["QuestionBank"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "ContestCore"),
        .target(name: "QuestionBank", dependencies: ["ContestCore"]),
        .executableTarget(name: "quiz-server", dependencies: ["ContestCore", "QuestionBank"]),
        .executableTarget(
            name: "bank-benchmark", dependencies: ["ContestCore", "QuestionBank"], path: "Benchmarks/BankBenchmark"),
        .testTarget(name: "ContestCoreTests", dependencies: ["ContestCore"]),
        .testTarget(name: "QuestionBankTests", dependencies: ["ContestCore", "QuestionBank"]),
    ],
    swiftLanguageModes: [.v6]
)
