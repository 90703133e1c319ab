import Foundation
import GRDB
public import TruceModel

/// Opens a store file: checks that the path can be a Truce store before SQLite touches it,
/// refuses other applications' databases, migrates, and marks the file as Truce's.
struct StoreOpening {
    let path: String
    let configuration: StoreConfiguration
    /// A new file that no one else can see yet (``StoreBuild``): no journal, no syncs, one connection.
    var unpublished = false

    func open() throws -> Store {
        let exists = try checkPath()
        do {
            if exists {
                // Identify the file before opening it for writing: opening a pool alone would switch another
                // application's database to WAL.
                var probing = Configuration()
                probing.readonly = true
                try identify(try DatabaseQueue(path: path, configuration: probing))
            }
            let database = try connect()
            try adopt(database)
            return Store(path: path, database: database)
        } catch let error as DatabaseError {
            throw StoreErrors.translate(error, path: path, doing: "open")
        }
    }

    /// What can be told from the file system: a folder, a missing folder, a file that is not SQLite.
    /// - Returns: whether the file exists (and is a SQLite file).
    private func checkPath() throws -> Bool {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if exists, isFolder.boolValue {
            throw TruceError(.store, "the store \(path) is a folder; a store is a file (e.g. \(path)/truce.sqlite)")
        }
        if exists {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw TruceError(.store, "cannot read the store \(path); check its permissions")
            }
            let head = (try? handle.read(upToCount: 16)) ?? Data()
            try? handle.close()
            if !head.isEmpty, head != Data("SQLite format 3\u{0}".utf8) {
                throw TruceError(.store, "\(path) is not a Truce store: it is not a SQLite database at all")
            }
            return !head.isEmpty
        }
        guard !configuration.readOnly else { throw TruceError(.store, "there is no store \(path) to read") }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var folderIsFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &folderIsFolder) {
            guard folderIsFolder.boolValue else {
                throw TruceError(.store, "cannot create the store \(path): \(folder) is a file, not a folder")
            }
            return false
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw TruceError(.store, "cannot create the folder \(folder) for the store: \(error.localizedDescription)")
        }
        return false
    }

    private func connect() throws -> any DatabaseWriter {
        var settings = Configuration()
        settings.foreignKeysEnabled = true
        settings.readonly = configuration.readOnly
        settings.busyMode = .timeout(configuration.busyTimeoutSeconds)
        settings.maximumReaderCount = max(1, configuration.readers)
        let cache = configuration.cacheKiB
        // A page size takes effect only on a file without tables yet: here, before the pool
        // switches a new file to WAL, after which it can no longer change.
        let pageSize = configuration.pageSize
        settings.prepareDatabase { db in
            try db.execute(sql: "PRAGMA page_size = \(pageSize); PRAGMA synchronous = NORMAL; PRAGMA cache_size = -\(cache)")
        }
        if configuration.readOnly {
            return try DatabaseQueue(path: path, configuration: settings)
        }
        if unpublished {
            // Nothing can read this file until it is published, and a failed build is deleted whole, so
            // there is nothing for a journal to protect and nothing to sync before the one fsync at the end.
            settings.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF") }
            return try DatabaseQueue(path: path, configuration: settings)
        }
        switch configuration.journalMode {
        case .wal:
            // GRDB's pool switches the file to WAL, which lasts: later opens find it so.
            return try DatabasePool(path: path, configuration: settings)
        case .delete:
            settings.prepareDatabase { db in
                try db.execute(
                    sql: "PRAGMA page_size = \(pageSize); PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -\(cache)")
            }
            return try DatabaseQueue(path: path, configuration: settings)
        }
    }

    /// Refuses a database that is not Truce's.
    private func identify(_ database: any DatabaseReader) throws {
        let (applicationID, foreignTables) = try database.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0, try Self.foreignTables(db))
        }
        if applicationID != 0, applicationID != Store.applicationID {
            throw TruceError(
                .store,
                "\(path) belongs to another application (SQLite application id \(applicationID)), not Truce; it was left untouched")
        }
        if applicationID == 0, !foreignTables.isEmpty {
            let shown = foreignTables.prefix(5).joined(separator: ", ") + (foreignTables.count > 5 ? ", …" : "")
            throw TruceError(
                .store, "\(path) is another application's SQLite database (it has the tables \(shown)), not a Truce store; it was left untouched")
        }
    }

    /// Migrates and marks a Truce store (or a new file); a read-only store must be current already.
    private func adopt(_ database: any DatabaseWriter) throws {
        try identify(database)
        if configuration.readOnly {
            let applied = try database.read { db in try Schema.migrator.appliedMigrations(db) }
            let latest = Schema.migrator.migrations.last ?? ""
            if !applied.contains(latest), !configuration.allowsOlderSchema {
                throw TruceError(.store, Schema.olderSchemaMessage(store: path, at: applied.last))
            }
            return
        }
        try Schema.migrator.migrate(database)
        let applicationID = try database.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0 }
        if applicationID == 0 {
            try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(Store.applicationID)") }
        }
    }

    /// Tables that a Truce store never has, sorted.
    static func foreignTables(_ db: Database) throws -> [String] {
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        return names.filter { !Schema.tableNames.contains($0) }
    }
}

/// Turns SQLite's errors into messages that say what is wrong with the store and what to do.
enum StoreErrors {
    /// - Parameters:
    ///   - path: the store's path, when known.
    ///   - doing: what was being done, for the message ("open", "read", "import a.csv into").
    static func translate(_ error: DatabaseError, path: String?, doing: String) -> TruceError {
        let detail = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        let store = path.map { "the store \($0)" } ?? "the store"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return TruceError(
                .store, "cannot \(doing) \(store): another program is writing to it and did not finish in time; try again when it is done")
        case .SQLITE_NOTADB:
            return TruceError(.store, "\(path ?? "the store") is not a Truce store: SQLite cannot read it as a database (\(detail))")
        case .SQLITE_CORRUPT:
            return TruceError(.store, "\(store) is damaged (\(detail)); verify it to see what is wrong, and restore it from a copy")
        case .SQLITE_FULL:
            return TruceError(.store, "cannot \(doing) \(store): the disk is full (\(detail)); nothing of it was stored")
        case .SQLITE_READONLY:
            return TruceError(.store, "cannot \(doing) \(store): it is read-only (\(detail))")
        case .SQLITE_CANTOPEN:
            return TruceError(.store, "cannot open \(store) (\(detail)); check the path and its permissions")
        case .SQLITE_IOERR:
            return TruceError(
                .store, "cannot \(doing) \(store): writing to the disk failed (\(detail)); the disk may be full or failing")
        default:
            return TruceError(.store, "cannot \(doing) \(store): \(detail)")
        }
    }
}

extension Store {
    /// A SQLite failure met while using a store, as a message that says what is wrong with the
    /// store; `nil` for any other error. For the edge of a program, where errors are shown.
    public static func explain(_ error: any Error) -> TruceError? {
        guard let error = error as? DatabaseError else { return nil }
        return StoreErrors.translate(error, path: nil, doing: "use")
    }
}
