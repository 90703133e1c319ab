import GRDB
public import TruceFormats
public import TruceModel
public import TruceStorage

// The SQLite store as the storage the application core works with. Each call runs its operation
// through GRDB's async `read` or `write` (see Store+Connection.swift), or, for an import, on a
// thread of its own (ImportThread.swift), so an await here suspends the caller and never blocks a
// thread of the cooperative pool.

extension Store: EvidenceStore {
    public func events(from: Day, to: Day, countries: [String], asOf snapshot: Int64?) async throws -> [Event] {
        try await reading { store in try store.evidence(asOf: snapshot).events(from: from, to: to, countries: countries) }
    }

    public func observations(indicator: String, asOf snapshot: Int64?) async throws -> [Observation] {
        try await reading { store in try store.evidence(asOf: snapshot).observations(indicator: indicator) }
    }

    public func claims(aboutProvision provision: String, asOf snapshot: Int64?) async throws -> [Claim] {
        try await reading { store in try store.evidence(asOf: snapshot).claims(aboutProvision: provision) }
    }

    public func claimsNamingProvisions(asOf snapshot: Int64?) async throws -> [Claim] {
        try await reading { store in try store.evidence(asOf: snapshot).claimsNamingProvisions() }
    }

    public func snapshotIDs(through snapshot: Int64?) async throws -> [Int64] {
        try await reading { store in try store.evidence(asOf: snapshot).snapshotIDs() }
    }

    public func events(matching query: EventQuery, asOf snapshot: Int64?) async throws -> [Event] {
        try await reading { store in try store.evidence(asOf: snapshot).events(matching: query) }
    }

    /// Reads the windows in one transaction, the wide ones in one pass over the table (see `EventWindowBatch`).
    public func events(matchingEach queries: [EventQuery], asOf snapshot: Int64?) async throws -> [[Event]] {
        try await reading { store in
            guard let snapshot else { return try store.events(matchingEach: queries) }
            return try store.asOf(snapshot: snapshot).events(matchingEach: queries)
        }
    }

    public func coverage(through snapshot: Int64?) async throws -> [Coverage] {
        try await reading { store in try store.evidence(asOf: snapshot).coverage() }
    }

    /// The evidence as it stands, or as it stood after import `snapshot`.
    ///
    /// - Throws: ``TruceError`` (`notFound`) when the store holds no such import.
    public func evidence(asOf snapshot: Int64?) throws -> any EvidenceSource {
        guard let snapshot else { return self }
        return try asOf(snapshot: snapshot)
    }
}

extension Store: EventCatalog {
    public func eventCount(matching filter: EventFilter) async throws -> Int {
        try await reading { store in try store.eventCount(filter) }
    }

    public func eventCount(matching filter: EventFilter, atMost cap: Int) async throws -> Int {
        try await reading { store in
            try store.read { db in
                // The inner LIMIT stops the scan at the cap: a common filter costs no more than a rare one.
                let (whereClause, arguments) = filter.sqlCondition()
                let sql = "SELECT COUNT(*) FROM (SELECT 1 FROM events" + whereClause + " LIMIT ?)"
                return try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments + [max(0, cap)])) ?? 0
            }
        }
    }

    private func eventCount(_ filter: EventFilter) throws -> Int {
        try read { db in
            let (whereClause, arguments) = filter.sqlCondition()
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events" + whereClause, arguments: StatementArguments(arguments)) ?? 0
        }
    }

    public func events(matching filter: EventFilter, limit: Int?, offset: Int) async throws -> [Event] {
        try await reading { store in try store.eventPage(filter, limit: limit, offset: offset) }
    }

    private func eventPage(_ filter: EventFilter, limit: Int?, offset: Int) throws -> [Event] {
        try read { db in
            let (sql, arguments) = Self.eventPageQuery(filter, limit: limit, offset: offset)
            return EventRow.events(try Row.fetchAll(db, sql: sql, arguments: arguments))
        }
    }

    /// The query of one page of the events matching `filter`; its plan is checked by the tests.
    static func eventPageQuery(_ filter: EventFilter, limit: Int?, offset: Int) -> (sql: String, arguments: StatementArguments) {
        let (whereClause, filterArguments) = filter.sqlCondition()
        let sql = "SELECT * FROM events" + whereClause + " ORDER BY event_date, dataset, event_key LIMIT ? OFFSET ?"
        return (sql, StatementArguments(filterArguments + [limit.map { max(0, $0) } ?? -1, max(0, offset)]))
    }

    public func events(matching filter: EventFilter, after position: EventPosition?, limit: Int) async throws -> [Event] {
        try await reading { store in
            try store.read { db in
                let (sql, arguments) = Self.eventPageQuery(filter, after: position, limit: limit)
                return EventRow.events(try Row.fetchAll(db, sql: sql, arguments: arguments))
            }
        }
    }

    /// The query of the page of events matching `filter` that starts after `position`; its plan is
    /// checked by the tests. The row value compares as the list's order does, so SQLite starts its
    /// read in the list's index at the position rather than skipping the events before it.
    static func eventPageQuery(_ filter: EventFilter, after position: EventPosition?, limit: Int) -> (sql: String, arguments: StatementArguments) {
        var filter = filter
        // Given both a `from` and the position, SQLite may start at `from` and skip to the position
        // row by row; the position alone says as much when it is on or after `from`.
        if let position, let from = filter.from, position.day >= from { filter.from = nil }
        var (whereClause, arguments) = filter.sqlCondition()
        if let position {
            whereClause += whereClause.isEmpty ? " WHERE " : " AND "
            // The list's indexes order by day, data set and key, also under a data-set filter
            // (checked per index entry, not by an index of its own), so the position is all three.
            whereClause += "(event_date, dataset, event_key) > (?, ?, ?)"
            arguments += [position.day.iso, position.dataset, position.key]
        }
        let sql = "SELECT * FROM events" + whereClause + " ORDER BY event_date, dataset, event_key LIMIT ?"
        return (sql, StatementArguments(arguments + [max(0, limit)]))
    }

    @discardableResult
    public func forEachEvent(matching filter: EventFilter, limit: Int?, _ body: (Event) throws -> Void) async throws -> Int {
        // GRDB's async read wants a sendable block; `body` runs inside it, on GRDB's thread, and is
        // done with before the await returns, so it may be lent to it unchecked.
        try await withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            return try await reading { store in try store.forEachEvent(matching: filter, limit: limit, body) }
        }
    }

    @discardableResult
    public func forEachEventToLink(country: String?, from: Day?, to: Day?, _ body: (Event) throws -> Void) async throws -> Int {
        try await withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            return try await reading { store in try store.forEachEventToLink(country: country, from: from, to: to, body) }
        }
    }
}

