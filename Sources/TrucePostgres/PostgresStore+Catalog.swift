import Foundation
import PostgresNIO
public import TruceModel
public import TruceStorage

extension PostgresStore: EventCatalog {
    public func eventCount(matching filter: EventFilter) async throws -> Int {
        let sql = filter.conditions()
        return try await withConnection(doing: "count the events of") { connection in
            try await connection.scalar(sql.query("SELECT count(*)::bigint FROM events" + sql.whereClause), as: Int.self, logger: logger) ?? 0
        }
    }

    public func eventCount(matching filter: EventFilter, atMost cap: Int) async throws -> Int {
        var sql = filter.conditions()
        // The inner LIMIT stops the scan at the cap: a common filter costs no more than a rare one.
        let limit = sql.bind(max(0, cap))
        return try await withConnection(doing: "count the events of") { connection in
            try await connection.scalar(
                sql.query("SELECT count(*)::bigint FROM (SELECT 1 FROM events" + sql.whereClause + " LIMIT \(limit)) AS capped"), as: Int.self,
                logger: logger) ?? 0
        }
    }

    public func events(matching filter: EventFilter, limit: Int?, offset: Int) async throws -> [Event] {
        var events: [Event] = []
        try await forEachEvent(matching: filter, limit: limit, offset: offset) { events.append($0) }
        return events
    }

    @discardableResult
    public func forEachEvent(matching filter: EventFilter, limit: Int?, _ body: (Event) throws -> Void) async throws -> Int {
        try await forEachEvent(matching: filter, limit: limit, offset: 0, body)
    }

    /// One cursor reads every page (``ServerCursor``), a page per fetch: PostgreSQL runs it on the one snapshot
    /// it took when it was declared, so the pages all show that state, hold one page in memory, and block no
    /// writer. It holds one pooled connection until the last page has been handed over, however slowly `body`
    /// takes them; when `body` throws (a client that hung up), the cursor is closed and the query ends there.
    @discardableResult
    public func forEachEventPage(matching filter: EventFilter, pageSize: Int, _ body: ([Event]) async throws -> Void) async throws -> Int {
        let sql = filter.conditions()
        let query = sql.query("SELECT \(EventColumns.list()) FROM events" + sql.whereClause + SQLConditions.eventOrder)
        return try await readThroughCursor(query, batch: max(1, pageSize)) { rows in try await body(try rows.map(EventColumns.event)) }
    }

