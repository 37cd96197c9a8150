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
            // The dispatch loop's arrays live in classes; exclusivity checks would
            // cost a runtime call per write.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        .executableTarget(
            name: "evoscript",
            dependencies: [
                "EvoScript",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime and Foundation linked in: the process maps and
            // relocates less at start-up (16 MB resident instead of 23 MB), and
            // calls into the runtime (retain, release) skip the PLT.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-use-ld=lld", "-Xlinker", "-lFoundation", "-Xlinker", "-lFoundationInternationalization", "-Xlinker", "-lFoundationEssentials", "-Xlinker", "-lCoreFoundation", "-Xlinker", "-l_FoundationCollections", "-Xlinker", "-l_FoundationCShims", "-Xlinker", "-l_FoundationICU", "-Xlinker", "-lswiftSynchronization", "-Xlinker", "-ldispatch", "-Xlinker", "-lBlocksRuntime"])]
        ),
        // Counts mallocs in the test process (generator resumes must not allocate).
        .target(name: "CMallocCounter", path: "Tests/CMallocCounter"),
        .testTarget(name: "EvoScriptTests", dependencies: ["EvoScript", "CMallocCounter"]),
    ],
    swiftLanguageModes: [.v6]
)
