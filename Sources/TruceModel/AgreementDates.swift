/// Resolves an agreement's dates, each provision's date once, without recursion.
///
/// A date may refer to another provision's date (`first.due + 2w`), which may refer to
/// another, and so on: a chain of any length. The chain is followed in a loop (no stack
/// depth grows with it), provisions are found through an index, and every date met on
/// the way is remembered, so resolving all the dates of an agreement takes time linear
/// in its size. Keep one `AgreementDates` for one pass over an agreement (a load, an
/// evaluation); it is not meant to be shared between threads.
public final class AgreementDates {
    public let agreement: Agreement
    private let index: [String: Int]
    /// Resolved provision dates by `id.field`; `.some(nil)` for a date a provision lacks.
    private var memo: [String: Day?] = [:]

    public init(_ agreement: Agreement) {
        self.agreement = agreement
        var index: [String: Int] = [:]
        for (position, provision) in agreement.provisions.enumerated() where index[provision.id] == nil {
            index[provision.id] = position
        }
        self.index = index
    }

    /// The day `expression` stands for.
    ///
    /// - Throws: ``TruceError`` (`invalidAgreement`) when the expression names an unknown
    ///   provision or field, a provision without that date, or when references form a cycle.
    public func resolve(_ expression: DateExpression) throws -> Day {
        let base: Day
        switch expression.anchor {
        case .absolute(let day):
            base = day
        case .signed:
            base = agreement.signed
        case .provision(let id, let field):
            guard let position = index[id] else {
                throw TruceError(.invalidAgreement, "date refers to unknown provision '\(id)'")
            }
            guard let day = try optionalDay(of: agreement.provisions[position], field: field) else {
                throw TruceError(.invalidAgreement, "provision '\(id)' has no \(field) date to refer to")
            }
            base = day
        }
        return expression.offset?.apply(to: base) ?? base
    }

    /// The day a provision starts to apply: its window's or scope's start, else the signing date.
    public func startDay(of provision: Provision) throws -> Day {
        guard let day = try optionalDay(of: provision, field: "start") else {
            throw TruceError(.invalidAgreement, "provision '\(provision.id)' has no start date")
        }
        return day
    }

    /// The day a provision is due, or its window's last day; `nil` for an open-ended prohibition.
    public func dueDay(of provision: Provision) throws -> Day? {
        try optionalDay(of: provision, field: "due")
    }

    /// Follows the chain of references from `provision.field` to a day that needs none,
    /// then applies the offsets back along the chain, remembering every date on it.
    private func optionalDay(of provision: Provision, field: String) throws -> Day? {
        var chain: [String] = []
        var offsets: [DateExpression.Offset?] = []
        var onChain = Set<String>()
        var target = provision
        var targetField = field
        var base: Day?
        var endsInMemo = false
        walk: while true {
            let key = "\(target.id).\(targetField)"
            if let known = memo[key] {
                base = known
                endsInMemo = true
                if known == nil, !chain.isEmpty {
                    throw TruceError(.invalidAgreement, "provision '\(target.id)' has no \(targetField) date to refer to")
                }
                break
            }
            guard onChain.insert(key).inserted else {
                let cycle = chain + [key]
                throw TruceError(.invalidAgreement, "dates refer to each other in a cycle: \(cycle.joined(separator: " → "))")
            }
            chain.append(key)
            guard let expression = try Self.expression(of: target, field: targetField) else {
                base = targetField == "start" ? agreement.signed : nil
                break
            }
            offsets.append(expression.offset)
            switch expression.anchor {
            case .absolute(let day):
                base = day
                break walk
            case .signed:
                base = agreement.signed
                break walk
            case .provision(let id, let nextField):
                guard let position = index[id] else {
                    throw TruceError(.invalidAgreement, "date refers to unknown provision '\(id)'")
                }
                target = agreement.provisions[position]
                targetField = nextField
            }
        }
        guard var day = base else {
            if let last = chain.last { memo[last] = .some(nil) }
            if chain.count > 1 {
                throw TruceError(.invalidAgreement, "provision '\(target.id)' has no \(targetField) date to refer to")
            }
            return nil
        }
        if !endsInMemo, chain.count > offsets.count, let last = chain.last { memo[last] = day }
        for step in stride(from: offsets.count - 1, through: 0, by: -1) {
            day = offsets[step]?.apply(to: day) ?? day
            memo[chain[step]] = day
        }
        return day
    }

    /// The expression behind a provision's date field, `nil` when the provision has none.
    static func expression(of provision: Provision, field: String) throws -> DateExpression? {
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
