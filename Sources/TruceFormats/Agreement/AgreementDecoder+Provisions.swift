import TruceModel
import Yams

extension AgreementDecoder {
    static let provisionKeys = ["id", "text", "kind", "bound", "beneficiaries", "requires", "each", "verified_by"]
    static let kindKeys: [KindName: [String]] = [
        .prohibition: ["start", "end", "scope", "counts", "readings"],
        .obligation: ["start", "due", "event", "observation", "readings", "extended"],
        .target: ["start", "due", "indicator", "actor", "condition", "extended", "readings"],
        .rate: ["window", "baseline", "reduction", "confidence", "scope", "counts", "readings"],
        .maintain: ["start", "end", "indicator", "actor", "condition", "readings"],
    ]
    static let windowKeys = ["start", "end"]
    static let observationKeys = ["indicator", "actor", "condition"]
    static let readingKeys = ["party", "stated_in", "scope", "start", "due", "end", "condition", "requires", "bound", "actors"]
    /// What a reading may read differently (format version 2 beyond `scope`), and the kinds that have each.
    static let readingFields: [String: [KindName]] = [
        "scope": [.prohibition, .rate, .obligation], "start": KindName.allCases, "due": [.obligation, .target],
        "end": [.prohibition, .rate, .maintain], "condition": [.target, .maintain, .obligation], "requires": KindName.allCases,
        "bound": KindName.allCases, "actors": KindName.allCases,
    ]

    static let kindHint = "use prohibition, obligation (or milestone), target, rate or maintain"

    func decodeProvisions(_ node: Node) {
        guard case .sequence(let sequence) = node else {
            report("'provisions' must be a list, each entry starting with '- id:', not \(describe(node))", at: node)
            return
        }
        if sequence.isEmpty {
            report("'provisions' is empty; an agreement needs at least one provision", at: node)
        }
        for item in sequence {
            provisions.append(ProvisionDraft(node: item))
            decodeProvision(item, index: provisions.count - 1)
        }
    }

    private func decodeProvision(_ node: Node, index: Int) {
        // The id and kind come first: they name the provision in every other
        // message and decide which keys are allowed.
        var what = "provision \(index + 1)"
        if case .mapping(let mapping) = node, let idNode = mapping["id"], case .scalar(let scalar) = idNode, !isNull(idNode) {
            what = "provision '\(scalar.string)'"
        }
        var kind: KindName?
        if case .mapping(let mapping) = node, let kindNode = mapping["kind"], case .scalar(let scalar) = kindNode {
            kind = scalar.string == "milestone" ? .obligation : KindName(rawValue: scalar.string)
        }
        let allowed = Self.provisionKeys + (kind.map { Self.kindKeys[$0] ?? [] } ?? Self.kindKeys.values.flatMap { $0 })
        let shape = "a mapping with id, text, kind and the keys of its kind"
        guard let fields = fields(of: node, what, allowed: allowed, shape: shape, explain: { self.misplaced($0, kind: kind, in: what) })
        else { return }

        if let entry = required(fields, "id", in: what, hint: "add e.g. 'id: troops-8600'"),
            let id = string(entry.value, "'id' of \(what)"),
            checkIdentifier(id, at: entry.value, "provision id", lowercase: true)
        {
            provisions[index].id = id
            provisions[index].idNode = entry.value
        }
        let text = required(fields, "text", in: what, hint: "add the provision's text, verbatim or paraphrased")
            .flatMap { self.text($0.value, "'text' of \(what)") }
        if let entry = required(fields, "kind", in: what, hint: Self.kindHint), let name = string(entry.value, "'kind' of \(what)"),
            kind == nil
        {
            let names = KindName.allCases.map(\.rawValue) + ["milestone"]
            let suggestion = AgreementSuggestion.didYouMean(name, among: names)
            report("unknown kind '\(name)' in \(what)\(suggestion); \(Self.kindHint)", at: entry.value)
        }
        let bound = actorList(fields, "bound", in: what)
        let beneficiaries = actorList(fields, "beneficiaries", in: what)
        if let entry = optional(fields, "requires", in: what), let items = list(entry.value, "'requires' of \(what)") {
            for item in items where checkIdentifier(item.value, at: item.node, "provision id", lowercase: true) {
                provisions[index].requires.append((item.value, item.node))
            }
        }
        var each: [String] = []
        if let entry = optional(fields, "each", in: what), needsVersion2("'each'", at: entry.keyNode),
            let items = list(entry.value, "'each' of \(what)")
        {
            for item in items { checkActor(item.value, at: item.node, in: "'each' of \(what)", groups: false) }
            if items.count < 2 {
                report("'each' of \(what) names \(items.count) actor; list two or more, or use 'bound' for one", at: entry.value)
            }
            each = items.map(\.value)
        }
        var verifiedBy: [String] = []
        if let entry = optional(fields, "verified_by", in: what), needsVersion2("'verified_by'", at: entry.keyNode),
            let items = list(entry.value, "'verified_by' of \(what)")
        {
            for item in items { checkActor(item.value, at: item.node, in: "'verified_by' of \(what)") }
            verifiedBy = items.map(\.value)
        }
        provisions[index].kind = kind

        guard let kind else { return }
        if kind == .maintain, let entry = fields.entry("kind"), !needsVersion2("kind 'maintain'", at: entry.value) { return }
        let decodedKind: Provision.Kind?
        switch kind {
        case .prohibition: decodedKind = decodeProhibition(fields, what, index)
        case .obligation: decodedKind = decodeObligation(fields, what, index)
        case .target: decodedKind = decodeTarget(fields, what, index)
        case .rate: decodedKind = decodeRate(fields, what, index)
        case .maintain: decodedKind = decodeMaintain(fields, what, index)
        }
        let hasScope = decodedKind.map { scope(of: $0) != nil } ?? true
        let readings = decodeReadings(fields, what, kind: kind, decoded: decodedKind, index: index, hasScope: hasScope)
        let extensions = decodeExtensions(fields, what, index)
        guard let id = provisions[index].id, let text, let bound, let beneficiaries, let decodedKind, let readings, let extensions
        else { return }
        provisions[index].provision = Provision(
            id: id, text: text, bound: bound, beneficiaries: beneficiaries, kind: decodedKind,
            requires: provisions[index].requires.map(\.id), readings: readings, each: each, extensions: extensions,
            verifiedBy: verifiedBy)
    }

