public import TruceModel

/// An actor mention as token positions, with the compound group it belongs to.
struct FoundActor {
    var start: Int
    var end: Int
    /// Empty for an agent with no country ("officials").
    var code: String
    var name: String
    var isAgentOnly: Bool
    /// Mentions joined by "and", "or", "nor" or commas share a group.
    var group: Int
}

/// Finds actor mentions: the longest actor or agent phrase at each position, agents
/// combined with a country before them ("Arnor's foreign minister", "Russian police") or
/// after them ("soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor").
struct ActorFinder {
    let dictionaries: CoderDictionaries
    let date: Day?
    /// Per-token lookups, computed once: `skipModifiers` asks about the same tokens again.
    private final class Cache {
        var actors: [(length: Int, code: String, name: String)??]
        var agents: [(length: Int, agent: AgentEntry)??]
        var verbs: [Bool?]
        init(count: Int) {
            actors = Array(repeating: nil, count: count)
            agents = Array(repeating: nil, count: count)
            verbs = Array(repeating: nil, count: count)
        }
    }
    private let cache: Cache

    init(dictionaries: CoderDictionaries, date: Day?, tokenCount: Int) {
        self.dictionaries = dictionaries
        self.date = date
        cache = Cache(count: tokenCount)
    }

    func isVerb(_ tokens: [WordToken], at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        if let known = cache.verbs[index] { return known }
        let found = dictionaries.startWords.contains(tokens[index].text) && !dictionaries.verbs.matches(in: tokens, at: index).isEmpty
        cache.verbs[index] = found
        return found
    }

