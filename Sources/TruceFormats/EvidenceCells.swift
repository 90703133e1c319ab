import TruceModel

/// Reading the cells of the evidence files (observations, claims) by column
/// name, with rejections that name the column and quote the value.
struct EvidenceCells {
    let fields: [String]
    let header: CSVHeader

    /// Why a cell is unusable: the column's header name and a message.
    struct Failure: Error {
        var field: String?
        var message: String
    }

    /// The trimmed cell of column `key`, or `nil` when absent or empty.
    func text(_ key: String) -> String? { fields.cell(header.index(of: key), naIsMissing: false) }

    func required(_ key: String) throws(Failure) -> String {
        guard let value = text(key) else { throw failure(key, "missing (the cell is empty)") }
        return value
    }

    func failure(_ key: String, _ message: String) -> Failure {
        let field = header.index(of: key).map { header.displayName(ofColumn: $0) } ?? key
        return Failure(field: field, message: "\(field): \(message)")
    }

    /// A required date in ISO or any layout `ACLEDDate` reads.
    func day(_ key: String) throws(Failure) -> Day {
        let value = try required(key)
        guard let day = ACLEDDate.parse(value) else { throw failure(key, "expected a date such as 2020-03-04, got '\(value)'") }
        return day
    }

    /// A required date that may be imprecise ("2016", "March 2016", "2016-03-01/2016-03-15"): the first
    /// day it can mean, and the last when that is another day.
    func interval(_ key: String) throws(Failure) -> (first: Day, last: Day?) {
        let value = try required(key)
        switch ImpreciseDate.read(value) {
        case .day(let day): return (day, nil)
        case .span(let first, let last): return (first, last)
        case .failure(let message): throw failure(key, "\(message), got '\(value)'")
        }
    }

    /// The non-empty cells of the columns not in `known`, by lower-case header name: what Truce does
    /// not model is kept, as for events.
    func attributes(except known: Set<String>) -> [String: String] {
        var kept: [String: String] = [:]
        for (index, key) in header.keys.enumerated() where !key.isEmpty && !known.contains(key) {
            if let value = fields.cell(index, naIsMissing: false) { kept[key] = value }
        }
        return kept
    }

    /// A required number; thousands separators (`8,600`, `1,234.5`) are allowed.
    func number(_ key: String) throws(Failure) -> Double {
        let value = try required(key)
        guard let number = Self.number(value) else { throw failure(key, "expected a number such as 8600 or 8,600, got '\(value)'") }
        return number
    }

    /// An optional enumerated value, matched case-insensitively; `fallback` when the cell is empty.
    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, default fallback: Value) throws(Failure) -> Value
    where Value.RawValue == String {
        guard let value = text(key) else { return fallback }
        if let choice = Value(rawValue: value.lowercased()) { return choice }
        let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
        throw failure(key, "expected one of \(allowed), got '\(value)'")
    }

    /// Parses `8600`, `-3.5`, `8,600` or `1,234,567.25`; commas must group exactly three digits.
    static func number(_ text: String) -> Double? {
        guard text.contains(",") else {
            guard let value = Double(text), value.isFinite, !text.contains(where: { $0.isLetter }) else { return nil }
            return value
        }
        let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        return Double(text.replacingCommas())
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    fileprivate func replacingCommas() -> String { String(filter { $0 != "," }) }
}
