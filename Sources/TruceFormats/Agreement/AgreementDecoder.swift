import Foundation
import TruceModel
import Yams

/// Walks a composed YAML document and builds an ``Agreement``, collecting
/// every problem with its line and column instead of stopping at the first.
///
/// Reading happens in two stages: the walk over the nodes (this file and the
/// `AgreementDecoder+…` extensions) checks shapes, types and local values and
/// records references; the checks in `AgreementDecoder+References.swift` then
/// resolve references across the whole document (requirements, date anchors).
final class AgreementDecoder {
    let file: String
    private(set) var errors: [TruceError] = []
    /// What is allowed but probably a mistake (a deadline before the signing).
    private(set) var warnings: [TruceError] = []

    /// Every actor id defined under `actors`, even ones whose definition is broken,
    /// so that one broken definition does not turn every use of the id into an error.
    var actorIds: [String] = [] { didSet { knownActorIds = Set(actorIds) } }
    var groupIds: [String] = [] { didSet { knownGroupIds = Set(groupIds) } }
    /// The same ids as sets, so that checking each reference takes constant time.
    private(set) var knownActorIds: Set<String> = []
    private(set) var knownGroupIds: Set<String> = []
    var provisions: [ProvisionDraft] = []
    var dateSites: [DateSite] = []
    /// The file's format version (`truce:`), 1 until read.
    var version = 1
    /// The agreement's `time_zone`, once read: times of day in other zones are converted to it.
    var timeZone: String?

    init(file: String) {
        self.file = file
    }

    /// The errors in file order, each reported once.
    var sortedErrors: [TruceError] {
        var seen = Set<TruceError>()
        let unique = errors.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { lhs, rhs in
            let l = (lhs.element.location?.line ?? 0, lhs.element.location?.column ?? 0, lhs.offset)
            let r = (rhs.element.location?.line ?? 0, rhs.element.location?.column ?? 0, rhs.offset)
            return l < r
        }.map(\.element)
    }

    // MARK: - Recorded parts

    /// A provision as read, kept even when incomplete so that references to
    /// it and its requirements can still be checked.
    struct ProvisionDraft {
        var id: String?
        var node: Node
        var idNode: Node?
        var kind: KindName?
        var requires: [(id: String, node: Node)] = []
        /// The provisions its readings say it depends on instead.
        var readingRequires: [(id: String, node: Node)] = []
        /// Nil when something required is missing or wrong (already reported).
        var provision: Provision?
    }

    /// Where a date expression was written, for checks that need the whole agreement.
    struct DateSite {
        var expression: DateExpression
        var node: Node
        var provision: Int
        /// `start`, `due`, `end`, `window.start`, `window.end`, `baseline.start` or `baseline.end`.
        var role: String
        var day: Day?
    }

    enum KindName: String, CaseIterable {
        case prohibition, obligation, target, rate, maintain
    }

    /// A mapping's entries with their key nodes, in file order.
    struct Fields {
        var node: Node
        var entries: [Entry]

        func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
    }

    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    // MARK: - Reporting

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func report(_ message: String, at node: Node) {
        errors.append(TruceError(.invalidAgreement, message, at: location(of: node)))
    }

    func warn(_ message: String, at node: Node) {
        warnings.append(TruceError(.invalidAgreement, message, at: location(of: node)))
    }

    // MARK: - Reading nodes

