import Foundation
import TruceModel
import Yams

extension AgreementDecoder {
    static let documentKeys = [
        "truce", "id", "title", "signed", "parties", "actors", "groups", "provisions", "roles", "time_zone", "ended", "amends", "extends", "renews",
    ]
    static let actorKeys = ["name", "aliases", "codes"]

    /// The newest version of the format this decoder reads; it reads every older one too.
    static let formatVersion = 2

    /// The agreement the document describes, or nil when it has errors (see ``errors``).
    func decode(_ root: Node) -> Agreement? {
        guard case .mapping = root else {
            report("an agreement file must be a mapping that starts with 'truce: 1', not \(describe(root))", at: root)
            return nil
        }
        // The version decides what the other keys mean, so a file of another
        // version gets one clear error rather than a list of misunderstandings.
        guard let raw = fields(of: root, "the agreement", allowed: nil, shape: "a mapping"), checkVersion(raw),
            let top = fields(of: root, "the agreement", allowed: Self.documentKeys, shape: "a mapping")
        else { return nil }

        let what = "the agreement"
        let idEntry = required(top, "id", in: what, hint: "add e.g. 'id: doha-2020'")
        let id = idEntry.flatMap { entry in
            string(entry.value, "'id'").flatMap { checkIdentifier($0, at: entry.value, "agreement id", lowercase: true) ? $0 : nil }
        }
        let title = required(top, "title", in: what, hint: "add e.g. 'title: Agreement for Bringing Peace to Afghanistan'")
            .flatMap { text($0.value, "'title'") }
        let signed = required(top, "signed", in: what, hint: "add the signing date, e.g. 'signed: 2020-02-29'")
            .flatMap { signedDay($0.value) }

        let actors = required(top, "actors", in: what, hint: "add the actors the provisions name, e.g. 'actors: {USA: {name: United States}}'")
            .flatMap { decodeActors($0.value) }
        let groups = optional(top, "groups", in: what).flatMap { decodeGroups($0.value) } ?? []
        let parties = required(top, "parties", in: what, hint: "add the signatories' actor ids, e.g. 'parties: [USA, TALIBAN]'")
            .flatMap { entry in
                list(entry.value, "'parties'").map { items in
                    for item in items { checkActor(item.value, at: item.node, in: "'parties'", groups: false) }
                    return items.map(\.value)
                }
            }
        let roles =
            optional(top, "roles", in: what).flatMap { entry in
                needsVersion2("'roles'", at: entry.keyNode) ? decodeRoles(entry.value) : nil
            } ?? []
        if let entry = optional(top, "time_zone", in: what), needsVersion2("'time_zone'", at: entry.keyNode),
            let zone = string(entry.value, "'time_zone'"), checkTimeZone(zone, at: entry.value)
        {
            timeZone = zone
        }
        let ended = optional(top, "ended", in: what).flatMap { entry in
            needsVersion2("'ended'", at: entry.keyNode) ? decodeEnding(entry.value) : nil
        }
        var links: [AgreementLink] = []
        for relation in AgreementLink.Relation.allCases {
            guard let entry = optional(top, relation.rawValue, in: what), needsVersion2("'\(relation.rawValue)'", at: entry.keyNode),
                let items = list(entry.value, "'\(relation.rawValue)'")
            else { continue }
            for item in items where checkIdentifier(item.value, at: item.node, "agreement id", lowercase: true) {
                links.append(AgreementLink(relation: relation, agreement: item.value))
            }
        }
        if let entry = required(top, "provisions", in: what, hint: "add a list of provisions, each with id, text and kind") {
            decodeProvisions(entry.value)
        }

        checkReferences()
        guard let id, let title, let signed, let actors, let parties else { return nil }
        let agreement = Agreement(
            id: id, title: title, signed: signed, parties: parties, actors: actors, groups: groups,
            provisions: uniqueProvisions(), roles: roles, timeZone: timeZone, ended: ended, links: links)
        if let ended, ended.day < signed {
            report("the agreement ended on \(ended.day), before it was signed on \(signed); check both dates", at: top.entry("ended")!.value)
        }
        checkDates(in: agreement)
        return errors.isEmpty ? agreement : nil
    }

    private func checkVersion(_ top: Fields) -> Bool {
        guard let entry = top.entry("truce") else {
            report("the file has no 'truce: 1' line; an agreement file starts with 'truce: 1', the format version", at: top.node)
            return true
        }
        let text = string(entry.value, "'truce'")
        guard let text, let number = Int(text), (1...Self.formatVersion).contains(number) else {
            let shown = text.map { "'\($0)'" } ?? "this value"
            report(
                "format version \(shown) is not supported: this Truce reads 'truce: 1' and 'truce: \(Self.formatVersion)'; "
                    + "use a Truce that knows that version, or rewrite the file for version \(Self.formatVersion)",
                at: entry.value)
            return false
        }
        version = number
        return true
    }