    /// Why a key that other kinds use does not belong here, or nil for a plain unknown key.
    private func misplaced(_ key: String, kind: KindName?, in what: String) -> String? {
        guard let kind else { return nil }
        let owners = KindName.allCases.filter { Self.kindKeys[$0]?.contains(key) == true }.map(\.rawValue)
        guard !owners.isEmpty else { return nil }
        if key == "scope" && kind == .obligation {
            return "an obligation has no 'scope': write the events it requires under 'event' (\(what))"
        }
        if key == "readings" {
            return "'readings' does not apply to \(kind.rawValue.withIndefiniteArticle) provision: readings replace a scope of events, "
                + "and only prohibition, rate and obligation (with 'event') provisions have one (\(what))"
        }
        let belongs = owners.count > 1 ? owners.dropLast().joined(separator: ", ") + " and " + owners[owners.count - 1] : owners[0]
        return "'\(key)' does not apply to \(kind.rawValue.withIndefiniteArticle) provision (it belongs to \(belongs)); "
            + "the keys of \(kind.rawValue.withIndefiniteArticle) are \((Self.kindKeys[kind] ?? []).joined(separator: ", ")) (\(what))"
    }

    /// An optional list of actor or group ids; nil only when it is present and broken.
    private func actorList(_ fields: Fields, _ key: String, in what: String) -> [String]? {
        guard let entry = optional(fields, key, in: what) else { return fields.entry(key) == nil ? [] : nil }
        guard let items = list(entry.value, "'\(key)' of \(what)") else { return nil }
        for item in items { checkActor(item.value, at: item.node, in: "'\(key)' of \(what)") }
        return items.map(\.value)
    }

    // MARK: - Kinds

