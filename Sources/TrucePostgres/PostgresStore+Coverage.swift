import PostgresNIO
public import TruceModel

extension PostgresStore {
    /// Records the period and area an import of events covers as its data set states them, in place
    /// of the span of its rows; read back by ``coverage(through:)``.
    ///
    /// - Parameter countries: the area; any area when empty.
    /// - Throws: ``TruceError`` (`notFound`) when no import of events has snapshot `snapshot`.
    public func recordStatedCoverage(snapshot: Int64, from: Day, to: Day, countries: [String]) async throws {
        let changed = try await withConnection(doing: "record the coverage of an import in") { connection in
            try await connection.scalar(
                """
                WITH changed AS (
                    UPDATE snapshots SET covers_from = \(from.iso), covers_to = \(to.iso), covers_countries = \(countries.joined(separator: ";"))
                    WHERE id = \(snapshot) AND source NOT IN ('observations', 'claims', 'acled-deletions', 'articles', 'review') RETURNING 1)
                SELECT count(*)::bigint FROM changed
                """, as: Int.self, logger: logger) ?? 0
        }
        guard changed == 1 else {
            throw TruceError(.notFound, "no import of events has snapshot \(snapshot); a stated coverage belongs to an import of events")
        }
    }
}
