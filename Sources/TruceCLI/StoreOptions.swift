import ArgumentParser
import Foundation
import TruceCore
import TruceFormats
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

    func open() throws -> Store {
        try Store.open(path: path)
    }

    /// The application core over the store, on the system clock.
    func app() throws -> TruceApp {
        TruceApp(storage: try open())
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
