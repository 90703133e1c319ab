import GRDB
import TruceModel
import TruceStorage

/// Reads the date windows of several queries (an assessment's scopes) in one transaction, and those
/// that ``EventWindowRead/scan`` reads in one pass over the table: each scan reads every page of the
/// table and every row of the window, so three wide windows read alone read them three times. The
/// shared pass tests, on each row, the terms all the queries share once, then each query's own; a
/// row any query keeps is turned into an event once, which goes to each query that keeps it.
enum EventWindowBatch {
    /// The events of each of `queries`, in their order, each as the query alone would read them (the
    /// same events, in the same order).
    ///
    /// - Parameter statement: the statement reading the rows that meet a condition, with `read`'s
    ///   source and order (the table's window, or a snapshot's).
    static func events(
        matchingEach queries: [EventQuery], in db: Database,
        statement: (_ condition: SQLTerm, _ read: EventWindowRead) -> (sql: String, arguments: StatementArguments)
    ) throws -> [[Event]] {
        let spread = try EventDateSpread.recorded(in: db)
        var answers = [[Event]](repeating: [], count: queries.count)
        var scanned: [Int] = []
        for (index, query) in queries.enumerated() {
            let read = try EventWindowRead.choose(touching: query.from, query.to, spread: spread, in: db)
            if read == .scan {
                scanned.append(index)
            } else {
                let (sql, arguments) = statement(SQLTerm.all(query.sqlTerms(spread: spread)), read)
                answers[index] = try read.fetchEvents(db, sql: sql, arguments: arguments)
            }
        }
        if scanned.count == 1 {
            let (sql, arguments) = statement(SQLTerm.all(queries[scanned[0]].sqlTerms(spread: spread)), .scan)
            answers[scanned[0]] = try EventWindowRead.scan.fetchEvents(db, sql: sql, arguments: arguments)
        } else if scanned.count > 1 {
            let shared = try scan(scanned.map { queries[$0].sqlTerms(spread: spread) }, in: db, statement: statement)
            for (index, events) in zip(scanned, shared) { answers[index] = events }
        }
        return answers
    }

    /// The terms every one of `conditions` has, and what is left of each (in their order).
    static func factor(_ conditions: [[SQLTerm]]) -> (shared: [SQLTerm], own: [[SQLTerm]]) {
        guard let first = conditions.first else { return ([], []) }
        let shared = first.filter { term in conditions.allSatisfy { $0.contains(term) } }
        return (shared, conditions.map { terms in terms.filter { !shared.contains($0) } })
    }

    /// The statement of one pass for rows meeting any of `conditions`: one column `matches_N` per
    /// condition (1 when the row meets it) before the event's columns.
    static func sharedStatement(
        _ conditions: [[SQLTerm]], statement: (_ condition: SQLTerm, _ read: EventWindowRead) -> (sql: String, arguments: StatementArguments)
    ) -> (sql: String, arguments: StatementArguments) {
        let (shared, own) = factor(conditions)
        let eachOwn = own.map(SQLTerm.all)
        let inner = statement(SQLTerm.all(shared + [SQLTerm.any(eachOwn)]), .scan)
        // The flags come first in the text, so their placeholders are bound first.
        let flags = eachOwn.enumerated().map { "(\($1.sql)) AS matches_\($0)" }.joined(separator: ", ")
        var arguments = StatementArguments(eachOwn.flatMap(\.arguments))
        arguments += inner.arguments
        return ("SELECT \(flags), * FROM (\(inner.sql))", arguments)
    }

    private static func scan(
        _ conditions: [[SQLTerm]], in db: Database,
        statement: (_ condition: SQLTerm, _ read: EventWindowRead) -> (sql: String, arguments: StatementArguments)
    ) throws -> [[Event]] {
        let (sql, arguments) = sharedStatement(conditions, statement: statement)
        var answers = [[Event]](repeating: [], count: conditions.count)
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var columns: ColumnPositions?
        while let row = try rows.next() {
            let positions = columns ?? ColumnPositions(row)
            columns = positions
            let event = EventRow.event(row, columns: positions)
            for index in answers.indices where (row[index] as Int64?) ?? 0 != 0 {
                answers[index].append(event)
            }
        }
        for index in answers.indices { EventWindowRead.sortAsStored(&answers[index]) }
        return answers
    }
}