    private func decodeProhibition(_ fields: Fields, _ what: String, _ index: Int) -> Provision.Kind? {
        let start = required(fields, "start", in: what, hint: "a prohibition needs the day it starts, e.g. 'start: signed'")
            .flatMap { date($0, what, provision: index, role: "start") }
        let endEntry = optional(fields, "end", in: what)
        let end = endEntry.flatMap { date($0, what, provision: index, role: "end") }
        let scope = required(fields, "scope", in: what, hint: "a prohibition needs the events it forbids, e.g. 'scope: {actor1: [X]}'")
            .flatMap { decodeScope($0.value, "the scope of \(what)") }
        let counts = decodeCounts(fields, what)
        guard let start, endEntry == nil || end != nil, let scope, counts.valid else { return nil }
        return .prohibition(Prohibition(start: start, end: end, scope: scope, counts: counts.indicator))
    }

    private func decodeObligation(_ fields: Fields, _ what: String, _ index: Int) -> Provision.Kind? {
        let startEntry = optional(fields, "start", in: what)
        let start = startEntry.flatMap { date($0, what, provision: index, role: "start") }
        let dueEntry = required(fields, "due", in: what, hint: "an obligation needs the day it is due, e.g. 'due: signed + 10d', or 'due: none'")
        // `due: none`: an obligation without a deadline, pending until done and never overdue.
        let noDeadline =
            dueEntry.flatMap { entry in string(entry.value, "'due' in \(what)") }.map { DateExpressionParser.trim($0) == "none" } ?? false
        if noDeadline, let entry = dueEntry, !needsVersion2("'due: none'", at: entry.value) { return nil }
        let due = noDeadline ? nil : dueEntry.flatMap { date($0, what, provision: index, role: "due") }
        let eventEntry = optional(fields, "event", in: what)
        let event = eventEntry.flatMap { decodeScope($0.value, "the event of \(what)") }
        let observationEntry = optional(fields, "observation", in: what)
        let observation = observationEntry.flatMap { decodeObservation($0.value, "the observation of \(what)") }
        if fields.entry("event") == nil && fields.entry("observation") == nil {
            report(
                "\(what) says nothing that would fulfil it: add 'event' (a scope of events) "
                    + "or 'observation' (indicator and condition), or both",
                at: fields.node)
            return nil
        }
        guard startEntry == nil || start != nil, noDeadline || due != nil, eventEntry == nil || event != nil,
            observationEntry == nil || observation != nil
        else { return nil }
        return .obligation(Obligation(start: start, due: due, event: event, observation: observation))
    }

    private func decodeTarget(_ fields: Fields, _ what: String, _ index: Int) -> Provision.Kind? {
        let startEntry = optional(fields, "start", in: what)
        let start = startEntry.flatMap { date($0, what, provision: index, role: "start") }
        let due = required(fields, "due", in: what, hint: "a target needs the day it is due, e.g. 'due: signed + 135d'")
            .flatMap { date($0, what, provision: index, role: "due") }
        let condition = fixedCondition(decodeCondition(fields, what), fields, what)
        guard startEntry == nil || start != nil, let due, let condition else { return nil }
        return .target(Target(start: start, due: due, condition: condition))
    }

    private func decodeRate(_ fields: Fields, _ what: String, _ index: Int) -> Provision.Kind? {
        let windowHint = "a rate needs the window it judges, e.g. 'window: {start: signed, end: signed + 6d}'"
        let window = required(fields, "window", in: what, hint: windowHint).flatMap { decodeWindow($0, what, index) }
        let baselineHint = "a rate needs a baseline window before it, e.g. 'baseline: {start: 2020-01-01, end: 2020-02-21}'"
        let baseline = required(fields, "baseline", in: what, hint: baselineHint).flatMap { decodeWindow($0, what, index) }
        var reduction: Double?
        if let entry = required(fields, "reduction", in: what, hint: "add the fraction by which violence must fall, e.g. 'reduction: 0.3'"),
            let value = number(entry.value, "'reduction' of \(what)", example: "0.3")
        {
            if value >= 0 && value < 1 {
                reduction = value
            } else {
                report(
                    "'reduction' of \(what) is \(format(value)); it must be a fraction from 0 up to but not including 1, e.g. 0.3 for 30%",
                    at: entry.value)
            }
        }
        var confidence: Double? = 0.95
        if let entry = optional(fields, "confidence", in: what) {
            confidence = number(entry.value, "'confidence' of \(what)", example: "0.95")
            if let value = confidence, !(value > 0.5 && value < 1) {
                report("'confidence' of \(what) is \(format(value)); it must lie between 0.5 and 1 (both excluded), e.g. 0.95", at: entry.value)
                confidence = nil
            }
        } else if fields.entry("confidence") != nil {
            confidence = nil
        }
        let scope = required(fields, "scope", in: what, hint: "a rate needs the events it counts, e.g. 'scope: {actor1: [X]}'")
            .flatMap { decodeScope($0.value, "the scope of \(what)") }
        let counts = decodeCounts(fields, what)
        guard let window, let baseline, let reduction, let confidence, let scope, counts.valid else { return nil }
        return .rate(Rate(window: window, baseline: baseline, reduction: reduction, confidence: confidence, scope: scope, counts: counts.indicator))
    }

