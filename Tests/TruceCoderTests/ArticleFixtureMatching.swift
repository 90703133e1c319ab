import TruceCoder
import TruceModel

/// An article's cleaned text, sliced by the coder's Unicode-scalar spans.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The span's text, or nil when the span does not lie within the text.
    func slice(_ span: TextSpan) -> String? {
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }
}

/// One field of a record that differs from what the expectation gives.
struct FieldMismatch: Sendable, CustomStringConvertible {
    var field: String
    var expected: ExpectedValue
    var found: String

    var description: String { "\(field): expected \(expected), found \(found)" }
}

/// Compares coded records with expectations, one field at a time.
///
/// Text comparisons ignore case. Actors match by the dictionary's name, by a CAMEO
/// code prefix written in capitals ("AFGMIL"), or, for a country's name, by a code
/// that starts with the country's code and names a state actor ("AFG", "AFGMIL").
enum RecordMatcher {
    static func mismatches(_ expectation: RecordExpectation, event: CodedEvent, in text: ScalarText) -> [FieldMismatch] {
        expectation.fields.compactMap { name, value in
            let found: String?
            switch name {
            case "sentence_contains": found = checkContains(text.slice(event.span), value)
            case "date": found = checkDate(event.date, value, part: .whole)
            case "date_earliest": found = checkDate(event.date, value, part: .earliest)
            case "date_latest": found = checkDate(event.date, value, part: .latest)
            case "date_precision": found = checkEqual(event.date?.precision.rawValue, value)
            case "actor1": found = checkActor(event.actor1, value)
            case "actor2": found = checkActor(event.actor2, value)
            case "actors": found = checkActorsInEitherOrder(event.actor1, event.actor2, value)
            case "code": found = checkEqual(event.code, value)
            case "code_root": found = checkRoot(event.code, value)
            case "plover": found = checkEqual(event.plover, value)
            case "acled_event_type": found = checkEqual(event.acledEventType, value)
            case "acled_sub_event_type": found = checkEqual(event.acledSubEventType, value)
            case "country": found = checkEqual(event.location.country, value)
            case "admin1": found = checkEqual(event.location.admin1, value)
            case "place": found = checkContains(event.location.place, value)
            case "fatalities_low": found = checkNumber(event.fatalities.low.map(Double.init), value)
            case "fatalities_best": found = checkNumber(event.fatalities.best.map(Double.init), value)
            case "fatalities_high": found = checkNumber(event.fatalities.high.map(Double.init), value)
            case "count": found = checkNumber(event.count.map(Double.init), value)
            case "detained": found = checkNumber(event.detained.map(Double.init), value)
            case "modality": found = checkEqual(event.modality.rawValue, value)
            default: found = "a field the harness does not know"
            }
            return found.map { FieldMismatch(field: name, expected: value, found: $0) }
        }
    }

    /// `events` are the article's coded events, for the event a claim says it is about.
    static func mismatches(
        _ expectation: RecordExpectation, claim: CodedClaim, in text: ScalarText, events: [CodedEvent] = []
    ) -> [FieldMismatch] {
        expectation.fields.compactMap { name, value in
            let found: String?
            switch name {
            case "sentence_contains": found = checkContains(text.slice(claim.span), value)
            case "speaker_contains": found = checkContains(claim.speaker, value)
            case "speaker_actor": found = checkActor(claim.speakerActor, value)
            case "verb": found = checkContains(claim.verb, value)
            case "quote_contains": found = checkContains(claim.quote, value)
            case "date": found = checkDate(claim.date, value, part: .whole)
            case "date_earliest": found = checkDate(claim.date, value, part: .earliest)
            case "date_latest": found = checkDate(claim.date, value, part: .latest)
            case "date_precision": found = checkEqual(claim.date?.precision.rawValue, value)
            case "modality": found = checkEqual(claim.modality.rawValue, value)
            case "about_event_contains":
                let about = claim.aboutEvent.flatMap { events.indices.contains($0) ? text.slice(events[$0].span) : nil }
                found = checkContains(about, value).map { "an event in \($0)" }
            default: found = "a field the harness does not know"
            }
            return found.map { FieldMismatch(field: name, expected: value, found: $0) }
        }
    }

