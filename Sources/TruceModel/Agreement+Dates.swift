extension Agreement {
    /// The day a provision was actually done, or nil while it is not; what the evidence tells the
    /// evaluator for dates written relative to a completion (`withdrawal.done + 5d`).
    public typealias Completion = (_ provision: String) throws -> Day?

    /// Resolves a date expression against the signing date and the other
    /// provisions' dates.
    ///
    /// - Throws: ``TruceError`` with code `invalidAgreement` when the
    ///   expression names an unknown provision or field, or when references
    ///   form a cycle (`a.due = b.due + 1d`, `b.due = a.due`), or when it
    ///   depends on a provision's completion, which only the evidence can tell
    ///   (use ``resolve(_:completion:)``).
    public func resolve(_ expression: DateExpression) throws -> Day {
        var visiting: [String] = []
        guard let day = try resolve(expression, completion: nil, visiting: &visiting) else {
            throw TruceError(.invalidAgreement, "date '\(expression)' depends on a provision's completion")
        }
        return day
    }

    /// Resolves a date expression whose anchors may include a provision's completion
    /// (`withdrawal.done + 5d`), asking `completion` for the day it was done.
    ///
    /// - Returns: the day, or nil while a completion it depends on has not happened.
    /// - Throws: as ``resolve(_:)`` for unknown provisions, fields and cycles.
    public func resolve(_ expression: DateExpression, completion: Completion) throws -> Day? {
        var visiting: [String] = []
        return try withoutActuallyEscaping(completion) { completion in
            try resolve(expression, completion: completion, visiting: &visiting)
        }
    }

    /// The day a provision starts to apply: its window's or scope's start,
    /// else the signing date.
    public func startDay(of provision: Provision) throws -> Day {
        var visiting: [String] = []
        return try day(of: provision, field: "start", visiting: &visiting)
    }

    /// The day a provision is due (obligation, target), or its window's last
    /// day (rate, prohibition or maintain with an end); `nil` for an open-ended
    /// prohibition or maintain and an obligation without a deadline.
    public func dueDay(of provision: Provision) throws -> Day? {
        var visiting: [String] = []
        return try optionalDay(of: provision, field: "due", completion: nil, visiting: &visiting)
    }

    /// The fields a date expression may name on a provision; `done` is format version 2.
    public static let dateFields = ["start", "due", "end", DateExpression.doneField]

    /// Whether a provision of this kind can be done, so that a date may count from its completion:
    /// obligations and targets.
    public static func canBeDone(_ kind: Provision.Kind) -> Bool {
        switch kind {
        case .obligation, .target: true
        case .prohibition, .rate, .maintain: false
        }
    }

    private func resolve(_ expression: DateExpression, completion: Completion?, visiting: inout [String]) throws -> Day? {
        let base: Day
        switch expression.anchor {
        case .absolute(let day):
            base = day
        case .signed:
            base = signed
        case .provision(let id, let field):
            guard let other = provision(id) else {
                throw TruceError(.invalidAgreement, "date refers to unknown provision '\(id)'")
            }
            if field == DateExpression.doneField {
                guard Self.canBeDone(other.kind) else {
                    throw TruceError(
                        .invalidAgreement, "provision '\(id)' is a \(other.kind.name), which is never done; only obligations and targets are")
                }
                guard let completion else { return nil }
                guard let day = try completion(id) else { return nil }
                base = day
            } else {
                guard let day = try optionalDay(of: other, field: field, completion: completion, visiting: &visiting) else {
                    throw TruceError(.invalidAgreement, "provision '\(id)' has no \(field) date to refer to")
                }
                base = day
            }
        }
        return expression.offset?.apply(to: base) ?? base
    }

    private func day(of provision: Provision, field: String, visiting: inout [String]) throws -> Day {
        guard let day = try optionalDay(of: provision, field: field, completion: nil, visiting: &visiting) else {
            throw TruceError(.invalidAgreement, "provision '\(provision.id)' has no \(field) date")
        }
        return day
    }

    private func optionalDay(of provision: Provision, field: String, completion: Completion?, visiting: inout [String]) throws -> Day? {
        let key = "\(provision.id).\(field)"
        if visiting.contains(key) {
            throw TruceError(.invalidAgreement, "dates refer to each other in a cycle: \((visiting + [key]).joined(separator: " → "))")
        }
        visiting.append(key)
        defer { visiting.removeLast() }
        guard let expression = try expression(of: provision, field: field) else {
            return field == "start" ? signed : nil
        }
        return try resolve(expression, completion: completion, visiting: &visiting)
    }

    /// The expression behind a provision's field, or nil when the provision has none.
    public func expression(of provision: Provision, field: String) throws -> DateExpression? {
        switch (provision.kind, field) {
        case (.prohibition(let p), "start"): return p.start
        case (.prohibition(let p), "due"), (.prohibition(let p), "end"): return p.end
        case (.obligation(let o), "start"): return o.start
        case (.obligation(let o), "due"), (.obligation(let o), "end"): return o.due
        case (.target(let t), "start"): return t.start
        case (.target(let t), "due"), (.target(let t), "end"): return t.due
        case (.rate(let r), "start"): return r.window.start
        case (.rate(let r), "due"), (.rate(let r), "end"): return r.window.end
        case (.maintain(let m), "start"): return m.start
        case (.maintain(let m), "due"), (.maintain(let m), "end"): return m.end
        default:
            throw TruceError(.invalidAgreement, "unknown date field '\(field)' (use start, due or end)")
        }
    }
}
