/// One provision of an agreement: what it says, who it binds, and how to check it.
public struct Provision: Hashable, Sendable, Codable {
    /// Unique within the agreement; other provisions and readings refer to it.
    public var id: String
    /// The provision's words, verbatim or paraphrased.
    public var text: String
    /// Actor or group ids the provision binds.
    public var bound: [String]
    /// Actor or group ids the provision protects or benefits.
    public var beneficiaries: [String]
    /// What must (not) happen and how it is checked.
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

    /// A provision as given; `AgreementLoader` validates an agreement's provisions, this does not.
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

    /// How a provision is checked, with the parameters of each kind.
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

        /// The kind's name as agreement files and assessments write it.
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
    /// The first day of the prohibition.
    public var start: DateExpression
    /// The last day of the prohibition; nil for open-ended.
    public var end: DateExpression?
    /// Which events the prohibition forbids.
    public var scope: EventScope
    /// An indicator of counts reported without a perpetrator ("1,200 ceasefire violations in the region",
    /// format version 2): a count above zero in the scope's area, in the window, violates it too; nil
    /// when only events count.
    public var counts: String?

    /// A prohibition of `scope` from `start` to `end`, and of counts of `counts` in its area when given.
    public init(start: DateExpression, end: DateExpression? = nil, scope: EventScope, counts: String? = nil) {
        self.start = start
        self.end = end
        self.scope = scope
        self.counts = counts
    }
}

/// Something must happen by `due`: an event matching `event`, or an
/// observation of `observation` meeting its condition. Either suffices.
public struct Obligation: Hashable, Sendable, Codable {
    /// The first day something counts; nil counts anything up to `due`.
    public var start: DateExpression?
    /// The day by which it must have happened; nil for an obligation without a deadline
    /// (`due: none`): pending until done, never overdue.
    public var due: DateExpression?
    /// Events that fulfil the obligation; nil when only an observation can.
    public var event: EventScope?
    /// A reported value that fulfils the obligation; nil when only an event can.
    public var observation: IndicatorCondition?

    /// An obligation due on `due`, met by `event` or `observation` (give at least one).
    public init(start: DateExpression? = nil, due: DateExpression?, event: EventScope? = nil, observation: IndicatorCondition? = nil) {
        self.start = start
        self.due = due
        self.event = event
        self.observation = observation
    }
}

/// An indicator must meet `condition` by `due` (US troops `<= 8600`).
public struct Target: Hashable, Sendable, Codable {
    /// The first day an observation counts; nil counts anything up to `due`.
    public var start: DateExpression?
    /// The day by which the indicator must meet the condition.
    public var due: DateExpression
    /// The condition the indicator's reported value must meet.
    public var condition: IndicatorCondition

    /// A target: `condition` met by `due`.
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
    /// The first day the state must hold.
    public var start: DateExpression
    /// The last day the state must hold; nil for open-ended.
    public var end: DateExpression?
    /// The condition the indicator's latest reported values must meet on each day.
    public var condition: IndicatorCondition

    /// A state: `condition` held from `start` to `end` (open-ended when nil).
    public init(start: DateExpression, end: DateExpression? = nil, condition: IndicatorCondition) {
        self.start = start
        self.end = end
        self.condition = condition
    }
}

/// Violence in `window` must fall by at least `reduction` (a fraction) against
/// `baseline`, judged with a Poisson rate-ratio test at `confidence`.
public struct Rate: Hashable, Sendable, Codable {
    /// The days whose violence must have fallen.
    public var window: DateWindow
    /// The days violence is compared with.
    public var baseline: DateWindow
    /// The fraction by which the window's daily rate must fall, e.g. 0.8.
    public var reduction: Double
    /// The confidence level of the test, e.g. 0.95.
    public var confidence: Double
    /// Which events count as violence.
    public var scope: EventScope
    /// An indicator of counts reported without a perpetrator (format version 2): when given, the rate is
    /// judged on the counts reported in the scope's area instead of on events, over the days reported.
    public var counts: String?

    /// A rate provision; `confidence` defaults to 0.95; judged on `counts` instead of events when given.
    public init(
        window: DateWindow, baseline: DateWindow, reduction: Double, confidence: Double = 0.95, scope: EventScope, counts: String? = nil
    ) {
        self.window = window
        self.baseline = baseline
        self.reduction = reduction
        self.confidence = confidence
        self.scope = scope
        self.counts = counts
    }
}

/// The days from `start` to `end`, both included.
public struct DateWindow: Hashable, Sendable, Codable {
    /// The first day of the window.
    public var start: DateExpression
    /// The last day of the window, included.
    public var end: DateExpression