    static let linkingPrepositions: Set<String> = ["OF", "FROM", "IN"]
    static let conjunctions: Set<String> = ["AND", "OR", "NOR", ","]
    static let fillers: Set<String> = ["THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "NEITHER", "EITHER", "BOTH"]

    /// "Arnor" + "foreign minister"; an agent that keeps its actor's code keeps its name too ("Taliban fighters" → "Taliban").
    static func name(_ actor: String, _ agent: AgentEntry) -> String {
        agent.code.isEmpty ? actor : actor + " " + agent.name
    }

    private func actorMatch(_ tokens: [WordToken], at index: Int) -> (length: Int, code: String, name: String)? {
        guard index < tokens.count else { return nil }
        if let known = cache.actors[index] { return known }
        let found = lookupActor(tokens, at: index)
        cache.actors[index] = .some(found)
        return found
    }

    private func lookupActor(_ tokens: [WordToken], at index: Int) -> (length: Int, code: String, name: String)? {
        guard tokens[index].isCapitalized || dictionaries.startWords.contains(tokens[index].text) else { return nil }
        let matches = dictionaries.actors.matches(in: tokens, at: index)
        for match in matches {
            let entry = dictionaries.actors.entries[Int(match.value)]
            if let code = entry.code(on: date) { return (match.length, code, entry.name) }
        }
        return nil
    }

    private func agentMatch(_ tokens: [WordToken], at index: Int) -> (length: Int, agent: AgentEntry)? {
        guard index < tokens.count else { return nil }
        if let known = cache.agents[index] { return known }
        let found = lookupAgent(tokens, at: index)
        cache.agents[index] = .some(found)
        return found
    }

    private func lookupAgent(_ tokens: [WordToken], at index: Int) -> (length: Int, agent: AgentEntry)? {
        guard dictionaries.startWords.contains(tokens[index].text) else { return nil }
        guard let match = dictionaries.agents.matches(in: tokens, at: index).first else { return nil }
        return (match.length, dictionaries.agents.entries[Int(match.value)])
    }

    /// Skips up to `limit` lower-case words that no dictionary knows (adjectives: "senior", "new").
    private func skipModifiers(_ tokens: [WordToken], from index: Int, limit: Int = 2) -> Int {
        var position = index
        var skipped = 0
        while position < tokens.count && skipped < limit {
            let token = tokens[position]
            guard token.kind == .word, !token.isCapitalized || position == 0, token.text != "AND", token.text != "OR",
                !Self.linkingPrepositions.contains(token.text),
                agentMatch(tokens, at: position) == nil, actorMatch(tokens, at: position) == nil,
                !isVerb(tokens, at: position)
            else { break }
            position += 1
            skipped += 1
        }
        return position
    }

    /// Capitalised words no dictionary knows after an agent: a person's name ("Prime Minister Falastur").
    private func skipName(_ tokens: [WordToken], from index: Int) -> Int {
        var position = index
        while position < tokens.count && position - index < 3 {
            let token = tokens[position]
            guard token.kind == .word, token.isCapitalized, actorMatch(tokens, at: position) == nil,
                agentMatch(tokens, at: position) == nil, !isVerb(tokens, at: position)
            else { break }
            position += 1
        }
        return position
    }

    func find(in tokens: [WordToken]) -> [FoundActor] {
        var found: [FoundActor] = []
        var index = 0
        var group = 0
        while index < tokens.count {
            if let actor = actorMatch(tokens, at: index) {
                var end = index + actor.length
                // Possessive and modifiers, then an agent: "Arnor's new foreign minister".
                var probe = end
                if probe < tokens.count && tokens[probe].text == "'S" { probe += 1 }
                probe = skipModifiers(tokens, from: probe)
                if let agent = agentMatch(tokens, at: probe) {
                    end = skipName(tokens, from: probe + agent.length)
                    found.append(
                        FoundActor(
                            start: index, end: end, code: agent.agent.combined(with: actor.code),
                            name: Self.name(actor.name, agent.agent), isAgentOnly: false, group: group))
                    group += 1
                    // "Danish media and government": a second agent shares the country.
                    var next = end
                    while next + 1 < tokens.count, tokens[next].text == "AND" || tokens[next].text == ",",
                        let other = agentMatch(tokens, at: next + 1)
                    {
                        let otherEnd = next + 1 + other.length
                        found.append(
                            FoundActor(
                                start: next + 1, end: otherEnd, code: other.agent.combined(with: actor.code),
                                name: Self.name(actor.name, other.agent), isAgentOnly: false, group: group))
                        group += 1
                        next = otherEnd
                    }
                    index = next
                    continue
                }
                found.append(FoundActor(start: index, end: end, code: actor.code, name: actor.name, isAgentOnly: false, group: group))
                group += 1
                index = end
                continue
            }
            if let agent = agentMatch(tokens, at: index) {
                var end = skipName(tokens, from: index + agent.length)
                // "soldiers from Gondor", "the government of Gondor", "lawmakers in Arnor and Gondor".
                if end + 1 < tokens.count, Self.linkingPrepositions.contains(tokens[end].text) {
                    var probe = end + 1
                    if probe < tokens.count && Self.fillers.contains(tokens[probe].text) { probe += 1 }
                    if let actor = actorMatch(tokens, at: probe) {
                        var members: [(Int, Int, String, String)] = [(probe, probe + actor.length, actor.code, actor.name)]
                        var next = probe + actor.length
                        // A list of countries: each gets the agent.
                        while next < tokens.count, Self.conjunctions.contains(tokens[next].text) {
                            var after = next + 1
                            if after < tokens.count && Self.conjunctions.contains(tokens[after].text) { after += 1 }
                            if after < tokens.count && Self.fillers.contains(tokens[after].text) { after += 1 }
                            guard let more = actorMatch(tokens, at: after) else { break }
                            members.append((after, after + more.length, more.code, more.name))
                            next = after + more.length
                        }
                        for member in members {
                            found.append(
                                FoundActor(
                                    start: member.0 == probe ? index : member.0, end: member.1, code: agent.agent.combined(with: member.2),
                                    name: Self.name(member.3, agent.agent), isAgentOnly: false, group: group))
                        }
                        group += 1
                        index = next
                        continue
                    }
                }
                end = max(end, index + agent.length)
                found.append(FoundActor(start: index, end: end, code: agent.agent.code, name: agent.agent.name, isAgentOnly: true, group: group))
                group += 1
                index = end
                continue
            }
            index += 1
        }
        return groupCompounds(found, tokens: tokens)
    }

    /// Puts mentions separated only by commas, conjunctions and a few modifiers into one group:
    /// "Mordor, the Shire, Arnor and Bree", "Arnor and the evil awful Gondor".
    func groupCompounds(_ mentions: [FoundActor], tokens: [WordToken]) -> [FoundActor] {
        guard mentions.count > 1 else { return mentions }
        var result = mentions
        for position in 1..<result.count {
            let previous = result[position - 1]
            let current = result[position]
            guard previous.group != current.group, current.start >= previous.end else { continue }
            let between = tokens[previous.end..<current.start]
            guard between.count <= 5, between.contains(where: { Self.conjunctions.contains($0.text) }) else { continue }
            // The words between may only be conjunctions, commas, articles and lower-case modifiers.
            let allowed = between.indices.allSatisfy { index in
                let token = tokens[index]
                return
                    Self.conjunctions.contains(token.text) || Self.fillers.contains(token.text)
                    || (token.kind == .word && !token.isCapitalized && !Self.linkingPrepositions.contains(token.text)
                        && !isVerb(tokens, at: index))
            }
            // A comma then a lower-case word is an apposition or a new clause, not a list.
            let commaBreak = between.count > 2 && between.first?.text == "," && !between.contains(where: { $0.text == "AND" || $0.text == "OR" })
            guard allowed, !commaBreak else { continue }
            let old = current.group
            for index in position..<result.count where result[index].group == old { result[index].group = previous.group }
        }
        return result
    }
}
