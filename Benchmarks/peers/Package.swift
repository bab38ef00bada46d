// swift-tools-version: 6.0
import PackageDescription

/// The comparison servers `quiz-bench --peers` measures quiz-server against; kept out of the product's
/// package because this is the only place a third-party package (SwiftNIO) is allowed.
let package = Package(
    name: "peers",
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0")
    ],
    targets: [
        .executableTarget(
            name: "nio-broadcast",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
            ]
        )
    ]
)