    /// Reads through a cursor (``ServerCursor``) inside the date window's read-only transaction: one batch of
    /// rows in memory at a time, and when `body` throws the cursor's query stops rather than drains.
    @discardableResult
    public func forEachEventToLink(country: String?, from: Day?, to: Day?, _ body: (Event) throws -> Void) async throws -> Int {
        var sql = SQLConditions()
        if let country {
            let name = country.trimmingCharacters(in: .whitespaces)
            sql.add(
                "(lower(country) = lower(\(sql.bind(name))) OR country ILIKE \(sql.bind(LikePattern.literal(name) + " (%")) ESCAPE '\\')")
        }
        if let from { sql.add("date_latest >= \(sql.bind(from.iso))") }
        if let to { sql.add("date_earliest <= \(sql.bind(to.iso))") }
        do {
            return try await withDateWindow(sql, touching: from, to) { connection, sql in
                let query = sql.query("SELECT \(EventColumns.list()) FROM events" + sql.whereClause + SQLConditions.eventOrder)
                return try await ServerCursor.read(query, on: connection, logger: logger) { rows in
                    for row in rows { try body(try EventColumns.event(row)) }
                }
            }
        } catch let stopped as ServerCursor.ReaderStopped {
            throw stopped.error
        }
    }

    /// Visits the events matching `filter` holding one batch of rows at a time however many match. A list
    /// of at most one batch is one query; a longer one is read through a cursor (``ServerCursor``), so that
    /// when `body` throws (standard output closed under `| head`) the query stops rather than drains.
    private func forEachEvent(matching filter: EventFilter, limit: Int?, offset: Int, _ body: (Event) throws -> Void) async throws -> Int {
        var sql = filter.conditions()
        let page = " LIMIT \(sql.bind(limit.map { max(0, $0) })) OFFSET \(sql.bind(max(0, offset)))"
        let query = sql.query("SELECT \(EventColumns.list()) FROM events" + sql.whereClause + SQLConditions.eventOrder + page)
        if let limit, limit <= ServerCursor.defaultBatch {
            return try await withConnection(doing: "read the events of") { connection in
                var count = 0
                for try await row in try await connection.query(query, logger: logger) {
                    try body(try EventColumns.event(row))
                    count += 1
                }
                return count
            }
        }
        return try await readThroughCursor(query, batch: ServerCursor.defaultBatch) { rows in
            for row in rows { try body(try EventColumns.event(row)) }
        }
    }

    /// ``ServerCursor/read(_:batch:on:logger:_:)`` in a transaction of its own, which ends (closing the
    /// cursor) when the rows run out or `body` throws; what `body` throws comes out as it was thrown.
    private func readThroughCursor(_ query: PostgresQuery, batch: Int, _ body: ([PostgresRow]) async throws -> Void) async throws -> Int {
        do {
            return try await withTransaction(doing: "read the events of") { connection in
                try await ServerCursor.read(query, batch: batch, on: connection, logger: logger, body)
            }
        } catch let stopped as ServerCursor.ReaderStopped {
            throw stopped.error
        }
    }
}

extension PostgresStore: SnapshotStore {
    public func snapshots() async throws -> [Snapshot] {
        try await withConnection(doing: "read the imports of") { connection in
            var snapshots: [Snapshot] = []
            let rows = try await connection.query(
                "SELECT id, source, file_name, file_hash, imported_at, rows_read, stored, updated, unchanged, rejected FROM snapshots ORDER BY id",
                logger: logger)
            for try await (id, source, file, hash, at, read, stored, updated, unchanged, rejected) in rows.decode(
                (Int64, String, String, String, String, Int, Int, Int, Int, Int).self)
            {
                snapshots.append(
                    Snapshot(
                        id: id, source: source, file: file, fileHash: hash, importedAt: at,
                        counts: ImportCounts(read: read, stored: stored, updated: updated, unchanged: unchanged, rejected: rejected)))
            }
            return snapshots
        }
    }

    public func appliedMigrations() async throws -> [String] {
        try await withConnection(doing: "read the schema version of") { connection in
            try await PostgresMigrator.applied(connection, logger: logger)
        }
    }

    public func counts() async throws -> [String: Int] {
        try await withConnection(doing: "count the records of") { connection in
            var counts: [String: Int] = [:]
            for table in ["events", "event_history", "observations", "claims", "snapshots", "actors", "sources"] {
                counts[table] =
                    try await connection.scalar(PostgresQuery(unsafeSQL: "SELECT count(*)::bigint FROM \(table)"), as: Int.self, logger: logger) ?? 0
            }
            return counts
        }
    }
}

extension PostgresStore: ActorStore {
    public func register(_ agreement: Agreement) async throws {
        if try await isRegistered(agreement) { return }
        try await withTransaction(doing: "register the actors of \(agreement.id) in") { connection in
            try await connection.run("DELETE FROM actor_aliases WHERE agreement_id = \(agreement.id)", logger: logger)
            try await connection.run("DELETE FROM actor_codes WHERE agreement_id = \(agreement.id)", logger: logger)
            for actor in agreement.actors {
                for code in Set(actor.codes).sorted() {
                    try await connection.run(
                        "INSERT INTO actor_codes (agreement_id, actor_id, code) VALUES (\(agreement.id), \(actor.id), \(code))", logger: logger)
                }
                for alias in Set([actor.name] + actor.aliases).sorted() {
                    try await connection.run(
                        "INSERT INTO actor_aliases (agreement_id, actor_id, alias) VALUES (\(agreement.id), \(actor.id), \(alias))", logger: logger)
                }
            }
        }
    }

