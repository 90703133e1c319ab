import Foundation
import GRDB
import TruceFormats
public import TruceModel
public import TruceStorage

extension Store {
    /// Accepts clusters: each becomes one record of evidence in the `articles` data set, keyed
    /// `article:<cluster id>`, carrying its articles as provenance. All or none: one
    /// transaction, one snapshot (source `review`), so assessments before it can be reproduced.
    ///
    /// - Parameter allowNonAct: accept events reported as promised, denied, … and target figures
    ///   as well; without it they are refused, since only acts count as compliance evidence.
    /// - Throws: ``TruceError`` naming the cluster and what to do: unknown, not pending, not an
    ///   act, or a field to set first (e.g. `event_type`); the last two by the model's rule
    ///   (``ReviewCluster/recordToAccept(allowNonAct:)``).
    /// - Parameter indicator: the indicator figure clusters are observations of, set as an edit
    ///   (and recorded as one) before accepting; other clusters ignore it.
    @discardableResult
    public func accept(
        _ ids: [Int64], by stamp: ReviewStamp, allowNonAct: Bool = false, indicator: String? = nil
    ) throws
        -> [AcceptedRecord]
    {
        var seen: Set<Int64> = []
        let ids = ids.filter { seen.insert($0).inserted }
        return try review { db in
            let clusters = try ids.map { id in try Self.pendingCluster(id, doing: "accept", in: db) }
            let snapshot = try Self.reviewSnapshot("accept", ids: ids, stamp: stamp, in: db)
            var accepted: [AcceptedRecord] = []
            for var cluster in clusters {
                if let indicator, cluster.kind == .figure {
                    try cluster.edits.set("indicator", to: indicator, kind: .figure)
                    try Self.store(cluster.edits, of: cluster.id, in: db)
                    try Self.log(cluster.id, "edit", stamp, detail: ["indicator": indicator], snapshot: nil, in: db)
                }
                let record = try cluster.recordToAccept(allowNonAct: allowNonAct)
                let written = try Self.write(record, of: cluster, stamp: stamp, snapshot: snapshot, in: db)
                try db.execute(
                    sql: """
                        UPDATE candidate_clusters SET state = 'accepted', evidence_table = ?, evidence_key = ?, reviewer = ?, reviewed_at = ?
                        WHERE id = ?
                        """, arguments: [written.table, cluster.key, stamp.reviewer, stamp.at, cluster.id])
                try Self.log(
                    cluster.id, "accept", stamp, detail: ["table": written.table, "key": cluster.key, "non_act": cluster.isAct ? nil : "allowed"],
                    snapshot: snapshot, in: db)
                accepted.append(AcceptedRecord(cluster: cluster.id, record: written, snapshot: snapshot))
            }
            return accepted
        }
    }

    /// Rejects clusters: kept and marked, with the note, never evidence.
    public func reject(_ ids: [Int64], note: String? = nil, by stamp: ReviewStamp) throws {
        try review { db in
            for id in Set(ids).sorted() {
                _ = try Self.pendingCluster(id, doing: "reject", in: db)
                try db.execute(
                    sql: "UPDATE candidate_clusters SET state = 'rejected', note = ?, reviewer = ?, reviewed_at = ? WHERE id = ?",
                    arguments: [note, stamp.reviewer, stamp.at, id])
                try Self.log(id, "reject", stamp, detail: ["note": note], snapshot: nil, in: db)
            }
        }
    }

    /// Sets fields of a pending cluster before it is accepted; each `field=value` is checked
    /// (see ``ReviewEdits``) and none is kept when one is wrong.
    @discardableResult
    public func edit(_ id: Int64, set assignments: [String], by stamp: ReviewStamp) throws -> ReviewCluster {
        try review { db in
            let cluster = try Self.pendingCluster(id, doing: "edit", in: db)
            var edits = cluster.edits
            for assignment in assignments { try edits.set(assignment: assignment, kind: cluster.kind) }
            try Self.store(edits, of: id, in: db)
            try Self.log(
                id, "edit", stamp, detail: Dictionary(assignments.map(Self.split), uniquingKeysWith: { _, last in last }), snapshot: nil, in: db)
            return try Self.cluster(id, in: db)
        }
    }

    /// Replaces a pending cluster's edits wholesale: how an edit is undone.
    public func replaceEdits(_ id: Int64, with edits: ReviewEdits, by stamp: ReviewStamp) throws {
        try review { db in
            _ = try Self.pendingCluster(id, doing: "edit", in: db)
            try Self.store(edits, of: id, in: db)
            try Self.log(id, "edit", stamp, detail: edits.values, snapshot: nil, in: db)
        }
    }