extension Store: ImportStore {
    public func recordStatedCoverage(snapshot: Int64, from: Day, to: Day, countries: [String]) async throws {
        try await writing { store in try store.writeStatedCoverage(snapshot: snapshot, from: from, to: to, countries: countries) }
    }

    /// Runs an import on a thread of its own (see ``ImportThread``), reporting progress on that
    /// thread while the caller awaits; cancelling the caller's task stops the import, which then
    /// stores nothing.
    func onImportThread(
        progress: (ImportProgress) -> Void,
        _ work: @escaping @Sendable (Store, (ImportProgress) -> Void, ImportCancellation) throws -> ImportReport
    ) async throws -> ImportReport {
        let store = self
        // `progress` is called only while this call awaits the import, never after it returns, so it
        // may be lent to the import's thread unchecked.
        return try await withoutActuallyEscaping(progress) { progress in
            nonisolated(unsafe) let progress = progress
            return try await ImportThread.run { cancellation in try work(store, progress, cancellation) }
        }
    }
}

extension Store: SnapshotStore {
    public func snapshots() async throws -> [Snapshot] { try await reading { store in try store.snapshots() } }
    public func appliedMigrations() async throws -> [String] { try await reading { store in try store.appliedMigrations() } }
    public func counts() async throws -> [String: Int] { try await reading { store in try store.counts() } }
    public func verify() async throws -> StoreVerification { try await reading { store in try store.verify() } }
}

extension Store: ActorStore {
    public func register(_ agreement: Agreement) async throws { try await writing { store in try store.register(agreement) } }
    public func isRegistered(_ agreement: Agreement) async throws -> Bool { try await reading { store in try store.isRegistered(agreement) } }
    public func registeredActors() async throws -> [ActorDefinition] { try await reading { store in try store.registeredActors() } }
    public func actorNameCounts(dataset: String?) async throws -> [ActorNameCount] {
        try await reading { store in try store.actorNameCounts(dataset: dataset) }
    }
}

extension Store: ReviewStore {
    public func reviewClusters(states: Set<ClusterState>) async throws -> [ReviewCluster] {
        try await reading { store in try store.reviewClusters(states: states) }
    }

    public func reviewCluster(_ id: Int64) async throws -> ReviewCluster { try await reading { store in try store.reviewCluster(id) } }

    public func reviewActions(cluster: Int64) async throws -> [ReviewAction] {
        try await reading { store in try store.reviewActions(cluster: cluster) }
    }

    public func reviewCounts() async throws -> [ClusterState: Int] { try await reading { store in try store.reviewCounts() } }

    public func accept(_ ids: [Int64], by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?) async throws -> [AcceptedRecord] {
        try await writing { store in try store.accept(ids, by: stamp, allowNonAct: allowNonAct, indicator: indicator) }
    }

    public func reject(_ ids: [Int64], note: String?, by stamp: ReviewStamp) async throws {
        try await writing { store in try store.reject(ids, note: note, by: stamp) }
    }

    public func edit(_ id: Int64, set assignments: [String], by stamp: ReviewStamp) async throws -> ReviewCluster {
        try await writing { store in try store.edit(id, set: assignments, by: stamp) }
    }

    public func replaceEdits(_ id: Int64, with edits: ReviewEdits, by stamp: ReviewStamp) async throws {
        try await writing { store in try store.replaceEdits(id, with: edits, by: stamp) }
    }

    public func merge(_ id: Int64, into target: Int64, by stamp: ReviewStamp) async throws {
        try await writing { store in try store.merge(id, into: target, by: stamp) }
    }

    public func reopen(_ id: Int64, by stamp: ReviewStamp) async throws { try await writing { store in try store.reopen(id, by: stamp) } }
}

extension Store: ArticleStore {
    public func importArticles(_ items: [ArticleImport], settings: CoderSettings, importedAt: String) async throws -> ArticleImportReport {
        try await writing { store in try store.importArticles(items, settings: settings, importedAt: importedAt) }
    }

    public func article(id: Int64) async throws -> Article? { try await reading { store in try store.article(id: id) } }
}
