public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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

    /// A fresh folder inside ``runFolder``, removed with it when the test process exits.
    public static func temporaryDirectory(_ label: String = "truce-test") throws -> URL {
        let url = runFolder.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// This test process's own folder under the system's temporary directory (`truce-tests-PID`), holding
    /// every ``temporaryDirectory(_:)``. It is removed when the process exits, so a test that does not
    /// remove its folders leaves nothing behind; a run that was killed leaves its folder, which the next
    /// run removes once no process has that id (so a run going on beside it keeps its own).
    public static let runFolder: URL = {
        let base = FileManager.default.temporaryDirectory
        removeFoldersOfEndedRuns(in: base)
        let folder = base.appendingPathComponent("\(runFolderPrefix)\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestPaths.runFolder) }
        return folder
    }()

    private static let runFolderPrefix = "truce-tests-"

    /// Removes the run folders in `base` whose process has ended.
    private static func removeFoldersOfEndedRuns(in base: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        for name in names where name.hasPrefix(runFolderPrefix) {
            guard let pid = pid_t(name.dropFirst(runFolderPrefix.count)), pid != getpid() else { continue }
            // kill with no signal only asks whether the process exists; ESRCH says it does not.
            if kill(pid, 0) != 0 && errno == ESRCH { try? FileManager.default.removeItem(at: base.appendingPathComponent(name)) }
        }
    }
}
