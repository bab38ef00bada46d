// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "quiz-contest",
    products: [
        .executable(name: "quiz-server", targets: ["quiz-server"]),
        .executable(name: "quiz-team", targets: ["quiz-team"]),
        .executable(name: "quiz-host", targets: ["quiz-host"]),
        .executable(name: "quiz-screen", targets: ["quiz-screen"]),
        .executable(name: "quiz-admin", targets: ["quiz-admin"]),
        .library(name: "ContestCore", targets: ["ContestCore"]),
        .library(name: "ContestProtocol", targets: ["ContestProtocol"]),
        .library(name: "QuestionBank", targets: ["QuestionBank"]),
        .library(name: "Wire", targets: ["Wire"]),
        .library(name: "ContestServer", targets: ["ContestServer"]),
        .library(name: "OfficeDocuments", targets: ["OfficeDocuments"]),
        .library(name: "AdminKit", targets: ["AdminKit"]),
        .library(name: "ExamCore", targets: ["ExamCore"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "ContestCore"),
        .target(name: "ContestProtocol", dependencies: ["ContestCore"]),
        .target(name: "QuestionBank", dependencies: ["ContestCore", "ContestProtocol", "OfficeDocuments"]),
        .target(name: "Wire"),
        .target(name: "CQuizSys"),
        .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),
        .target(name: "OfficeDocuments", dependencies: ["CZlib"]),
        .target(name: "StrictFiles", dependencies: ["ContestCore"]),
        .target(name: "ExamCore", dependencies: ["ContestCore", "ContestProtocol", "StrictFiles"]),
        .target(
            name: "AdminKit",
            dependencies: ["ContestCore", "ContestProtocol", "ContestServer", "ExamCore", "QuestionBank"]),
        .target(
            name: "ContestServer", dependencies: ["ContestCore", "ContestProtocol", "ExamCore", "Wire", "CQuizSys", "CZlib"]),
        .target(
            name: "ClientKit", dependencies: ["ContestCore", "ContestProtocol", "Wire"], path: "clients/ClientKit"),
        .executableTarget(
            name: "quiz-server",
            dependencies: ["ContestCore", "ContestProtocol", "ExamCore", "QuestionBank", "ContestServer", "CQuizSys"]),
        .executableTarget(name: "quiz-admin", dependencies: ["AdminKit"]),
        .executableTarget(name: "quiz-team", dependencies: ["ClientKit"], path: "clients/quiz-team"),
        .executableTarget(name: "quiz-host", dependencies: ["ClientKit"], path: "clients/quiz-host"),
        .executableTarget(name: "quiz-screen", dependencies: ["ClientKit"], path: "clients/quiz-screen"),
        .executableTarget(
            name: "bank-benchmark", dependencies: ["ContestCore", "QuestionBank"], path: "Benchmarks/BankBenchmark"),
        .executableTarget(
            name: "office-benchmark", dependencies: ["OfficeDocuments"], path: "Benchmarks/OfficeBenchmark"),
        .executableTarget(
            name: "quiz-bench", dependencies: ["CQuizSys", "Wire", "ContestServer", "ExamCore", "ContestCore"], path: "Benchmarks/QuizBench"),
        .testTarget(name: "ContestCoreTests", dependencies: ["ContestCore"]),
        .testTarget(name: "ContestProtocolTests", dependencies: ["ContestCore", "ContestProtocol"]),
        .testTarget(name: "QuestionBankTests", dependencies: ["ContestCore", "QuestionBank", "OfficeDocuments"]),
        .testTarget(
            name: "AdminKitTests",
            dependencies: [
                "AdminKit", "ContestCore", "ContestProtocol", "ContestServer", "ExamCore", "OfficeDocuments",
                "QuestionBank", "StrictFiles",
            ]),
        .testTarget(name: "ExamCoreTests", dependencies: ["ContestCore", "ContestProtocol", "ExamCore", "StrictFiles"]),
        .testTarget(name: "WireTests", dependencies: ["Wire"]),
        .testTarget(name: "OfficeDocumentsTests", dependencies: ["OfficeDocuments"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ContestServerTests",
            dependencies: ["ContestCore", "ContestProtocol", "ContestServer", "ExamCore", "QuestionBank", "Wire"]),
        .testTarget(name: "ClientKitTests", dependencies: ["ClientKit", "ContestCore", "ContestProtocol", "Wire"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["ContestCore", "QuestionBank", "Wire", "quiz-server", "quiz-admin"]),
    ],
    swiftLanguageModes: [.v6]
)
