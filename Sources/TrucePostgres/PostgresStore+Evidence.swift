import PostgresNIO
import TruceFormats
public import TruceModel
public import TruceStorage

extension PostgresStore: EvidenceStore {
    public func events(from: Day, to: Day, countries: [String], asOf snapshot: Int64?) async throws -> [Event] {
        var sql = SQLConditions()
        sql.add("date_earliest <= \(sql.bind(to.iso))")
        sql.add("date_latest >= \(sql.bind(from.iso))")
        if !countries.isEmpty { sql.add("lower(country) = ANY(\(sql.bind(countries.map { $0.lowercased() })))") }
        return try await events(sql, touching: from, to, asOf: snapshot)
    }

    public func evidenceVersion() async throws -> Int64 {
        try await withConnection(doing: "read the evidence version of") { connection in
            try await connection.scalar("SELECT version FROM evidence_version WHERE id = 1", as: Int64.self, logger: logger) ?? 0
        }
    }

    public func events(matching query: EventQuery, asOf snapshot: Int64?) async throws -> [Event] {
        try await events(query.conditions(), touching: query.from, query.to, asOf: snapshot)
    }

    public func observations(indicator: String, asOf snapshot: Int64?) async throws -> [Observation] {
        try await records(
            table: "observations", key: "observation_key", columns: Self.observationColumns, condition: "indicator = $1", values: [indicator],
            order: "observed_on, observation_key", asOf: snapshot
        ).map(Self.observation)
    }

    /// Accepted claims whose `about_provision` is `provision`, or lists it among others separated by
    /// `;` (spaces ignored, as the SQLite store ignores them); `*` is the agreement as a whole.
    public func claims(aboutProvision provision: String, asOf snapshot: Int64?) async throws -> [Claim] {
        try await records(
            table: "claims", key: "claim_key", columns: Self.claimColumns,
            condition:
                "(about_provision = $1 OR strpos(';' || replace(about_provision, ' ', '') || ';', ';' || $1 || ';') > 0) AND review_state = 'accepted'",
            values: [provision], order: "said_on, claim_key", asOf: snapshot
        ).map(Self.claim)
    }

    public func claimsNamingProvisions(asOf snapshot: Int64?) async throws -> [Claim] {
        try await records(
            table: "claims", key: "claim_key", columns: Self.claimColumns,
            condition: "(about_provision IS NOT NULL OR about_reading IS NOT NULL) AND review_state = 'accepted'", values: [],
            order: "said_on, claim_key", asOf: snapshot
        ).map(Self.claim)
    }

    public func snapshotIDs(through snapshot: Int64?) async throws -> [Int64] {
        try await checkSnapshot(snapshot)
        return try await withConnection(doing: "read the imports of") { connection in
            var ids: [Int64] = []
            let rows = try await connection.query("SELECT id FROM snapshots WHERE id <= \(snapshot ?? .max) ORDER BY id", logger: logger)
            for try await id in rows.decode(Int64.self) { ids.append(id) }
            return ids
        }
    }

    public func coverage(through snapshot: Int64?) async throws -> [Coverage] {
        try await checkSnapshot(snapshot)
        return try await withConnection(doing: "read the coverage of") { connection in
            var coverage: [Coverage] = []
            let rows = try await connection.query(
                """
                SELECT id, source, covers_from, covers_to, coalesce(covers_countries, '') FROM snapshots
                WHERE covers_from IS NOT NULL AND id <= \(snapshot ?? .max) ORDER BY id
                """, logger: logger)
            for try await (id, source, from, to, countries) in rows.decode((Int64, String, String, String, String).self) {
                guard let from = Day(iso: from), let to = Day(iso: to) else { continue }
                let names = countries.split(separator: ";").map(String.init)
                coverage.append(Coverage(snapshot: id, source: source, from: from, to: to, countries: names))
            }
            return coverage
        }
    }

    /// Throws when the store holds no import `snapshot` (nil, the evidence as it stands, always passes).
    func checkSnapshot(_ snapshot: Int64?) async throws {
        guard let snapshot else { return }
        let (first, last, exists) = try await withConnection(doing: "read the imports of") { connection in
            let rows = try await connection.query(
                "SELECT min(id), max(id), bool_or(id = \(snapshot)) FROM snapshots", logger: logger)
            for try await row in rows.decode((Int64?, Int64?, Bool?).self) { return row }
            return (nil, nil, nil)
        }
        guard exists == true else {
            let range = first.map { "its snapshots are \($0)…\(last ?? $0)" } ?? "the store has no imports yet"
            throw TruceError(.notFound, "no snapshot \(snapshot) in \(location): \(range)", parameter: "as_of")
        }
    }

    /// Events matching `conditions`, which include that their date spans touch `from...to`, as they
    /// stand or as they stood after import `snapshot`: later revisions replaced by the versions they
    /// superseded, later records and deletions undone.
    func events(_ conditions: SQLConditions, touching from: Day, _ to: Day, asOf snapshot: Int64?) async throws -> [Event] {
        try await checkSnapshot(snapshot)
        return try await withDateWindow(conditions, touching: from, to) { connection, conditions in
            var conditions = conditions
            let source = Self.eventSource(asOf: snapshot, binding: &conditions)
            let query = conditions.query("SELECT \(EventColumns.list()) FROM \(source)" + conditions.whereClause + SQLConditions.eventOrder)
            var events: [Event] = []
            for try await row in try await connection.query(query, logger: logger) { events.append(try EventColumns.event(row)) }
            return events
        }
    }

