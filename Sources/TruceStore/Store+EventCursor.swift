import GRDB
public import TruceModel
public import TruceStorage

extension Store {
    /// Calls `body` with every event matching `filter`, oldest first (by date, data set
    /// and key, as ``events(matching:limit:)`` lists them), reading them with a database
    /// cursor: one row is in memory at a time, however large the store, so an export
    /// can write each event as it comes.
    ///
    /// The events are read in one read transaction, so they are a consistent view of the
    /// store. `body` must not use the store: the connection is busy until the last event. SQLite sorts the matches for the order; a sort larger
    /// than its cache spills to a temporary file rather than growing memory.
    ///
    /// At most `limit` events are visited when it is given.
    ///
    /// - Returns: the number of events visited.
    /// - Throws: ``TruceError`` (`store`) when the database fails; whatever `body` throws, which stops the visit.
    @discardableResult
    public func forEachEvent(matching filter: EventFilter, limit: Int? = nil, _ body: (Event) throws -> Void) throws -> Int {
        let (whereClause, filterArguments) = filter.sqlCondition()
        var arguments = filterArguments
        var sql = "SELECT * FROM events" + whereClause + " ORDER BY event_date, dataset, event_key"
        if let limit {
            sql += " LIMIT ?"
            arguments.append(max(0, limit))
        }
        do {
            return try read { db in
                let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
                var count = 0
                var columns: ColumnPositions?
                while let row = try rows.next() {
                    let positions = columns ?? ColumnPositions(row)
                    columns = positions
                    try body(EventRow.event(row, columns: positions))
                    count += 1
                }
                return count
            }
        } catch let error as DatabaseError {
            throw TruceError(.store, "cannot read the events of \(path): \(error.message ?? "SQLite error \(error.resultCode)")")
        }
    }
}
