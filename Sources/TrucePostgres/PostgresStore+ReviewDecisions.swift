import Logging
import PostgresNIO
import TruceFormats
public import TruceModel
public import TruceStorage

extension PostgresStore: ReviewStore {
    /// Accepts clusters: each becomes one record of evidence in the `articles` data set, keyed
    /// `article:<cluster id>`, carrying its articles as provenance; all or none, in one snapshot
    /// (source `review`). Only acts are accepted unless `allowNonAct`: the model's rule
    /// (``ReviewCluster/recordToAccept(allowNonAct:)``), as in the SQLite store.
    public func accept(_ ids: [Int64], by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?) async throws -> [AcceptedRecord] {
        try await review { connection, logger in
            try await Self.accepting(ids, by: stamp, allowNonAct: allowNonAct, indicator: indicator, on: connection, logger: logger)
        }
    }

    /// ``accept(_:by:allowNonAct:indicator:)`` inside the caller's transaction.
    static func accepting(
        _ ids: [Int64], by stamp: ReviewStamp, allowNonAct: Bool, indicator: String?, on connection: PostgresConnection, logger: Logger
    ) async throws -> [AcceptedRecord] {
        var seen: Set<Int64> = []
        let ids = ids.filter { seen.insert($0).inserted }
        var clusters: [ReviewCluster] = []
        for id in ids { clusters.append(try await Self.pendingCluster(id, doing: "accept", on: connection, logger: logger)) }
        let snapshot = try await Self.reviewSnapshot("accept", ids: ids, stamp: stamp, on: connection, logger: logger)
        var accepted: [AcceptedRecord] = []
        for var cluster in clusters {
            if let indicator, cluster.kind == .figure {
                try cluster.edits.set("indicator", to: indicator, kind: .figure)
                try await Self.store(cluster.edits, of: cluster.id, on: connection, logger: logger)
                try await Self.log(cluster.id, "edit", stamp, detail: ["indicator": indicator], snapshot: nil, on: connection, logger: logger)
            }
            let record = try cluster.recordToAccept(allowNonAct: allowNonAct)
            let written = try await Self.write(record, of: cluster, stamp: stamp, snapshot: snapshot, on: connection, logger: logger)
            try await connection.run(
                """
                UPDATE candidate_clusters SET state = 'accepted', evidence_table = \(written.table), evidence_key = \(cluster.key),
                reviewer = \(stamp.reviewer), reviewed_at = \(stamp.at) WHERE id = \(cluster.id)
                """, logger: logger)
            try await Self.log(
                cluster.id, "accept", stamp, detail: ["table": written.table, "key": cluster.key, "non_act": cluster.isAct ? nil : "allowed"],
                snapshot: snapshot, on: connection, logger: logger)
            accepted.append(AcceptedRecord(cluster: cluster.id, record: written, snapshot: snapshot))
        }
        try await connection.run("SELECT pg_notify('truce_evidence', \(String(snapshot)))", logger: logger)
        return accepted
    }

    public func reject(_ ids: [Int64], note: String?, by stamp: ReviewStamp) async throws {
        try await review { connection, logger in try await Self.rejecting(ids, note: note, by: stamp, on: connection, logger: logger) }
    }

    /// ``reject(_:note:by:)`` inside the caller's transaction.
    static func rejecting(_ ids: [Int64], note: String?, by stamp: ReviewStamp, on connection: PostgresConnection, logger: Logger) async throws {
        for id in Set(ids).sorted() {
            _ = try await Self.pendingCluster(id, doing: "reject", on: connection, logger: logger)
            try await connection.run(
                "UPDATE candidate_clusters SET state = 'rejected', note = \(note), reviewer = \(stamp.reviewer), reviewed_at = \(stamp.at) WHERE id = \(id)",
                logger: logger)
            try await Self.log(id, "reject", stamp, detail: ["note": note], snapshot: nil, on: connection, logger: logger)
        }
    }

    public func edit(_ id: Int64, set assignments: [String], by stamp: ReviewStamp) async throws -> ReviewCluster {
        try await review { connection, logger in try await Self.editing(id, set: assignments, by: stamp, on: connection, logger: logger) }
    }

