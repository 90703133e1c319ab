import GRDB
import TruceModel

/// The span of an import's rows — first day, last day, countries — gathered as they are read,
/// unchanged rows included, and written to its snapshot as the coverage the data set gives.
struct CoverageSpan {
    private var first: Day?
    private var last: Day?
    private var countries: Set<String> = []

    /// The event's stated day counts, not the span of an imprecise date: a week-precise event of
    /// 1 February does not make a February export cover January.
    mutating func add(_ event: Event) {
        first = min(first ?? event.date.day, event.date.day)
        last = max(last ?? event.date.day, event.date.day)
        countries.insert(event.location.country)
    }

    /// Writes the span to the snapshot; an import without events leaves it empty, and so does a
    /// store opened below migration v4 (only tests open one).
    func record(snapshot: Int64, in db: Database) throws {
        guard let first, let last, try db.columns(in: "snapshots").contains(where: { $0.name == "covers_from" }) else { return }
        try db.execute(
            sql: "UPDATE snapshots SET covers_from = ?, covers_to = ?, covers_countries = ? WHERE id = ?",
            arguments: [first.iso, last.iso, countries.sorted().joined(separator: ";"), snapshot])
    }
}
