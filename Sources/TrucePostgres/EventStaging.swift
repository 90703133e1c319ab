import Logging
import PostgresNIO
import TruceModel
import TruceStorage

/// Events copied in and merged by their data set and key: new keys are stored; a changed event
/// whose data-set revision is not older than the stored one replaces it, the stored version going
/// to `event_history`; an older copy is left out. Gathers, as rows pass, the span and countries
/// the import covers and the source names it brings.
final class EventStaging: ImportStaging {
    private(set) var coverage = CoverageSpan()
    private(set) var sources: Set<String> = []
    /// The spread of the rows' dates, which raises the store's recorded one (unchanged rows included: wider stays correct).
    private var dateSpread = EventDateSpread()
    private var lastSources: [String] = []
    /// Rows copied in so far.
    private var rows = 0
    /// Whether the snapshot records the span and countries of the rows: imports do, review decisions do not.
    private let recordsCoverage: Bool

    /// What an import into an empty events table took off it, when its rows are copied straight in.
    private var direct: EmptyTableLoad.Dropped?
    /// The actor names of the rows copied straight in: when they all land, they are the names to register,
    /// which spares the server a scan of every new row.
    private var actorNames: Set<String> = []
    private var lastActors: (String?, String?) = (nil, nil)
    /// Whether the merge stored or updated enough rows to leave the statistics of events stale.
    private var changedMuch = false
    var staleStatistics: [String] { changedMuch ? ["events"] : [] }

    init(recordsCoverage: Bool = true) {
        self.recordsCoverage = recordsCoverage
    }

    let createTable = "CREATE TEMP TABLE import_rows ON COMMIT DROP AS SELECT 0::bigint AS ordinal, \(EventColumns.list()) FROM events WITH NO DATA"
    let columns = ["ordinal"] + EventColumns.names

    func copyTarget(on connection: PostgresConnection, logger: Logger) async throws -> (table: String, columns: [String]) {
        if let dropped = try await EmptyTableLoad.begin("events", on: connection, logger: logger) {
            direct = dropped
            return ("events", EventColumns.names)
        }
        try await connection.run(PostgresQuery(unsafeSQL: createTable), logger: logger)
        return ("import_rows", columns)
    }

    func write(_ event: Event, ordinal: Int, snapshot: Int64, into row: inout CopyRowWriter) {
        // Copied straight into events, the row has no ordinal: the identity keeps the input's order.
        EventColumns.write(event, ordinal: direct == nil ? ordinal : nil, snapshot: snapshot, into: &row)
        rows += 1
        if direct != nil { collectActorNames(event) }
        coverage.add(event)
        dateSpread.add(event.date)
        // GDELT gives several events of one article in a row: comparing with the last is cheaper than hashing again.
        if event.sources != lastSources {
            for source in event.sources { sources.insert(sourceRegistryName(source)) }
            lastSources = event.sources
        }
    }

    private func collectActorNames(_ event: Event) {
        // Neighbouring rows often name the same actors: comparing with the last row is cheaper than hashing.
        let actors = (event.actor1.name, event.actor2.name)
        guard actors != lastActors else { return }
        lastActors = actors
        if let name = actors.0 { actorNames.insert(name) }
        if let name = actors.1 { actorNames.insert(name) }
    }

    /// A stored version may be replaced when it has no revision, or the new row's is not older.
    private static let revisable = "(e.revision IS NULL OR (s.revision IS NOT NULL AND e.revision <= s.revision))"
    private static let join = "e.dataset = s.dataset AND e.event_key = s.event_key"

    func merge(snapshot: Int64, on connection: PostgresConnection, logger: Logger) async throws -> MergeCounts {
        var counts = MergeCounts()
        var everyRowStored = false
        // Before the merge: building an index sets the count to the rows the table then holds.
        let counted = try await StaleStatistics.countedRows(of: "events", on: connection, logger: logger)
        if let direct {
            if try await EmptyTableLoad.restoreKeys(direct, of: "events", on: connection, logger: logger) {
                counts.stored = rows
                everyRowStored = true
                try await SecondaryIndexes.rebuild(direct.indexes, on: connection, logger: logger)
            } else {
                // The file gave a key twice: its rows go back to staging (the identity as their ordinal)
                // and are merged as any import's, into the then empty table.
                try await connection.run(
                    PostgresQuery(
                        unsafeSQL: "CREATE TEMP TABLE import_rows ON COMMIT DROP AS SELECT id AS ordinal, \(EventColumns.list()) FROM events"),
                    logger: logger)
                try await connection.run("TRUNCATE events", logger: logger)
                guard try await EmptyTableLoad.restoreKeys(direct, of: "events", on: connection, logger: logger) else {
                    throw TruceError(.store, "the unique keys of events could not be built again on an empty table")
                }
                counts = try await mergeStaged(snapshot: snapshot, droppedIndexes: direct.indexes, on: connection, logger: logger)
            }
        } else {
            let dropped = try await SecondaryIndexes.dropForBulk(of: "events", incoming: rows, on: connection, logger: logger)
            counts = try await mergeStaged(snapshot: snapshot, droppedIndexes: dropped, on: connection, logger: logger)
        }
        // Into an empty table, whatever statistics there were describe rows that are gone.
        changedMuch = StaleStatistics.areStale(changed: counts.stored + counts.updated, counted: direct == nil ? counted : 0)
        try await registerNames(snapshot: snapshot, actorsOfEveryRow: everyRowStored ? actorNames : nil, on: connection, logger: logger)
        if rows > 0 { try await dateSpread.raise(on: connection, logger: logger) }
        return counts
    }

