public import TruceModel

/// Decides which agreement actors an event's side names.
///
/// An event side matches an actor when its main actor or one of its
/// associated actors equals one of the actor's aliases (or its id or name),
/// ignoring case, or starts with the prefix of an alias that ends in `*`.
/// Names repeat across millions of events, so answers are cached per name.
public final class ActorMatcher: @unchecked Sendable {
    private let exact: [String: Set<String>]
    private let prefixes: [(prefix: String, actor: String)]
    private let codes: [String: Set<String>]
    private let groups: [String: [String]]
    private var cache: [String: Set<String>] = [:]

    public init(agreement: Agreement) {
        var exact: [String: Set<String>] = [:]
        var prefixes: [(String, String)] = []
        for actor in agreement.actors {
            for alias in [actor.id, actor.name] + actor.aliases {
                let folded = alias.lowercased()
                if folded.hasSuffix("*") {
                    prefixes.append((String(folded.dropLast()), actor.id))
                } else {
                    exact[folded, default: []].insert(actor.id)
                }
            }
        }
        var codes: [String: Set<String>] = [:]
        for actor in agreement.actors {
            for code in actor.codes { codes[code.lowercased(), default: []].insert(actor.id) }
        }
        self.exact = exact
        self.prefixes = prefixes
        self.codes = codes
        self.groups = Dictionary(agreement.groups.map { ($0.id, $0.members) }, uniquingKeysWith: { first, _ in first })
    }

    /// The actor ids a list of actor or group ids stands for, groups expanded.
    public func expand(_ ids: [String]) -> Set<String> {
        var result: Set<String> = []
        var seen: Set<String> = []
        var pending = ids
        while let id = pending.popLast() {
            guard seen.insert(id).inserted else { continue }
            if let members = groups[id] {
                pending.append(contentsOf: members)
            } else {
                result.insert(id)
            }
        }
        return result
    }

    /// The agreement actors a data-set name denotes.
    public func actors(named name: String) -> Set<String> {
        if let cached = cache[name] { return cached }
        let folded = name.lowercased()
        var result = exact[folded] ?? []
        for (prefix, actor) in prefixes where folded.hasPrefix(prefix) {
            result.insert(actor)
        }
        cache[name] = result
        return result
    }

    /// The names and codes that denote one of `actors` (ids, groups already expanded), for a
    /// store to pre-filter sides by: a side ``actors(on:)`` maps into `actors` carries one of them.
    public func names(of actors: Set<String>) -> ActorNames {
        ActorNames(
            exact: exact.filter { !$0.value.isDisjoint(with: actors) }.keys.sorted(),
            prefixes: prefixes.filter { actors.contains($0.actor) }.map(\.prefix).sorted(),
            codes: codes.filter { !$0.value.isDisjoint(with: actors) }.keys.sorted())
    }

    /// The agreement actors a data-set actor code (`gdelt:AFGTAL`) denotes.
    public func actors(coded code: String) -> Set<String> {
        codes[code.lowercased()] ?? []
    }

    /// The agreement actors on one side of an event: by its names, or by its data-set code.
    public func actors(on side: EventActor) -> Set<String> {
        var result: Set<String> = side.code.map { actors(coded: $0) } ?? []
        for name in side.allNames {
            result.formUnion(actors(named: name))
        }
        return result
    }
}
