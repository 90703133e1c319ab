/// Resolves an agreement's dates, each provision's date once, without recursion.
///
/// A date may refer to another provision's date (`first.due + 2w`) or to its completion
/// (`withdrawal.done + 5d`), and a provision's date to another's, and so on: a chain of any
/// length. The chain is followed in a loop (no stack depth grows with it), provisions are
/// found through an index, and every date met on the way is remembered (with what it
/// failed with, unless that is a cycle, whose message depends on where the walk began), so
/// resolving all the dates of an agreement takes time linear in its size.
///
/// The day a provision was done comes from the `completion` given at creation, and is taken
/// as final: keep one `AgreementDates` for one pass over an agreement (a load, an evaluation)
/// and ask for a date only once the completions it counts from are known. It is not meant to
/// be shared between threads.
public final class AgreementDates {
    /// The agreement whose dates these are.
    public let agreement: Agreement
    private let completion: Agreement.Completion?
    private let index: [String: Int]

    /// What a provision's date (`id.field`) came to.
    private enum Outcome {
        case day(Day)
        /// The provision has no such date.
        case absent
        /// The date counts, directly or through other provisions' dates, from a completion that has not
        /// happened: not known yet, which is no error (the deadline has not arrived).
        case waiting
        case failed(TruceError)
    }

    /// Provision dates by `id.field`.
    private var memo: [String: Outcome] = [:]
    /// The provision whose completion a date (`id.field`) counts from, through any chain; `.some(nil)` for none.
    private var doneAnchors: [String: String?] = [:]

    /// - Parameters:
    ///   - completion: the day a provision was done, or nil while it is not; without it, a date that counts
    ///     from a completion is absent (``resolve(_:)`` throws, ``dueDay(of:)`` is nil).
    public init(_ agreement: Agreement, completion: Agreement.Completion? = nil) {
        self.agreement = agreement
        self.completion = completion
        var index: [String: Int] = [:]
        for (position, provision) in agreement.provisions.enumerated() where index[provision.id] == nil {
            index[provision.id] = position
        }
        self.index = index
    }

    /// The provision with this id (the first, if several share it).
    public func provision(_ id: String) -> Provision? {
        index[id].map { agreement.provisions[$0] }
    }

    /// The day `expression` stands for.
    ///
    /// - Throws: ``TruceError`` (`invalidAgreement`) when the expression names an unknown provision
    ///   or field, a provision without that date, when references form a cycle, or when it depends on
    ///   a completion that is unknown (see ``resolveIfKnown(_:)``).
    public func resolve(_ expression: DateExpression) throws -> Day {
        guard let day = try resolveIfKnown(expression) else {
            throw TruceError(.invalidAgreement, "date '\(expression)' depends on a provision's completion")
        }
        return day
    }

    /// The day `expression` stands for, or nil while a completion it counts from has not happened.
    ///
    /// - Throws: as ``resolve(_:)`` for unknown provisions, fields and cycles.
    public func resolveIfKnown(_ expression: DateExpression) throws -> Day? {
        try walk(from: nil, expression: expression)
    }

    /// The day a provision starts to apply: its window's or scope's start, else the signing date.
    public func startDay(of provision: Provision) throws -> Day {
        guard let day = try walk(from: (provision, "start"), expression: nil) else {
            throw TruceError(.invalidAgreement, "provision '\(provision.id)' has no start date")
        }
        return day
    }

    /// The day a provision is due, or its window's last day; `nil` for an open-ended prohibition or
    /// maintain, an obligation without a deadline, or a deadline counted from a completion not known.
    public func dueDay(of provision: Provision) throws -> Day? {
        try walk(from: (provision, "due"), expression: nil)
    }

    /// The provision whose completion `expression` counts from, directly or through other
    /// provisions' dates; nil when it counts from none (or its chain is broken: that is said elsewhere).
    public func doneAnchor(of expression: DateExpression) -> String? {
        var keys: [String] = []
        var seen = Set<String>()
        var current = expression
        var found: String?
        while case .provision(let id, let field) = current.anchor {
            if field == DateExpression.doneField {
                found = id
                break
            }
            let key = "\(id).\(field)"
            if let known = doneAnchors[key] {
                found = known
                break
            }
            guard seen.insert(key).inserted else { break }
            keys.append(key)
            guard let other = provision(id), let next = try? agreement.expression(of: other, field: field) else { break }
            current = next
        }
        for key in keys { doneAnchors[key] = .some(found) }
        return found
    }

