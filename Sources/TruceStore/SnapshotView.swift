import GRDB
public import TruceModel

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
        try store.read { db in
            let columns = EventWriter.columns
            let extracted = Self.extract(columns, from: "content")
            var sql = """
                SELECT * FROM (
                    SELECT \(columns.joined(separator: ", ")) FROM events WHERE snapshot_id <= :n
                    UNION ALL SELECT \(extracted) FROM event_history WHERE snapshot_id <= :n AND replaced_by_snapshot_id > :n
                    UNION ALL SELECT \(extracted) FROM event_deletions
                        WHERE snapshot_id > :n AND json_extract(content, '$.snapshot_id') <= :n
                ) WHERE date_earliest <= :to AND date_latest >= :from
                """
            var arguments: [String: (any DatabaseValueConvertible)?] = ["n": snapshot, "to": to.iso, "from": from.iso]
            if !countries.isEmpty {
                let names = countries.indices.map { ":c\($0)" }
                sql += " AND country COLLATE NOCASE IN (\(names.joined(separator: ", ")))"
                for (index, country) in countries.enumerated() { arguments["c\(index)"] = country }
            }
            sql += " ORDER BY event_date, dataset, event_key"
            return EventRow.events(try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)))
        }
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
