import TruceModel

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
    /// A title followed by a name ("President Falastur"): one person, whose country the sentence may not say.
    var namesPerson = false
}

/// Finds actor mentions: the longest actor or agent phrase at each position, agents
/// combined with a country before them ("Arnor's foreign minister", "Russian police") or
/// after them ("soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor").
struct ActorFinder {
    let dictionaries: CoderDictionaries
    let date: Day?
    /// Per-token lookups, computed once (`skipModifiers` asks about the same tokens again), kept
    /// as plain integers: -2 not looked up yet, -1 nothing, else `length << 32 | entry index`.
    private final class Cache {
        var actors: [Int]
        var agents: [Int]
        var verbs: [Int8]
        /// Whether the sentence holds a capitalised noun that ends an organisation's name: -1 not looked yet, 0 no, 1 yes.
        var namesOrganisation: Int8 = -1
        init(count: Int) {
            actors = Array(repeating: -2, count: count)
            agents = Array(repeating: -2, count: count)
            verbs = Array(repeating: -1, count: count)
        }
    }
    private let cache: Cache

    init(dictionaries: CoderDictionaries, date: Day?, tokenCount: Int) {
        self.dictionaries = dictionaries
        self.date = date
        cache = Cache(count: tokenCount)
    }

    /// Whether any capitalised word of the sentence is a noun of `organisationHeads`: most sentences have none, and
    /// their capitalised words need not be walked for a name.
    func mayNameOrganisation(_ tokens: [WordToken]) -> Bool {
        if cache.namesOrganisation < 0 {
            cache.namesOrganisation = tokens.contains { $0.isCapitalized && Self.organisationHeads[$0.text] != nil } ? 1 : 0
        }
        return cache.namesOrganisation == 1
    }

    func isVerb(_ tokens: [WordToken], at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        if cache.verbs[index] >= 0 { return cache.verbs[index] == 1 }
        let found = tokens[index].has(.startWord) && !dictionaries.verbs.matches(in: tokens, at: index).isEmpty
        cache.verbs[index] = found ? 1 : 0
        return found
    }

    /// "Arnor" + "foreign minister"; an agent that keeps its actor's code keeps its name too ("Taliban fighters" → "Taliban").
    static func name(_ actor: String, _ agent: AgentEntry) -> String {
        agent.code.isEmpty ? actor : actor + " " + agent.name
    }

    func actorMatch(_ tokens: [WordToken], at index: Int) -> (length: Int, code: String, name: String)? {
        guard index < tokens.count else { return nil }
        var packed = cache.actors[index]
        if packed == -2 {
            packed = lookupActor(tokens, at: index)
            cache.actors[index] = packed
        }
        guard packed >= 0 else { return nil }
        let entry = dictionaries.actors.entries[packed & 0xFFFF_FFFF]
        guard let code = entry.code(on: date) else { return nil }
        return (packed >> 32, code, entry.name)
    }

    private func lookupActor(_ tokens: [WordToken], at index: Int) -> Int {
        guard tokens[index].isCapitalized || tokens[index].has(.startWord) else { return -1 }
        for match in dictionaries.actors.matches(in: tokens, at: index)
        where dictionaries.actors.entries[Int(match.value)].code(on: date) != nil {
            return match.length << 32 | Int(match.value)
        }
        return -1
    }

    func agentMatch(_ tokens: [WordToken], at index: Int) -> (length: Int, agent: AgentEntry)? {
        guard index < tokens.count else { return nil }
        var packed = cache.agents[index]
        if packed == -2 {
            packed = -1
            // A word right after a modal is its verb, not a noun of people: "the group would judge", "they will police".
            // (A capitalised "May" or "Will" is a month or a name: "In May rebels attacked".)
            let afterModal =
                index > 0 && !tokens[index].isCapitalized && !tokens[index - 1].isCapitalized && Self.modals.contains(tokens[index - 1].text)
            if !afterModal, tokens[index].has(.startWord), let match = dictionaries.agents.matches(in: tokens, at: index).first {
                packed = match.length << 32 | Int(match.value)
            }
            cache.agents[index] = packed
        }
        guard packed >= 0 else { return nil }
        return (packed >> 32, dictionaries.agents.entries[packed & 0xFFFF_FFFF])
    }