    /// Follows the chain of references from `start` (a provision's date) or `expression` to a day that
    /// needs none, then applies the offsets back along the chain, remembering every date on it.
    private func walk(from start: (provision: Provision, field: String)?, expression: DateExpression?) throws -> Day? {
        /// Provision dates entered, in order (the path a cycle is named by), with how many offsets preceded each.
        var keys: [(key: String, id: String, field: String, offsets: Int)] = []
        var onPath = Set<String>()
        var offsets: [DateExpression.Offset?] = []
        var isCycle = false

        /// Enters `provision.field`: its expression, or how the walk ends there.
        enum Step {
            case next(DateExpression)
            case end(Outcome, id: String, field: String)
        }
        func enter(_ provision: Provision, _ field: String) throws -> Step {
            let key = "\(provision.id).\(field)"
            if let known = memo[key] { return .end(known, id: provision.id, field: field) }
            guard onPath.insert(key).inserted else {
                isCycle = true
                let cycle = keys.map(\.key) + [key]
                throw TruceError(.invalidAgreement, "dates refer to each other in a cycle: \(cycle.joined(separator: " → "))")
            }
            keys.append((key, provision.id, field, offsets.count))
            guard let expression = try agreement.expression(of: provision, field: field) else {
                let outcome: Outcome = field == "start" ? .day(agreement.signed) : .absent
                memo[key] = outcome
                return .end(outcome, id: provision.id, field: field)
            }
            return .next(expression)
        }

        func noDate(_ id: String, _ field: String) -> TruceError {
            TruceError(.invalidAgreement, "provision '\(id)' has no \(field) date to refer to")
        }

        do {
            var current: DateExpression
            if let start {
                switch try enter(start.provision, start.field) {
                case .next(let expression): current = expression
                case .end(let outcome, _, _): return try Self.day(outcome)
                }
            } else {
                current = expression!
            }
            // The date the chain ends in.
            var base: Day
            while true {
                offsets.append(current.offset)
                switch current.anchor {
                case .absolute(let day):
                    base = day
                case .signed:
                    base = agreement.signed
                case .provision(let id, let field):
                    guard let other = provision(id) else {
                        throw TruceError(.invalidAgreement, "date refers to unknown provision '\(id)'")
                    }
                    if field == DateExpression.doneField {
                        guard Agreement.canBeDone(other.kind) else {
                            throw TruceError(
                                .invalidAgreement, "provision '\(id)' is a \(other.kind.name), which is never done; only obligations and targets are")
                        }
                        guard let completion, let day = try completion(id) else {
                            // Every date on the way waits with it, however deep the reference.
                            for entry in keys { memo[entry.key] = .waiting }
                            return nil
                        }
                        base = day
                    } else {
                        switch try enter(other, field) {
                        case .next(let expression):
                            current = expression
                            continue
                        case .end(.day(let day), _, _):
                            base = day
                        case .end(.absent, let id, let field):
                            // Never the walk's start here: it was reached through a reference.
                            throw noDate(id, field)
                        case .end(.failed(let error), _, _):
                            throw error
                        case .end(.waiting, _, _):
                            for entry in keys where memo[entry.key] == nil { memo[entry.key] = .waiting }
                            return nil
                        }
                    }
                }
                break
            }
            var day = base
            var pending = keys.count - 1
            // A provision date without an expression (a start defaulting to the signing) was remembered on entry.
            while pending >= 0, keys[pending].offsets == offsets.count {
                pending -= 1
            }
            for step in stride(from: offsets.count - 1, through: 0, by: -1) {
                day = offsets[step]?.apply(to: day) ?? day
                while pending >= 0, keys[pending].offsets == step {
                    memo[keys[pending].key] = .day(day)
                    pending -= 1
                }
            }
            return day
        } catch let error as TruceError where !isCycle {
            for entry in keys where memo[entry.key] == nil { memo[entry.key] = .failed(error) }
            throw error
        }
    }

    private static func day(_ outcome: Outcome) throws -> Day? {
        switch outcome {
        case .day(let day): day
        case .absent, .waiting: nil
        case .failed(let error): throw error
        }
    }
}