    /// Whether the file's version has `feature`; reports it when the file says `truce: 1`.
    func needsVersion2(_ feature: String, at node: Node) -> Bool {
        guard version < 2 else { return true }
        report("\(feature) needs format version 2: change 'truce: 1' to 'truce: 2' (version 1 files keep their meaning)", at: node)
        return false
    }

    /// Whether `zone` is an IANA time zone this system knows.
    func checkTimeZone(_ zone: String, at node: Node) -> Bool {
        guard TimeZone(identifier: zone) != nil else {
            let hint = zone.contains("/") ? "" : " (IANA names are Area/City)"
            report("'\(zone)' is not an IANA time zone\(hint); write e.g. 'Europe/Moscow', 'Asia/Baku' or 'UTC'", at: node)
            return false
        }
        return true
    }

    /// `ended: {date: 2024-01-01, reason: ...}`: the last day the agreement applied, and why.
    private func decodeEnding(_ node: Node) -> Ending? {
        let what = "'ended'"
        guard let fields = fields(of: node, what, allowed: ["date", "reason"], shape: "a mapping with 'date' and 'reason'") else { return nil }
        let day = required(fields, "date", in: what, hint: "add the last day it applied, e.g. 'date: 2024-01-01'")
            .flatMap { plainDay($0, what) }
        let reason = required(fields, "reason", in: what, hint: "say why it ended, e.g. 'reason: superseded by ...'")
            .flatMap { text($0.value, "'reason' of \(what)") }
        guard let day, let reason else { return nil }
        return Ending(day: day, reason: reason)
    }

    // MARK: - Roles

    /// `roles: {RUS: guarantor, OSCE: [monitor, mediator]}`: each an actor id with one or more roles.
    private func decodeRoles(_ node: Node) -> [RoleAssignment]? {
        let shape = "a mapping from actor id to its roles, e.g. 'RUS: guarantor' or 'OSCE: [monitor, mediator]'"
        guard let all = fields(of: node, "'roles'", allowed: nil, shape: shape) else { return nil }
        var assignments: [RoleAssignment] = []
        var valid = true
        let names = ActorRole.allCases.map(\.rawValue)
        for entry in all.entries {
            checkActor(entry.key, at: entry.keyNode, in: "'roles'", groups: false)
            guard let items = list(entry.value, "the roles of '\(entry.key)'") else {
                valid = false
                continue
            }
            var roles: [ActorRole] = []
            for item in items {
                if let role = ActorRole(rawValue: item.value) {
                    roles.append(role)
                } else {
                    let suggestion = AgreementSuggestion.didYouMean(item.value, among: names)
                    report(
                        "unknown role '\(item.value)' of '\(entry.key)'\(suggestion); the roles are \(names.joined(separator: ", "))", at: item.node)
                    valid = false
                }
            }
            assignments.append(RoleAssignment(actor: entry.key, roles: roles))
        }
        return valid ? assignments : nil
    }

    private func signedDay(_ node: Node) -> Day? {
        guard let value = string(node, "'signed'") else { return nil }
        do {
            return try DateExpressionParser.day(from: DateExpressionParser.trim(value))
        } catch {
            report("\(error.message) ('signed' is the signing date, YYYY-MM-DD)", at: node)
            return nil
        }
    }

    // MARK: - Actors and groups

    private func decodeActors(_ node: Node) -> [ActorDefinition]? {
        let shape = "a mapping from actor id to its definition, e.g. 'USA: {name: United States}'"
        guard let all = fields(of: node, "'actors'", allowed: nil, shape: shape) else { return nil }
        actorIds = all.entries.map(\.key)
        var actors: [ActorDefinition] = []
        var valid = true
        for entry in all.entries {
            let what = "actor '\(entry.key)'"
            guard checkIdentifier(entry.key, at: entry.keyNode, "actor id", lowercase: false),
                let actor = decodeActor(entry, what)
            else {
                valid = false
                continue
            }
            actors.append(actor)
        }
        if all.entries.isEmpty {
            report("'actors' is empty; define at least the parties", at: node)
            valid = false
        }
        return valid ? actors : nil
    }

