import Foundation

/// One value an expectation gives for a field, as written in `NAME.expected.json`.
///
/// A list of strings means "any of these"; `{"min": 3, "max": 10}` is an inclusive
/// range; `null` means the record must have no value there.
enum ExpectedValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case text([String])
    case number(Double)
    case range(min: Double?, max: Double?)

    init(json: Any, field: String) throws(FixtureFormatError) {
        switch json {
        case is NSNull:
            self = .null
        case let string as String:
            self = .text([string])
        case let strings as [String] where !strings.isEmpty:
            self = .text(strings)
        case let number as NSNumber:
            self = .number(number.doubleValue)
        case let bounds as [String: Any] where Set(bounds.keys).isSubset(of: ["min", "max"]) && !bounds.isEmpty:
            let low = (bounds["min"] as? NSNumber)?.doubleValue
            let high = (bounds["max"] as? NSNumber)?.doubleValue
            guard low != nil || high != nil else { throw FixtureFormatError("\(field): a range needs a number in min or max") }
            self = .range(min: low, max: high)
        default:
            throw FixtureFormatError("\(field): expected a string, a list of strings, a number, {min, max} or null")
        }
    }

    var strings: [String] {
        if case .text(let values) = self { return values }
        return []
    }

    var description: String {
        switch self {
        case .null: "null"
        case .text(let values): values.count == 1 ? "\"\(values[0])\"" : "any of \(values.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .number(let value): Self.format(value)
        case .range(let low, let high): "\(low.map(Self.format) ?? "…")…\(high.map(Self.format) ?? "…")"
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// What one record (an event, a claim or a figure) must look like: only the fields given.
struct RecordExpectation: Sendable, CustomStringConvertible {
    enum Kind: String, Sendable {
        case event, claim, figure
    }

    var kind: Kind
    /// Field name and expected value, in the order the file gives them.
    var fields: [(name: String, value: ExpectedValue)]
    /// Why a `not_events` entry must not appear.
    var why: String?
    /// Set by whoever merges a coder that does not meet this expectation yet: the
    /// miss is then a known issue, and meeting it fails until the mark is removed.
    var knownGap: String?

    var description: String {
        let shown = fields.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
        return "\(kind.rawValue) {\(shown)}" + (why.map { " (\($0))" } ?? "")
    }

    static let eventFields: Set<String> = [
        "sentence_contains", "date", "date_earliest", "date_latest", "date_precision", "actor1", "actor2", "actors", "code",
        "code_root", "plover", "acled_event_type", "acled_sub_event_type", "country", "admin1", "place", "fatalities_low", "fatalities_best",
        "fatalities_high", "count", "detained", "modality",
    ]
    static let claimFields: Set<String> = [
        "sentence_contains", "speaker_contains", "speaker_actor", "verb", "quote_contains", "date", "date_earliest",
        "date_latest", "date_precision", "modality", "about_event_contains",
    ]
    static let figureFields: Set<String> = [
        "sentence_contains", "indicator", "value", "kind", "actor", "refers_to", "refers_to_earliest", "refers_to_latest",
        "refers_to_precision",
    ]

    init(kind: Kind, json: Any, label: String) throws(FixtureFormatError) {
        guard let object = json as? [String: Any] else { throw FixtureFormatError("\(label): expected an object") }
        let allowed: Set<String> =
            switch kind {
            case .event: Self.eventFields
            case .claim: Self.claimFields
            case .figure: Self.figureFields
            }
        self.kind = kind
        self.fields = []
        for name in object.keys.sorted() where name != "why" && name != "known_gap" {
            guard allowed.contains(name) else { throw FixtureFormatError("\(label): unknown field \"\(name)\"") }
            fields.append((name, try ExpectedValue(json: object[name] as Any, field: "\(label).\(name)")))
        }
        why = object["why"] as? String
        knownGap = object["known_gap"] as? String
        guard !fields.isEmpty else { throw FixtureFormatError("\(label): gives no field to check") }
    }
}

/// Everything `NAME.expected.json` says about one article.
struct ArticleExpectation: Sendable {
    var about: String
    /// "doha-2020" for the period of the US–Taliban agreement, "other" otherwise.
    var topic: String
    /// Handed to the cleaner because the file does not carry them.
    var passDate: String?
    var passSource: String?
    /// What the cleaned article must hold.
    var publicationDate: String
    var source: String?
    var headlineContains: String?
    var textContains: [String]
    var textExcludes: [String]
    var events: [RecordExpectation]
    var notEvents: [RecordExpectation]
    var claims: [RecordExpectation]
    var figures: [RecordExpectation]

    static let topLevelKeys: Set<String> = [
        "about", "topic", "pass_date", "pass_source", "publication_date", "source", "headline_contains", "text_contains",
        "text_excludes", "events", "not_events", "claims", "figures",
    ]

    init(data: Data, file: String) throws(FixtureFormatError) {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw FixtureFormatError("\(file): not valid JSON (\(error.localizedDescription))")
        }
        guard let object = parsed as? [String: Any] else { throw FixtureFormatError("\(file): expected a JSON object") }
        for key in object.keys where !Self.topLevelKeys.contains(key) {
            throw FixtureFormatError("\(file): unknown key \"\(key)\"")
        }
        func string(_ key: String) -> String? { object[key] as? String }
        func strings(_ key: String) -> [String] { object[key] as? [String] ?? [] }
        func records(_ key: String, _ kind: RecordExpectation.Kind) throws(FixtureFormatError) -> [RecordExpectation] {
            guard let list = object[key] else { return [] }
            guard let items = list as? [Any] else { throw FixtureFormatError("\(file): \(key) must be a list") }
            var result: [RecordExpectation] = []
            for (index, item) in items.enumerated() {
                result.append(try RecordExpectation(kind: kind, json: item, label: "\(file): \(key)[\(index)]"))
            }
            return result
        }
        guard let about = string("about"), let topic = string("topic"), let publicationDate = string("publication_date") else {
            throw FixtureFormatError("\(file): about, topic and publication_date are required")
        }
        self.about = about
        self.topic = topic
        self.publicationDate = publicationDate
        passDate = string("pass_date")
        passSource = string("pass_source")
        source = string("source")
        headlineContains = string("headline_contains")
        textContains = strings("text_contains")
        textExcludes = strings("text_excludes")
        events = try records("events", .event)
        notEvents = try records("not_events", .event)
        claims = try records("claims", .claim)
        figures = try records("figures", .figure)
    }
}

struct FixtureFormatError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
