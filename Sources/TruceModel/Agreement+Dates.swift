extension Agreement {
    /// The day a provision was actually done, or nil while it is not; what the evidence tells the
    /// evaluator for dates written relative to a completion (`withdrawal.done + 5d`).
    public typealias Completion = (_ provision: String) throws -> Day?

    /// Resolves a date expression against the signing date and the other
    /// provisions' dates. Resolving many dates, keep one ``AgreementDates``: it remembers each.
    ///
    /// - Throws: ``TruceError`` with code `invalidAgreement` when the
    ///   expression names an unknown provision or field, or when references
    ///   form a cycle (`a.due = b.due + 1d`, `b.due = a.due`), or when it
    ///   depends on a provision's completion, which only the evidence can tell
    ///   (use ``resolve(_:completion:)``).
    public func resolve(_ expression: DateExpression) throws -> Day {
        try AgreementDates(self).resolve(expression)
    }

    /// Resolves a date expression whose anchors may include a provision's completion
    /// (`withdrawal.done + 5d`), asking `completion` for the day it was done.
    ///
    /// - Returns: the day, or nil while a completion it depends on has not happened.
    /// - Throws: as ``resolve(_:)`` for unknown provisions, fields and cycles.
    public func resolve(_ expression: DateExpression, completion: @escaping Completion) throws -> Day? {
        try AgreementDates(self, completion: completion).resolveIfKnown(expression)
    }

    /// The day a provision starts to apply: its window's or scope's start,
    /// else the signing date.
    public func startDay(of provision: Provision) throws -> Day {
        try AgreementDates(self).startDay(of: provision)
    }

    /// The day a provision is due (obligation, target), or its window's last
    /// day (rate, prohibition or maintain with an end); `nil` for an open-ended
    /// prohibition or maintain and an obligation without a deadline.
    public func dueDay(of provision: Provision) throws -> Day? {
        try AgreementDates(self).dueDay(of: provision)
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