    private func decodeActor(_ entry: Entry, _ what: String) -> ActorDefinition? {
        guard let definition = fields(of: entry.value, what, allowed: Self.actorKeys, shape: "a mapping with 'name' and 'aliases'")
        else { return nil }
        let name = required(definition, "name", in: what, hint: "add e.g. 'name: United States'").flatMap { text($0.value, "'name'") }
        var aliases: [String] = []
        if let aliasEntry = optional(definition, "aliases", in: what) {
            guard let items = list(aliasEntry.value, "'aliases' of \(what)") else { return nil }
            for item in items {
                let star = item.value.firstIndex(of: "*")
                if item.value == "*" {
                    let message = "the alias '*' in \(what) would match every actor; write the start of the names it stands for"
                    report(message + ", e.g. 'Taliban*'", at: item.node)
                } else if let star, star != item.value.index(before: item.value.endIndex) {
                    let message = "'*' may only end an alias (a prefix match), as in 'Military Forces of Afghanistan*'"
                    report(message + "; found '\(item.value)'", at: item.node)
                }
                aliases.append(item.value)
            }
        }
        var codes: [String] = []
        if let codeEntry = optional(definition, "codes", in: what) {
            guard let items = list(codeEntry.value, "'codes' of \(what)") else { return nil }
            for item in items {
                let parts = item.value.split(separator: ":", maxSplits: 1)
                if parts.count != 2 || parts[0].isEmpty || parts[1].isEmpty {
                    report("a data-set actor code is written DATASET:CODE, e.g. 'gdelt:AFGTAL' or 'ucdp:303'; found '\(item.value)'", at: item.node)
                }
                codes.append(item.value)
            }
        }
        guard let name else { return nil }
        return ActorDefinition(id: entry.key, name: name, aliases: aliases, codes: codes)
    }

    private func decodeGroups(_ node: Node) -> [ActorGroup]? {
        let shape = "a mapping from group id to a list of actor or group ids, e.g. 'COALITION: [USA, NATO]'"
        guard let all = fields(of: node, "'groups'", allowed: nil, shape: shape) else { return nil }
        groupIds = all.entries.map(\.key)
        var groups: [ActorGroup] = []
        var members: [String: [(value: String, node: Node)]] = [:]
        for entry in all.entries {
            let what = "group '\(entry.key)'"
            guard checkIdentifier(entry.key, at: entry.keyNode, "group id", lowercase: false) else { continue }
            if knownActorIds.contains(entry.key) {
                report("group '\(entry.key)' has the id of an actor; give the group an id of its own", at: entry.keyNode)
            }
            guard let items = list(entry.value, "the members of \(what)") else { continue }
            if items.isEmpty {
                report("\(what) has no members; list actor or group ids, e.g. [USA, NATO]", at: entry.value)
            }
            for item in items { checkActor(item.value, at: item.node, in: "\(what)") }
            members[entry.key] = items
            groups.append(ActorGroup(id: entry.key, members: items.map(\.value)))
        }
        checkGroupCycles(all, members)
        return groups
    }

    /// Groups may contain groups, but not themselves through any chain: membership would never end.
    private func checkGroupCycles(_ all: Fields, _ members: [String: [(value: String, node: Node)]]) {
        var keyNodes: [String: Node] = [:]
        for entry in all.entries where keyNodes[entry.key] == nil { keyNodes[entry.key] = entry.keyNode }
        let groups = Set(groupIds)
        var selfReported: Set<String> = []
        for entry in all.entries {
            // A group listing itself: reported at the member.
            if let own = members[entry.key]?.first(where: { $0.value == entry.key }), groups.contains(entry.key),
                selfReported.insert(entry.key).inserted
            {
                report("groups contain each other in a cycle: \(entry.key) → \(entry.key); a group cannot contain itself", at: own.node)
            }
        }
        let edges = members.mapValues { $0.map(\.value).filter { groups.contains($0) } }
        for cycle in DependencyCycles.find(nodes: all.entries.map(\.key), edges: edges) {
            guard let node = keyNodes[cycle.members[0]] else { continue }
            let names = (cycle.members + [cycle.members[0]]).joined(separator: " → ")
            report("groups contain each other in a cycle: \(names); a group cannot contain itself", at: node)
        }
    }

    /// Reports `id` unless it names a defined actor (or group, where groups are allowed).
    func checkActor(_ id: String, at node: Node, in what: String, groups: Bool = true) {
        if knownActorIds.contains(id) { return }
        if knownGroupIds.contains(id) {
            if !groups { report("'\(id)' is a group; \(what) takes actor ids only", at: node) }
            return
        }
        let suggestion = AgreementSuggestion.didYouMean(id, among: actorIds + (groups ? groupIds : []))
        let defined = groups ? "under 'actors' or 'groups'" : "under 'actors'"
        report("unknown actor '\(id)' in \(what)\(suggestion); define it \(defined) or fix the id", at: node)
    }
}
