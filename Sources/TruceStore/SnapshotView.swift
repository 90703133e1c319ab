import GRDB
public import TruceModel
import TruceStorage

/// The store's evidence as it stood after one import: later revisions are
/// replaced by the versions they superseded, later records and deletions are
/// undone. An assessment made with it reproduces the one made at the time.
public struct SnapshotView: EvidenceSource {
    public let store: Store
    /// The last import whose records count.
    public let snapshot: Int64

    public init(store: Store, snapshot: Int64) {
        self.store = store
        self.snapshot = snapshot
    }

    public func events(from: Day, to: Day, countries: [String]) throws -> [Event] {
        try events(touching: from, to) { spread in
            var conditions = ["date_earliest <= ?", "date_latest >= ?"]
            var arguments: [(any DatabaseValueConvertible)?] = [to.iso, from.iso]
            if let bounds = spread?.sqlCondition(touching: from, to) {
                conditions += bounds.terms
                arguments += bounds.arguments
            }
            if !countries.isEmpty {
                conditions.append("country COLLATE NOCASE IN (\(Array(repeating: "?", count: countries.count).joined(separator: ", ")))")
                arguments += countries.map { $0 }
            }
            return (conditions.joined(separator: " AND "), arguments)
        }
    }

    /// The events the query keeps as they stood then, filtered by SQLite as ``Store/events(matching:)`` filters them.
    public func events(matching query: EventQuery) throws -> [Event] {
        try events(touching: query.from, query.to) { spread in query.sqlCondition(spread: spread) }
    }

    /// The events each of `queries` keeps as they stood then, in their order, read as
    /// ``Store/events(matchingEach:)`` reads today's: the wide windows in one pass.
    public func events(matchingEach queries: [EventQuery]) throws -> [[Event]] {
        try store.read { db in
            try EventWindowBatch.events(matchingEach: queries, in: db) { condition, read in
                Self.windowQuery(snapshot: snapshot, where: (condition.sql, condition.arguments.map { $0 }), read: read)
            }
        }
    }

    /// The events of `from...to` that meet `condition`, made from the store's recorded spread.
    private func events(
        touching from: Day, _ to: Day,
        where condition: (EventDateSpread?) -> (sql: String, arguments: [(any DatabaseValueConvertible)?])
    ) throws -> [Event] {
        try store.read { db in
            let spread = try EventDateSpread.recorded(in: db)
            let read = try EventWindowRead.choose(touching: from, to, spread: spread, in: db)
            let (sql, arguments) = Self.windowQuery(snapshot: snapshot, where: condition(spread), read: read)
            return try read.fetchEvents(db, sql: sql, arguments: arguments)
        }
    }

    /// The statement of a date window as of import `snapshot`: rows current then, from the table and
    /// from the versions later imports replaced or deleted, that meet `condition`. SQLite pushes the
    /// condition into each part, so the table's part reads as `read` says, with the spread's bounds.
    static func windowQuery(
        snapshot: Int64, where condition: (sql: String, arguments: [(any DatabaseValueConvertible)?]), read: EventWindowRead
    ) -> (sql: String, arguments: StatementArguments) {
        let columns = EventWriter.columns
        let extracted = Self.extract(columns, from: "content")
        let sql = """
            SELECT * FROM (
                SELECT \(columns.joined(separator: ", ")) FROM \(read.source) WHERE snapshot_id <= ?
                UNION ALL SELECT \(extracted) FROM event_history WHERE snapshot_id <= ? AND replaced_by_snapshot_id > ?
                UNION ALL SELECT \(extracted) FROM event_deletions WHERE snapshot_id > ? AND json_extract(content, '$.snapshot_id') <= ?
            ) WHERE \(condition.sql)
            """
        let arguments: [(any DatabaseValueConvertible)?] = Array(repeating: snapshot, count: 5) + condition.arguments
        return (sql + read.order, StatementArguments(arguments))
    }

    public func observations(indicator: String) throws -> [Observation] {
        try records(table: "observations", key: "observation_key", columns: Self.observationColumns, where: "indicator = :v", value: indicator)
            .map(EventRow.observation)
            .sorted { ($0.date, $0.key) < ($1.date, $1.key) }
    }

    public func claims(aboutProvision provision: String) throws -> [Claim] {
        try records(
            table: "claims", key: "claim_key", columns: Self.claimColumns, where: Store.claimAboutCondition + " AND review_state = 'accepted'",
            value: provision
        )
        .map(EventRow.claim)
        .sorted { ($0.date, $0.key) < ($1.date, $1.key) }
    }

    public func claimsNamingProvisions() throws -> [Claim] {
        try records(
            table: "claims", key: "claim_key", columns: Self.claimColumns,
            where: "(about_provision IS NOT NULL OR about_reading IS NOT NULL) AND review_state = 'accepted' AND :v = :v", value: ""
        )
        .map(EventRow.claim)
        .sorted { ($0.date, $0.key) < ($1.date, $1.key) }
    }

    public func snapshotIDs() throws -> [Int64] {
        try store.snapshotIDs().filter { $0 <= snapshot }
    }

    public func coverage() throws -> [Coverage] {
        try store.coverage().filter { $0.snapshot <= snapshot }
    }

    static let observationColumns = [
        "observation_key", "indicator", "actor", "country", "observed_on", "value", "unit", "source", "url", "notes", "reported_by",
        "observed_until", "admin1", "admin2", "place", "attributes", "content_hash", "snapshot_id", "source_file", "source_line",
    ]
    static let claimColumns = [
        "claim_key", "said_on", "speaker", "speaker_actor", "quote", "about_provision", "about_reading", "modality", "grade",
        "review_state", "source", "url", "said_until", "attributes", "content_hash", "snapshot_id", "source_file", "source_line",
    ]

    /// Current rows from the snapshot or before, and the history versions that were current then.
    private func records(table: String, key: String, columns: [String], where condition: String, value: String) throws -> [Row] {
        try store.read { db in
            let sql = """
                SELECT * FROM (
                    SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE snapshot_id <= :n
                    UNION ALL SELECT \(Self.extract(columns, from: "content")) FROM record_history
                        WHERE record_table = '\(table)' AND snapshot_id <= :n AND replaced_by_snapshot_id > :n
                ) WHERE \(condition)
                """
            return try Row.fetchAll(db, sql: sql, arguments: ["n": snapshot, "v": value])
        }
    }

    /// `json_extract(content, '$.column') AS column, …`: a stored JSON version read back as columns.
    private static func extract(_ columns: [String], from field: String) -> String {
        columns.map { "json_extract(\(field), '$.\($0)') AS \($0)" }.joined(separator: ", ")
    }
}

extension Store {
    /// The evidence as it stood after import `snapshot`.
    ///
    /// - Throws: ``TruceError`` when the store has no such snapshot.
    public func asOf(snapshot: Int64) throws -> SnapshotView {
        let ids = try snapshotIDs()
        guard ids.contains(snapshot) else {
            let range = ids.isEmpty ? "the store has no imports yet" : "its snapshots are \(ids.first!)…\(ids.last!)"
            throw TruceError(.store, "no snapshot \(snapshot) in \(path): \(range)")
        }
        return SnapshotView(store: self, snapshot: snapshot)
    }
}
