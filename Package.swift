// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "EvoScript",
    products: [
        .library(name: "EvoScript", targets: ["EvoScript"]),
        .executable(name: "evoscript", targets: ["evoscript"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.3.0"),
    ],
    targets: [
        .target(name: "CEvoSupport"),
        .target(
            name: "EvoScript",
            dependencies: [
                "CEvoSupport",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "Collections", package: "swift-collections"),
            ],
            // The dispatch loop keeps values in raw stack slots. With SIL dead-store
            // and redundant-load elimination on, optimized builds lost stores to
            // those slots (a saved handled exception, a LOAD_METHOD pair), so both
            // passes are off for this target; debug builds are unaffected.
            swiftSettings: [.unsafeFlags([
                "-enforce-exclusivity=unchecked",
                "-Xllvm", "-sil-disable-pass=dead-store-elimination",
                "-Xllvm", "-sil-disable-pass=redundant-load-elimination",
            ])]
        ),
        .executableTarget(
            name: "evoscript",
            dependencies: [
                "EvoScript",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EvoScriptTests", dependencies: ["EvoScript"]),
    ],
    swiftLanguageModes: [.v6]
)
