import Foundation
public import TruceFormats
import TruceModel
public import TruceStorage

/// The kinds of evidence record written one at a time (through the API): the file formats Truce
/// defines itself, so a record's members are exactly the columns of its file.
public enum WritableRecordKind: String, Sendable, CaseIterable {
    /// A reported value (the columns of an observations file).
    case observations
    /// A statement (the columns of a claims file).
    case claims

    /// The columns a record must have.
    public var requiredFields: [String] {
        switch self {
        case .observations: ObservationsCSV.requiredColumns
        case .claims: ClaimsCSV.requiredColumns
        }
    }
}

/// What writing one record did.
public struct RecordWrite: Sendable {
    /// `create` for a new id, `update` for a changed one, `unchanged` when the store held it already.
    public var action: String
    /// The import that wrote it.
    public var report: ImportReport
    /// The record's key (an observation's or claim's id, an event's key).
    public var key: String
}

extension TruceApp {
    /// Writes one observation or claim, given as its file's columns, by the same reader and import
    /// as a file of them (``importDataset(_:progress:recording:)``): a new id is created; an existing id is
    /// replaced, its earlier version kept in the store's history. Audited as `actor`'s in the write's own
    /// transaction (a record that comes back unchanged records nothing).
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) whose parameter names the field that is missing or wrong;
    ///   nothing is stored then.
    public func writeRecord(_ kind: WritableRecordKind, fields: [String: String], by actor: String) async throws -> RecordWrite {
        for field in kind.requiredFields where (fields[field] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw TruceError(.invalidInput, "'\(field)' is required", parameter: field)
        }
        let names = fields.keys.sorted()
        for name in names where name.isEmpty || name.contains(where: { $0.isNewline || $0 == "," || $0 == "\"" }) {
            throw TruceError(.invalidInput, "a field name is a column name: no commas, quotes or line breaks", parameter: name)
        }
        let csv =
            [names.map(Self.csvCell).joined(separator: ","), names.map { Self.csvCell(fields[$0] ?? "") }.joined(separator: ",")]
            .joined(separator: "\n") + "\n"
        let bytes = Array(csv.utf8)
        let name = "api-\(kind.rawValue).csv"
        // Read once to refuse a bad record before an import (and its snapshot) is made at all.
        let rejection =
            switch kind {
            case .observations: try Self.firstRejection(ObservationsCSV(bytes: bytes, name: name))
            case .claims: try Self.firstRejection(ClaimsCSV(bytes: bytes, name: name))
            }
        if let rejection { throw TruceError(.invalidInput, rejection.message, parameter: rejection.field ?? "body") }
        let stamp = clock.timestamp
        let audit = self.audit
        let kindName = String(kind.rawValue.dropLast())
        let entry: ImportEntry = { report in
            let action = Self.recordAction(report)
            guard action != "unchanged" else { return nil }
            return try audit.entry(action, kind: kindName, id: fields["id"] ?? "", by: actor, before: [String: String]?.none, after: fields)
        }
        let report: ImportReport
        switch kind {
        case .observations:
            report = try await storage.importObservations(
                from: ObservationsCSV(bytes: bytes, name: name), input: name, importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in },
                recording: entry)
        case .claims:
            report = try await storage.importClaims(
                from: ClaimsCSV(bytes: bytes, name: name), input: name, importedAt: stamp, rejects: DiscardedRejects(), progress: { _ in },
                recording: entry)
        }
        let action = Self.recordAction(report)
        return RecordWrite(action: action, report: report, key: fields["id"] ?? "")
    }

    /// What writing one record did, by its import's counts.
    private static func recordAction(_ report: ImportReport) -> String {
        report.counts.stored > 0 ? "create" : report.counts.updated > 0 ? "update" : "unchanged"
    }

    /// The first row `reader` rejects, or nil when it accepts every row.
    private static func firstRejection<Reader: RowReader>(_ reader: Reader) throws -> RowRejection? {
        var reader = reader
        while let row = try reader.next() {
            if case .rejected(let rejection) = row { return rejection }
        }
        return nil
    }

    /// `text` as one CSV cell, always quoted.
    static func csvCell(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