    static let modals: Set<String> = ["WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST"]

    /// The agent of "B" in "A and B forces" (or of a listed actor ending in an agent word, "coalition
    /// forces"), when "and"/"or" follows A directly.
    private func sharedTrailingAgent(_ tokens: [WordToken], after end: Int) -> AgentEntry? {
        guard end + 1 < tokens.count, tokens[end].text == "AND" || tokens[end].text == "OR",
            let other = actorMatch(tokens, at: end + 1)
        else { return nil }
        let otherEnd = end + 1 + other.length
        if let agent = agentMatch(tokens, at: otherEnd) { return agent.agent }
        if other.length > 1, let agent = agentMatch(tokens, at: otherEnd - 1), agent.length == 1 { return agent.agent }
        return nil
    }

    /// Skips up to `limit` lower-case words that no dictionary knows (adjectives: "senior", "new").
    private func skipModifiers(_ tokens: [WordToken], from index: Int, limit: Int = 4) -> Int {
        var position = index
        var skipped = 0
        while position < tokens.count && skipped < limit {
            let token = tokens[position]
            // "awful and evil minister": "and" between two modifiers. A comma before a determiner opens a phrase of its
            // own: "drones launched by Russia overnight, the air force said".
            let joinsModifiers =
                (token.text == "AND" || token.text == ",") && skipped > 0 && position + 1 < tokens.count
                && !tokens[position + 1].isCapitalized && tokens[position + 1].kind == .word
                && !(token.text == "," && tokens[position + 1].has(.determiners))
            guard token.kind == .word || joinsModifiers, !token.isCapitalized || position == 0,
                token.text != "OR", token.text != "AND" || joinsModifiers,
                !token.has(.linkingPrepositions),
                agentMatch(tokens, at: position) == nil, actorMatch(tokens, at: position) == nil,
                !isVerb(tokens, at: position)
            else { break }
            position += 1
            skipped += 1
        }
        return position
    }

    /// Capitalised words right after an agent: a person's name ("Prime Minister Falastur"), even
    /// when the name is also an actor of its own ("minister Calimehtar"). An abbreviated title keeps its full stop
    /// and may be followed by another ("Lt. Gen. Falastur"); a name may hold a particle joined to its next part
    /// ("Abdel Fattah al-Falastur", "Umar bin Falastur").
    private func skipName(_ tokens: [WordToken], from index: Int) -> Int {
        var start = index
        while start < tokens.count, start > 0, tokens[start].text == ".", Self.isAbbreviatedTitle(tokens[start - 1]),
            tokens[start].range.lowerBound == tokens[start - 1].range.upperBound
        {
            start += 1
            // "Lt. Gen.": a second abbreviated title.
            if start + 1 < tokens.count, Self.isAbbreviatedTitle(tokens[start]), tokens[start].isCapitalized,
                agentMatch(tokens, at: start) != nil, tokens[start + 1].text == "."
            {
                start += 1
            }
        }
        var position = start
        var capitalized = 0
        while position < tokens.count && capitalized < 3 {
            let token = tokens[position]
            // A particle counts with the part it joins: "Abdel Fattah al-Burhan" is three words of a name.
            let isParticle = !token.isCapitalized && Self.isNameParticle(token, before: position + 1 < tokens.count ? tokens[position + 1] : nil)
            guard token.kind == .word, token.isCapitalized || isParticle, position > 0, !token.has(.fillers),
                agentMatch(tokens, at: position) == nil, !isVerb(tokens, at: position),
                position + 1 >= tokens.count || tokens[position + 1].text != "'S"
            else { break }
            if token.isCapitalized || token.text.contains("-") { capitalized += 1 }
            position += 1
        }
        // A title whose full stop was passed but no name follows ("the Gen. said") ends at the title.
        return position == start ? index : position
    }

    /// CAMEO's code for armed people of a group whose role is not known ("Wagner fighters").
    static let unidentifiedArmedGroup = "UAF"

    /// Agents that name armed people, whose group a name before them gives: rebels, insurgents, militants, soldiers,
    /// police, fighters, mercenaries.
    private static let armedAgentCodes: Set<String> = ["REB", "INS", "MIL", "COP"]
    private static let armedAgentNames: Set<String> = ["fighter", "mercenary"]

