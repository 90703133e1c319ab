import Foundation
import GRDB
public import TruceModel

#if canImport(Glibc)
    import Glibc
#endif

extension Store {
    /// Whether `path` names no store yet: no file, and no log or journal left by one. A first import
    /// can then build the store aside with ``build(path:configuration:_:)``.
    public static func isNew(path: String) -> Bool {
        ["", "-wal", "-journal"].allSatisfy { !FileManager.default.fileExists(atPath: path + $0) }
    }

    /// Creates the store at `path` from what `body` writes into it, as one step: the store is built
    /// under a temporary name in the same folder (`NAME.importing-XXXXXXXX`), which no other program
    /// opens, and appears at `path` only once `body` has returned, whole, in WAL mode like any store.
    ///
    /// While it is built nothing can read it, so it has no journal and is not synced until the end:
    /// every page is written once, and there is no checkpoint. Then it is synced, switched to WAL,
    /// linked to `path` (which fails if `path` exists by then) and its folder synced. If `body`
    /// throws, or the program stops, no store appears at `path`; a temporary file a stopped build
    /// left is removed by the next build beside the same path (one still being built is locked
    /// and left alone).
    ///
    /// The store given to `body` is for `body` alone and must not be used after it returns.
    ///
    /// - Throws: what `body` throws, with nothing kept; ``TruceError`` (`store`) when `path` exists
    ///   (already, or made by another program meanwhile: nothing of this build is then kept), or the
    ///   file cannot be made, synced or moved into place.
    public static func build<T>(
        path: String, configuration: StoreConfiguration = StoreConfiguration(), _ body: (Store) async throws -> T
    ) async throws -> T {
        let build = try StoreBuild(path: path)
        let store: Store
        do {
            store = try build.store(configuration: configuration)
        } catch {
            build.discard(nil)
            throw error
        }
        let result: T
        do {
            result = try await body(store)
            try build.publish(store)
        } catch {
            build.discard(store)
            throw error
        }
        return result
    }
}

/// A store file being made under a temporary name beside its path, locked (`flock`) so that
/// only a build whose program has stopped is taken for abandoned; see ``Store/build(path:configuration:_:)``.
struct StoreBuild {
    /// The temporary names start with the store's file name and this.
    static let marker = ".importing-"
    /// An empty temporary file that is not locked and is younger than this many seconds is left alone:
    /// its build may be between creating the file and locking it.
    static let settlingSeconds: TimeInterval = 10

    let path: String
    let temporary: String
    private let lock: Int32

    /// Removes what stopped builds left beside `path`, then makes and locks a new temporary file.
    init(path: String) throws {
        guard Store.isNew(path: path) else {
            throw TruceError(.store, "cannot create the store \(path): it exists already")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw TruceError(.store, "cannot create the folder \(folder) for the store: \(error.localizedDescription)")
        }
        Self.removeAbandoned(beside: path)
        var attempts = 0
        while true {
            let name = path + Self.marker + String(UInt32.random(in: 0x1000_0000...UInt32.max), radix: 16)
            let fd = open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 {
                // Nothing can hold this lock yet: the name is new.
                _ = flock(fd, LOCK_EX)
                temporary = name
                lock = fd
                self.path = path
                return
            }
            attempts += 1
            guard errno == EEXIST, attempts < 16 else {
                throw TruceError(.store, "cannot create the store \(path): cannot make a file in \(folder) (\(Self.describeErrno()))")
            }
        }
    }

    /// Opens the temporary file as a new store, migrated, known by the final path in its messages.
    func store(configuration: StoreConfiguration) throws -> Store {
        let opened = try StoreOpening(path: temporary, configuration: configuration, unpublished: true).open()
        return Store(path: path, database: opened.database)
    }

    /// Makes the built store the one at `path`: WAL mode, synced, linked into place, the folder synced.
    func publish(_ store: Store) throws {
        let mode = try store.database.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        guard mode == "wal" else {
            throw TruceError(.store, "cannot create the store \(path): SQLite did not switch the new file to WAL mode (\(mode ?? "no answer"))")
        }
        try (store.database as? DatabaseQueue)?.close()
        for suffix in ["-wal", "-shm"] { unlink(temporary + suffix) }
        guard fsync(lock) == 0 else {
            throw TruceError(.store, "cannot create the store \(path): writing it to the disk failed (\(Self.describeErrno()))")
        }
        // link(2) never replaces a file, so of two programs creating the same store the second learns it here.
        if link(temporary, path) != 0 {
            let failure = errno
            if failure == EEXIST { throw Self.madeMeanwhile(path) }
            // A file system without hard links: rename, after a last look (this leaves a short race).
            guard !FileManager.default.fileExists(atPath: path) else { throw Self.madeMeanwhile(path) }
            guard rename(temporary, path) == 0 else {
                throw TruceError(.store, "cannot create the store \(path): cannot move the new file into place (\(Self.describeErrno()))")
            }
        }
        unlink(temporary)
        Self.syncFolder(of: path)
        close(lock)
    }

    /// Drops the build: closes `store`, removes the temporary file and anything SQLite made beside it.
    func discard(_ store: Store?) {
        try? (store?.database as? DatabaseQueue)?.close()
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
        close(lock)
    }

    private static func madeMeanwhile(_ path: String) -> TruceError {
        TruceError(
            .store,
            "the store \(path) was created by another program while this import was building it; nothing of this import was stored "
                + "there: run it again to import into that store")
    }

    /// Removes the temporary files of stopped builds beside `path` (and the journals SQLite left beside them).
    static func removeAbandoned(beside path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + marker
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let sqliteFiles = ["-journal", "-wal", "-shm"]
        for name in names where name.hasPrefix(prefix) && !sqliteFiles.contains(where: { name.hasSuffix($0) }) {
            let file = folder + "/" + name
            let fd = open(file, O_RDWR | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }  // a build still running
            var info = stat()
            if fstat(fd, &info) == 0, info.st_size == 0, Date().timeIntervalSince1970 - TimeInterval(info.st_mtim.tv_sec) < settlingSeconds {
                continue
            }
            for suffix in [""] + sqliteFiles { unlink(file + suffix) }
        }
    }

    /// Syncs the folder's entry of the new name, so that the store is there after a power failure too.
    private static func syncFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static func describeErrno() -> String {
        String(cString: strerror(errno))
    }
}
