import Foundation
import TruceModel

/// The UCDP Actor Dataset (`ucdp-actor-221.csv` and its kin): every party UCDP codes,
/// with its id, the name GED uses for it, its earlier names and its kind.
///
/// GED names each side of an event (`side_a`, `side_b`) and, in most layouts, gives its
/// actor id (`side_a_new_id`); the Actor Dataset ties both to one `ActorId`, which
/// `UCDPReader` makes the side's code (`ucdp:144`), so the same party is recognised across
/// GED versions even when its name changed.
///
/// Read by header name (`ActorId`, `NameData`, `NameOrig`, `NameOrigFullEng`, `NewName`,
/// `Org`, `Location`); a UTF-8 byte-order mark, which UCDP's files carry, is skipped.
/// `Org` is kept as UCDP codes it; its data show 1 for formally organised groups (rebels,
/// militias, military factions), 2 for the supporters of a party or candidate, 3 for
/// groups sharing an identity (ethnic groups, clans, religious communities), 4 for governments.
public struct UCDPActorList: Sendable {
    /// One actor of the list.
    public struct Actor: Hashable, Sendable {
        /// UCDP's `ActorId`, the same number GED gives as `side_a_new_id`/`side_b_new_id`.
        public var id: Int
        /// `NameData`: the name GED uses for the actor.
        public var name: String
        /// Other names the actor had (`NameOrig`, `NameOrigFullEng`, each of `NewName`), for older GED files.
        public var formerNames: [String]
        /// `Org`, UCDP's kind of actor (see the type's description).
        public var org: Int?
        /// `Location`: the countries where the actor was active, as UCDP lists them.
        public var location: String?

        public init(id: Int, name: String, formerNames: [String] = [], org: Int? = nil, location: String? = nil) {
            self.id = id
            self.name = name
            self.formerNames = formerNames
            self.org = org
            self.location = location
        }
    }

    /// How a side was found in the list.
    public enum MatchBasis: String, Hashable, Sendable {
        /// The side's text is the actor's `NameData`.
        case name
        /// The side's id is the actor's `ActorId` (the name may have changed since).
        case id
        /// The side lists several actors (`Government of X, Government of Y`), each a `NameData`.
        case several
        /// The side's text is one of the actor's earlier names, and no other actor's.
        case formerName
    }

    /// The actors a side of an event stands for, in the order the side names them, and how they were found.
    public struct Match: Hashable, Sendable {
        public var actors: [Actor]
        public var basis: MatchBasis
    }

    /// The path the list was read from.
    public let path: String
    /// The file's name, for notices.
    public let fileName: String
    /// Every actor, in file order.
    public let actors: [Actor]
    /// Rows that could not be used, each with its line: the list is a lookup, so they are skipped and reported.
    public let notices: [String]
    private let byID: [Int: Int]
    private let byName: [String: [Int]]
    private let byFormerName: [String: [Int]]

    /// Reads the actor list at `path`.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read, is empty, or lacks `ActorId` or `NameData`.
    public init(path: String, encoding: TextEncodingChoice = .automatic) throws {
        let table = try TableReader(
            .path(path), encoding: encoding, kind: "UCDP Actor Dataset", required: ["actorid", "namedata"], naIsMissing: false)
        let header = table.header
        var actors: [Actor] = []
        var notices: [String] = []
        var byID: [Int: Int] = [:]
        while let result = try table.next() {
            let record: CSVRecord
            switch result {
            case .failure(let rejection):
                notices.append("\(table.fileName):\(rejection.line): skipped: \(rejection.message)")
                continue
            case .success(let value):
                record = value
            }
            let cell = { (key: String) in record.fields.cell(header.index(of: key), naIsMissing: false) }
            guard let idText = cell("actorid"), let id = Int(idText) else {
                notices.append("\(table.fileName):\(record.line): skipped: ActorId '\(cell("actorid") ?? "")' is not a whole number")
                continue
            }
            guard let name = cell("namedata") else {
                notices.append("\(table.fileName):\(record.line): skipped: actor \(id) has no NameData")
                continue
            }
            guard byID[id] == nil else {
                notices.append("\(table.fileName):\(record.line): skipped: ActorId \(id) is listed twice (the first is kept)")
                continue
            }
            var former: [String] = []
            for key in ["nameorig", "nameorigfulleng"] {
                if let other = cell(key) { former.append(other) }
            }
            // NewName lists the names the actor went by over time: "TQJBR, ISI, ISIS, IS".
            if let names = cell("newname") {
                former += names.split(separator: ",").map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
            }
            var seen: Set<String> = [name]
            former = former.filter { seen.insert($0).inserted }
            let org = cell("org").flatMap { Int($0) }
            byID[id] = actors.count
            actors.append(Actor(id: id, name: name, formerNames: former, org: org, location: cell("location")))
        }
        var byName: [String: [Int]] = [:]
        var byFormerName: [String: [Int]] = [:]
        for (index, actor) in actors.enumerated() {
            byName[actor.name, default: []].append(index)
            for name in actor.formerNames { byFormerName[name, default: []].append(index) }
        }
        self.path = path
        self.fileName = table.fileName
        self.actors = actors
        self.notices = notices
        self.byID = byID
        self.byName = byName
        self.byFormerName = byFormerName
    }

    /// The actor with this `ActorId`.
    public func actor(id: Int) -> Actor? { byID[id].map { actors[$0] } }

    /// The actors whose `NameData` is exactly `name` (spaces around it aside): usually one,
    /// but a few short names (`PLA`, `UPA`) belong to several actors.
    public func actors(named name: String) -> [Actor] {
        (byName[name.trimmingASCIIWhitespace()] ?? []).map { actors[$0] }
    }

    /// The actors an event's side stands for, or `nil` when the list knows none of it.
    ///
    /// In order: the side's exact `NameData` (the one with the side's id when several actors
    /// share the name); several actors separated by `, ` when every part is a `NameData` (a
    /// side that is itself one actor's name, such as `Interahamwe, ex-FAR`, is never split);
    /// the side's id; a `NameData` that only one actor has; an earlier name that only one actor had.
    ///
    /// - Parameters:
    ///   - side: the side as GED writes it (`side_a`, `side_b`).
    ///   - id: GED's id for the side (`side_a_new_id`), if given.
    public func match(side: String, id: Int?) -> Match? {
        let name = side.trimmingASCIIWhitespace()
        let named = byName[name] ?? []
        if let index = named.first(where: { id == nil || actors[$0].id == id }), id != nil || named.count == 1 {
            return Match(actors: [actors[index]], basis: .name)
        }
        if named.isEmpty, name.contains(", ") {
            let parts = name.components(separatedBy: ", ").map { $0.trimmingASCIIWhitespace() }
            let found = parts.compactMap { part in (byName[part]?.count == 1 ? byName[part]?.first : nil).map { actors[$0] } }
            if found.count == parts.count, parts.count > 1 { return Match(actors: found, basis: .several) }
        }
        if let id, let actor = actor(id: id) { return Match(actors: [actor], basis: .id) }
        if named.count == 1 { return Match(actors: [actors[named[0]]], basis: .name) }
        if named.isEmpty, let former = byFormerName[name], former.count == 1 {
            return Match(actors: [actors[former[0]]], basis: .formerName)
        }
        return nil
    }
}
