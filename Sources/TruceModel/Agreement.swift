/// A peace agreement or ceasefire as an analyst encodes it: its parties,
/// the actors that evidence names, and its provisions.
public struct Agreement: Hashable, Sendable, Codable {
    /// A short stable id, used in reports and exports (`doha-2020`).
    public var id: String
    /// The agreement's title for people.
    public var title: String
    /// The day it was signed: `signed` in date expressions counts from it.
    public var signed: Day
    /// Actor ids of the signatories.
    public var parties: [String]
    /// Every actor the provisions or readings name, with the names evidence uses for it.
    public var actors: [ActorDefinition]
    /// Named sets of actors, usable wherever an actor id is.
    public var groups: [ActorGroup]
    /// The provisions, in the order the agreement gives them.
    public var provisions: [Provision]
    /// What actors other than the parties do for the agreement: guarantors, mediators, monitors.
    public var roles: [RoleAssignment]
    /// The IANA time zone in which evidence about the agreement is dated (`Asia/Baku`); times of day
    /// written in another zone are converted to it. Nil when no time of day needs converting.
    public var timeZone: String?
    /// When and why the agreement stopped applying; nothing is judged after that day.
    public var ended: Ending?
    /// Earlier agreements this one amends, extends or renews, by id.
    public var links: [AgreementLink]

    /// An agreement as given; `AgreementLoader` validates a file's agreement, this does not.
    public init(
        id: String, title: String, signed: Day, parties: [String], actors: [ActorDefinition],
        groups: [ActorGroup] = [], provisions: [Provision], roles: [RoleAssignment] = [], timeZone: String? = nil,
        ended: Ending? = nil, links: [AgreementLink] = []
    ) {
        self.ended = ended
        self.links = links
        self.id = id
        self.title = title
        self.signed = signed
        self.parties = parties
        self.actors = actors
        self.groups = groups
        self.provisions = provisions
        self.roles = roles
        self.timeZone = timeZone
    }

    /// The actors that hold `role`.
    public func actors(in role: ActorRole) -> [String] { roles.filter { $0.roles.contains(role) }.map(\.actor) }

    /// The provision `id`, or nil when the agreement has none by that id.
    public func provision(_ id: String) -> Provision? { provisions.first { $0.id == id } }
}

/// An actor the agreement speaks of, with the names under which it appears in
/// data sets and text. An alias ending in `*` matches any name with that prefix
/// ("Military Forces of Afghanistan*" matches "Military Forces of Afghanistan (2004-2021)").
///
/// `codes` are data-set actor codes, `DATASET:CODE` (`gdelt:AFGTAL`, `ucdp:303`),
/// matched exactly against an event side's ``EventActor/code``.
public struct ActorDefinition: Hashable, Sendable, Codable {
    /// The id provisions and groups use for the actor (`USA`).
    public var id: String
    /// The actor's name for people.
    public var name: String
    /// Names under which the actor appears in data sets and text; a trailing `*` matches by prefix.
    public var aliases: [String]
    /// Data-set actor codes, `DATASET:CODE`, matched exactly.
    public var codes: [String]

    /// An actor with its names and codes.
    public init(id: String, name: String, aliases: [String] = [], codes: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.codes = codes
    }
}

/// A named set of actors or other groups (COALITION = USA + NATO allies).
public struct ActorGroup: Hashable, Sendable, Codable {
    /// The id provisions use for the group (`COALITION`).
    public var id: String
    /// Actor or group ids in the group; a group may contain groups.
    public var members: [String]

    /// A group `id` of `members`.
    public init(id: String, members: [String]) {
        self.id = id
        self.members = members
    }
}

/// The roles one actor holds in an agreement besides (or instead of) being a party.
public struct RoleAssignment: Hashable, Sendable, Codable {
    /// The id of the actor (or group) that holds the roles.
    public var actor: String
    /// The roles it holds in the agreement.
    public var roles: [ActorRole]

    /// `actor` holding `roles`.
    public init(actor: String, roles: [ActorRole]) {
        self.actor = actor
        self.roles = roles
    }
}

/// What a non-signatory (or a signatory, in addition) does for an agreement.
public enum ActorRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Answers for the agreement's implementation (Russia in the 2020 Karabakh statement).
    case guarantor
    /// Brought the parties to agree.
    case mediator
    /// Observes and reports on implementation; its reports verify.
    case monitor
    /// Hosts or supports the talks.
    case facilitator
    /// Signs as a witness.
    case witness
}

/// The end of an agreement: the last day it applied and why it stopped.
public struct Ending: Hashable, Sendable, Codable {
    /// The last day the agreement applied; nothing after it is judged.
    public var day: Day
    /// Why it stopped applying, in words for people.
    public var reason: String

    /// An ending on `day`, for `reason`.
    public init(day: Day, reason: String) {
        self.day = day
        self.reason = reason
    }
}

/// A link to an earlier agreement (`amends: minsk-2014`): recorded and shown with the assessment.
public struct AgreementLink: Hashable, Sendable, Codable {
    /// How this agreement relates to the other one.
    public var relation: Relation
    /// The other agreement's id.
    public var agreement: String

    /// A link of kind `relation` to the agreement whose id is `agreement`.
    public init(relation: Relation, agreement: String) {
        self.relation = relation
        self.agreement = agreement
    }

    /// How an agreement relates to an earlier one: it amends, extends or renews it.
    public enum Relation: String, Hashable, Sendable, Codable, CaseIterable {
        case amends, extends, renews
    }
}
