/// What a candidate cluster holds: events, claims or figures.
public enum CandidateKind: String, Hashable, Sendable, Codable, CaseIterable {
    case event, claim, figure

    /// The fields a reviewer may set before accepting, in the order help lists them.
    public var editableFields: [String] {
        switch self {
        case .event:
            [
                "date", "actor1", "actor2", "code", "event_type", "sub_event_type", "country", "admin1", "place", "fatalities", "count",
                "detained", "modality",
            ]
        case .claim: ["date", "speaker", "speaker_actor", "quote", "provision", "modality"]
        case .figure: ["date", "indicator", "value", "actor", "kind"]
        }
    }
}

/// A reviewer's corrections to a cluster, checked when set and kept as text.
///
/// An empty value clears an optional field ("actor2=" says there is no target).
/// Values are stored as the reviewer typed them, once they have been checked, so
/// that the store can keep them as a flat JSON object and `show` can print them.
public struct ReviewEdits: Hashable, Sendable, Codable {
    /// The edited fields' values, checked and trimmed, by lower-case field name; an empty value clears the field.
    public private(set) var values: [String: String]

    /// No edits.
    public init() { values = [:] }

    /// Edits read back from the store, checked again; a field that no longer parses is dropped.
    public init(stored: [String: String], kind: CandidateKind) {
        var edits = ReviewEdits()
        for (field, value) in stored { try? edits.set(field, to: value, kind: kind) }
        self = edits
    }

    /// Whether no field was edited.
    public var isEmpty: Bool { values.isEmpty }

    /// Checks and sets one field.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) whose message starts with `field 'NAME':` and says what is accepted.
    public mutating func set(_ field: String, to value: String, kind: CandidateKind) throws(TruceError) {
        let name = field.lowercased().filter { !$0.isWhitespace }
        guard kind.editableFields.contains(name) else {
            throw TruceError(
                .invalidInput,
                "field '\(field)': not a field of \(kind == .event ? "an" : "a") \(kind.rawValue); "
                    + "set one of \(kind.editableFields.joined(separator: ", "))")
        }
        let text = Self.trimmed(value)
        try Self.check(name, text)
        values[name] = text
    }

    /// Parses `field=value` and sets it.
    public mutating func set(assignment: String, kind: CandidateKind) throws(TruceError) {
        guard let equals = assignment.firstIndex(of: "=") else {
            throw TruceError(.invalidInput, "'\(assignment)' is not field=value; fields: \(kind.editableFields.joined(separator: ", "))")
        }
        try set(String(assignment[..<equals]), to: String(assignment[assignment.index(after: equals)...]), kind: kind)
    }

    /// `nil` when the field was not edited; `.some(nil)` when it was cleared.
    public func text(_ field: String) -> String?? {
        guard let value = values[field] else { return nil }
        return .some(value.isEmpty ? nil : value)
    }

    /// The edited day or days; nil when not edited.
    public var date: ResolvedDate? { values["date"].flatMap(Self.parseDate) }
    /// The edited modality; nil when not edited.
    public var modality: Modality? { values["modality"].flatMap(Modality.init(rawValue:)) }
    /// The edited CAMEO code; nil when not edited.
    public var code: String? { values["code"].flatMap { $0.isEmpty ? nil : $0 } }
    /// The edited figure value; nil when not edited.
    public var value: Double? { values["value"].flatMap(Double.init) }
    /// The edited figure kind (`current` or `target`); nil when not edited.
    public var figureKind: CodedFigure.Kind? { values["kind"].flatMap(CodedFigure.Kind.init(rawValue:)) }

    /// `nil` when not edited; the fatalities the edit gives otherwise (all nil when cleared).
    public var fatalities: Fatalities? {
        guard let text = values["fatalities"] else { return nil }
        return Self.parseFatalities(text) ?? Fatalities()
    }