    /// ``edit(_:set:by:)`` inside the caller's transaction.
    static func editing(
        _ id: Int64, set assignments: [String], by stamp: ReviewStamp, on connection: PostgresConnection, logger: Logger
    ) async throws -> ReviewCluster {
        let cluster = try await Self.pendingCluster(id, doing: "edit", on: connection, logger: logger)
        var edits = cluster.edits
        for assignment in assignments { try edits.set(assignment: assignment, kind: cluster.kind) }
        try await Self.store(edits, of: id, on: connection, logger: logger)
        let detail = Dictionary(assignments.map(Self.split), uniquingKeysWith: { _, last in last })
        try await Self.log(id, "edit", stamp, detail: detail, snapshot: nil, on: connection, logger: logger)
        return try await Self.cluster(id, on: connection, logger: logger)
    }

    /// Replaces the edits of pending cluster `id` wholesale, logged as an edit with the edits now in
    /// force: how an edit is undone.
    public func replaceEdits(_ id: Int64, with edits: ReviewEdits, by stamp: ReviewStamp) async throws {
        try await review { connection, logger in try await Self.replacingEdits(id, with: edits, by: stamp, on: connection, logger: logger) }
    }

    /// ``replaceEdits(_:with:by:)`` inside the caller's transaction.
    static func replacingEdits(
        _ id: Int64, with edits: ReviewEdits, by stamp: ReviewStamp, on connection: PostgresConnection, logger: Logger
    ) async throws {
        _ = try await Self.pendingCluster(id, doing: "edit", on: connection, logger: logger)
        try await Self.store(edits, of: id, on: connection, logger: logger)
        try await Self.log(id, "edit", stamp, detail: edits.values.mapValues { $0 }, snapshot: nil, on: connection, logger: logger)
    }

    public func merge(_ id: Int64, into target: Int64, by stamp: ReviewStamp) async throws {
        try await review { connection, logger in try await Self.merging(id, into: target, by: stamp, on: connection, logger: logger) }
    }

    /// ``merge(_:into:by:)`` inside the caller's transaction.
    static func merging(_ id: Int64, into target: Int64, by stamp: ReviewStamp, on connection: PostgresConnection, logger: Logger) async throws {
        guard id != target else { throw TruceError(.invalidInput, "cannot merge cluster \(id) into itself; name another target") }
        let source = try await Self.pendingCluster(id, doing: "merge", on: connection, logger: logger)
        let into = try await Self.pendingCluster(target, doing: "merge into", on: connection, logger: logger)
        guard source.kind == into.kind else {
            throw TruceError(
                .invalidInput,
                "cluster \(id) holds \(source.kind.rawValue)s and cluster \(target) \(into.kind.rawValue)s; merge clusters of one kind")
        }
        try await connection.run("UPDATE candidates SET cluster_id = \(target) WHERE cluster_id = \(id)", logger: logger)
        try await connection.run(
            "UPDATE candidate_clusters SET state = 'merged', merged_into = \(target), reviewer = \(stamp.reviewer), reviewed_at = \(stamp.at) WHERE id = \(id)",
            logger: logger)
        try await Self.log(id, "merge", stamp, detail: ["into": String(target)], snapshot: nil, on: connection, logger: logger)
        try await Self.log(target, "merge", stamp, detail: ["from": String(id)], snapshot: nil, on: connection, logger: logger)
    }

    public func reopen(_ id: Int64, by stamp: ReviewStamp) async throws {
        try await review { connection, logger in try await Self.reopening(id, by: stamp, on: connection, logger: logger) }
    }

