import GRDB

/// Where each column of a query's rows is, found by name once per query. GRDB finds a column by
/// name by lowercasing the name and every column's name in turn, for every value read: for a
/// 40-column event that was most of the time spent reading a page of events.
struct ColumnPositions {
    private let positions: [String: Int]

    /// The positions of `row`'s columns (by lowercased name; the first of a repeated name).
    init(_ row: Row) {
        positions = Dictionary(row.columnNames.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The position of the column `name` (lowercase), or nil when the query has none.
    func position(_ name: String) -> Int? { positions[name] }
}

/// A row read by column name through its query's ``ColumnPositions``.
struct PositionedRow {
    let row: Row
    let columns: ColumnPositions

    /// The value of column `name`, or nil when it is NULL or the query has no such column.
    func value<Value: DatabaseValueConvertible>(_ name: String) -> Value? {
        guard let position = columns.position(name) else { return nil }
        return row[position]
    }

    /// ``value(_:)`` for text, integers and reals: read from the statement itself, not through a
    /// `DatabaseValue`, a boxed value decoded through generic metadata looked up for every value
    /// (in a profile of `truce check`, most of the time spent turning rows into events).
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ name: String) -> Value? {
        guard let position = columns.position(name) else { return nil }
        return row[position] as Value?
    }
}