    public func isRegistered(_ agreement: Agreement) async throws -> Bool {
        var codes: Set<[String]> = []
        var aliases: Set<[String]> = []
        for actor in agreement.actors {
            for code in actor.codes { codes.insert([actor.id, code]) }
            for alias in [actor.name] + actor.aliases { aliases.insert([actor.id, alias]) }
        }
        let (storedCodes, storedAliases) = try await withConnection(doing: "read the actors of") { connection in
            var storedCodes: [[String]] = []
            var storedAliases: [[String]] = []
            let codeRows = try await connection.query("SELECT actor_id, code FROM actor_codes WHERE agreement_id = \(agreement.id)", logger: logger)
            for try await (actor, code) in codeRows.decode((String, String).self) { storedCodes.append([actor, code]) }
            let aliasRows = try await connection.query(
                "SELECT actor_id, alias FROM actor_aliases WHERE agreement_id = \(agreement.id)", logger: logger)
            for try await (actor, alias) in aliasRows.decode((String, String).self) { storedAliases.append([actor, alias]) }
            return (storedCodes, storedAliases)
        }
        return Set(storedCodes) == codes && Set(storedAliases) == aliases && storedCodes.count == codes.count
            && storedAliases.count == aliases.count
    }

    public func registeredActors() async throws -> [ActorDefinition] {
        try await withConnection(doing: "read the actors of") { connection in
            var byID: [String: ActorDefinition] = [:]
            let aliases = try await connection.query(
                "SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, alias COLLATE \"C\"", logger: logger)
            for try await (id, alias) in aliases.decode((String, String).self) {
                byID[id, default: ActorDefinition(id: id, name: id)].aliases.append(alias)
            }
            let codes = try await connection.query("SELECT actor_id, code FROM actor_codes ORDER BY actor_id, code COLLATE \"C\"", logger: logger)
            for try await (id, code) in codes.decode((String, String).self) {
                byID[id, default: ActorDefinition(id: id, name: id)].codes.append(code)
            }
            return byID.keys.sorted().map { byID[$0]! }
        }
    }

    public func actorNameCounts(dataset: String?) async throws -> [ActorNameCount] {
        let filter = dataset == nil ? "" : " AND dataset = $1"
        var bindings = PostgresBindings()
        if let dataset { bindings.append(dataset) }
        let query = PostgresQuery(
            unsafeSQL: """
                SELECT actor1, actor1_code, false, count(*)::bigint FROM events
                    WHERE (actor1 IS NOT NULL OR actor1_code IS NOT NULL)\(filter) GROUP BY 1, 2
                UNION ALL SELECT actor2, actor2_code, false, count(*)::bigint FROM events
                    WHERE (actor2 IS NOT NULL OR actor2_code IS NOT NULL)\(filter) GROUP BY 1, 2
                UNION ALL SELECT assoc_actor1, NULL, true, count(*)::bigint FROM events WHERE assoc_actor1 IS NOT NULL\(filter) GROUP BY 1
                UNION ALL SELECT assoc_actor2, NULL, true, count(*)::bigint FROM events WHERE assoc_actor2 IS NOT NULL\(filter) GROUP BY 1
                """, binds: bindings)
        return try await withConnection(doing: "count the actor names of") { connection in
            var counts: [ActorNameCount: Int] = [:]
            for try await (name, code, associate, n) in try await connection.query(query, logger: logger).decode((String?, String?, Bool, Int).self) {
                let names: [String?] =
                    associate
                    ? (name ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    : [name]
                for name in names { counts[ActorNameCount(name: name, code: code, events: 0), default: 0] += n }
            }
            return counts.map { ActorNameCount(name: $0.key.name, code: $0.key.code, events: $0.value) }
                .sorted { ($1.events, $0.name ?? "", $0.code ?? "") < ($0.events, $1.name ?? "", $1.code ?? "") }
        }
    }
}
