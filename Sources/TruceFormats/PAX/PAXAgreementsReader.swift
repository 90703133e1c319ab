import Foundation
import TruceModel

/// Reads the PA-X agreements CSV (`pax_all_agreements_data.csv` from
/// peaceagreements.org) row by row: columns by header name in any order and
/// case, a UTF-8 byte-order mark, quoted cells with line breaks.
///
/// The header must have the metadata columns Truce writes into a skeleton and
/// every provision column of ``PAXCategories``: a file that lacks one is refused
/// with all missing columns named, since a skeleton built without them would
/// silently leave topics out.
public struct PAXAgreementsReader: RowReader {
    /// The metadata columns read from every row.
    public static let metadataColumns = [
        "Con", "Contp", "PP", "PPName", "Reg", "AgtId", "Ver", "Agt", "Dat", "Status", "Lgt", "Agtp", "Stage", "StageSub", "Part",
        "ThrdPart",
    ]

    /// Every column the reader requires: the metadata and the provision columns.
    public static var requiredColumns: [String] { metadataColumns + PAXCategories.columns.map(\.name) }

    public let path: String
    /// The file's name, as messages give it.
    public var fileName: String { table.fileName }
    private let table: TableReader
    /// The position of each required column, by its PA-X name.
    private let positions: [(name: String, index: Int)]

    /// Opens `path` and checks its header.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or lacks PA-X columns (all listed).
    public init(path: String) throws {
        table = try TableReader(.path(path), encoding: .automatic, kind: "PA-X agreements", required: [], naIsMissing: false)
        self.path = path
        let header = table.header
        let missing = Self.requiredColumns.filter { header.index(of: $0.lowercased()) == nil }
        guard missing.isEmpty else { throw Self.missingColumns(missing, file: path) }
        positions = Self.requiredColumns.compactMap { name in header.index(of: name.lowercased()).map { (name, $0) } }
    }

    /// The next agreement, or a rejection for a row that is malformed or has no whole-number `AgtId`; nil at the end.
    public mutating func next() throws -> ParsedRow<PAXAgreementRow>? {
        guard let result = try table.next() else { return nil }
        switch result {
        case .failure(let rejection):
            return .rejected(rejection)
        case .success(let record):
            var cells: [String: String] = [:]
            for (name, index) in positions where index < record.fields.count {
                cells[name] = record.fields[index].trimmingASCIIWhitespace()
            }
            let raw = cells["AgtId"] ?? ""
            guard let agtId = Int(raw) else {
                return .rejected(table.rejection(field: "AgtId", message: "expected a whole number, got '\(raw)'"))
            }
            return .value(PAXAgreementRow(agtId: agtId, file: table.fileName, line: record.line, cells: cells))
        }
    }

    /// The agreement with AgtId `id` in the file at `path`.
    ///
    /// - Throws: `TruceError` when `id` is not a whole number, or when no row has
    ///   it: the message names the id and the file and suggests the closest id
    ///   the file has (a likely typo, else the nearest number).
    public static func agreement(id: String, path: String) throws -> PAXAgreementRow {
        let wanted = id.trimmingASCIIWhitespace()
        guard let number = Int(wanted) else {
            throw TruceError(.invalidInput, "'\(id)' is not a PA-X AgtId: AgtIds are whole numbers, e.g. 2271 (the US–Taliban agreement)")
        }
        var reader = try PAXAgreementsReader(path: path)
        var seen: [PAXAgreementRow] = []
        var rejections: [RowRejection] = []
        while let row = try reader.next() {
            switch row {
            case .value(let agreement):
                if agreement.agtId == number { return agreement }
                seen.append(agreement)
            case .rejected(let rejection):
                rejections.append(rejection)
            }
        }
        throw notFound(number, in: path, rows: seen, rejections: rejections)
    }

    // MARK: - Messages

    private static func missingColumns(_ missing: [String], file: String) -> TruceError {
        let shown =
            missing.count > 25 ? missing.prefix(25).joined(separator: ", ") + " and \(missing.count - 25) more" : missing.joined(separator: ", ")
        let noun = missing.count == 1 ? "column" : "columns"
        return TruceError(
            .invalidInput,
            "not a PA-X agreements file: the header lacks the PA-X \(noun) \(shown); "
                + "use the agreements CSV from peaceagreements.org (pax_all_agreements_data.csv), with its header row unchanged",
            at: SourceLocation(file: file, line: 1))
    }

    private static func notFound(_ number: Int, in path: String, rows: [PAXAgreementRow], rejections: [RowRejection]) -> TruceError {
        var message = "no agreement with AgtId \(number) in \(path)"
        if let close = closest(to: number, among: rows) {
            let name = close.name.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let shortName = name.count > 80 ? name.prefix(79) + "…" : name[...]
            message += "; did you mean \(close.agtId) ('\(shortName)', \(close.date))?"
        }
        if let low = rows.map(\.agtId).min(), let high = rows.map(\.agtId).max() {
            message += " The file has \(rows.count) agreements, AgtIds \(low)–\(high)."
        } else {
            message += " The file has no agreements."
        }
        if let first = rejections.first {
            message += " \(rejections.count) row\(rejections.count == 1 ? "" : "s") could not be read (first: \(first))."
        }
        return TruceError(.invalidInput, message)
    }

    /// A likely typo of `number`, else the numerically nearest id. Among typos (one digit
    /// wrong, missing, extra, or two neighbours swapped), the same digits in another order
    /// come first (2271 for a mistyped 2721), then the numerically nearest.
    private static func closest(to number: Int, among rows: [PAXAgreementRow]) -> PAXAgreementRow? {
        let wanted = String(number)
        let typos = rows.filter { AgreementSuggestion.closest(to: wanted, among: [String($0.agtId)]) != nil }
        let digits = wanted.sorted()
        let candidates = typos.isEmpty ? rows : typos
        return candidates.min { a, b in
            let aSwap = String(a.agtId).sorted() == digits
            let bSwap = String(b.agtId).sorted() == digits
            if aSwap != bSwap { return aSwap }
            return abs(a.agtId - number) < abs(b.agtId - number)
        }
    }
}
