import GRDB
import GRDBSQLite
import TruceModel
import TruceStorage

/// Binds one row's values straight into a prepared statement through SQLite's
/// C API, feeding the content hash from the same bytes unless the hash is already known.
///
/// Measured on a 200,000-row ACLED file, GRDB's `StatementArguments`
/// (an array of boxed values per row) and per-row `String` work cost about
/// 3/4 of the import's time; binding directly removes the boxing.
struct SQLiteBinder: EventColumnSink {
    private let statement: OpaquePointer
    private var index: Int32 = 0
    private var hash = ContentHash()
    /// The content hash worked out beforehand (on the reading thread); nil to hash while binding.
    private let knownHash: Int64?
    /// Where text values are kept for SQLite to read in place; nil to let SQLite copy them.
    private let rowBytes: RowBytes?

    // SQLITE_TRANSIENT: SQLite copies the bytes, so they may be freed after binding.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    // SQLITE_STATIC: the bytes outlive the step (they are in `rowBytes`).
    private static let inPlace = unsafeBitCast(0, to: sqlite3_destructor_type.self)

    /// - Parameters:
    ///   - contentHash: the row's content hash when already known: binding then skips hashing.
    ///   - rowBytes: room for the row's text, used by this statement alone; it is reset here.
    init(_ statement: Statement, contentHash: Int64? = nil, rowBytes: RowBytes? = nil) {
        self.statement = statement.sqliteStatement
        knownHash = contentHash
        self.rowBytes = rowBytes
        sqlite3_reset(self.statement)
        rowBytes?.reset()
    }

    /// Binds the rest of a statement whose parameters before `index` are bound already; the
    /// statement is not reset, and text is copied by SQLite.
    init(_ statement: Statement, continuingAt index: Int32) {
        self.statement = statement.sqliteStatement
        self.index = index - 1
        knownHash = 0
        rowBytes = nil
    }

    /// The content hash of the values bound so far (or the one given).
    var contentHashValue: Int64 { knownHash ?? hash.signed }

    mutating func text(_ value: String?, hashed: Bool) {
        index += 1
        let hashed = hashed && knownHash == nil
        guard var value else {
            sqlite3_bind_null(statement, index)
            if hashed { hash.add(nil as String?) }
            return
        }
        let statement = statement
        let index = index
        let rowBytes = rowBytes
        value.withUTF8 { bytes in
            if let kept = rowBytes?.keep(bytes) {
                sqlite3_bind_text(statement, index, UnsafeRawPointer(kept).assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.inPlace)
            } else {
                sqlite3_bind_text(
                    statement, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }, Int32(bytes.count),
                    Self.transient)
            }
            if hashed { hash.add(bytes) }
        }
    }

    /// A day as `YYYY-MM-DD`, formatted without building a String.
    mutating func day(_ day: Day) {
        index += 1
        let statement = statement
        let index = index
        let hashed = knownHash == nil
        day.withISOBytes { bytes in
            sqlite3_bind_text(statement, index, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self), 10, Self.transient)
            if hashed { hash.add(bytes) }
        }
    }

    mutating func integer(_ value: Int?, hashed: Bool) {
        index += 1
        if let value {
            sqlite3_bind_int64(statement, index, Int64(value))
        } else {
            sqlite3_bind_null(statement, index)
        }
        if hashed && knownHash == nil { hash.add(value) }
    }

    mutating func contentHash() { integer64(contentHashValue) }

    mutating func integer64(_ value: Int64) {
        index += 1
        sqlite3_bind_int64(statement, index, value)
    }

    mutating func real(_ value: Double?) {
        index += 1
        if let value {
            sqlite3_bind_double(statement, index, value)
        } else {
            sqlite3_bind_null(statement, index)
        }
        if knownHash == nil { hash.add(value) }
    }

    /// Runs a query; whether it returned a row.
    func hasRow(in db: Database) throws -> Bool {
        let code = sqlite3_step(statement)
        defer { sqlite3_reset(statement) }
        guard code == SQLITE_ROW || code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return code == SQLITE_ROW
    }

    /// Runs the statement; returns the number of rows it changed.
    func execute(in db: Database) throws -> Int {
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(statement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        return Int(sqlite3_changes(db.sqliteConnection))
    }
}