    private static func check(_ field: String, _ text: String) throws(TruceError) {
        switch field {
        case "date":
            guard parseDate(text) != nil else {
                throw TruceError(
                    .invalidInput, "field 'date': '\(text)' is not a day; write YYYY-MM-DD, YYYY-MM or YYYY-MM-DD..YYYY-MM-DD")
            }
        case "code":
            guard (2...4).contains(text.count), text.allSatisfy(\.isASCIIDigit) else {
                throw TruceError(.invalidInput, "field 'code': '\(text)' is not a CAMEO code; write two to four digits, e.g. 190 or 1823")
            }
        case "fatalities":
            guard text.isEmpty || parseFatalities(text) != nil else {
                throw TruceError(
                    .invalidInput, "field 'fatalities': '\(text)' is not a count; write N, LOW..HIGH or LOW..BEST..HIGH (empty: unknown)")
            }
        case "count", "detained":
            guard text.isEmpty || Int(text).map({ $0 >= 0 }) == true else {
                throw TruceError(.invalidInput, "field '\(field)': '\(text)' is not a count; write a whole number, 0 or more (empty: unknown)")
            }
        case "modality":
            guard Modality(rawValue: text) != nil else {
                throw TruceError(
                    .invalidInput,
                    "field 'modality': '\(text)' is not a modality; write one of "
                        + Modality.allCases.map(\.rawValue).joined(separator: ", "))
            }
        case "value":
            guard let number = Double(text), number.isFinite else {
                throw TruceError(.invalidInput, "field 'value': '\(text)' is not a number; write digits, e.g. 8600")
            }
        case "indicator":
            guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || ("a"..."z").contains($0) || $0 == "_" }) else {
                throw TruceError(.invalidInput, "field 'indicator': '\(text)' is not an indicator name; write lower case and _, e.g. troop_level")
            }
        case "kind":
            guard CodedFigure.Kind(rawValue: text) != nil else {
                throw TruceError(.invalidInput, "field 'kind': '\(text)' is not a figure kind; write current or target")
            }
        case "speaker", "quote", "event_type":
            guard !text.isEmpty else { throw TruceError(.invalidInput, "field '\(field)': cannot be empty") }
        default:
            break
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM` (the month) or `YYYY-MM-DD..YYYY-MM-DD`.
    public static func parseDate(_ text: String) -> ResolvedDate? {
        if let range = text.firstRange(of: "..") {
            guard let first = Day(iso: text[..<range.lowerBound]), let last = Day(iso: text[range.upperBound...]), first <= last else {
                return nil
            }
            return ResolvedDate(earliest: first, latest: last, precision: DateSpanning.precision(from: first, to: last))
        }
        if let day = Day(iso: text) { return ResolvedDate(day: day) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
            let first = Day(year: year, month: month, day: 1)
        {
            return ResolvedDate(earliest: first, latest: first.lastOfMonth, precision: .month)
        }
        return nil
    }

    /// `N` (low, best and high), `LOW..HIGH` (best is the low figure) or `LOW..BEST..HIGH`.
    static func parseFatalities(_ text: String) -> Fatalities? {
        let parts = text.split(separator: "..", omittingEmptySubsequences: false).map { Int(trimmed($0)) }
        guard !parts.contains(where: { $0 == nil || $0! < 0 }) else { return nil }
        let numbers = parts.compactMap { $0 }
        switch numbers.count {
        case 1: return Fatalities(exactly: numbers[0])
        case 2 where numbers[0] <= numbers[1]: return Fatalities(low: numbers[0], best: numbers[0], high: numbers[1])
        case 3 where numbers[0] <= numbers[1] && numbers[1] <= numbers[2]:
            return Fatalities(low: numbers[0], best: numbers[1], high: numbers[2])
        default: return nil
        }
    }

    private static func trimmed(_ text: some StringProtocol) -> String {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return String(text[start..<max(start, end)])
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// The precision a stretch of days implies.
enum DateSpanning {
    static func precision(from first: Day, to last: Day) -> DatePrecision {
        let length = first.days(to: last)
        if length == 0 { return .day }
        if length < 7 { return .week }
        if length <= 31 { return .month }
        return .year
    }
}