    /// ``reopen(_:by:)`` inside the caller's transaction.
    static func reopening(_ id: Int64, by stamp: ReviewStamp, on connection: PostgresConnection, logger: Logger) async throws {
        let cluster = try await Self.cluster(id, on: connection, logger: logger)
        var snapshot: Int64?
        switch cluster.state {
        case .pending:
            throw TruceError(.invalidInput, "cluster \(id) is pending already; accept, reject, edit or merge it")
        case .accepted:
            let run = try await Self.reviewSnapshot("reopen", ids: [id], stamp: stamp, on: connection, logger: logger)
            try await Self.withdraw(
                table: cluster.evidenceTable ?? "", key: cluster.evidenceKey ?? cluster.key, snapshot: run, at: stamp, on: connection,
                logger: logger)
            snapshot = run
        case .rejected:
            break
        case .merged:
            let root = try await Self.mergeRoot(of: id, on: connection, logger: logger)
            guard root.state == "pending" else {
                throw TruceError(
                    .invalidInput, "cluster \(id) was merged into cluster \(root.id), which is \(root.state) now; reopen \(root.id) first")
            }
            // Its own reports, and those of clusters merged into it, come back.
            try await connection.run(
                """
                WITH RECURSIVE family(id) AS (
                    SELECT \(id)::bigint UNION SELECT c.id FROM candidate_clusters c JOIN family f ON c.merged_into = f.id)
                UPDATE candidates SET cluster_id = \(id) WHERE home_cluster_id IN (SELECT id FROM family)
                """, logger: logger)
        }
        try await connection.run(
            """
            UPDATE candidate_clusters SET state = 'pending', merged_into = NULL, evidence_table = NULL, evidence_key = NULL,
            note = NULL, reviewer = \(stamp.reviewer), reviewed_at = \(stamp.at) WHERE id = \(id)
            """, logger: logger)
        try await Self.log(id, "reopen", stamp, detail: ["was": cluster.state.rawValue], snapshot: snapshot, on: connection, logger: logger)
        if let snapshot { try await connection.run("SELECT pg_notify('truce_evidence', \(String(snapshot)))", logger: logger) }
    }

    /// Runs a review decision in one transaction.
    func review<T>(_ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let logger = self.logger
        do {
            return try await withTransaction(doing: "record the review decision in") { connection in try await body(connection, logger) }
        } catch let error as TruceError where error.code == .store {
            throw TruceError(.store, "the review decision was not recorded: \(error.message)", cause: error.cause)
        }
    }

    private static func pendingCluster(
        _ id: Int64, doing action: String, on connection: PostgresConnection, logger: Logger
    ) async throws
        -> ReviewCluster
    {
        // Locks the row, so that two reviewers deciding on one cluster at once decide one after the other.
        try await connection.run("SELECT 1 FROM candidate_clusters WHERE id = \(id) FOR UPDATE", logger: logger)
        let cluster = try await cluster(id, on: connection, logger: logger)
        switch cluster.state {
        case .pending: return cluster
        case .accepted:
            throw TruceError(
                .invalidInput,
                "cannot \(action) cluster \(id): it is accepted (\(cluster.evidenceTable ?? "") \(cluster.evidenceKey ?? "")); "
                    + "reopen it first")
        case .rejected:
            throw TruceError(.invalidInput, "cannot \(action) cluster \(id): it is rejected; reopen it first")
        case .merged:
            throw TruceError(
                .invalidInput, "cannot \(action) cluster \(id): it was merged into cluster \(cluster.mergedInto ?? 0); work on that one")
        }
    }

    /// The cluster a merged one ended up in, following merges of merges.
    private static func mergeRoot(of id: Int64, on connection: PostgresConnection, logger: Logger) async throws -> (id: Int64, state: String) {
        var current = id
        var seen: Set<Int64> = []
        while seen.insert(current).inserted {
            var found: (String, Int64?)?
            let rows = try await connection.query("SELECT state, merged_into FROM candidate_clusters WHERE id = \(current)", logger: logger)
            for try await row in rows.decode((String, Int64?).self) { found = row }
            guard let (state, next) = found else { break }
            guard let next else { return (current, state) }
            current = next
        }
        throw TruceError(.store, "cluster \(id) is merged in a loop; the store is damaged")
    }