    /// Merges `import_rows` into events generation by generation, then builds again the indexes dropped for it.
    private func mergeStaged(
        snapshot: Int64, droppedIndexes dropped: [String], on connection: PostgresConnection, logger: Logger
    ) async throws -> MergeCounts {
        let generations = try await Generations.number(key: ["dataset", "event_key"], on: connection, logger: logger)
        var counts = MergeCounts()
        let changedColumns = EventColumns.names.dropFirst(2)
        for generation in 1...generations {
            let picked = Generations.condition(generation, of: generations)
            let tally = try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT count(*) FILTER (WHERE e.id IS NULL)::bigint,
                            count(*) FILTER (WHERE e.content_hash <> s.content_hash AND \(Self.revisable))::bigint,
                            count(*) FILTER (WHERE e.content_hash <> s.content_hash AND NOT \(Self.revisable))::bigint,
                            count(*) FILTER (WHERE e.content_hash = s.content_hash)::bigint
                        FROM import_rows s LEFT JOIN events e ON \(Self.join) WHERE \(picked)
                        """), logger: logger)
            for try await (new, revised, stale, same) in tally.decode((Int, Int, Int, Int).self) {
                counts.stored += new
                counts.updated += revised
                counts.stale += stale
                counts.unchanged += stale + same
            }
            let replaced = "\(Self.join) AND \(picked) AND e.content_hash <> s.content_hash AND \(Self.revisable)"
            try await connection.run(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO event_history (dataset, event_key, snapshot_id, replaced_by_snapshot_id, content)
                        SELECT e.dataset, e.event_key, e.snapshot_id, \(snapshot), to_jsonb(e) - 'id'
                        FROM events e JOIN import_rows s ON \(replaced)
                        """), logger: logger)
            try await connection.run(
                PostgresQuery(
                    unsafeSQL: """
                        UPDATE events e SET (\(changedColumns.joined(separator: ", "))) = (\(changedColumns.map { "s.\($0)" }.joined(separator: ", ")))
                        FROM import_rows s WHERE \(replaced)
                        """), logger: logger)
            try await connection.run(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO events (\(EventColumns.list())) SELECT \(EventColumns.list("s")) FROM import_rows s
                        WHERE \(picked) AND NOT EXISTS (SELECT 1 FROM events e WHERE \(Self.join))
                        """), logger: logger)
        }
        try await SecondaryIndexes.rebuild(dropped, on: connection, logger: logger)
        return counts
    }

    /// Records the actors and sources the import's rows name, and the span and countries they cover.
    /// `actorsOfEveryRow` gives the actors when every copied row was stored; otherwise the rows this
    /// snapshot stored or updated are read back for them, found by key from the staged rows (events has
    /// no index by snapshot: that would cost every bulk import a sort).
    private func registerNames(snapshot: Int64, actorsOfEveryRow: Set<String>?, on connection: PostgresConnection, logger: Logger) async throws {
        // The registry of names seen, for mapping them later.
        if let names = actorsOfEveryRow {
            if !names.isEmpty {
                try await connection.run(
                    "INSERT INTO actors (name, first_snapshot_id) SELECT unnest(\(names.sorted())::text[]), \(snapshot) ON CONFLICT DO NOTHING",
                    logger: logger)
            }
        } else {
            try await connection.run(
                """
                INSERT INTO actors (name, first_snapshot_id)
                SELECT name, \(snapshot) FROM import_rows s JOIN events e ON \(unescaped: Self.join),
                    LATERAL (VALUES (e.actor1), (e.actor2)) AS named (name)
                WHERE e.snapshot_id = \(snapshot) AND name IS NOT NULL
                GROUP BY name
                ON CONFLICT DO NOTHING
                """, logger: logger)
        }
        if !sources.isEmpty {
            try await connection.run(
                "INSERT INTO sources (name, first_snapshot_id) SELECT unnest(\(sources.sorted())::text[]), \(snapshot) ON CONFLICT DO NOTHING",
                logger: logger)
        }
        if recordsCoverage, let span = coverage.span {
            try await connection.run(
                "UPDATE snapshots SET covers_from = \(span.from.iso), covers_to = \(span.to.iso), covers_countries = \(span.countries.joined(separator: ";")) WHERE id = \(snapshot)",
                logger: logger)
        }
    }
}
