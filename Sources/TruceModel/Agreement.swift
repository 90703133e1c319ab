/// A peace agreement or ceasefire as an analyst encodes it: its parties,
/// the actors that evidence names, and its provisions.
public struct Agreement: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var signed: Day
    /// Actor ids of the signatories.
    public var parties: [String]
    public var actors: [ActorDefinition]
    public var groups: [ActorGroup]
    public var provisions: [Provision]

    public init(
        id: String, title: String, signed: Day, parties: [String], actors: [ActorDefinition],
        groups: [ActorGroup] = [], provisions: [Provision]
    ) {
        self.id = id
        self.title = title
        self.signed = signed
        self.parties = parties
        self.actors = actors
        self.groups = groups
        self.provisions = provisions
    }

    public func provision(_ id: String) -> Provision? { provisions.first { $0.id == id } }
}

/// An actor the agreement speaks of, with the names under which it appears in
/// data sets and text. An alias ending in `*` matches any name with that prefix
/// ("Military Forces of Afghanistan*" matches "Military Forces of Afghanistan (2004-2021)").
///
/// `codes` are data-set actor codes, `DATASET:CODE` (`gdelt:AFGTAL`, `ucdp:303`),
/// matched exactly against an event side's ``EventActor/code``.
public struct ActorDefinition: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var codes: [String]

    public init(id: String, name: String, aliases: [String] = [], codes: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.codes = codes
    }
}

/// A named set of actors or other groups (COALITION = USA + NATO allies).
public struct ActorGroup: Hashable, Sendable, Codable {
    public var id: String
    public var members: [String]

    public init(id: String, members: [String]) {
        self.id = id
        self.members = members
    }
}