    /// Writes an accepted record with its provenance (the articles and the reviewer), by the rules of an import.
    private static func write(
        _ record: EvidenceRecord, of cluster: ReviewCluster, stamp: ReviewStamp, snapshot: Int64, on connection: PostgresConnection,
        logger: Logger
    ) async throws -> EvidenceRecord {
        let articles = cluster.articles
        let provenance = Provenance(snapshot: snapshot, file: articles.first?.origin ?? cluster.key, line: 0)
        let cited = CandidateRecordJSON.array(
            articles.map { ["origin": $0.origin, "headline": $0.headline, "source": $0.source, "sha256": $0.sha256] })
        switch record {
        case .event(var event):
            event.attributes["articles"] = cited
            event.attributes["review_cluster"] = String(cluster.id)
            event.attributes["reviewer"] = stamp.reviewer
            event.attributes["reviewed_at"] = stamp.at
            event.provenance = provenance
            _ = try await EventStaging(recordsCoverage: false).stageAndMerge([event], snapshot: snapshot, on: connection, logger: logger)
            let names = event.actor1.allNames + event.actor2.allNames
            try await connection.run(
                "INSERT INTO actors (name, first_snapshot_id) SELECT unnest(\(names)::text[]), \(snapshot) ON CONFLICT DO NOTHING", logger: logger)
            return .event(event)
        case .claim(var claim):
            claim.provenance = provenance
            _ = try await RecordStaging.claims().stageAndMerge([claim], snapshot: snapshot, on: connection, logger: logger)
            return .claim(claim)
        case .observation(var observation):
            observation.notes = [observation.notes, "articles: \(cited)", "accepted by \(stamp.reviewer) at \(stamp.at)"]
                .compactMap { $0 }.joined(separator: "\n")
            observation.provenance = provenance
            _ = try await RecordStaging.observations().stageAndMerge([observation], snapshot: snapshot, on: connection, logger: logger)
            return .observation(observation)
        }
    }

    /// Takes an accepted record out of the current evidence, keeping it for snapshots before `snapshot`.
    private static func withdraw(
        table: String, key: String, snapshot: Int64, at stamp: ReviewStamp, on connection: PostgresConnection, logger: Logger
    ) async throws {
        switch table {
        case "events":
            try await connection.run(
                """
                INSERT INTO event_deletions (dataset, event_key, deleted_on, snapshot_id, content)
                SELECT dataset, event_key, \(String(stamp.at.prefix(10))), \(snapshot), to_jsonb(e) - 'id' FROM events e
                WHERE dataset = 'articles' AND event_key = \(key)
                """, logger: logger)
            try await connection.run("DELETE FROM events WHERE dataset = 'articles' AND event_key = \(key)", logger: logger)
        case "claims", "observations":
            let keyColumn = table == "claims" ? "claim_key" : "observation_key"
            var bindings = PostgresBindings()
            bindings.append(snapshot)
            bindings.append(key)
            try await connection.run(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO record_history (record_table, record_key, snapshot_id, replaced_by_snapshot_id, content)
                        SELECT '\(table)', \(keyColumn), snapshot_id, $1, to_jsonb(e) - 'id' FROM \(table) e WHERE \(keyColumn) = $2
                        """, binds: bindings), logger: logger)
            var keyBinding = PostgresBindings()
            keyBinding.append(key)
            try await connection.run(PostgresQuery(unsafeSQL: "DELETE FROM \(table) WHERE \(keyColumn) = $1", binds: keyBinding), logger: logger)
        default:
            throw TruceError(.store, "an accepted cluster names no evidence table; the store is damaged")
        }
    }

    private static func reviewSnapshot(
        _ action: String, ids: [Int64], stamp: ReviewStamp, on connection: PostgresConnection, logger: Logger
    )
        async throws -> Int64
    {
        let name = "\(action) \(ids.map(String.init).joined(separator: ", ")) by \(stamp.reviewer)"
        return try await SnapshotNumbering.insert(
            source: "review", file: name, fileHash: "", importedAt: stamp.at, read: ids.count, stored: ids.count, on: connection, logger: logger)
    }

    private static func store(_ edits: ReviewEdits, of id: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run("UPDATE candidate_clusters SET edits = \(JSONString.object(edits.values)) WHERE id = \(id)", logger: logger)
    }

    private static func log(
        _ id: Int64, _ action: String, _ stamp: ReviewStamp, detail: [String: String?], snapshot: Int64?, on connection: PostgresConnection,
        logger: Logger
    ) async throws {
        let present = detail.compactMapValues { $0 }
        let text = present.isEmpty ? nil : JSONString.object(present)
        try await connection.run(
            """
            INSERT INTO review_actions (cluster_id, action, reviewer, acted_at, detail, snapshot_id)
            VALUES (\(id), \(action), \(stamp.reviewer), \(stamp.at), \(text), \(snapshot))
            """, logger: logger)
    }

    private static func split(_ assignment: String) -> (String, String?) {
        guard let equals = assignment.firstIndex(of: "=") else { return (assignment, nil) }
        return (String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...]))
    }
}
