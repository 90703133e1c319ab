/// One provision of an agreement: what it says, who it binds, and how to check it.
public struct Provision: Hashable, Sendable, Codable {
    public var id: String
    public var text: String
    /// Actor or group ids the provision binds.
    public var bound: [String]
    /// Actor or group ids the provision protects or benefits.
    public var beneficiaries: [String]
    public var kind: Kind
    /// Ids of provisions that must hold for this one to apply; a failed
    /// requirement makes this provision lapse, it does not violate it.
    public var requires: [String]
    /// Other public interpretations; the plain text is always the reading `text`.
    public var readings: [Reading]
    /// Actor ids each of which the provision binds on its own (`each: [A, B, C]`): it is judged once
    /// per member, with the member as the acting side of its scope and the actor of its indicator,
    /// and shown as the sum of them. Empty for a provision judged once.
    public var each: [String]
    /// Later arrangements that moved the deadline of an obligation or target, oldest first.
    public var extensions: [DeadlineExtension]
    /// Actors (monitors) whose reports verify that the provision is done; a party's own report alone
    /// makes it `declared`. Empty when any report will do.
    public var verifiedBy: [String]

    public init(
        id: String, text: String, bound: [String] = [], beneficiaries: [String] = [], kind: Kind,
        requires: [String] = [], readings: [Reading] = [], each: [String] = [], extensions: [DeadlineExtension] = [],
        verifiedBy: [String] = []
    ) {
        self.extensions = extensions
        self.verifiedBy = verifiedBy
        self.id = id
        self.text = text
        self.bound = bound
        self.beneficiaries = beneficiaries
        self.kind = kind
        self.requires = requires
        self.readings = readings
        self.each = each
    }

    /// The name of the reading that follows the plain text.
    public static let textReading = "text"

    public enum Kind: Hashable, Sendable, Codable {
        /// Events matching the scope must not occur in the window.
        case prohibition(Prohibition)
        /// An event or observation must occur by the due date.
        case obligation(Obligation)
        /// An indicator must reach a value by the due date.
        case target(Target)
        /// Violence in a window must fall by a fraction versus a baseline window.
        case rate(Rate)
        /// A state must hold from a date on (format version 2): an indicator's value, judged day by day.
        case maintain(Maintain)

        public var name: String {
            switch self {
            case .prohibition: "prohibition"
            case .obligation: "obligation"
            case .target: "target"
            case .rate: "rate"
            case .maintain: "maintain"
            }
        }
    }

    /// The scope of the plain text, for the kinds that have one.
    public var scope: EventScope? {
        switch kind {
        case .prohibition(let p): p.scope
        case .rate(let r): r.scope
        case .obligation(let o): o.event
        case .target, .maintain: nil
        }
    }
}

/// Events matching `scope` must not occur from `start` to `end` (open-ended when `end` is nil).
public struct Prohibition: Hashable, Sendable, Codable {
    public var start: DateExpression
    public var end: DateExpression?
    public var scope: EventScope

    public init(start: DateExpression, end: DateExpression? = nil, scope: EventScope) {
        self.start = start
        self.end = end
        self.scope = scope
    }
}

/// Something must happen by `due`: an event matching `event`, or an
/// observation of `observation` meeting its condition. Either suffices.
public struct Obligation: Hashable, Sendable, Codable {
    public var start: DateExpression?
    /// Nil for an obligation without a deadline (`due: none`): pending until done, never overdue.
    public var due: DateExpression?
    public var event: EventScope?
    public var observation: IndicatorCondition?

    public init(start: DateExpression? = nil, due: DateExpression?, event: EventScope? = nil, observation: IndicatorCondition? = nil) {
        self.start = start
        self.due = due
        self.event = event
        self.observation = observation
    }
}

/// An indicator must meet `condition` by `due` (US troops `<= 8600`).
public struct Target: Hashable, Sendable, Codable {
    public var start: DateExpression?
    public var due: DateExpression
    public var condition: IndicatorCondition

    public init(start: DateExpression? = nil, due: DateExpression, condition: IndicatorCondition) {
        self.start = start
        self.due = due
        self.condition = condition
    }
}

/// A state that must hold from `start` (to `end`, open-ended when nil): the latest reported values of
/// `condition`'s indicator meet it ("no more than 1,960 peacekeepers"). Judged day by day, so it can
/// go complied → violated → complied again.
public struct Maintain: Hashable, Sendable, Codable {
    public var start: DateExpression
    public var end: DateExpression?
    public var condition: IndicatorCondition

    public init(start: DateExpression, end: DateExpression? = nil, condition: IndicatorCondition) {
        self.start = start
        self.end = end
        self.condition = condition
    }
}

/// Violence in `window` must fall by at least `reduction` (a fraction) against
/// `baseline`, judged with a Poisson rate-ratio test at `confidence`.
public struct Rate: Hashable, Sendable, Codable {
    public var window: DateWindow
    public var baseline: DateWindow
    public var reduction: Double
    public var confidence: Double
    public var scope: EventScope

    public init(window: DateWindow, baseline: DateWindow, reduction: Double, confidence: Double = 0.95, scope: EventScope) {
        self.window = window
        self.baseline = baseline
        self.reduction = reduction
        self.confidence = confidence
        self.scope = scope
    }
}

public struct DateWindow: Hashable, Sendable, Codable {
    public var start: DateExpression
    public var end: DateExpression

    public init(start: DateExpression, end: DateExpression) {
        self.start = start
        self.end = end
    }
}

/// A condition on an indicator's reported value: `troop_level` of `USA` `<= 8600`.
public struct IndicatorCondition: Hashable, Sendable, Codable {
    public var indicator: String
    /// Whose value (an observation's `actor`); any when nil.
    public var actor: String?
    public var comparison: Comparison
    public var value: Double

    public init(indicator: String, actor: String? = nil, comparison: Comparison, value: Double) {
        self.indicator = indicator
        self.actor = actor
        self.comparison = comparison
        self.value = value
    }

    public func isMet(by observed: Double) -> Bool { comparison.holds(observed, value) }

    public enum Comparison: String, Hashable, Sendable, Codable, CaseIterable {
        case lessOrEqual = "<="
        case less = "<"
        case greaterOrEqual = ">="
        case greater = ">"
        case equal = "=="

        public func holds(_ lhs: Double, _ rhs: Double) -> Bool {
            switch self {
            case .lessOrEqual: lhs <= rhs
            case .less: lhs < rhs
            case .greaterOrEqual: lhs >= rhs
            case .greater: lhs > rhs
            case .equal: lhs == rhs
            }
        }
    }
}

/// A party's public interpretation of a provision, replacing its scope
/// ("the Taliban promised to reduce attacks on Afghan forces too").
public struct Reading: Hashable, Sendable, Codable {
    public var name: String
    /// The actor id whose reading this is.
    public var party: String?
    /// Where the reading was stated, in words.
    public var statedIn: String?
    public var scope: EventScope

    public init(name: String, party: String? = nil, statedIn: String? = nil, scope: EventScope) {
        self.name = name
        self.party = party
        self.statedIn = statedIn
        self.scope = scope
    }
}

/// A deadline moved by a later arrangement: from `agreed` on, the provision is due on `due`.
public struct DeadlineExtension: Hashable, Sendable, Codable {
    public var due: DateExpression
    /// The day the extension was agreed; before it, the earlier deadline applied.
    public var agreed: Day
    /// The arrangement, in words ("Azerbaijan agreed at Armenia's request, 15 November 2020").
    public var by: String

    public init(due: DateExpression, agreed: Day, by: String) {
        self.due = due
        self.agreed = agreed
        self.by = by
    }
}