    static func mismatches(_ expectation: RecordExpectation, figure: CodedFigure, in text: ScalarText) -> [FieldMismatch] {
        expectation.fields.compactMap { name, value in
            let found: String?
            switch name {
            case "sentence_contains": found = checkContains(text.slice(figure.span), value)
            case "indicator": found = checkContains(figure.indicator, value)
            case "value": found = checkNumber(figure.value, value)
            case "kind": found = checkEqual(figure.kind.rawValue, value)
            case "actor": found = checkActor(figure.actor, value)
            case "refers_to": found = checkDate(figure.refersTo, value, part: .whole)
            case "refers_to_earliest": found = checkDate(figure.refersTo, value, part: .earliest)
            case "refers_to_latest": found = checkDate(figure.refersTo, value, part: .latest)
            case "refers_to_precision": found = checkEqual(figure.refersTo?.precision.rawValue, value)
            default: found = "a field the harness does not know"
            }
            return found.map { FieldMismatch(field: name, expected: value, found: $0) }
        }
    }

    // MARK: - Fields

    /// nil when the value matches; otherwise what was found, for the message.
    static func checkEqual(_ actual: String?, _ expected: ExpectedValue) -> String? {
        switch expected {
        case .null: return actual.map { "\"\($0)\"" }
        case .text(let options):
            guard let actual else { return "nothing" }
            let lowered = actual.lowercased()
            return options.contains { $0.lowercased() == lowered } ? nil : "\"\(actual)\""
        case .number, .range: return "a text field (the expectation gives a number)"
        }
    }

    static func checkContains(_ actual: String?, _ expected: ExpectedValue) -> String? {
        switch expected {
        case .null: return actual.map { "\"\($0)\"" }
        case .text(let options):
            guard let actual else { return "nothing" }
            let lowered = actual.lowercased()
            return options.contains { lowered.contains($0.lowercased()) } ? nil : "\"\(abbreviated(actual))\""
        case .number, .range: return "a text field (the expectation gives a number)"
        }
    }

    static func checkRoot(_ code: String, _ expected: ExpectedValue) -> String? {
        guard case .text(let roots) = expected else { return "a code (the expectation gives no root)" }
        return roots.contains { code.hasPrefix($0) } ? nil : "\"\(code)\""
    }

    static func checkNumber(_ actual: Double?, _ expected: ExpectedValue) -> String? {
        let shown = actual.map(ExpectedValue.format) ?? "nothing"
        switch expected {
        case .null: return actual == nil ? nil : shown
        case .number(let value): return actual == value ? nil : shown
        case .range(let low, let high):
            guard let actual else { return shown }
            return (low.map { actual >= $0 } ?? true) && (high.map { actual <= $0 } ?? true) ? nil : shown
        case .text: return "a number (the expectation gives text)"
        }
    }

    enum DatePart { case whole, earliest, latest }

    /// "2020-03-04" is that day exactly; "2020-07" and "2020" hold the date within
    /// them; "2020-03-02/2020-03-03" is that range exactly.
    static func checkDate(_ actual: ResolvedDate?, _ expected: ExpectedValue, part: DatePart) -> String? {
        let shown = actual.map(describe) ?? "nothing"
        if case .null = expected { return actual == nil ? nil : shown }
        guard case .text(let options) = expected else { return "a date (the expectation gives a number)" }
        guard let actual else { return shown }
        for option in options {
            guard let pattern = DatePattern(option) else { return "a date (the expectation \"\(option)\" is not a date)" }
            let matches: Bool =
                switch part {
                case .earliest: pattern.holds(actual.earliest)
                case .latest: pattern.holds(actual.latest)
                case .whole:
                    pattern.isExact
                        ? actual.earliest == pattern.first && actual.latest == pattern.last
                        : pattern.holds(actual.earliest) && pattern.holds(actual.latest)
                }
            if matches { return nil }
        }
        return shown
    }

