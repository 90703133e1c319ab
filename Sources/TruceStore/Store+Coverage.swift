import GRDB
public import TruceModel

extension Store {
    /// The coverage of every import of events, oldest first.
    public func coverage() throws -> [Coverage] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, source, covers_from, covers_to, covers_countries FROM snapshots WHERE covers_from IS NOT NULL ORDER BY id"
            ).compactMap { row in
                guard let fromText: String = row["covers_from"], let toText: String = row["covers_to"], let from = Day(iso: fromText),
                    let to = Day(iso: toText)
                else { return nil }
                let countries = (row["covers_countries"] as String?).map { $0.split(separator: ";").map(String.init) } ?? []
                return Coverage(snapshot: row["id"], source: row["source"], from: from, to: to, countries: countries)
            }
        }
    }

    /// Records the coverage a data set states for import `snapshot`, in place of the span of its rows.
    ///
    /// - Throws: ``TruceError`` (`notFound`) when `snapshot` is not an import of events.
    public func writeStatedCoverage(snapshot: Int64, from: Day, to: Day, countries: [String]) throws {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE snapshots SET covers_from = ?, covers_to = ?, covers_countries = ?
                    WHERE id = ? AND source NOT IN ('observations', 'claims', 'acled-deletions', 'articles')
                    """,
                arguments: [from.iso, to.iso, countries.joined(separator: ";"), snapshot])
            guard db.changesCount == 1 else {
                throw TruceError(.notFound, "no import of events has snapshot \(snapshot); a stated coverage belongs to an import of events")
            }
        }
    }
}
