import GRDB
import TruceStorage

extension CoverageSpan {
    /// Writes the span to the snapshot; an import without events leaves it empty, and so does a
    /// store opened below migration v4 (only tests open one).
    func record(snapshot: Int64, in db: Database) throws {
        guard let span, try db.columns(in: "snapshots").contains(where: { $0.name == "covers_from" }) else { return }
        try db.execute(
            sql: "UPDATE snapshots SET covers_from = ?, covers_to = ?, covers_countries = ? WHERE id = ?",
            arguments: [span.from.iso, span.to.iso, span.countries.joined(separator: ";"), snapshot])
    }
}
