import GRDB
import GRDBSQLite
import TruceModel
import TruceStorage

/// An event's column values laid out in one byte buffer, in ``EventWriter/columns`` order, with
/// their content hash: made on the reading thread, bound in place on the writing thread.
///
/// The writing thread bounds an import's speed. Binding from an `Event` made it read some
/// thirty Strings (retaining and releasing each, while the reading thread touched the same
/// interned ones), format three days and copy every text into a row buffer; here that work is
/// done once while reading, and the writer walks one buffer and binds pointers into it.
///
/// Layout: per column a tag byte, then for an integer or a real its eight bytes, for a text
/// its length (four bytes) and bytes; the snapshot column is a tag alone, bound by the writer,
/// which alone knows the snapshot.
struct EncodedEventRow: EventColumnSink, Sendable {
    private enum Tag: UInt8 {
        case null, integer, real, text, snapshot
    }

    private(set) var bytes: [UInt8] = []
    private var hash = ContentHash()
    /// The hash stored in `content_hash`, as ``EventWriter/contentHash(of:attributesJSON:)`` works it out.
    private(set) var contentHashValue: Int64 = 0

    /// Encodes `event`, whose attributes `attributesJSON` holds, with its key.
    init(_ event: Event, attributesJSON: String?) {
        bytes.reserveCapacity(1024)
        EventWriter.values(of: event, attributesJSON: attributesJSON, snapshot: 0, withKey: true, into: &self)
    }

    mutating func text(_ value: String?, hashed: Bool) {
        guard let value else {
            bytes.append(Tag.null.rawValue)
            if hashed { hash.add(nil as String?) }
            return
        }
        // Read in place: `withUTF8` is mutating, and the copy it needs retained and released each
        // of a row's thirty-odd texts. Only a String not stored as UTF-8 takes that path.
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { utf8 in text(utf8, hashed: hashed) }
        guard done == nil else { return }
        var copy = value
        copy.withUTF8 { utf8 in text(utf8, hashed: hashed) }
    }

    private mutating func text(_ utf8: UnsafeBufferPointer<UInt8>, hashed: Bool) {
        append(.text, UInt32(truncatingIfNeeded: utf8.count))
        bytes.append(contentsOf: utf8)
        if hashed { hash.add(utf8) }
    }

    mutating func day(_ day: Day) {
        day.withISOBytes { iso in
            append(.text, UInt32(iso.count))
            bytes.append(contentsOf: iso)
            hash.add(iso)
        }
    }

    mutating func integer(_ value: Int?, hashed: Bool) {
        if let value {
            append(.integer, UInt64(bitPattern: Int64(value)))
        } else {
            bytes.append(Tag.null.rawValue)
        }
        if hashed { hash.add(value) }
    }

    mutating func real(_ value: Double?) {
        if let value {
            append(.real, value.bitPattern)
        } else {
            bytes.append(Tag.null.rawValue)
        }
        hash.add(value)
    }

    mutating func contentHash() {
        contentHashValue = hash.signed
        append(.integer, UInt64(bitPattern: contentHashValue))
    }

    /// Only the snapshot comes here: its column is left for the writer to fill.
    mutating func integer64(_ value: Int64) {
        bytes.append(Tag.snapshot.rawValue)
    }

    private mutating func append(_ tag: Tag, _ value: some FixedWidthInteger) {
        bytes.append(tag.rawValue)
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Binds the values to `statement` from its first parameter on (leaving out the key, the first
    /// two columns, when `withKey` is false), then runs `body` with the next parameter's index.
    ///
    /// The texts are bound in place (`SQLITE_STATIC`): `body` must step the statement, and
    /// the statement must not be stepped again before it is bound anew.
    func withBound<Result>(to statement: Statement, withKey: Bool, snapshot: Int64, _ body: (Int32) throws -> Result) rethrows -> Result {
        let statement = statement.sqliteStatement
        sqlite3_reset(statement)
        return try bytes.withUnsafeBytes { buffer in
            var offset = 0
            var column = 0
            var index: Int32 = 1
            while offset < buffer.count {
                let tag = Tag(rawValue: buffer[offset]) ?? .null
                offset += 1
                let bound = withKey || column >= 2
                column += 1
                switch tag {
                case .null:
                    if bound { sqlite3_bind_null(statement, index) }
                case .snapshot:
                    if bound { sqlite3_bind_int64(statement, index, snapshot) }
                case .integer:
                    let bits = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    offset += 8
                    if bound { sqlite3_bind_int64(statement, index, Int64(bitPattern: bits)) }
                case .real:
                    let bits = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    offset += 8
                    if bound { sqlite3_bind_double(statement, index, Double(bitPattern: bits)) }
                case .text:
                    let count = Int(UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                    offset += 4
                    if bound {
                        let start = (buffer.baseAddress! + offset).assumingMemoryBound(to: CChar.self)
                        sqlite3_bind_text(statement, index, start, Int32(count), Self.inPlace)
                    }
                    offset += count
                }
                if bound { index += 1 }
            }
            return try body(index)
        }
    }

    // SQLITE_STATIC: the bytes outlive the step, which happens inside `withBound`.
    private static let inPlace = unsafeBitCast(0, to: sqlite3_destructor_type.self)
}