    /// What a read of events selects from: `events`, or as of `snapshot` the rows that were current then
    /// (its value bound in `conditions`), with the columns of ``EventColumns/names``.
    static func eventSource(asOf snapshot: Int64?, binding conditions: inout SQLConditions) -> String {
        guard let snapshot else { return "events" }
        let n = conditions.bind(snapshot)
        let (list, populated) = (EventColumns.list(), EventColumns.list("r"))
        return """
            (SELECT \(list) FROM events WHERE snapshot_id <= \(n)
            UNION ALL SELECT \(populated) FROM event_history h, jsonb_populate_record(NULL::events, h.content) r
                WHERE h.snapshot_id <= \(n) AND h.replaced_by_snapshot_id > \(n)
            UNION ALL SELECT \(populated) FROM event_deletions d, jsonb_populate_record(NULL::events, d.content) r
                WHERE d.snapshot_id > \(n) AND (d.content->>'snapshot_id')::bigint <= \(n)) AS v
            """
    }

    static let observationColumns = [
        "observation_key", "indicator", "actor", "country", "observed_on", "value", "unit", "source", "url", "notes", "reported_by",
        "snapshot_id", "source_file", "source_line", "observed_until", "admin1", "admin2", "place", "attributes",
    ]
    static let claimColumns = [
        "claim_key", "said_on", "speaker", "speaker_actor", "quote", "about_provision", "about_reading", "modality", "grade",
        "review_state", "source", "url", "snapshot_id", "source_file", "source_line", "said_until", "attributes",
    ]

    /// Current observations or claims from `snapshot` or before, and the history versions that were current then.
    /// `condition` refers to `values` as `$1`, `$2`, …
    private func records(
        table: String, key: String, columns: [String], condition: String, values: [String], order: String, asOf snapshot: Int64?
    ) async throws -> [PostgresRow] {
        try await checkSnapshot(snapshot)
        let list = columns.joined(separator: ", ")
        var bindings = PostgresBindings()
        for value in values { bindings.append(value) }
        let source: String
        if let snapshot {
            bindings.append(snapshot)
            let n = "$\(values.count + 1)"
            // History written before a column existed lacks it: jsonb_populate_record leaves it null.
            source = """
                (SELECT \(list) FROM \(table) WHERE snapshot_id <= \(n)
                UNION ALL SELECT \(columns.map { "r.\($0)" }.joined(separator: ", "))
                    FROM record_history h, jsonb_populate_record(NULL::\(table), h.content) r
                    WHERE h.record_table = '\(table)' AND h.snapshot_id <= \(n) AND h.replaced_by_snapshot_id > \(n)) AS v
                """
        } else {
            source = table
        }
        let query = PostgresQuery(unsafeSQL: "SELECT \(list) FROM \(source) WHERE \(condition) ORDER BY \(order)", binds: bindings)
        return try await withConnection(doing: "read the \(table) of") { connection in
            var rows: [PostgresRow] = []
            for try await row in try await connection.query(query, logger: logger) { rows.append(row) }
            return rows
        }
    }

    private static func observation(_ row: PostgresRow) throws -> Observation {
        let r = row.makeRandomAccess()
        func text(_ i: Int) throws -> String? { try r[i].decode(String?.self) }
        return Observation(
            key: try text(0) ?? "", indicator: try text(1) ?? "", actor: try text(2), country: try text(3),
            date: Day(iso: try text(4) ?? "") ?? Day(ordinal: 0), value: try r[5].decode(Double.self), unit: try text(6),
            source: try text(7) ?? "", url: try text(8), notes: try text(9),
            provenance: Provenance(snapshot: try r[11].decode(Int64.self), file: try text(12) ?? "", line: try r[13].decode(Int.self)),
            reportedBy: try text(10), latestDate: try text(14).flatMap(Day.init(iso:)), admin1: try text(15), admin2: try text(16),
            place: try text(17), attributes: JSONString.parseObject(try text(18)))
    }

    private static func claim(_ row: PostgresRow) throws -> Claim {
        let r = row.makeRandomAccess()
        func text(_ i: Int) throws -> String? { try r[i].decode(String?.self) }
        return Claim(
            key: try text(0) ?? "", date: Day(iso: try text(1) ?? "") ?? Day(ordinal: 0), speaker: try text(2) ?? "",
            speakerActor: try text(3), quote: try text(4) ?? "", aboutProvision: try text(5), aboutReading: try text(6),
            modality: Modality(claimSpelling: try text(7) ?? "") ?? .done, grade: Claim.Grade(rawValue: try text(8) ?? "") ?? .fair,
            reviewState: Claim.ReviewState(rawValue: try text(9) ?? "") ?? .candidate, source: try text(10) ?? "", url: try text(11),
            provenance: Provenance(snapshot: try r[12].decode(Int64.self), file: try text(13) ?? "", line: try r[14].decode(Int.self)),
            latestDate: try text(15).flatMap(Day.init(iso:)), attributes: JSONString.parseObject(try text(16)))
    }
}