    /// ISO codes of the countries the fixtures name, for matching state actors by code.
    static let countryCodes: [String: String] = [
        "afghanistan": "AFG", "united states": "USA", "ukraine": "UKR", "russia": "RUS", "yemen": "YEM", "colombia": "COL",
        "myanmar": "MMR", "syria": "SYR", "turkey": "TUR", "sudan": "SDN", "armenia": "ARM", "azerbaijan": "AZE",
        "mali": "MLI", "saudi arabia": "SAU", "qatar": "QAT", "pakistan": "PAK", "france": "FRA",
    ]
    /// CAMEO roles that make a country code a state actor (government, army, police, …).
    static let stateRoles: Set<String> = ["", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"]

    static func checkActor(_ actual: CodedActor?, _ expected: ExpectedValue) -> String? {
        let shown = actual.map(describe) ?? "nothing"
        if case .null = expected { return actual == nil ? nil : shown }
        guard case .text(let options) = expected else { return "an actor (the expectation gives a number)" }
        guard let actual else { return shown }
        for option in options where actorMatches(actual, option) { return nil }
        return shown
    }

    /// `"actors": ["Houthis|Ansar Allah", "Yemen"]`: the two actors of a mutual act
    /// ("fought", "signed", "spoke"), in either order; `|` separates alternatives.
    static func checkActorsInEitherOrder(_ first: CodedActor?, _ second: CodedActor?, _ expected: ExpectedValue) -> String? {
        let shown = "\(first.map(describe) ?? "nothing") and \(second.map(describe) ?? "nothing")"
        guard case .text(let pair) = expected, pair.count == 2 else { return "two actors (the expectation does not give two)" }
        let wanted = pair.map { $0.split(separator: "|").map { String($0) } }
        func matches(_ actor: CodedActor?, _ options: [String]) -> Bool {
            guard let actor else { return false }
            return options.contains { actorMatches(actor, $0) }
        }
        let inOrder = matches(first, wanted[0]) && matches(second, wanted[1])
        let reversed = matches(first, wanted[1]) && matches(second, wanted[0])
        return inOrder || reversed ? nil : shown
    }

    /// "Taliban" matches the actor named "Taliban" and the coder's compound names for
    /// its people ("Taliban gunman", "Taliban negotiator"), not "Tehrik-i-Taliban Pakistan".
    static func actorMatches(_ actor: CodedActor, _ option: String) -> Bool {
        let name = actor.name.lowercased()
        let wanted = option.lowercased()
        if name == wanted || name.hasPrefix(wanted + " ") { return true }
        guard let code = actor.code else { return false }
        if option.count >= 3, option.allSatisfy({ $0.isUppercase && $0.isLetter }) { return code.hasPrefix(option) }
        guard let country = countryCodes[option.lowercased()], code.hasPrefix(country) else { return false }
        return stateRoles.contains(String(code.dropFirst(3).prefix(3)))
    }

    // MARK: - Messages

    static func describe(_ date: ResolvedDate) -> String {
        date.isSingleDay
            ? "\(date.earliest.iso) (\(date.precision.rawValue))" : "\(date.earliest.iso)…\(date.latest.iso) (\(date.precision.rawValue))"
    }

    static func describe(_ actor: CodedActor) -> String {
        "\(actor.name)" + (actor.code.map { " [\($0)]" } ?? "")
    }

    static func abbreviated(_ text: String, limit: Int = 120) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }

