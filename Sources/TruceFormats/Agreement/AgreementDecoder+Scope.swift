import TruceModel
import Yams

extension AgreementDecoder {
    static let scopeKeys = [
        "actor1", "actor2", "between", "event_types", "sub_event_types", "countries", "admin1", "min_fatalities", "dates",
        "admin2", "places", "exclude", "within",
    ]
    /// The keys that format version 2 added to scopes.
    static let version2ScopeKeys = ["admin2", "places", "exclude", "within"]

    /// An event scope; every actor id in it must be a defined actor or group.
    func decodeScope(_ node: Node, _ what: String, excluding: Bool = false) -> EventScope? {
        let shape = "a mapping of criteria such as actor1, actor2, event_types, countries"
        guard let fields = fields(of: node, what, allowed: Self.scopeKeys, shape: shape) else { return nil }
        var valid = true
        func actors(_ key: String) -> [String] {
            guard let entry = optional(fields, key, in: what) else { return [] }
            guard let items = list(entry.value, "'\(key)' of \(what)") else {
                valid = false
                return []
            }
            for item in items { checkActor(item.value, at: item.node, in: "'\(key)' of \(what)") }
            return items.map(\.value)
        }
        func values(_ key: String) -> [String] {
            guard let entry = optional(fields, key, in: what) else { return [] }
            guard let items = list(entry.value, "'\(key)' of \(what)") else {
                valid = false
                return []
            }
            return items.map(\.value)
        }
        for entry in fields.entries where Self.version2ScopeKeys.contains(entry.key) {
            if !needsVersion2("'\(entry.key)' in \(what)", at: entry.keyNode) { valid = false }
        }
        var scope = EventScope(
            actor1: actors("actor1"), actor2: actors("actor2"), eventTypes: values("event_types"),
            subEventTypes: values("sub_event_types"), countries: values("countries"), admin1: values("admin1"),
            admin2: values("admin2"), places: values("places"))
        if let entry = optional(fields, "within", in: what), version >= 2 {
            if let zone = decodeZone(entry.value, "'within' of \(what)") { scope.within = zone } else { valid = false }
        }
        if let entry = optional(fields, "exclude", in: what), version >= 2 {
            if excluding {
                report("'exclude' cannot be nested inside another 'exclude' in \(what); list every exclusion in the outer one", at: entry.keyNode)
                valid = false
            } else {
                let items: [Node] = if case .sequence(let sequence) = entry.value { Array(sequence) } else { [entry.value] }
                for item in items {
                    if let excluded = decodeScope(item, "'exclude' of \(what)", excluding: true) {
                        scope.exclude.append(excluded)
                    } else {
                        valid = false
                    }
                }
            }
        }
        if let entry = optional(fields, "between", in: what) {
            if let between = decodeBetween(entry.value, "'between' of \(what)") {
                scope.between = between
            } else {
                valid = false
            }
        }
        if let entry = optional(fields, "min_fatalities", in: what) {
            let value = integer(entry.value, "'min_fatalities' of \(what)", example: "1")
            if let value, value < 0 {
                report("'min_fatalities' of \(what) is \(value); it must be 0 or more", at: entry.value)
            }
            if let value, value >= 0 { scope.minFatalities = value } else { valid = false }
        }
        if let entry = optional(fields, "dates", in: what) {
            let value = string(entry.value, "'dates' of \(what)")
            if let value, let certainty = EventScope.DateCertainty(rawValue: value) {
                scope.dates = certainty
            } else {
                if let value {
                    let suggestion = AgreementSuggestion.didYouMean(value, among: EventScope.DateCertainty.allCases.map(\.rawValue))
                    report(
                        "'dates' of \(what) is '\(value)'\(suggestion); use 'certain' (the event's whole date span lies in the window) "
                            + "or 'possible' (some day of it does)",
                        at: entry.value)
                }
                valid = false
            }
        }
        if fields.entries.contains(where: { !Self.scopeKeys.contains($0.key) }) { valid = false }
        return valid ? scope : nil
    }

    /// Exactly two lists of actor or group ids.
    private func decodeBetween(_ node: Node, _ what: String) -> [[String]]? {
        let shape = "two lists of actor or group ids, e.g. [[TALIBAN], [COALITION, AFGHAN_STATE]]"
        guard case .sequence(let sequence) = node, sequence.count == 2 else {
            let found = if case .sequence(let sequence) = node { "a list of \(sequence.count)" } else { describe(node) }
            report("\(what) must be \(shape), not \(found)", at: node)
            return nil
        }
        var sides: [[String]] = []
        for side in sequence {
            guard let items = list(side, "each side of \(what)") else { return nil }
            if items.isEmpty {
                report("a side of \(what) is empty; name at least one actor or group", at: side)
                return nil
            }
            for item in items { checkActor(item.value, at: item.node, in: what) }
            sides.append(items.map(\.value))
        }
        return sides
    }
}