    /// `counts: ceasefire_violations`: an indicator of counts reported without a perpetrator (version 2);
    /// `valid` is false when it is present and broken (reported).
    private func decodeCounts(_ fields: Fields, _ what: String) -> (valid: Bool, indicator: String?) {
        guard let entry = optional(fields, "counts", in: what) else { return (fields.entry("counts") == nil, nil) }
        guard needsVersion2("'counts'", at: entry.keyNode), let indicator = text(entry.value, "'counts' of \(what)") else { return (false, nil) }
        return (true, indicator)
    }

    /// `extended: [{due: 2020-11-25, agreed: 2020-11-15, by: "..."}]`: deadlines moved by later arrangements.
    private func decodeExtensions(_ fields: Fields, _ what: String, _ index: Int) -> [DeadlineExtension]? {
        guard let entry = optional(fields, "extended", in: what) else { return fields.entry("extended") == nil ? [] : nil }
        guard needsVersion2("'extended'", at: entry.keyNode) else { return nil }
        let items: [Node] = if case .sequence(let sequence) = entry.value { Array(sequence) } else { [entry.value] }
        var extensions: [DeadlineExtension] = []
        var valid = true
        for item in items {
            let extensionWhat = "an extension of \(what)"
            guard let fields = self.fields(of: item, extensionWhat, allowed: ["due", "agreed", "by"], shape: "a mapping with due, agreed and by")
            else {
                valid = false
                continue
            }
            let due = required(fields, "due", in: extensionWhat, hint: "add the new deadline, e.g. 'due: 2020-11-25'")
                .flatMap { date($0, extensionWhat, provision: index, role: "extended.due") }
            let agreed = required(fields, "agreed", in: extensionWhat, hint: "add the day it was agreed, e.g. 'agreed: 2020-11-15'")
                .flatMap { plainDay($0, extensionWhat) }
            let by = required(fields, "by", in: extensionWhat, hint: "name the arrangement, e.g. 'by: exchange of letters, 15 November 2020'")
                .flatMap { text($0.value, "'by' of \(extensionWhat)") }
            guard let due, let agreed, let by else {
                valid = false
                continue
            }
            extensions.append(DeadlineExtension(due: due, agreed: agreed, by: by))
        }
        return valid ? extensions.sorted { $0.agreed < $1.agreed } : nil
    }

    private func decodeMaintain(_ fields: Fields, _ what: String, _ index: Int) -> Provision.Kind? {
        let start = required(fields, "start", in: what, hint: "a maintained state needs the day it must hold from, e.g. 'start: signed + 1d'")
            .flatMap { date($0, what, provision: index, role: "start") }
        let endEntry = optional(fields, "end", in: what)
        let end = endEntry.flatMap { date($0, what, provision: index, role: "end") }
        let condition = fixedCondition(decodeCondition(fields, what), fields, what)
        guard let start, endEntry == nil || end != nil, let condition else { return nil }
        return .maintain(Maintain(start: start, end: end, condition: condition))
    }

    /// A target's or maintained state's condition, which compares with a fixed value: a reported one
    /// ("all for all") belongs to an obligation's observation.
    private func fixedCondition(_ condition: IndicatorCondition?, _ fields: Fields, _ what: String) -> IndicatorCondition? {
        guard let condition, condition.reference != nil else { return condition }
        report(
            "\(what) compares with a reported value, which only an obligation's 'observation' can; give a number, e.g. \"<= 8600\"",
            at: fields.entry("condition")?.value ?? fields.node)
        return nil
    }

