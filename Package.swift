// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Truce",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "truce", targets: ["truce"]),
        .library(name: "TruceModel", targets: ["TruceModel"]),
        .library(name: "TruceEngine", targets: ["TruceEngine"]),
        .library(name: "TruceFormats", targets: ["TruceFormats"]),
        .library(name: "TruceStore", targets: ["TruceStore"]),
        .library(name: "TruceCoder", targets: ["TruceCoder"]),
        .library(name: "TruceStorage", targets: ["TruceStorage"]),
        .library(name: "TruceCore", targets: ["TruceCore"]),
        .library(name: "TruceServer", targets: ["TruceServer"]),
        .library(name: "TrucePostgres", targets: ["TrucePostgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // The centre: value types, no I/O.
        .target(name: "TruceModel", swiftSettings: strict),
        // Evaluation and statistics over the model.
        .target(name: "TruceEngine", dependencies: ["TruceModel"], swiftSettings: strict),
        // News articles into candidate events, claims and figures; text in, values out, no I/O.
        .target(name: "TruceCoder", dependencies: ["TruceModel"], swiftSettings: strict),
        // Files as users have them: CSV data sets, agreement YAML.
        .target(
            name: "TruceFormats",
            dependencies: [
                "TruceModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // What the application core needs from storage, as async protocols; every backend implements them.
        .target(name: "TruceStorage", dependencies: ["TruceModel", "TruceFormats"], swiftSettings: strict),
        // Persistence: SQLite through GRDB, the first backend of TruceStorage.
        .target(
            name: "TruceStore",
            dependencies: [
                "TruceModel", "TruceFormats", "TruceStorage",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SHA-256 of article files, which name them in provenance.
                .product(name: "Crypto", package: "swift-crypto"),
                // The C API, for binding a million rows without boxing each value.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        // The second backend of TruceStorage: PostgreSQL through postgres-nio, for Truce past one machine.
        .target(
            name: "TrucePostgres",
            dependencies: [
                "TruceModel", "TruceFormats", "TruceStorage",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The application core: every use case (assess, import, events, incidents, actors, scores, ...) as
        // plain calls over the storage protocols; every front end (CLI, server, workers) calls it.
        .target(
            name: "TruceCore",
            dependencies: [
                "TruceModel", "TruceEngine", "TruceFormats", "TruceCoder", "TruceStorage",
                // SHA-256 of session tokens, which the store keeps instead of the tokens.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // The HTTP server and dashboard (Hummingbird): parses requests, calls the core, renders HTML and JSON.
        .target(
            name: "TruceServer",
            dependencies: [
                "TruceModel", "TruceFormats", "TruceStorage", "TruceCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                // Passwords are hashed with bcrypt.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                // Webhooks are posted by a small HTTP/1.1 client that connects to the address that was checked,
                // keeping the host's name for the Host header, TLS's server name and the certificate's check.
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict
        ),
        // The command line: the only place that reads flags and the environment.
        .executableTarget(
            name: "truce",
            dependencies: [
                "TruceCLI"
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TruceCLI",
            dependencies: [
                "TruceModel", "TruceEngine", "TruceFormats", "TruceStore", "TruceCoder", "TruceStorage", "TruceCore",
                "TruceServer", "TrucePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TruceTestSupport",
            dependencies: [
                "TruceModel", "TruceFormats", "TruceStore", "TruceStorage",
                // Databases of their own on the test server, for the PostgreSQL tests.
                "TrucePostgres",
                // Runs CLI commands in-process for the CLI tests.
                "TruceCLI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Tests/TruceTestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "TruceModelTests", dependencies: ["TruceModel"], swiftSettings: strict),
        .testTarget(name: "TruceEngineTests", dependencies: ["TruceEngine", "TruceTestSupport"], swiftSettings: strict),
        .testTarget(name: "TruceFormatsTests", dependencies: ["TruceFormats", "TruceTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "TruceCoderTests", dependencies: ["TruceCoder", "TruceModel", "TruceTestSupport"],
            // Article fixtures are read from the source tree by path, not bundled.
            exclude: ["Articles"], swiftSettings: strict),
        .testTarget(name: "TruceStoreTests", dependencies: ["TruceStore", "TruceStorage", "TruceTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "TrucePostgresTests",
            dependencies: [
                "TrucePostgres", "TruceStorage", "TruceStore", "TruceTestSupport",
                // The coder's fixture articles, coded, for comparing the review queue with SQLite's.
                "TruceCoder",
                // Plain connections, to set up databases as other programs would leave them.
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "TruceCoreTests", dependencies: ["TruceCore", "TruceStore", "TruceTestSupport"],
            // Golden documents are read from the source tree by path, not bundled.
            exclude: ["Golden"], swiftSettings: strict),
        .testTarget(
            name: "TruceServerTests",
            dependencies: [
                "TruceServer", "TruceCore", "TruceStore", "TrucePostgres", "TruceTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                // An HTTPS webhook receiver with a certificate made for the test.
                .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "TruceCLITests",
            dependencies: [
                "TruceCLI", "TruceTestSupport",
                // SQLite directly, to check a store's integrity after a killed import.
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // Golden files are read from the source tree by path, not bundled.
            exclude: ["Golden"], swiftSettings: strict),
    ]
)