    static func describe(_ event: CodedEvent, in text: ScalarText) -> String {
        let fatalities = [event.fatalities.low, event.fatalities.best, event.fatalities.high].map { $0.map(String.init) ?? "-" }
        let location = [event.location.country, event.location.admin1, event.location.place].map { $0 ?? "-" }
        return "event \(event.code) \(event.actor1.map(describe) ?? "-") → \(event.actor2.map(describe) ?? "-")"
            + " date \(event.date.map(describe) ?? "-") \(event.modality.rawValue)"
            + " acled \(event.acledEventType ?? "-")/\(event.acledSubEventType ?? "-") at \(location.joined(separator: "/"))"
            + " killed \(fatalities.joined(separator: "/")) count \(event.count.map(String.init) ?? "-")"
            + " detained \(event.detained.map(String.init) ?? "-")"
            + " in \"\(abbreviated(text.slice(event.span) ?? "<span outside the text>"))\""
    }

    static func describe(_ claim: CodedClaim, in text: ScalarText) -> String {
        "claim \(claim.speaker) \(claim.verb) \"\(abbreviated(claim.quote, limit: 80))\" \(claim.modality.rawValue)"
            + " date \(claim.date.map(describe) ?? "-")"
            + " in \"\(abbreviated(text.slice(claim.span) ?? "<span outside the text>"))\""
    }

    static func describe(_ figure: CodedFigure, in text: ScalarText) -> String {
        "figure \(figure.indicator) = \(ExpectedValue.format(figure.value)) \(figure.kind.rawValue)"
            + " refers to \(figure.refersTo.map(describe) ?? "-") actor \(figure.actor.map(describe) ?? "-")"
            + " in \"\(abbreviated(text.slice(figure.span) ?? "<span outside the text>"))\""
    }
}

/// A date as an expectation writes it.
struct DatePattern {
    var first: Day
    var last: Day
    /// A day or an explicit range must be met exactly; a month or year only holds the date.
    var isExact: Bool

    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let first = Day(iso: parts[0]), let last = Day(iso: parts[1]), first <= last else { return nil }
            (self.first, self.last, isExact) = (first, last, true)
            return
        }
        let pieces = text.split(separator: "-").map { Int($0) }
        guard parts.count == 1, !pieces.contains(where: { $0 == nil }) else { return nil }
        let numbers = pieces.compactMap { $0 }
        switch numbers.count {
        case 3:
            guard let day = Day(iso: text) else { return nil }
            (first, last, isExact) = (day, day, true)
        case 2:
            guard let start = Day(year: numbers[0], month: numbers[1], day: 1) else { return nil }
            (first, last, isExact) = (start, start.lastOfMonth, false)
        case 1:
            guard let start = Day(year: numbers[0], month: 1, day: 1), let end = Day(year: numbers[0], month: 12, day: 31) else {
                return nil
            }
            (first, last, isExact) = (start, end, false)
        default:
            return nil
        }
    }

    func holds(_ day: Day) -> Bool { first <= day && day <= last }
}

/// Pairs each expectation with a distinct record, greedily, most specific expectation first.
enum GreedyMatcher {
    struct Miss {
        /// Index of the expectation in the list given.
        var index: Int
        var expectation: RecordExpectation
        /// The records that came closest: fewest mismatching fields first.
        var closest: [(record: Int, mismatches: [FieldMismatch])]
    }

    /// The expectations no free record matched, with the closest records for each.
    static func misses(
        _ expectations: [RecordExpectation], recordCount: Int, mismatches: (RecordExpectation, Int) -> [FieldMismatch]
    ) -> [Miss] {
        var used = Set<Int>()
        var misses: [Miss] = []
        let order = expectations.indices.sorted { expectations[$0].fields.count > expectations[$1].fields.count }
        for index in order {
            let expectation = expectations[index]
            let scored = (0..<recordCount).map { (record: $0, mismatches: mismatches(expectation, $0)) }
            if let match = scored.first(where: { $0.mismatches.isEmpty && !used.contains($0.record) }) {
                used.insert(match.record)
                continue
            }
            let closest = scored.sorted { $0.mismatches.count < $1.mismatches.count }.prefix(3)
            misses.append(Miss(index: index, expectation: expectation, closest: Array(closest)))
        }
        return misses
    }
}
