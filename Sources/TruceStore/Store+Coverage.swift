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
}
