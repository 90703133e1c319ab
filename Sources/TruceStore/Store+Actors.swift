import Foundation
import GRDB
public import TruceModel
public import TruceStorage

extension Store {
    /// Every actor name and code on either side of the stored events, main or
    /// associated, with the number of event sides naming it; most named first.
    public func actorNameCounts(dataset: String? = nil) throws -> [ActorNameCount] {
        try read { db in
            let filter = dataset == nil ? "" : " AND dataset = :dataset"
            let sql = """
                SELECT actor1 AS name, actor1_code AS code, 0 AS associate, COUNT(*) AS n FROM events
                    WHERE (actor1 IS NOT NULL OR actor1_code IS NOT NULL)\(filter) GROUP BY 1, 2
                UNION ALL SELECT actor2, actor2_code, 0, COUNT(*) FROM events
                    WHERE (actor2 IS NOT NULL OR actor2_code IS NOT NULL)\(filter) GROUP BY 1, 2
                UNION ALL SELECT assoc_actor1, NULL, 1, COUNT(*) FROM events WHERE assoc_actor1 IS NOT NULL\(filter) GROUP BY 1
                UNION ALL SELECT assoc_actor2, NULL, 1, COUNT(*) FROM events WHERE assoc_actor2 IS NOT NULL\(filter) GROUP BY 1
                """
            var counts: [ActorNameCount: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: sql, arguments: dataset.map { ["dataset": $0] } ?? [:])
            while let row = try rows.next() {
                let n: Int = row["n"]
                let code: String? = row["code"]
                let names: [String?] =
                    (row["associate"] as Int) == 1
                    ? (row["name"] as String? ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    : [row["name"]]
                for name in names {
                    counts[ActorNameCount(name: name, code: code, events: 0), default: 0] += n
                }
            }
            return counts.map { ActorNameCount(name: $0.key.name, code: $0.key.code, events: $0.value) }
                .sorted { ($1.events, $0.name ?? "", $0.code ?? "") < ($0.events, $1.name ?? "", $1.code ?? "") }
        }
    }

    /// The actors of every agreement registered with the store (by `check` or `demo`),
    /// merged by id, for mapping names without naming an agreement.
    public func registeredActors() throws -> [ActorDefinition] {
        try read { db in
            var byID: [String: ActorDefinition] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, alias") {
                let id: String = row["actor_id"]
                byID[id, default: ActorDefinition(id: id, name: id)].aliases.append(row["alias"])
            }
            for row in try Row.fetchAll(db, sql: "SELECT actor_id, code FROM actor_codes ORDER BY actor_id, code") {
                let id: String = row["actor_id"]
                byID[id, default: ActorDefinition(id: id, name: id)].codes.append(row["code"])
            }
            return byID.keys.sorted().map { byID[$0]! }
        }
    }
}
