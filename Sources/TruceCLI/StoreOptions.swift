import ArgumentParser
import Foundation
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore

/// `--store PATH`, shared by every command that uses the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The store file (SQLite); created on first use.", discussion: "Default: $TRUCE_STORE, else ./truce.sqlite."),
        completion: .file()
    )
    var store: String?

    /// The path in effect: the flag, the environment, or the default.
    var path: String {
        if let store { return store }
        if let env = ProcessInfo.processInfo.environment["TRUCE_STORE"], !env.isEmpty { return env }
        return "truce.sqlite"
    }

    /// Whether the file exists and nobody may write it (mode bits, not access(2), which lets root write anything).
    static func isReadOnlyFile(_ path: String) -> Bool {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int else { return false }
        return mode & 0o222 == 0
    }

    /// Opens the store; `readOnly` for commands that only read (they then work on a read-only file).
    func open(readOnly: Bool = false) throws -> Store {
        do {
            return try Store.open(path: path, configuration: readOnly ? .readOnly : StoreConfiguration())
        } catch let error as TruceError where error.code == .store {
            throw TruceError(error.code, error.message + "; name another store with --store", at: error.location)
        }
    }

    /// The application core over the store, on the system clock; `readOnly` for commands that only read.
    func app(readOnly: Bool = false) throws -> TruceApp {
        TruceApp(storage: try open(readOnly: readOnly))
    }

    /// Where imports keep rejected rows: a folder beside the store.
    var rejects: RejectsFolder { RejectsFolder(RejectsFile.folder(besideStore: path)) }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown
}

enum EventsFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
