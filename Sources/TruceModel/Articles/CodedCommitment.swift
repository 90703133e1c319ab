/// Who owes what by when, as one sentence states it: "the US will reduce its forces to 8,600
/// within 135 days", "the Taliban will not allow al-Qaeda to use Afghan soil".
///
/// A commitment is a promise or an undertaking, never an act: it is what a provision of an
/// agreement reads like in the news, and what a monitor checks acts against later.
public struct CodedCommitment: Hashable, Sendable, Codable {
    /// The side that owes the act (the subject of "will", "agreed to", …); nil when the sentence names none.
    public var obligor: CodedActor?
    /// The kind of act owed, as a plain verb class ("withdraw", "release", "negotiate", …).
    public var act: CommitmentAct
    /// The verb as written ("reduce", "released").
    public var verb: String
    /// The words that say the commitment ("will", "agreed to", "will not").
    public var modal: String
    /// What the act is done to, as written after the verb up to the deadline or the clause's end
    /// ("its forces to 8,600"); nil when nothing follows.
    public var object: String?
    /// Whether the act is forbidden rather than owed ("will not allow", "pledged to prevent"): a prohibition.
    public var negated: Bool
    /// Whether the sentence undertakes the act ("will", "agreed to") or only recommends it ("should", "ought to").
    public var strength: CommitmentStrength
    /// The time by which the act is owed; nil when the sentence gives none.
    public var deadline: CommitmentDeadline?
    /// The sentence the commitment came from.
    public var span: TextSpan
    /// 0…1: how sure the coder is, from how much of the commitment the sentence states.
    public var confidence: Double
    /// The ids of the agreement's provisions the commitment matches, when coded with an agreement.
    public var provisions: [String]

    /// A commitment of `act` (by `obligor` when known) from the sentence at `span`.
    public init(
        obligor: CodedActor?, act: CommitmentAct, verb: String, modal: String, object: String? = nil, negated: Bool = false,
        strength: CommitmentStrength = .undertaking, deadline: CommitmentDeadline? = nil, span: TextSpan, confidence: Double,
        provisions: [String] = []
    ) {
        self.obligor = obligor
        self.act = act
        self.verb = verb
        self.modal = modal
        self.object = object
        self.negated = negated
        self.strength = strength
        self.deadline = deadline
        self.span = span
        self.confidence = confidence
        self.provisions = provisions
    }

    private enum CodingKeys: String, CodingKey {
        case obligor, act, verb, modal, object, negated, strength, deadline, span, confidence, provisions
    }

    /// Decodes a commitment; one written before strengths were coded is an undertaking, as every commitment then was.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        obligor = try container.decodeIfPresent(CodedActor.self, forKey: .obligor)
        act = try container.decode(CommitmentAct.self, forKey: .act)
        verb = try container.decode(String.self, forKey: .verb)
        modal = try container.decode(String.self, forKey: .modal)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        negated = try container.decode(Bool.self, forKey: .negated)
        strength = try container.decodeIfPresent(CommitmentStrength.self, forKey: .strength) ?? .undertaking
        deadline = try container.decodeIfPresent(CommitmentDeadline.self, forKey: .deadline)
        span = try container.decode(TextSpan.self, forKey: .span)
        confidence = try container.decode(Double.self, forKey: .confidence)
        provisions = try container.decode([String].self, forKey: .provisions)
    }
}

/// How strongly a sentence binds its obligor to the act.
public enum CommitmentStrength: String, Hashable, Sendable, Codable, CaseIterable {
    /// The act is undertaken or owed: "will", "shall", "must", "is to", "agreed to", "pledged to".
    case undertaking
    /// The act is only recommended: "should", "ought to". Nobody has undertaken it, so it restates no provision.
    case recommendation
}

/// The classes of acts that agreements and statements commit parties to.
public enum CommitmentAct: String, Hashable, Sendable, Codable, CaseIterable {
    /// Withdraw, reduce or pull out forces.
    case withdraw
    /// Release prisoners, hostages or detainees.
    case release
    /// Begin, hold or join talks.
    case negotiate
    /// Cease fire, stop fighting, observe a truce.
    case ceaseFire = "cease_fire"
    /// Attack, strike or fight (usually owed negated: a prohibition).
    case attack
    /// Allow or let others do something (usually owed negated: "will not allow").
    case allow
    /// Reduce violence (not stop it).
    case reduceViolence = "reduce_violence"
    /// Provide or let in aid.
    case provideAid = "provide_aid"
    /// Disarm or demobilise fighters.
    case disarm

    /// The CAMEO code of the act owed, when CAMEO has one (the act itself, not the intent to do it).
    public var cameo: String? {
        switch self {
        case .withdraw: "0874"
        case .release: "0841"
        case .negotiate: "046"
        case .ceaseFire: "0871"
        case .attack: "190"
        case .allow, .reduceViolence: nil
        case .provideAid: "070"
        case .disarm: "0873"
        }
    }
}

/// The time a commitment is due, as the text gives it, resolved to days.
public struct CommitmentDeadline: Hashable, Sendable, Codable {
    /// The days the act is due by: one day ("by 10 March"), or a stretch whose last day is the
    /// deadline ("by July"); the last day counts.
    public var date: ResolvedDate
    /// The phrase as written ("within 135 days", "no later than 10 March").
    public var text: String
    /// For a time counted from a date ("within 135 days"): how long, and from when; nil for a date named outright.
    public var relative: RelativeDeadline?

    /// A deadline of `date`, written `text`, counted as `relative` when it is.
    public init(date: ResolvedDate, text: String, relative: RelativeDeadline? = nil) {
        self.date = date
        self.text = text
        self.relative = relative
    }

    /// The day the act is due: the last day the phrase allows.
    public var due: Day { date.latest }
}

/// A deadline counted from a date: "within 135 days of the signing".
public struct RelativeDeadline: Hashable, Sendable, Codable {
    /// What the time is counted from.
    public enum Base: String, Hashable, Sendable, Codable, CaseIterable {
        /// The article's publication date (the text names no other).
        case publication
        /// The signing of the agreement the article was coded with.
        case signing
    }

    /// How many units.
    public var amount: Int
    /// The unit: days, weeks, months or years.
    public var unit: DateExpression.Offset.Unit
    /// What the time counts from.
    public var base: Base
    /// The day it counts from.
    public var from: Day

    /// `amount` `unit` counted from `from`, which is `base`.
    public init(amount: Int, unit: DateExpression.Offset.Unit, base: Base, from: Day) {
        self.amount = amount
        self.unit = unit
        self.base = base
        self.from = from
    }
}
