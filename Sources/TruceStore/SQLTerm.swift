import GRDB

/// A condition of an SQL statement with the values of its `?` placeholders, in order: terms that
/// several statements share are found by comparing them (see ``EventWindowBatch``).
struct SQLTerm: Hashable {
    var sql: String
    var arguments: [DatabaseValue]

    init(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) {
        self.sql = sql
        self.arguments = arguments.map { $0?.databaseValue ?? .null }
    }

    /// The term that holds when every one of `terms` holds (`1` when there are none).
    static func all(_ terms: [SQLTerm]) -> SQLTerm {
        guard terms.count != 1 else { return terms[0] }
        return SQLTerm(terms.isEmpty ? "1" : terms.map(\.sql).joined(separator: " AND "), terms.flatMap(\.arguments))
    }

    /// The term that holds when any of `terms` holds (`0` when there are none), in parentheses.
    static func any(_ terms: [SQLTerm]) -> SQLTerm {
        guard terms.count != 1 else { return terms[0] }
        return SQLTerm(terms.isEmpty ? "0" : "(" + terms.map { "(" + $0.sql + ")" }.joined(separator: " OR ") + ")", terms.flatMap(\.arguments))
    }
}