    private func decodeWindow(_ entry: Entry, _ provision: String, _ index: Int) -> DateWindow? {
        let what = "the \(entry.key) of \(provision)"
        guard let fields = fields(of: entry.value, what, allowed: Self.windowKeys, shape: "a mapping with 'start' and 'end'") else { return nil }
        let start = required(fields, "start", in: what, hint: "add its first day, e.g. 'start: 2020-02-22'")
            .flatMap { date($0, what, provision: index, role: "\(entry.key).start") }
        let end = required(fields, "end", in: what, hint: "add its last day, e.g. 'end: 2020-02-28'")
            .flatMap { date($0, what, provision: index, role: "\(entry.key).end") }
        guard let start, let end else { return nil }
        return DateWindow(start: start, end: end)
    }

    // MARK: - Conditions

    private func decodeObservation(_ node: Node, _ what: String) -> IndicatorCondition? {
        let shape = "a mapping with indicator, actor (optional) and condition"
        guard let fields = fields(of: node, what, allowed: Self.observationKeys, shape: shape) else { return nil }
        return decodeCondition(fields, what)
    }

    /// `indicator`, `actor` and `condition`, as a target or an obligation's observation has them.
    private func decodeCondition(_ fields: Fields, _ what: String) -> IndicatorCondition? {
        let indicator = required(fields, "indicator", in: what, hint: "add the indicator observed, e.g. 'indicator: troop_level'")
            .flatMap { text($0.value, "'indicator' of \(what)") }
        let actorEntry = optional(fields, "actor", in: what)
        let actor = actorEntry.flatMap { entry in
            string(entry.value, "'actor' of \(what)").map { id in
                checkActor(id, at: entry.value, in: "'actor' of \(what)")
                return id
            }
        }
        let condition = required(fields, "condition", in: what, hint: "add the value to reach, e.g. 'condition: \"<= 8600\"'")
            .flatMap { entry in string(entry.value, "'condition' of \(what)").flatMap { parseCondition($0, at: entry.value, what) } }
        guard let indicator, actorEntry == nil || actor != nil, let condition else { return nil }
        return IndicatorCondition(
            indicator: indicator, actor: actor, comparison: condition.comparison, value: condition.value, reference: condition.reference)
    }

    /// `<= 8600`, `>= 1`, `< 10`, `> 0`, `== 0`; the number may have thousands separators (`8,600`).
    /// The comparison and the value, or the indicator whose value another party reported (`>= reported prisoners_held`).
    func parseCondition(
        _ text: String, at node: Node, _ what: String
    ) -> (
        comparison: IndicatorCondition.Comparison, value: Double, reference: String?
    )? {
        let source = DateExpressionParser.trim(text)
        let help = "write an operator (<=, <, >=, >, ==) and a number, e.g. \"<= 8600\" or \">= 1\" (quote it: YAML reads a leading '>' as a block)"
        // Longest operators first, so that "<=" is not read as "<" followed by "=8600".
        let operators = IndicatorCondition.Comparison.allCases.sorted { $0.rawValue.count > $1.rawValue.count }
        guard let comparison = operators.first(where: { source.hasPrefix($0.rawValue) }) else {
            let hint =
                source.hasPrefix("=") || source.hasPrefix("≤") || source.hasPrefix("≥")
                ? " ('==', '<=' and '>=' are written with two ASCII characters)" : ""
            report("'\(text)' in \(what) is not a condition\(hint); \(help)", at: node)
            return nil
        }
        let numberText = DateExpressionParser.trim(source.dropFirst(comparison.rawValue.count))
        // `>= reported prisoners_held`: the value another party reported (version 2, "all for all").
        if numberText.hasPrefix("reported ") {
            let indicator = DateExpressionParser.trim(numberText.dropFirst("reported ".count))
            guard needsVersion2("a condition on a reported value ('\(text)')", at: node) else { return nil }
            guard !indicator.isEmpty, !indicator.contains(" ") else {
                report("'\(text)' in \(what) names no indicator after 'reported'; write e.g. \">= reported prisoners_held\"", at: node)
                return nil
            }
            return (comparison, 0, String(indicator))
        }
        guard let value = Self.number(withSeparators: numberText) else {
            report("'\(text)' in \(what) is not a condition: '\(numberText)' is not a number; \(help)", at: node)
            return nil
        }
        return (comparison, value, nil)
    }

