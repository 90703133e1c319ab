import Foundation
import TruceFormats
import TruceTestSupport

/// The real PA-X file, and small files in its layout for the error cases.
enum PAXFixtures {
    /// `../shared/data/pax/pax_all_agreements_data.csv`: 1,868 agreements × 266 columns (read, never copied).
    static let file = TestPaths.shared("pax/pax_all_agreements_data.csv")

    /// Every row of the real file and the rejections, read once for the tests that need them all.
    static let all: Result<(rows: [PAXAgreementRow], rejections: [RowRejection]), any Error> = Result {
        var reader = try PAXAgreementsReader(path: file)
        let (rows, rejections) = try reader.readAll()
        return (rows, rejections)
    }

    /// A CSV with every column the reader requires and one row per entry of `rows`
    /// (cells by column name; the others are 0, or empty for the metadata).
    static func file(_ rows: [[String: String]], dropping dropped: Set<String> = []) throws -> String {
        let columns = PAXAgreementsReader.requiredColumns.filter { !dropped.contains($0) }
        let metadata = Set(PAXAgreementsReader.metadataColumns)
        var lines = [columns.joined(separator: ",")]
        for row in rows {
            lines.append(columns.map { quote(row[$0] ?? (metadata.contains($0) ? "" : "0")) }.joined(separator: ","))
        }
        return try Fixtures.write(lines.joined(separator: "\r\n") + "\r\n", name: "pax.csv")
    }

    static func quote(_ cell: String) -> String {
        cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }
}