    func isArmedPeople(_ agent: AgentEntry) -> Bool {
        Self.armedAgentCodes.contains(agent.code) || agent.code.isEmpty && Self.armedAgentNames.contains(agent.name.lowercased())
    }

    /// Where the name of a group starts right before an agent of armed people ("M23 rebels", "the FDLR militants", "Wagner
    /// mercenaries"): one or two capitalised words no dictionary knows, not a day or month, not a word that can be a
    /// verb. A sentence's first word is capitalised whatever it is ("Armed rebels"), so there only an acronym ("FDLR")
    /// or a word with a digit ("M23") counts as a name.
    private func namedGroupStart(_ tokens: [WordToken], before index: Int, agent: AgentEntry) -> Int? {
        guard Self.armedAgentCodes.contains(agent.code) || agent.code.isEmpty && Self.armedAgentNames.contains(agent.name.lowercased())
        else { return nil }
        var start = index
        while start > 0, index - start < 2 {
            let token = tokens[start - 1]
            let lower = token.text.lowercased()
            guard token.kind == .word, token.isCapitalized, !token.has(.fillers), !token.has(.conjunctions),
                DateWords.weekdays[lower] == nil, MonthNames.numbers[lower] == nil,
                start - 1 > 0 || token.isAllCapitals || token.text.contains(where: \.isNumber),
                agentMatch(tokens, at: start - 1) == nil, actorMatch(tokens, at: start - 1) == nil, !isVerb(tokens, at: start - 1)
            else { break }
            start -= 1
        }
        return start < index ? start : nil
    }