    /// How a node looks, for messages that say what was found instead.
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar): return isNull(node) ? "nothing" : "'\(scalar.string)'"
        case .alias: return "an alias"
        }
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The node as a mapping whose keys are all in `allowed` (any key when nil,
    /// for mappings keyed by ids); unknown keys are reported with the closest
    /// known key, or with `explain(key)` when that has something better to say
    /// (a key that belongs to another kind of provision).
    func fields(
        of node: Node, _ what: String, allowed: [String]?, shape: String, explain: (String) -> String? = { _ in nil }
    ) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report("\(what) must be \(shape), not \(describe(node))", at: node)
            return nil
        }
        var entries: [Entry] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                report("keys in \(what) must be plain names, not \(describe(keyNode))", at: keyNode)
                continue
            }
            entries.append(Entry(key: key.string, keyNode: keyNode, value: value))
        }
        guard let allowed else { return Fields(node: node, entries: entries) }
        for entry in entries where !allowed.contains(entry.key) {
            if let explanation = explain(entry.key) {
                report(explanation, at: entry.keyNode)
            } else {
                let suggestion = AgreementSuggestion.didYouMean(entry.key, among: allowed)
                let known = allowed.joined(separator: ", ")
                report("unknown key '\(entry.key)' in \(what)\(suggestion); the keys here are \(known)", at: entry.keyNode)
            }
        }
        return Fields(node: node, entries: entries)
    }

    /// The entry for `key`, or nil (reported) when it is missing or empty.
    func required(_ fields: Fields, _ key: String, in what: String, hint: String) -> Entry? {
        guard let entry = fields.entry(key) else {
            report("\(what) has no '\(key)'; \(hint)", at: fields.node)
            return nil
        }
        guard !isNull(entry.value) else {
            report("'\(key)' in \(what) has no value; \(hint)", at: entry.keyNode)
            return nil
        }
        return entry
    }

    /// The entry for `key` when present; an empty value is reported and counts as absent.
    func optional(_ fields: Fields, _ key: String, in what: String) -> Entry? {
        guard let entry = fields.entry(key) else { return nil }
        guard !isNull(entry.value) else {
            report("'\(key)' in \(what) has no value; give one or remove the line", at: entry.keyNode)
            return nil
        }
        return entry
    }

    /// A scalar's text (YAML may have typed it as a number or a timestamp; the text is what was written).
    func string(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            report("\(what) must be a single value, not \(describe(node))", at: node)
            return nil
        }
        return scalar.string
    }

    /// A non-empty text, with surrounding whitespace removed (folded blocks end in a newline).
    func text(_ node: Node, _ what: String) -> String? {
        guard let value = string(node, what) else { return nil }
        let trimmed = String(DateExpressionParser.trim(value))
        guard !trimmed.isEmpty else {
            report("\(what) is empty", at: node)
            return nil
        }
        return trimmed
    }

    /// A list of texts; a single text stands for a list of one.
    func list(_ node: Node, _ what: String) -> [(value: String, node: Node)]? {
        let items: [Node]
        switch node {
        case .scalar: items = [node]
        case .sequence(let sequence): items = Array(sequence)
        default:
            report("\(what) must be a list such as [A, B], not \(describe(node))", at: node)
            return nil
        }
        var values: [(value: String, node: Node)] = []
        var valid = true
        for item in items {
            guard case .scalar(let scalar) = item, !isNull(item) else {
                report("each entry of \(what) must be a single value, not \(describe(item))", at: item)
                valid = false
                continue
            }
            let value = String(DateExpressionParser.trim(scalar.string))
            guard !value.isEmpty else {
                report("\(what) has an empty entry", at: item)
                valid = false
                continue
            }
            values.append((value, item))
        }
        return valid ? values : nil
    }

    /// A finite number.
    func number(_ node: Node, _ what: String, example: String) -> Double? {
        guard let value = string(node, what) else { return nil }
        guard let number = Double(value), number.isFinite else {
            report("\(what) must be a number such as \(example), not '\(value)'", at: node)
            return nil
        }
        return number
    }

    /// A whole number.
    func integer(_ node: Node, _ what: String, example: String) -> Int? {
        guard let value = string(node, what) else { return nil }
        guard let number = Int(value) else {
            report("\(what) must be a whole number such as \(example), not '\(value)'", at: node)
            return nil
        }
        return number
    }

    /// Whether `id` has the form of an id: lowercase ids for the agreement and
    /// provisions (they end up in file names and URLs), any case for actors.
    func checkIdentifier(_ id: String, at node: Node, _ what: String, lowercase: Bool) -> Bool {
        let valid =
            !id.isEmpty
            && id.allSatisfy { character in
                DateExpressionParser.isIdentifierCharacter(character) && !(lowercase && character.isUppercase)
            }
        if !valid {
            let allowed = lowercase ? "lowercase letters, digits, '-' and '_'" : "letters, digits, '-' and '_'"
            report("'\(id)' is not a valid \(what): use only \(allowed)", at: node)
        }
        return valid
    }

    /// A plain day, `YYYY-MM-DD` (a signing, an end, the day an extension was agreed).
    func plainDay(_ entry: Entry, _ what: String) -> Day? {
        guard let text = string(entry.value, "'\(entry.key)' of \(what)") else { return nil }
        do {
            return try DateExpressionParser.day(from: DateExpressionParser.trim(text))
        } catch {
            report("\(error.message) ('\(entry.key)' of \(what))", at: entry.value)
            return nil
        }
    }

    /// A date expression, recorded so that its references can be resolved once the whole agreement is known.
    func date(_ entry: Entry, _ what: String, provision: Int, role: String) -> DateExpression? {
        guard let value = string(entry.value, "'\(entry.key)' in \(what)") else { return nil }
        var expression: DateExpression
        do {
            expression = try DateExpressionParser.expression(from: value)
        } catch {
            report("\(error.message) ('\(entry.key)' in \(what))", at: entry.value)
            return nil
        }
        if let time = expression.time {
            guard needsVersion2("a time of day ('\(DateExpressionParser.trim(value))' in '\(entry.key)' of \(what))", at: entry.value),
                let converted = convert(time, on: expression, at: entry.value)
            else { return nil }
            expression = converted
        }
        if expression.completionOf != nil, !needsVersion2("a date relative to a completion ('\(value)' in \(what))", at: entry.value) {
            return nil
        }
        dateSites.append(DateSite(expression: expression, node: entry.value, provision: provision, role: role))
        return expression
    }

    /// The expression with its time of day as a minute of the day in the agreement's `time_zone`
    /// (the day may change: 00:00 Moscow is 21:00 UTC the day before).
    private func convert(_ time: TimeOfDay, on expression: DateExpression, at node: Node) -> DateExpression? {
        guard case .absolute(let day) = expression.anchor else { return expression }
        if let zone = time.zone, !checkTimeZone(zone, at: node) { return nil }
        guard let written = time.zone ?? timeZone, let target = timeZone, written != target,
            let from = TimeZone(identifier: written), let to = TimeZone(identifier: target)
        else { return expression }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = from
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute)
        guard let instant = calendar.date(from: parts) else { return expression }
        calendar.timeZone = to
        let local = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        guard let year = local.year, let month = local.month, let date = local.day, let localDay = Day(year: year, month: month, day: date)
        else { return expression }
        var converted = expression
        converted.anchor = .absolute(localDay)
        converted.time?.minuteOfDay = (local.hour ?? 0) * 60 + (local.minute ?? 0)
        return converted
    }
}