    /// Moves the reports of cluster `id` into cluster `target`: both pending, of one kind.
    /// The target keeps its own edits; `reopen(id)` moves the reports back.
    public func merge(_ id: Int64, into target: Int64, by stamp: ReviewStamp) throws {
        try review { db in
            guard id != target else { throw TruceError(.invalidInput, "cannot merge cluster \(id) into itself; name another target") }
            let source = try Self.pendingCluster(id, doing: "merge", in: db)
            let into = try Self.pendingCluster(target, doing: "merge into", in: db)
            guard source.kind == into.kind else {
                throw TruceError(
                    .invalidInput,
                    "cluster \(id) holds \(source.kind.rawValue)s and cluster \(target) \(into.kind.rawValue)s; merge clusters of one kind")
            }
            try db.execute(sql: "UPDATE candidates SET cluster_id = ? WHERE cluster_id = ?", arguments: [target, id])
            try db.execute(
                sql: "UPDATE candidate_clusters SET state = 'merged', merged_into = ?, reviewer = ?, reviewed_at = ? WHERE id = ?",
                arguments: [target, stamp.reviewer, stamp.at, id])
            try Self.log(id, "merge", stamp, detail: ["into": String(target)], snapshot: nil, in: db)
            try Self.log(target, "merge", stamp, detail: ["from": String(id)], snapshot: nil, in: db)
        }
    }

    /// Puts a decided cluster back in the queue: an accepted one's record leaves the current
    /// evidence (kept for earlier snapshots, as a deletion is), a rejected one loses its mark,
    /// a merged one takes its reports back.
    public func reopen(_ id: Int64, by stamp: ReviewStamp) throws {
        try review { db in
            let cluster = try Self.cluster(id, in: db)
            var snapshot: Int64?
            switch cluster.state {
            case .pending:
                throw TruceError(.invalidInput, "cluster \(id) is pending already; accept, reject, edit or merge it")
            case .accepted:
                let run = try Self.reviewSnapshot("reopen", ids: [id], stamp: stamp, in: db)
                try Self.withdraw(table: cluster.evidenceTable ?? "", key: cluster.evidenceKey ?? cluster.key, snapshot: run, at: stamp, in: db)
                snapshot = run
            case .rejected:
                break
            case .merged:
                let root = try Self.mergeRoot(of: id, in: db)
                guard root.state == "pending" else {
                    throw TruceError(
                        .invalidInput,
                        "cluster \(id) was merged into cluster \(root.id), which is \(root.state) now; reopen \(root.id) first")
                }
                // Its own reports, and those of clusters merged into it, come back.
                let family = try Int64.fetchAll(
                    db,
                    sql: """
                        WITH RECURSIVE family(id) AS (
                            SELECT ? UNION SELECT c.id FROM candidate_clusters c JOIN family f ON c.merged_into = f.id
                        ) SELECT id FROM family
                        """, arguments: [id])
                try db.execute(
                    sql: "UPDATE candidates SET cluster_id = ? WHERE home_cluster_id IN (\(family.map { _ in "?" }.joined(separator: ", ")))",
                    arguments: StatementArguments([id] + family))
            }
            try db.execute(
                sql: """
                    UPDATE candidate_clusters SET state = 'pending', merged_into = NULL, evidence_table = NULL, evidence_key = NULL,
                    note = NULL, reviewer = ?, reviewed_at = ? WHERE id = ?
                    """, arguments: [stamp.reviewer, stamp.at, id])
            try Self.log(id, "reopen", stamp, detail: ["was": cluster.state.rawValue], snapshot: snapshot, in: db)
        }
    }

