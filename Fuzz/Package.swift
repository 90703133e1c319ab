// swift-tools-version:5.4
// Fuzz targets for Truce's readers, apart from the main package so that
// `swift build` and `swift test` never compile them. Each target is a libFuzzer
// entry point; build and run them all with `scripts/fuzz`.
//
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's
// `main` to `<Target>_main` and links `main` to that, which leaves no room for
// libFuzzer's own `main` (the targets are built with `-parse-as-library`).
import PackageDescription

let formats: [Target.Dependency] = ["FuzzSupport", .product(name: "TruceFormats", package: "Truce")]

let package = Package(
    name: "TruceFuzz",
    dependencies: [
        .package(name: "Truce", path: "..")
    ],
    targets: [
        // What every target shares: handing the input to path-based readers, and draining them.
        .target(name: "FuzzSupport", dependencies: [.product(name: "TruceFormats", package: "Truce")]),
        .executableTarget(name: "FuzzCSV", dependencies: formats),
        .executableTarget(name: "FuzzACLED", dependencies: formats),
        .executableTarget(name: "FuzzUCDP", dependencies: formats),
        .executableTarget(name: "FuzzGDELT", dependencies: formats),
        .executableTarget(name: "FuzzEvidence", dependencies: formats),
        .executableTarget(name: "FuzzAgreement", dependencies: formats),
        .executableTarget(
            name: "FuzzArticle",
            dependencies: formats + [.product(name: "TruceCoder", package: "Truce")]),
        .executableTarget(name: "FuzzJSONLines", dependencies: formats),
    ]
)