    /// A token's word for a name (tokens are upper case): a word with a digit or of four letters or fewer is taken for an
    /// acronym and stays ("M23", "FDLR"); a longer one is title-cased ("WAGNER" → "Wagner"). The actor's text keeps the
    /// words as written.
    static func titleCased(_ word: String) -> String {
        guard word.count > 4, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return word }
        return word.prefix(1) + word.dropFirst().lowercased()
    }

    /// A title written short ("Gen.", "Lt.", "Col."): its full stop is part of it, not the sentence's end.
    static func isAbbreviatedTitle(_ token: WordToken) -> Bool {
        token.kind == .word && ["GEN", "LT", "COL", "MAJ", "BRIG", "ADM", "CAPT", "SGT", "GOV", "SEN", "REP", "AMB", "PRES"].contains(token.text)
    }

    /// A lower-case particle inside a name: an Arabic article joined by a hyphen to a capitalised part ("al-Burhan",
    /// "el-Sisi"), or "bin", "ibn", "abu" before a capitalised part ("bin Salman").
    static func isNameParticle(_ token: WordToken, before next: WordToken?) -> Bool {
        guard token.kind == .word else { return false }
        for prefix in ["AL-", "EL-", "AD-", "AS-", "AN-", "AR-", "AZ-", "ASH-"]
        where token.text.hasPrefix(prefix) && token.text.count > prefix.count + 1 {
            return true
        }
        return ["BIN", "IBN", "ABU", "BINT"].contains(token.text) && next.map { $0.kind == .word && $0.isCapitalized } == true
    }

    func find(in tokens: [WordToken]) -> [FoundActor] {
        var found: [FoundActor] = []
        var index = 0
        var group = 0
        while index < tokens.count {
            if let force = ledForce(tokens, at: index) {
                found.append(FoundActor(start: index, end: force.end, code: force.code, name: force.name, isAgentOnly: false, group: group))
                group += 1
                index = force.end
                continue
            }
            if let organisation = organisationName(tokens, at: index) {
                found.append(
                    FoundActor(
                        start: index, end: organisation.end, code: organisation.code, name: organisation.name, isAgentOnly: false, group: group))
                group += 1
                index = organisation.end
                continue
            }
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
                if let shared = sharedTrailingAgent(tokens, after: end) {
                    // "Afghan and coalition forces", "Afghan and Pakistani officials": the agent serves both.
                    found.append(
                        FoundActor(
                            start: index, end: end, code: shared.combined(with: actor.code), name: Self.name(actor.name, shared),
                            isAgentOnly: false, group: group))
                } else {
                    found.append(FoundActor(start: index, end: end, code: actor.code, name: actor.name, isAgentOnly: false, group: group))
                }
                group += 1
                index = end
                continue
            }
            if let agent = agentMatch(tokens, at: index) {
                // An agent right before an actor: "MSF Arnor" → NGOARN, "MSF Arnor diplomat" → NGOARNGOV.
                if let actor = actorMatch(tokens, at: index + agent.length) {
                    var end = index + agent.length + actor.length
                    var code = actor.code
                    var name = actor.name
                    if let trailing = agentMatch(tokens, at: end) {
                        code = trailing.agent.combined(with: code)
                        name = Self.name(name, trailing.agent)
                        end = skipName(tokens, from: end + trailing.length)
                    }
                    found.append(
                        FoundActor(
                            start: index, end: end, code: agent.agent.combined(with: code), name: name, isAgentOnly: false, group: group))
                    group += 1
                    index = end
                    continue
                }
                var end = skipName(tokens, from: index + agent.length)
                let namesPerson = end > index + agent.length
                // "lawmakers and officials in Arnor": several agents before one prepositional phrase.
                var sharedAgents = [agent.agent]
                var listEnd = end
                while listEnd + 1 < tokens.count, tokens[listEnd].text == "AND" || tokens[listEnd].text == ",",
                    let more = agentMatch(tokens, at: listEnd + 1)
                {
                    sharedAgents.append(more.agent)
                    listEnd += 1 + more.length
                }
                // "soldiers from Gondor", "the government of Gondor", "lawmakers in Arnor and Gondor".
                if listEnd + 1 < tokens.count, tokens[listEnd].has(.linkingPrepositions) {
                    var probe = listEnd + 1
                    if probe < tokens.count && tokens[probe].has(.fillers) { probe += 1 }
                    let organisation = actorMatch(tokens, at: probe) == nil ? organisationMatch(tokens, at: probe) : nil
                    if let organisation, isArmedPeople(agent.agent) {
                        // "gunmen of the Patriotic Forces …": armed people of a group are the group, as "Taliban fighters" are.
                        found.append(
                            FoundActor(
                                start: index, end: probe + organisation.length, code: organisation.code, name: organisation.name, isAgentOnly: false,
                                group: group))
                        group += 1
                        index = probe + organisation.length
                        continue
                    }
                    if let actor = actorMatch(tokens, at: probe) ?? organisation {
                        var members: [(Int, Int, String, String)] = [(probe, probe + actor.length, actor.code, actor.name)]
                        var next = probe + actor.length
                        // A list of countries: each gets the agent.
                        var closed = false
                        while next < tokens.count, tokens[next].has(.conjunctions) {
                            var after = next + 1
                            if after < tokens.count && tokens[after].has(.conjunctions) { after += 1 }
                            if after < tokens.count && tokens[after].has(.fillers) { after += 1 }
                            guard let more = actorMatch(tokens, at: after) else { break }
                            closed = closed || tokens[next..<after].contains { $0.text == "AND" || $0.text == "OR" }
                            members.append((after, after + more.length, more.code, more.name))
                            next = after + more.length
                        }
                        // Commas alone make no list: "At the request of the Government of Somalia, U.S. forces struck" names
                        // the subject after the opening phrase.
                        if !closed, members.count > 1 {
                            members = [members[0]]
                            next = probe + actor.length
                        }
                        for member in members {
                            for shared in sharedAgents {
                                found.append(
                                    FoundActor(
                                        start: member.0 == probe ? index : member.0, end: member.1, code: shared.combined(with: member.2),
                                        name: Self.name(member.3, shared), isAgentOnly: false, group: group))
                            }
                        }
                        group += 1
                        index = next
                        continue
                    }
                }
                end = max(end, index + agent.length)
                // "M23 rebels", "Wagner mercenaries": a name no dictionary knows before a noun of armed people names the group.
                if let nameStart = namedGroupStart(tokens, before: index, agent: agent.agent) {
                    let groupName = tokens[nameStart..<index].map { Self.titleCased($0.text) }.joined(separator: " ")
                    let code = agent.agent.code.isEmpty ? Self.unidentifiedArmedGroup : agent.agent.code
                    found.append(
                        FoundActor(start: nameStart, end: end, code: code, name: groupName + " " + agent.agent.name, isAgentOnly: false, group: group)
                    )
                    group += 1
                    index = end
                    continue
                }
                found.append(
                    FoundActor(
                        start: index, end: end, code: agent.agent.code, name: agent.agent.name, isAgentOnly: true, group: group,
                        namesPerson: namesPerson))
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
            // The gap starts with the conjunction or comma: "Gondor villages last year, a Bree official"
            // is no list; words before a conjunction belong to the first actor's phrase.
            guard between.count <= 5, let opening = between.first, opening.has(.conjunctions) else { continue }
            // The words between may only be conjunctions, commas, articles and lower-case modifiers, and capitalized
            // words that run on into the second mention: the start of its name the dictionary does not hold ("the
            // Lebanese Army and the State Security Forces"), even a word that can be a verb ("State").
            let nameStart = Self.startOfCapitalizedRun(tokens, before: current.start, after: previous.end)
            let allowed = between.indices.allSatisfy { index in
                let token = tokens[index]
                return
                    token.has(.conjunctions) || token.has(.fillers)
                    || (token.kind == .word && index >= nameStart)
                    || (token.kind == .word && !token.isCapitalized && !token.has(.linkingPrepositions) && !isVerb(tokens, at: index))
            }
            // A comma then a lower-case word is an apposition or a new clause, not a list.
            var commaBreak = between.count > 2 && between.first?.text == "," && !between.contains(where: { $0.text == "AND" || $0.text == "OR" })
            // Unless a list goes on to its "and": "Mordor, the awful Arnor, and good Gondor".
            if commaBreak, position + 1 < result.count, result[position + 1].start >= current.end {
                let next = tokens[current.end..<result[position + 1].start]
                commaBreak = !(next.count <= 5 && next.contains { $0.text == "AND" || $0.text == "OR" })
            }
            // A comma then a name its verb follows starts a clause: "killing four soldiers, the army said"; so does one whose
            // name runs on in capitals ("At the request of the Government of Somalia, U.S. Africa Command conducted").
            if !commaBreak, between.first?.text == ",", !between.contains(where: { $0.text == "AND" || $0.text == "OR" }),
                isFollowedByVerb(withNameRunOn(current, tokens: tokens), tokens: tokens)
            {
                commaBreak = true
            }
            guard allowed, !commaBreak else { continue }
            let old = current.group
            for index in position..<result.count where result[index].group == old { result[index].group = previous.group }
        }
        return result
    }

    /// The mention with the capitalized words right after it, up to three, that are no verb: "U.S." in "U.S. Africa Command".
    func withNameRunOn(_ mention: FoundActor, tokens: [WordToken]) -> FoundActor {
        var extended = mention
        while extended.end < tokens.count, extended.end < mention.end + 3, tokens[extended.end].kind == .word,
            tokens[extended.end].isCapitalized, !tokens[extended.end].has(.conjunctions), !isVerb(tokens, at: extended.end)
        {
            extended.end += 1
        }
        return extended
    }

    /// Whether a verb follows the mention, after auxiliaries and adverbs ("the army said", "Gondor has also attacked").
    func isFollowedByVerb(_ mention: FoundActor, tokens: [WordToken]) -> Bool {
        var position = mention.end
        while position < tokens.count && position < mention.end + 4 {
            if isVerb(tokens, at: position) { return true }
            let token = tokens[position]
            guard token.has(.auxiliaries) || token.isLyAdverb else { return false }
            position += 1
        }
        return false
    }

    /// Where the capitalized words that end right before `end` start (at most three, none before `start`, the first
    /// not a conjunction or filler); `end` when the word before it is not capitalized.
    static func startOfCapitalizedRun(_ tokens: [WordToken], before end: Int, after start: Int) -> Int {
        var first = end
        while first > start, end - first < 3, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized,
            !tokens[first - 1].has(.conjunctions), !tokens[first - 1].has(.fillers)
        {
            first -= 1
        }
        return first
    }
}