    /// Runs a review operation in one transaction, SQLite errors turned into Truce's.
    private func review<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try write(body)
        } catch let error as DatabaseError {
            throw TruceError(.store, "the review decision was not recorded: \(error.message ?? "\(error.resultCode)")")
        }
    }

    private static func pendingCluster(_ id: Int64, doing action: String, in db: Database) throws -> ReviewCluster {
        let cluster = try cluster(id, in: db)
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
    private static func mergeRoot(of id: Int64, in db: Database) throws -> (id: Int64, state: String) {
        var current = id
        var seen: Set<Int64> = []
        while seen.insert(current).inserted,
            let row = try Row.fetchOne(db, sql: "SELECT state, merged_into FROM candidate_clusters WHERE id = ?", arguments: [current])
        {
            guard let next: Int64 = row["merged_into"] else { return (current, row["state"]) }
            current = next
        }
        throw TruceError(.store, "cluster \(id) is merged in a loop; the store is damaged")
    }

    /// Writes an accepted record with its provenance: the articles (origin, headline, source,
    /// SHA-256) and the reviewer, in the event's attributes or the record's notes.
    private static func write(
        _ record: EvidenceRecord, of cluster: ReviewCluster, stamp: ReviewStamp, snapshot: Int64, in db: Database
    ) throws
        -> EvidenceRecord
    {
        let articles = cluster.articles
        let provenance = Provenance(snapshot: snapshot, file: articles.first?.origin ?? cluster.key, line: 0)
        let cited = JSONString.array(
            articles.map { ["origin": $0.origin, "headline": $0.headline, "source": $0.source, "sha256": $0.sha256] })
        switch record {
        case .event(var event):
            event.attributes["articles"] = cited
            event.attributes["review_cluster"] = String(cluster.id)
            event.attributes["reviewer"] = stamp.reviewer
            event.attributes["reviewed_at"] = stamp.at
            event.provenance = provenance
            _ = try EventWriter(db).write(event, snapshot: snapshot)
            try EventDateSpread(event.date).raise(in: db)
            for name in event.actor1.allNames + event.actor2.allNames {
                try db.execute(sql: "INSERT OR IGNORE INTO actors (name, first_snapshot_id) VALUES (?, ?)", arguments: [name, snapshot])
            }
            return .event(event)
        case .claim(var claim):
            claim.provenance = provenance
            _ = try EvidenceWriter.write(claim, snapshot: snapshot, in: db)
            return .claim(claim)
        case .observation(var observation):
            observation.notes = [observation.notes, "articles: \(cited)", "accepted by \(stamp.reviewer) at \(stamp.at)"]
                .compactMap { $0 }.joined(separator: "\n")
            observation.provenance = provenance
            _ = try EvidenceWriter.write(observation, snapshot: snapshot, in: db)
            return .observation(observation)
        }
    }

    /// Takes an accepted record out of the current evidence, keeping it for snapshots before `snapshot`.
    private static func withdraw(table: String, key: String, snapshot: Int64, at stamp: ReviewStamp, in db: Database) throws {
        switch table {
        case "events":
            let columns = EventWriter.columns.map { "'\($0)', \($0)" }.joined(separator: ", ")
            try db.execute(
                sql: """
                    INSERT INTO event_deletions (dataset, event_key, deleted_on, snapshot_id, content)
                    SELECT dataset, event_key, ?, ?, json_object(\(columns)) FROM events WHERE dataset = 'articles' AND event_key = ?
                    """, arguments: [String(stamp.at.prefix(10)), snapshot, key])
            try db.execute(sql: "DELETE FROM events WHERE dataset = 'articles' AND event_key = ?", arguments: [key])
        case "claims", "observations":
            let keyColumn = table == "claims" ? "claim_key" : "observation_key"
            let columns = (table == "claims" ? SnapshotView.claimColumns : SnapshotView.observationColumns)
                .map { "'\($0)', \($0)" }.joined(separator: ", ")
            try db.execute(
                sql: """
                    INSERT INTO record_history (record_table, record_key, snapshot_id, replaced_by_snapshot_id, content)
                    SELECT ?, \(keyColumn), snapshot_id, ?, json_object(\(columns)) FROM \(table) WHERE \(keyColumn) = ?
                    """, arguments: [table, snapshot, key])
            try db.execute(sql: "DELETE FROM \(table) WHERE \(keyColumn) = ?", arguments: [key])
        default:
            throw TruceError(.store, "an accepted cluster names no evidence table; the store is damaged")
        }
    }

    private static func reviewSnapshot(_ action: String, ids: [Int64], stamp: ReviewStamp, in db: Database) throws -> Int64 {
        let name = "\(action) \(ids.map(String.init).joined(separator: ", ")) by \(stamp.reviewer)"
        try db.execute(
            sql: "INSERT INTO snapshots (source, file_name, file_hash, imported_at, rows_read, stored) VALUES ('review', ?, '', ?, ?, ?)",
            arguments: [name, stamp.at, ids.count, ids.count])
        return db.lastInsertedRowID
    }

    private static func store(_ edits: ReviewEdits, of id: Int64, in db: Database) throws {
        try db.execute(sql: "UPDATE candidate_clusters SET edits = ? WHERE id = ?", arguments: [JSONString.object(edits.values), id])
    }

    private static func log(
        _ id: Int64, _ action: String, _ stamp: ReviewStamp, detail: [String: String?], snapshot: Int64?, in db: Database
    )
        throws
    {
        let present = detail.compactMapValues { $0 }
        try db.execute(
            sql: "INSERT INTO review_actions (cluster_id, action, reviewer, acted_at, detail, snapshot_id) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [id, action, stamp.reviewer, stamp.at, present.isEmpty ? nil : JSONString.object(present), snapshot])
    }

    private static func split(_ assignment: String) -> (String, String?) {
        guard let equals = assignment.firstIndex(of: "=") else { return (assignment, nil) }
        return (String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...]))
    }
}

extension JSONString {
    /// An array of flat objects (nil values left out), keys sorted.
    static func array(_ objects: [[String: String?]]) -> String {
        "[" + objects.map { object($0.compactMapValues { $0 }) }.joined(separator: ",") + "]"
    }
}