    /// A window from `start` to `end`.
    public init(start: DateExpression, end: DateExpression) {
        self.start = start
        self.end = end
    }
}

/// A condition on an indicator's reported value: `troop_level` of `USA` `<= 8600`.
public struct IndicatorCondition: Hashable, Sendable, Codable {
    /// The indicator's name, as observations give it (`troop_level`).
    public var indicator: String
    /// Whose value (an observation's `actor`); any when nil.
    public var actor: String?
    /// How the reported value is compared with `value`.
    public var comparison: Comparison
    /// The value to compare with; unused when `reference` gives it.
    public var value: Double
    /// An indicator whose reports give the value to compare with instead of `value`, as another party
    /// reported it for the same actor (format version 2, `">= reported prisoners_held"`): "all for all"
    /// compares what each side released with what the other side said it held. On each day, the latest
    /// report of it on or before that day, for `actor`, whose `reported_by` names someone other than `actor`.
    public var reference: String?

    /// The condition `indicator` (of `actor`, any when nil) `comparison` `value`, or `comparison` the
    /// latest value of `reference` that another party reported for `actor`.
    public init(indicator: String, actor: String? = nil, comparison: Comparison, value: Double, reference: String? = nil) {
        self.indicator = indicator
        self.actor = actor
        self.comparison = comparison
        self.value = value
        self.reference = reference
    }

    /// Whether the reported value `observed` meets the condition.
    public func isMet(by observed: Double) -> Bool { comparison.holds(observed, value) }

    /// A comparison between a reported value and the condition's value, written as in agreement files.
    public enum Comparison: String, Hashable, Sendable, Codable, CaseIterable {
        case lessOrEqual = "<="
        case less = "<"
        case greaterOrEqual = ">="
        case greater = ">"
        case equal = "=="

        /// Whether `lhs` (the reported value) compares with `rhs` (the condition's value) this way.
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

/// A party's public interpretation of a provision: of the events it covers ("the Taliban promised to
/// reduce attacks on Afghan forces too") and, in format version 2, of any other field — a date, the
/// condition, who is bound, who an actor is. Each field given replaces the text's; a field left out
/// is read as the text has it.
public struct Reading: Hashable, Sendable, Codable {
    /// The reading's name, unique within the provision (`usa`, `taliban`); `text` is the plain text's.
    public var name: String
    /// The actor id whose reading this is.
    public var party: String?
    /// Where the reading was stated, in words.
    public var statedIn: String?
    /// The events the provision covers under this reading, in place of the plain text's scope; nil
    /// reads them as the text does.
    public var scope: EventScope?
    /// The first day, read differently; nil as the text has it.
    public var start: DateExpression?
    /// The deadline (an obligation's or target's `due`), read differently.
    public var due: DateExpression?
    /// The last day (a prohibition's or maintained state's `end`), read differently.
    public var end: DateExpression?
    /// The indicator condition (of a target, a maintained state or an obligation's observation), read differently.
    public var condition: IndicatorCondition?
    /// The provisions this one depends on, read differently (`[]`: it depends on none).
    public var requires: [String]?
    /// Who is bound, read differently: the acting side of every scope and the actor of every indicator
    /// condition; on a provision on `each` of several actors, the members.
    public var bound: [String]?
    /// Who an actor is, read differently: for each actor id, the names it goes by under this reading,
    /// in place of its aliases (patterns as in the agreement's actors).
    public var actors: [String: [String]]

    /// A reading named `name`; each field given replaces the text's.
    public init(
        name: String, party: String? = nil, statedIn: String? = nil, scope: EventScope? = nil, start: DateExpression? = nil,
        due: DateExpression? = nil, end: DateExpression? = nil, condition: IndicatorCondition? = nil, requires: [String]? = nil,
        bound: [String]? = nil, actors: [String: [String]] = [:]
    ) {
        self.name = name
        self.party = party
        self.statedIn = statedIn
        self.scope = scope
        self.start = start
        self.due = due
        self.end = end
        self.condition = condition
        self.requires = requires
        self.bound = bound
        self.actors = actors
    }
}

/// A deadline moved by a later arrangement: from `agreed` on, the provision is due on `due`.
public struct DeadlineExtension: Hashable, Sendable, Codable {
    /// The new deadline, from `agreed` on.
    public var due: DateExpression
    /// The day the extension was agreed; before it, the earlier deadline applied.
    public var agreed: Day
    /// The arrangement, in words ("Azerbaijan agreed at Armenia's request, 15 November 2020").
    public var by: String

    /// A deadline moved to `due` by the arrangement `by`, agreed on `agreed`.
    public init(due: DateExpression, agreed: Day, by: String) {
        self.due = due
        self.agreed = agreed
        self.by = by
    }
}
