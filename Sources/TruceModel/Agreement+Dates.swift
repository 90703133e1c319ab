extension Agreement {
    /// Resolves a date expression against the signing date and the other
    /// provisions' dates.
    ///
    /// - Throws: ``TruceError`` with code `invalidAgreement` when the
    ///   expression names an unknown provision or field, or when references
    ///   form a cycle (`a.due = b.due + 1d`, `b.due = a.due`).
    public func resolve(_ expression: DateExpression) throws -> Day {
        var visiting: [String] = []
        return try resolve(expression, visiting: &visiting)
    }

    /// The day a provision starts to apply: its window's or scope's start,
    /// else the signing date.
    public func startDay(of provision: Provision) throws -> Day {
        var visiting: [String] = []
        return try day(of: provision, field: "start", visiting: &visiting)
    }

    /// The day a provision is due (obligation, target), or its window's last
    /// day (rate, prohibition with an end); `nil` for an open-ended prohibition.
    public func dueDay(of provision: Provision) throws -> Day? {
        var visiting: [String] = []
        return try optionalDay(of: provision, field: "due", visiting: &visiting)
    }

    /// The fields a date expression may name on a provision.
    public static let dateFields = ["start", "due", "end"]

    private func resolve(_ expression: DateExpression, visiting: inout [String]) throws -> Day {
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
            guard let day = try optionalDay(of: other, field: field, visiting: &visiting) else {
                throw TruceError(.invalidAgreement, "provision '\(id)' has no \(field) date to refer to")
            }
            base = day
        }
        return expression.offset?.apply(to: base) ?? base
    }

    private func day(of provision: Provision, field: String, visiting: inout [String]) throws -> Day {
        guard let day = try optionalDay(of: provision, field: field, visiting: &visiting) else {
            throw TruceError(.invalidAgreement, "provision '\(provision.id)' has no \(field) date")
        }
        return day
    }

    private func optionalDay(of provision: Provision, field: String, visiting: inout [String]) throws -> Day? {
        let key = "\(provision.id).\(field)"
        if visiting.contains(key) {
            throw TruceError(.invalidAgreement, "dates refer to each other in a cycle: \((visiting + [key]).joined(separator: " → "))")
        }
        visiting.append(key)
        defer { visiting.removeLast() }
        guard let expression = try expression(of: provision, field: field) else {
            return field == "start" ? signed : nil
        }
        return try resolve(expression, visiting: &visiting)
    }

    private func expression(of provision: Provision, field: String) throws -> DateExpression? {
        switch (provision.kind, field) {
        case (.prohibition(let p), "start"): return p.start
        case (.prohibition(let p), "due"), (.prohibition(let p), "end"): return p.end
        case (.obligation(let o), "start"): return o.start
        case (.obligation(let o), "due"), (.obligation(let o), "end"): return o.due
        case (.target(let t), "start"): return t.start
        case (.target(let t), "due"), (.target(let t), "end"): return t.due
        case (.rate(let r), "start"): return r.window.start
        case (.rate(let r), "due"), (.rate(let r), "end"): return r.window.end
        default:
            throw TruceError(.invalidAgreement, "unknown date field '\(field)' (use start, due or end)")
        }
    }
}
