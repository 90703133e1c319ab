/// The words that tell who did what to whom in conflict reporting: parties (civilians, armed men, a crowd),
/// acts (fighting, harm, crowd violence, intervention, demonstration), the auxiliaries of a passive verb,
/// and "by", which names the agent of a passive one. `RoleTracker` reads a sentence's roles from them.
///
/// They state the boundaries ACLED's hardest types turn on, in words that hold in any country's reporting:
/// an armed party that harms civilians is an attack, one that harms armed men a clash; a crowd that damages
/// is violent, one dispersed by police is a protest with intervention.
enum RoleWords {
    /// What one word says about roles.
    enum Role: Equatable {
        case party(Party)
        case act(Act)
        /// "was", "were", …: the act word that follows is passive ("was shot by police").
        case passive
        /// "by": after a passive act, the party that follows is the agent.
        case agentMarker
    }

    /// Who takes part in an act; `rawValue` 0 is kept for "no party named".
    enum Party: Int, CaseIterable {
        case civilians = 1
        case armed
        case crowd
    }

    enum Act: Int, CaseIterable {
        case fighting
        case harm
        case crowdViolence
        case intervention
        case demonstration
    }

    /// Stems (at least four letters, matched as prefixes: "gendarm" → "gendarmes") and whole words of one class.
    struct Entries {
        let stems: [String]
        let words: [String]
    }

    static let parties: [Party: Entries] = [
        .civilians: Entries(
            stems: [
                "civilian", "villager", "resident", "farmer", "herder", "woman", "women", "child", "student", "trader", "teacher", "passenger",
                "elder", "pastor", "imam", "traveler", "traveller", "motorist", "shepherd", "fisherm", "pedestrian", "worker", "journalist",
                "voter", "vendor", "bystander", "refugee", "worshipper", "driver", "merchant", "businessm", "herdsm", "chief", "inhabitant",
                "families",
            ],
            words: ["family", "people", "person", "man", "men", "boy", "boys", "girl", "girls", "wife"]),
        .armed: Entries(
            stems: [
                "soldier", "troop", "militant", "fighter", "militia", "policem", "police", "gunm", "jihadi", "insurgent", "rebel", "terroris",
                "military", "patrol", "checkpoint", "convoy", "forces", "gendarm", "officer", "guard", "bandit", "attacker", "raider",
                "combatant", "sniper", "position", "barrack", "outpost", "commander", "recruit", "member", "assailant",
            ],
            words: ["army", "armed", "post", "posts", "base", "bases", "camp", "camps", "members"]),
        .crowd: Entries(
            stems: ["protester", "protestor", "demonstrator", "rioter", "crowd", "supporter", "striker", "mourner"],
            words: ["mob", "mobs", "youth", "youths"]),
    ]

    static let acts: [Act: Entries] = [
        .fighting: Entries(
            stems: [
                "clash", "exchang", "gunfight", "firefight", "battl", "fought", "repel", "repuls", "engag", "skirmish", "shootout", "retaliat",
                "counter",
            ],
            words: ["fight", "fights", "fighting"]),
        .harm: Entries(
            stems: [
                "attack", "kill", "shot", "shoot", "murder", "assault", "flog", "tortur", "stab", "hack", "raid", "target", "wound", "injur",
                "execut", "lynch", "storm", "abduct", "kidnap", "ambush", "struck", "rape", "burn", "loot",
            ],
            words: ["beat", "beaten", "beating", "fired", "hit", "hits"]),
        .crowdViolence: Entries(
            stems: ["pelt", "hurl", "stone", "torch", "vandal", "barricad", "smash", "destroy", "block", "riot", "damag"], words: []),
        .intervention: Entries(stems: ["dispers", "teargas", "arrest", "detain", "disrupt"], words: ["tear", "broke", "break"]),
        .demonstration: Entries(stems: ["protest", "demonstrat", "march", "rally", "rallie", "gather", "picket", "strike"], words: []),
    ]

    static let passiveWords = ["was", "were", "been", "being", "is", "are", "be", "got"]

    /// Every role a word can have; the tables hold indices into it.
    static let roles: [Role] = [.passive, .agentMarker] + Party.allCases.map { .party($0) } + Act.allCases.map { .act($0) }

    /// The longest stem, in bytes: prefixes longer than this are not looked up.
    static let longestStem = (parties.values.flatMap(\.stems) + acts.values.flatMap(\.stems)).map(\.utf8.count).max() ?? 0

    /// A role's index by the FNV-1a hash of a stem, and by that of a whole word.
    static let (stemTable, wordTable): (HashedWordTable, HashedWordTable) = {
        var stems: [UInt64: Int32] = [:]
        var words: [UInt64: Int32] = [:]
        func add(_ entries: Entries, as role: Role) {
            let index = Int32(roles.firstIndex(of: role)!)
            for stem in entries.stems { stems[CueWords.prefixHash(Array(stem.utf8)[...])] = index }
            for word in entries.words { words[CueWords.prefixHash(Array(word.utf8)[...])] = index }
        }
        for (party, entries) in parties { add(entries, as: .party(party)) }
        for (act, entries) in acts { add(entries, as: .act(act)) }
        add(Entries(stems: [], words: passiveWords), as: .passive)
        add(Entries(stems: [], words: ["by"]), as: .agentMarker)
        return (HashedWordTable(stems), HashedWordTable(words))
    }()

    /// The role of one lower-cased word: a whole word's first, else its longest stem's ("rioters" is a crowd,
    /// though "riot" begins it), nil for most words.
    static func role(of word: ArraySlice<UInt8>) -> Role? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var found: Int32 = -1
        var offset = 0
        for byte in word {
            if offset == longestStem { break }
            hash = CueWords.step(hash, byte)
            if offset >= 3 {
                let role = stemTable.value(hash)
                if role >= 0 { found = role }
            }
            offset += 1
        }
        if word.count <= longestStem {
            let role = wordTable.value(hash)
            if role >= 0 { return roles[Int(role)] }
        }
        return found >= 0 ? roles[Int(found)] : nil
    }
}
