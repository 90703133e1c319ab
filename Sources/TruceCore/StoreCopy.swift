import Foundation
import TruceModel
public import TruceStorage

/// What copying one table did: its rows, and the checksum they had in both stores.
public struct TableCopy: Hashable, Sendable, Codable {
    /// The table.
    public var table: String
    /// Rows copied (and found again in the destination).
    public var rows: Int
    /// The table's checksum, the same in the source and the destination (order of rows aside).
    public var checksum: String
}

/// Moves a whole store — snapshots, history, review queue, everything — into an empty store of
/// another backend (SQLite to PostgreSQL, or back), and proves it: each table's rows are counted
/// and checksummed as they are read from the source, read back from the destination inside the
/// same load, and the load is kept only when every count and checksum agrees.
public enum StoreCopy {
    /// Copies `source` into `destination`, which must hold no records.
    ///
    /// - Returns: each table copied, in copy order.
    /// - Throws: ``TruceError`` when the destination holds records, lacks a column of the source
    ///   (it is an older schema: open it with this version first), or a table does not match after
    ///   the copy; the destination then keeps nothing of it.
    public static func copy(from source: any StoreTables, to destination: any StoreTables) async throws -> [TableCopy] {
        let tables = type(of: source).recordTables
        for table in tables {
            let rows = try await destination.rowCount(of: table)
            if rows > 0 {
                throw TruceError(
                    .invalidInput, "the destination already holds records (\(rows) rows in \(table)); copy into an empty store")
            }
        }
        var copied: [TableCopy] = []
        try await destination.load { loader in
            for table in tables {
                let columns = try await source.columns(of: table)
                guard !columns.isEmpty else { continue }
                let known = Set(try await destination.columns(of: table))
                if let missing = columns.first(where: { !known.contains($0) }) {
                    throw TruceError(
                        .store, "the destination's table \(table) has no column \(missing): its schema is older than the source's; nothing was copied"
                    )
                }
                let jsonColumns = Set(columns.indices.filter { columns[$0] == "content" })
                var read = TableChecksum(jsonColumns: jsonColumns)
                try await loader.writeRows(into: table, columns: columns) { emit in
                    try await source.readRows(of: table, columns: columns) { batch in
                        for row in batch { read.add(row) }
                        try await emit(batch)
                    }
                }
                var written = TableChecksum(jsonColumns: jsonColumns)
                try await loader.readRows(of: table, columns: columns) { batch in
                    for row in batch { written.add(row) }
                }
                guard read == written else {
                    throw TruceError(
                        .store,
                        "the copy of \(table) does not match its source (\(read.rows) rows read, \(written.rows) found, checksums \(read.hex) and \(written.hex)); nothing was copied"
                    )
                }
                copied.append(TableCopy(table: table, rows: read.rows, checksum: read.hex))
            }
        }
        return copied
    }
}

/// A checksum of a table's rows that does not depend on their order: the sum of a 128-bit hash of
/// each row's values. JSON text (the `content` of history rows) is hashed in a canonical form, keys
/// sorted and numbers as numbers, since each backend writes JSON its own way.
struct TableChecksum: Equatable {
    private(set) var rows = 0
    private var high: UInt64 = 0
    private var low: UInt64 = 0
    private let jsonColumns: Set<Int>

    init(jsonColumns: Set<Int>) {
        self.jsonColumns = jsonColumns
    }

    static func == (a: TableChecksum, b: TableChecksum) -> Bool { a.rows == b.rows && a.high == b.high && a.low == b.low }

    var hex: String { String(format: "%016llx%016llx", high, low) }

    mutating func add(_ row: [TableValue]) {
        var first = FNV(seed: 0xcbf2_9ce4_8422_2325)
        var second = FNV(seed: 0x8422_2325_cbf2_9ce4)
        for (index, value) in row.enumerated() {
            let bytes = Self.bytes(value, json: jsonColumns.contains(index))
            first.add(bytes)
            second.add(bytes)
        }
        rows += 1
        high &+= first.value
        low &+= second.value
    }

    /// A value as tagged bytes: its kind, then its content.
    private static func bytes(_ value: TableValue, json: Bool) -> [UInt8] {
        switch value {
        case .null: return [0]
        case .integer(let number): return [1] + withUnsafeBytes(of: number.littleEndian, Array.init)
        case .real(let number): return [2] + withUnsafeBytes(of: number.bitPattern.littleEndian, Array.init)
        case .text(let text): return [3] + Array((json ? canonicalJSON(text) : text).utf8) + [0xFF]
        }
    }

    private static func canonicalJSON(_ text: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]),
            let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed])
        else { return text }
        return String(decoding: data, as: UTF8.self)
    }

    private struct FNV {
        var value: UInt64
        init(seed: UInt64) { value = seed }
        mutating func add(_ bytes: [UInt8]) {
            for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
    }
}
