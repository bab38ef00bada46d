// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quiz-contest",
    products: [
        .executable(name: "quiz-server", targets: ["quiz-server"]),
        .library(name: "ContestCore", targets: ["ContestCore"]),
        .library(name: "QuestionBank", targets: ["QuestionBank"]),
        .library(name: "Wire", targets: ["Wire"]),
        .library(name: "ContestServer", targets: ["ContestServer"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "ContestCore"),
        .target(name: "QuestionBank", dependencies: ["ContestCore"]),
        .target(name: "Wire"),
        .target(name: "CQuizSys"),
        .target(name: "ContestServer", dependencies: ["ContestCore", "Wire", "CQuizSys"]),
        .target(name: "ClientKit", dependencies: ["Wire"], path: "clients/ClientKit"),
        .executableTarget(name: "quiz-server", dependencies: ["ContestCore", "QuestionBank", "ContestServer", "CQuizSys"]),
        .executableTarget(
            name: "bank-benchmark", dependencies: ["ContestCore", "QuestionBank"], path: "Benchmarks/BankBenchmark"),
        .executableTarget(name: "broadcast-benchmark", dependencies: ["CQuizSys"], path: "Benchmarks/BroadcastBenchmark"),
        .testTarget(name: "ContestCoreTests", dependencies: ["ContestCore"]),
        .testTarget(name: "QuestionBankTests", dependencies: ["ContestCore", "QuestionBank"]),
        .testTarget(name: "WireTests", dependencies: ["Wire"]),
        .testTarget(name: "ContestServerTests", dependencies: ["ContestCore", "ContestServer", "Wire"]),
        .testTarget(name: "ClientKitTests", dependencies: ["ClientKit", "Wire"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ContestCore", "QuestionBank", "Wire", "quiz-server"]),
    ],
    swiftLanguageModes: [.v6]
)
