import ArgumentParser
import Foundation
import TruceCore
import TruceFormats
import TruceModel
import TrucePostgres
import TruceStorage
import TruceStore

/// `--store PATH` or `--database URL`, shared by every command that uses the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The store file (SQLite); created on first use.", discussion: "Default: $TRUCE_STORE, else ./truce.sqlite."),
        completion: .file()
    )
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A PostgreSQL store instead of the file: postgres://user:password@host:port/database.",
            discussion: "Default: $TRUCE_DATABASE_URL, unless --store is given. The database must be empty or Truce's.")
    )
    var database: String?

    /// The PostgreSQL store's URL in effect, if any: the flag, else the environment unless `--store` names a file.
    var databaseURL: String? {
        if let database { return database }
        if store != nil { return nil }
        if let env = ProcessInfo.processInfo.environment["TRUCE_DATABASE_URL"], !env.isEmpty { return env }
        return nil
    }

    /// The store as users name it: the file's path, or the database's URL without its password.
    var storeName: String {
        guard let url = databaseURL else { return path }
        return (try? PostgresLocation(url: url).description) ?? "the database"
    }

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

    /// Opens the SQLite store; `readOnly` for commands that only read (they then work on a read-only file);
    /// `verifying` to open it read-only at any schema, unmigrated, for `store verify`.
    ///
    /// - Throws: when a PostgreSQL store is named, saying that `feature` needs the SQLite file.
    func open(readOnly: Bool = false, verifying: Bool = false, feature: String = "this command") throws -> Store {
        if databaseURL != nil {
            throw TruceError(
                .invalidInput,
                "\(feature) works on a SQLite store only, not on PostgreSQL (--database or $TRUCE_DATABASE_URL); name a store file with --store")
        }
        do {
            let configuration: StoreConfiguration = verifying ? .verifying : readOnly ? .readOnly : StoreConfiguration()
            return try Store.open(path: path, configuration: configuration)
        } catch let error as TruceError where error.code == .store {
            throw TruceError(error.code, error.message + "; name another store with --store", at: error.location)
        }
    }

    /// The storage in effect: the PostgreSQL database when one is named, else the SQLite file;
    /// `readOnly` for commands that only read (a SQLite file is then opened read-only), `verifying` for `store verify`.
    func storage(readOnly: Bool = false, verifying: Bool = false) async throws -> any TruceStorage {
        try await serverStorage(readOnly: readOnly, verifying: verifying)
    }

    /// The storage in effect with what the server keeps besides evidence (agreements, users, sessions), on
    /// either backend; `readOnly` and `verifying` as for ``storage(readOnly:verifying:)``.
    func serverStorage(readOnly: Bool = false, verifying: Bool = false) async throws -> any TruceStorage & AgreementStore & AccountStore {
        guard let url = databaseURL else { return try open(readOnly: readOnly, verifying: verifying) }
        if database != nil, store != nil {
            throw TruceError(.invalidInput, "give either --store (a SQLite file) or --database (PostgreSQL), not both")
        }
        do {
            return try await PostgresStore.open(url: url)
        } catch let error as TruceError {
            let source = database != nil ? "--database" : "$TRUCE_DATABASE_URL"
            throw TruceError(error.code, error.message + " (the database named by \(source))", at: error.location, cause: error.cause)
        }
    }

    /// The application core over the store, on the system clock; `readOnly` for commands that only read,
    /// `verifying` for `store verify` (a SQLite file opens read-only at any schema, unmigrated).
    func app(readOnly: Bool = false, verifying: Bool = false) async throws -> TruceApp {
        TruceApp(storage: try await storage(readOnly: readOnly, verifying: verifying))
    }

    /// The core's recorded writes over the store: audited and watched for status changes where the store
    /// keeps an audit log and alerts.
    func writes() async throws -> RecordedWrites {
        RecordedWrites.over(try await storage())
    }

    /// Runs `body` with the core's recorded writes over the store. When `buildingNew` and the SQLite store does
    /// not exist yet, it is built aside (`Store.build`) and appears whole once `body` has returned: a first import
    /// then writes each page once, with no log and no checkpoint, and a failed one leaves no store.
    func withWrites<T>(buildingNew: Bool, _ body: (RecordedWrites) async throws -> T) async throws -> T {
        guard buildingNew, databaseURL == nil, Store.isNew(path: path) else { return try await body(try await writes()) }
        do {
            return try await Store.build(path: path) { store in try await body(RecordedWrites.over(store)) }
        } catch let error as TruceError where error.code == .store {
            throw TruceError(error.code, error.message + "; name another store with --store", at: error.location, cause: error.cause)
        }
    }

    /// Where imports keep rejected rows: a folder beside the store file, or `truce.rejects` in the
    /// working folder for a PostgreSQL store.
    var rejects: RejectsFolder {
        RejectsFolder(databaseURL == nil ? RejectsFile.folder(besideStore: path) : "truce.rejects")
    }
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
