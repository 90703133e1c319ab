/// An organisation's own name that no dictionary holds: several title-cased words ending in a noun of organisation
/// ("the Tigray People's Liberation Front", "the Justice and Equality Movement", "Popular Mobilization Forces"), or such
/// a noun followed by "of" or "for" and more title-cased words ("the Democratic Forces for the Liberation of Rwanda",
/// "the National Union for the Total Independence of Angola"). The whole name is one actor: an agent word inside it
/// ("People", "Forces") names no one by itself.
extension ActorFinder {
    struct OrganisationName {
        var end: Int
        var code: String
        var name: String
    }

    /// Nouns that end an organisation's name, with the role an unknown one of them most often has in conflict news:
    /// the states' own forces and councils are in the dictionaries, so an unknown "… Army" is a group's.
    static let organisationHeads: [String: String] = [
        "FRONT": "REB", "MOVEMENT": "REB", "MOVEMENTS": "REB", "FORCES": "REB", "FORCE": "REB", "ARMY": "REB",
        "BRIGADE": "REB", "BRIGADES": "REB", "ALLIANCE": "REB", "UNION": "REB", "MILITIA": "REB", "COALITION": "REB",
        "PARTY": "PTY", "COUNCIL": "GOV",
    ]
    /// Heads whose name, beside a country, may be only words of a state's forces ("Israel Defense Forces").
    static let stateForceHeads: Set<String> = ["FORCES", "FORCE", "ARMY"]
    /// Words that make a country's forces out of "Forces" or "Army": "Armed", "Defense", "National", "Royal".
    static let stateForceWords: Set<String> = [
        "ARMED", "DEFENSE", "DEFENCE", "SELF-DEFENSE", "SELF-DEFENCE", "NATIONAL", "ROYAL", "AIR", "NAVAL", "SECURITY", "BORDER",
        "SPECIAL", "REGULAR", "GROUND", "LAND",
    ]

    static let wordsOfStates: Set<String> = ["STATES", "NATIONS", "COUNTRIES"]

    /// The organisation name that starts at `index`, when one does and the dictionaries do not already know it.
    func organisationName(_ tokens: [WordToken], at index: Int) -> OrganisationName? {
        let first = tokens[index]
        guard first.kind == .word, first.isCapitalized, !first.has(.fillers), !first.has(.conjunctions), mayNameOrganisation(tokens),
            agentMatch(tokens, at: index) == nil
        else { return nil }
        var position = index
        var words: [Int] = []
        var head: Int?
        var afterHead = false
        while position < tokens.count {
            let token = tokens[position]
            if token.kind == .word, token.isCapitalized, !token.has(.fillers) {
                // A second name after the first's head is another actor ("… Forces Chairman Falastur").
                if head != nil && !afterHead { break }
                words.append(position)
                if head == nil, Self.organisationHeads[token.text] != nil { head = position }
                position += 1
                continue
            }
            let next = position + 1 < tokens.count ? tokens[position + 1] : nil
            let nextIsName = next.map { $0.kind == .word && $0.isCapitalized && !$0.has(.fillers) } ?? false
            // "People's", "Workers'": a possessive inside the name.
            if token.text == "'S" || token.text == "'", !words.isEmpty, words.last == position - 1, nextIsName {
                position += 1
                continue
            }
            if token.isCapitalized || words.isEmpty { break }
            if token.text == "OF" || token.text == "FOR" {
                // After the head only "of" or "for" goes on with the name ("Forces for the Liberation of Rwanda").
                let skip = next?.text == "THE" ? 2 : 1
                // Before the head, not after a sentence's first word, capitalised whatever it is ("Supporters of the …").
                guard position + skip < tokens.count, tokens[position + skip].kind == .word, tokens[position + skip].isCapitalized,
                    !tokens[position + skip].has(.fillers), head != nil || index > 0
                else { break }
                if head != nil { afterHead = true }
                position += skip
                continue
            }
            // "Justice and Equality": "and" between two words of the name, not between a known actor and a name.
            if token.text == "AND", head == nil, nextIsName, actorMatch(tokens, at: position - 1) == nil,
                actorMatch(tokens, at: position + 1) == nil
            {
                position += 1
                continue
            }
            break
        }
        guard let head, words.count >= 2 else { return nil }
        // A head first is a name only with its "of"/"for" part, and not as a sentence's first word ("Forces of the RSF").
        if head == index && (!afterHead || index == 0) { return nil }
        let end = afterHead ? words[words.count - 1] + 1 : head + 1
        let nameWords = words.filter { $0 < end }
        guard nameWords.count >= 2 else { return nil }
        // A name the dictionaries know, alone or with an agent after it ("Lebanese Army"), stays theirs.
        if let known = actorMatch(tokens, at: index), index + known.length >= end - 1 { return nil }
        var country: String?
        var others: [String] = []
        var probe = index
        while probe < end {
            if let actor = actorMatch(tokens, at: probe), tokens[probe].isCapitalized {
                // A known group or institution inside ("UN Security Council") is the dictionaries' to code.
                guard actor.code.utf8.count == 3 else { return nil }
                if country == nil { country = actor.code }
                probe += actor.length
                continue
            }
            if tokens[probe].kind == .word && tokens[probe].isCapitalized && probe != head { others.append(tokens[probe].text) }
            probe += 1
        }
        var role = Self.organisationHeads[tokens[head].text] ?? "REB"
        // "Alliance of Sahel States", "League of Arab States": a body of states is an intergovernmental one.
        if others.contains(where: Self.wordsOfStates.contains) {
            return OrganisationName(end: end, code: "IGO", name: Self.organisationText(tokens[index..<end]))
        }
        if country != nil, Self.stateForceHeads.contains(tokens[head].text), others.allSatisfy(Self.stateForceWords.contains) {
            role = "MIL"
        }
        return OrganisationName(end: end, code: (country ?? "") + role, name: Self.organisationText(tokens[index..<end]))
    }

    /// An organisation's name at `index` in the shape of a dictionary match ("fighters of the Free Syrian Army").
    func organisationMatch(_ tokens: [WordToken], at index: Int) -> (length: Int, code: String, name: String)? {
        guard index < tokens.count, let name = organisationName(tokens, at: index) else { return nil }
        return (name.end - index, name.code, name.name)
    }

    /// The name as a reader writes it: title case, "of", "for", "and" and "the" in lower case, a possessive joined.
    static func organisationText(_ tokens: ArraySlice<WordToken>) -> String {
        var text = ""
        for token in tokens {
            if token.text == "'S" || token.text == "'" {
                text += token.text.lowercased()
                continue
            }
            if !text.isEmpty { text += " " }
            text +=
                token.isAllCapitals
                ? token.text : token.isCapitalized ? token.text.prefix(1) + token.text.dropFirst().lowercased() : token.text.lowercased()
        }
        return text
    }
}