    /// A decimal number, where commas may separate thousands (`8,600`, `1,000,000.5`) but nothing else.
    static func number(withSeparators text: Substring) -> Double? {
        let integerPart = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let unsigned = integerPart.hasPrefix("-") ? integerPart.dropFirst() : integerPart
        if unsigned.contains(",") {
            let groups = unsigned.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let plain = text.filter { $0 != "," }
        guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
            let value = Double(plain), value.isFinite
        else { return nil }
        return value
    }

    // MARK: - Readings

    private func decodeReadings(
        _ fields: Fields, _ what: String, kind: KindName, decoded: Provision.Kind?, index: Int, hasScope: Bool
    ) -> [Reading]? {
        guard let entry = optional(fields, "readings", in: what) else { return fields.entry("readings") == nil ? [] : nil }
        let shape = "a mapping from reading name to reading, e.g. 'usa: {party: USA, scope: {...}}'"
        guard let all = self.fields(of: entry.value, "the readings of \(what)", allowed: nil, shape: shape) else { return nil }
        // Version 1 readings replace a scope only; version 2 readings may read any field.
        if version < 2 && !hasScope {
            if kind == .target || kind == .maintain {
                report(
                    "'readings' does not apply to a \(kind.rawValue) provision in format version 1: readings replace a scope of events; "
                        + "write 'truce: 2' to read its dates, condition or who is bound differently (\(what))",
                    at: entry.keyNode)
            } else {
                report(
                    "\(what) has readings but no 'event' scope for them to replace; readings only apply to prohibitions, "
                        + "rates and obligations with 'event' (or, with 'truce: 2', read its dates, condition or who is bound)",
                    at: entry.keyNode)
            }
        }
        var readings: [Reading] = []
        var valid = version >= 2 || hasScope
        for reading in all.entries {
            if reading.key == Provision.textReading {
                report(
                    "a reading cannot be named '\(Provision.textReading)': that name is reserved for the plain text of the provision; "
                        + "name the reading after whose it is, e.g. 'usa'",
                    at: reading.keyNode)
                valid = false
                continue
            }
            guard checkIdentifier(reading.key, at: reading.keyNode, "reading name", lowercase: false),
                let decoded = decodeReading(reading, "reading '\(reading.key)' of \(what)", kind: kind, decoded: decoded, index: index)
            else {
                valid = false
                continue
            }
            readings.append(decoded)
        }
        return valid ? readings : nil
    }

    private func decodeReading(_ entry: Entry, _ what: String, kind: KindName, decoded: Provision.Kind?, index: Int) -> Reading? {
        let shape =
            "a mapping with party, stated_in and what the party reads differently: scope, start, due, end, condition, requires, bound or actors"
        guard let fields = fields(of: entry.value, what, allowed: Self.readingKeys, shape: shape) else { return nil }
        let partyEntry = optional(fields, "party", in: what)
        let party = partyEntry.flatMap { entry in
            string(entry.value, "'party' of \(what)").map { id in
                checkActor(id, at: entry.value, in: "'party' of \(what)", groups: false)
                return id
            }
        }
        let statedEntry = optional(fields, "stated_in", in: what)
        let statedIn = statedEntry.flatMap { text($0.value, "'stated_in' of \(what)") }
        var valid = partyEntry == nil || party != nil
        valid = valid && (statedEntry == nil || statedIn != nil)
        let read = fields.entries.filter { Self.readingFields[$0.key] != nil }
        if version < 2 {
            for field in read where field.key != "scope" { _ = needsVersion2("a reading's '\(field.key)'", at: field.keyNode) }
            if read.contains(where: { $0.key != "scope" }) { return nil }
            guard required(fields, "scope", in: what, hint: "a reading is a scope that replaces the provision's; add 'scope: {...}'") != nil
            else { return nil }
        } else if read.isEmpty {
            report(
                "\(what) reads nothing differently; give what the party reads otherwise: scope, start, due, end, condition, requires, "
                    + "bound or actors", at: fields.node)
            return nil
        }
        for field in read where !(Self.readingFields[field.key] ?? []).contains(kind) {
            report(
                "a reading's '\(field.key)' does not apply to \(kind.rawValue.withIndefiniteArticle) provision, which has none (\(what))",
                at: field.keyNode)
            valid = false
        }
        guard valid else { return nil }
        var reading = Reading(name: entry.key, party: party, statedIn: statedIn)
        if let field = optional(fields, "scope", in: what) {
            if case .obligation(let o) = decoded, o.event == nil {
                report("\(what) reads a scope, but the obligation has no 'event' scope for it to replace", at: field.keyNode)
                valid = false
            }
            reading.scope = decodeScope(field.value, "the scope of \(what)")
            valid = valid && reading.scope != nil
        }
        for role in ["start", "due", "end"] {
            guard let field = optional(fields, role, in: what) else { continue }
            let expression = date(field, what, provision: index, role: "readings.\(entry.key).\(role)")
            valid = valid && expression != nil
            switch role {
            case "start": reading.start = expression
            case "due": reading.due = expression
            default: reading.end = expression
            }
        }
        if let field = optional(fields, "condition", in: what) {
            reading.condition = decodeReadCondition(field, what, decoded: decoded)
            valid = valid && reading.condition != nil
        }
        if let field = optional(fields, "requires", in: what) {
            let items: [(value: String, node: Node)]?
            if case .sequence(let sequence) = field.value, sequence.isEmpty { items = [] } else { items = list(field.value, "'requires' of \(what)") }
            if let items {
                for item in items where checkIdentifier(item.value, at: item.node, "provision id", lowercase: true) {
                    provisions[index].readingRequires.append((item.value, item.node))
                }
                reading.requires = items.map(\.value)
            } else {
                valid = false
            }
        }
        if let field = optional(fields, "bound", in: what) {
            if let items = list(field.value, "'bound' of \(what)") {
                for item in items { checkActor(item.value, at: item.node, in: "'bound' of \(what)") }
                reading.bound = items.map(\.value)
            } else {
                valid = false
            }
        }
        if let field = optional(fields, "actors", in: what) {
            let actorsWhat = "'actors' of \(what)"
            let hint =
                "a mapping from actor id to the names it goes by under this reading, e.g. 'ARM: [\"Military Forces of Armenia*\", Artsakh Defence Army]'"
            if let all = self.fields(of: field.value, actorsWhat, allowed: nil, shape: hint) {
                for actor in all.entries {
                    checkActor(actor.key, at: actor.keyNode, in: actorsWhat, groups: false)
                    guard let names = list(actor.value, "the names of '\(actor.key)' in \(actorsWhat)") else {
                        valid = false
                        continue
                    }
                    for name in names where name.value == "*" || name.value.dropLast().contains("*") {
                        report(
                            "'\(name.value)' in \(actorsWhat) is not an alias pattern: '*' may only end a prefix, as in 'Military Forces of*'",
                            at: name.node)
                        valid = false
                    }
                    reading.actors[actor.key] = names.map(\.value)
                }
            } else {
                valid = false
            }
        }
        return valid ? reading : nil
    }

    /// A reading's `condition`: a comparison alone (`"<= 2500"`), read on the text's indicator and actor,
    /// or a mapping with indicator, actor and condition, as an obligation's observation has them.
    private func decodeReadCondition(_ entry: Entry, _ what: String, decoded: Provision.Kind?) -> IndicatorCondition? {
        if case .mapping = entry.value { return decodeObservation(entry.value, "the condition of \(what)") }
        let text: IndicatorCondition?
        switch decoded {
        case .target(let t): text = t.condition
        case .maintain(let m): text = m.condition
        case .obligation(let o): text = o.observation
        default: text = nil
        }
        guard let value = string(entry.value, "'condition' of \(what)"), let parsed = parseCondition(value, at: entry.value, what) else { return nil }
        guard let text else {
            if case .obligation = decoded {
                report(
                    "\(what) reads a condition, but the obligation has no 'observation'; give one, or write the reading's condition as "
                        + "'{indicator: ..., condition: \">= 1\"}'", at: entry.keyNode)
            }
            return nil
        }
        return IndicatorCondition(
            indicator: text.indicator, actor: text.actor, comparison: parsed.comparison, value: parsed.value, reference: parsed.reference)
    }

    private func scope(of kind: Provision.Kind) -> EventScope? {
        switch kind {
        case .prohibition(let p): p.scope
        case .rate(let r): r.scope
        case .obligation(let o): o.event
        case .target, .maintain: nil
        }
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
