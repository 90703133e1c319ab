/// How a store's SQLite file is opened. The defaults suit the command line and tests.
///
/// Durability, setting by setting:
/// - `journalMode` `.wal` (the default): writes go to a write-ahead log beside the file
///   (`-wal`, `-shm`), so readers keep reading the last committed state while an import
///   writes, and are never blocked by it. A transaction is atomic either way: after a crash
///   or a kill, the next open rolls the log forward to the last commit or drops the
///   unfinished transaction. `.delete` (a rollback journal) keeps the store one file at rest,
///   for copying it while nothing runs, but makes readers wait for the whole of an import.
///   A store that does not exist yet can instead be built aside (``Store/build(path:configuration:_:)``):
///   no journal and no syncs while nobody can see it, one sync, then WAL and its name.
/// - `synchronous` NORMAL, fixed: in WAL mode SQLite syncs the log at each checkpoint, not at
///   each commit, so a power failure (not a crash of Truce) may lose the last commits, never
///   corrupt the store. Imports are re-runnable (re-importing a file stores nothing twice), so
///   losing the last one is recoverable, and FULL would sync once per import anyway.
/// - `readers`: the most reading connections open at once (GRDB's pool); each holds its own
///   page cache, so more readers cost memory, not safety.
/// - `cacheKiB`: the page cache per connection; large imports update indexes faster with a
///   big one. It holds no unsaved data: it only spares reads.
/// - `pageSize`: the size of a database page in bytes, fixed when the file is created (an
///   existing store keeps its own). Larger pages mean fewer pages to log, check and copy per
///   event (16 KiB took 13 % off a large import: docs/import-performance.md). Durability does
///   not depend on it.
/// - `busyTimeoutSeconds`: how long a writer waits for another one (two imports at once)
///   before giving up with an error that says the store is busy; the waiting import is not
///   harmed, and nothing of it is stored if it gives up.
/// - `readOnly`: open without ever writing, for commands that only read (`check`) and for
///   stores on read-only media; nothing is migrated, so the store must be current.
/// - `allowsOlderSchema`: with `readOnly`, open a store whose schema is older than this
///   version's, for verifying it without migrating it; nothing else may then be asked of it.
public struct StoreConfiguration: Hashable, Sendable {
    /// SQLite's journal: how a transaction is made atomic.
    public enum JournalMode: String, Hashable, Sendable {
        /// A write-ahead log: readers proceed during a write.
        case wal
        /// A rollback journal deleted after each transaction.
        case delete
    }

    public var journalMode: JournalMode
    public var readers: Int
    public var cacheKiB: Int
    /// The page size of a store created with this configuration: a power of two from 512 to 65,536.
    public var pageSize: Int
    public var busyTimeoutSeconds: Double
    public var readOnly: Bool
    /// Whether a read-only store at an older schema opens (for ``Store/verify()`` only) instead of being refused.
    public var allowsOlderSchema: Bool

    public init(
        journalMode: JournalMode = .wal, readers: Int = 4, cacheKiB: Int = 65_536, pageSize: Int = 16_384, busyTimeoutSeconds: Double = 60,
        readOnly: Bool = false, allowsOlderSchema: Bool = false
    ) {
        self.journalMode = journalMode
        self.readers = readers
        self.cacheKiB = cacheKiB
        self.pageSize = pageSize
        self.busyTimeoutSeconds = busyTimeoutSeconds
        self.readOnly = readOnly
        self.allowsOlderSchema = allowsOlderSchema
    }

    /// A configuration that only reads.
    public static let readOnly = StoreConfiguration(readOnly: true)

    /// A configuration that only reads and opens a store at any schema: for verifying it as it is.
    public static let verifying = StoreConfiguration(readOnly: true, allowsOlderSchema: true)
}
