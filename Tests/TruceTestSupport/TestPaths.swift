public import Foundation

/// Paths tests need: the repository, its examples, and the real data sets in
/// `../shared/data` beside the checkout (never copied into the repository).
public enum TestPaths {
    /// The repository's root folder.
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` beside the repository.
    public static let sharedData: URL = repository.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// The bundled Doha example.
    public static let dohaExample: URL = repository.appendingPathComponent("examples/doha-2020")

    public static func shared(_ relative: String) -> String { sharedData.appendingPathComponent(relative).path }
    public static func example(_ file: String) -> String { dohaExample.appendingPathComponent(file).path }

    /// The bundled Karabakh example (format version 2).
    public static func karabakh(_ file: String) -> String {
        repository.appendingPathComponent("examples/karabakh-2020").appendingPathComponent(file).path
    }

    /// A fresh folder under the system's temporary directory.
    public static func temporaryDirectory(_ label: String = "truce-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
