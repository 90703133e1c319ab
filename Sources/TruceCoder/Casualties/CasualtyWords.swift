/// The words the casualty finder reads: a word-level view of `TokenScanner`, and the word lists it reads them with.
enum CasualtyWords {
    struct Word {
        /// Lower case.
        var text: String
        var range: Range<Int>
        /// A comma, semicolon, colon, bracket or dash stands between this word and the one before.
        var punctuatedBefore: Bool
        var capitalised: Bool
        /// The only punctuation before this word is round brackets: "an Islamic Movement of Uzbekistan (IMU) leader".
        var bracketedBefore = false
        /// The only punctuation before this word is a comma: "a commander, his deputy and two fighters".
        var commaBefore = false
    }

    /// The words of `sentence` as the word-level views of `TokenScanner` make them (`SpanStream.wordEnd`):
    /// "al-qaeda", "taliban's", "13,000", "u.s.", "dembélé", lower case, each with the punctuation that stands
    /// before it. A curly apostrophe inside a word reads as a straight one.
    static func words(_ sentence: String) -> [Word] {
        var copy = sentence
        return copy.withUTF8 { words($0) }
    }

    private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var result: [Word] = []
        result.reserveCapacity(bytes.count / 6 + 1)
        var punctuated = false
        var onlyBrackets = true
        var onlyComma = true
        var stream = SpanStream(bytes)
        var position = 0
        var lowered: [UInt8] = []
        while let span = stream.at(position) {
            guard span.kind != .punctuation else {
                let byte = bytes[span.start]
                if byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x29 || byte == 0x2E || byte == 0x22 {
                    punctuated = true
                    if byte != 0x28 && byte != 0x29 { onlyBrackets = false }
                    if byte != 0x2C { onlyComma = false }
                }
                if byte >= 0x80 {
                    punctuated = true  // dashes, curly and angle quotes
                    onlyBrackets = false
                    onlyComma = false
                }
                position += 1
                continue
            }
            let last = stream.wordEnd(from: position)
            let range = span.start..<stream.spans[last].end
            result.append(
                Word(
                    text: lowerText(bytes, range, scratch: &lowered), range: range, punctuatedBefore: punctuated,
                    capitalised: Bytes.isUpper(bytes[range.lowerBound]), bracketedBefore: punctuated && onlyBrackets,
                    commaBefore: punctuated && onlyComma))
            punctuated = false
            onlyBrackets = true
            onlyComma = true
            position = last + 1
        }
        return result
    }

    /// The word at `range`, lower case, its curly apostrophes straight.
    private static func lowerText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scratch lowered: inout [UInt8]) -> String {
        lowered.removeAll(keepingCapacity: true)
        var ascii = true
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0xE2, TokenScanner.apostropheWidth(bytes, at: index, count: range.upperBound) == 3 {
                lowered.append(0x27)
                index += 3
                continue
            }
            if byte >= 0x80 { ascii = false }
            lowered.append(Bytes.lower(byte))
            index += 1
        }
        let text = String(decoding: lowered, as: UTF8.self)
        return ascii ? text : text.lowercased()
    }

    /// Participles after the people they happened to: "were killed", "were detained".
    static let participles: [String: CasualtyFinder.Outcome] = [
        "killed": .killed, "dead": .killed, "died": .killed, "slain": .killed, "executed": .killed, "beheaded": .killed,
        "neutralised": .killed, "neutralized": .killed,
        "wounded": .wounded, "injured": .wounded,
        "detained": .detained, "arrested": .detained, "captured": .detained, "apprehended": .detained, "abducted": .detained,
        "kidnapped": .detained, "seized": .detained,
        "harmed": .harmed, "hurt": .harmed,
    ]
    /// Verbs followed by the people they happened to: "killed two", "detaining three".
    static let activeVerbs: [String: CasualtyFinder.Outcome] = [
        "killed": .killed, "killing": .killed, "kill": .killed, "kills": .killed, "executed": .killed, "executing": .killed,
        // Military English for killing people ("neutralised six militants"); of things ("neutralised an IED") it counts
        // nobody, as the object names no person.
        "neutralised": .killed, "neutralized": .killed, "neutralising": .killed, "neutralizing": .killed,
        "wounded": .wounded, "wounding": .wounded, "injured": .wounded, "injuring": .wounded, "wound": .wounded,
        "detained": .detained, "detaining": .detained, "detain": .detained, "detains": .detained, "arrested": .detained,
        "arresting": .detained, "arrest": .detained, "captured": .detained, "capturing": .detained, "capture": .detained,
        "apprehended": .detained, "apprehending": .detained, "abducted": .detained, "kidnapped": .detained,
        // Seizing holds people only when people are seized ("seized 12 villagers", not "seized 30 rifles").
        "seized": .detained, "seizing": .detained,
    ]
    static let deathNouns: Set<String> = ["deaths", "fatalities", "bodies", "corpses", "dead"]
    static let actNouns: Set<String> = [
        "attacks", "strikes", "airstrikes", "raids", "ambushes", "bombings", "explosions", "clashes", "assaults", "incidents",
        "shellings", "engagements", "operations", "violations", "rockets", "missiles", "mortars", "times", "occasions",
    ]
    /// Repeated acts that are violence in themselves ("43 attacks"), unlike "times" or "operations".
    static let violentActNouns: Set<String> = [
        "attacks", "strikes", "airstrikes", "raids", "ambushes", "bombings", "explosions", "clashes", "assaults", "shellings",
        "violations", "rockets", "missiles", "mortars",
    ]
    static let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "been", "be", "being", "have", "has", "had", "reportedly", "also", "later", "all", "both",
        "subsequently", "initially", "allegedly", "confirmed", "believed", "to", "then", "each", "immediately", "successfully",
        "either", "ultimately", "eventually", "not",
    ]
    /// Words that say the people are new to the story: "two additional suspects", "also detained".
    /// An ordinal counts on from people told before: "a fourth suspect was detained" is one more.
    static let additionalWords: Set<String> = [
        "additional", "another", "other", "others", "more", "further", "also", "second", "separate", "third", "fourth", "fifth",
        "sixth", "seventh", "eighth", "ninth", "tenth",
    ]
    static let definiteWords: Set<String> = ["the", "these", "those"]
    static let beForms: Set<String> = ["was", "were", "is", "are", "been", "be", "being"]
    /// Words that end a noun phrase: verbs and conjunctions that start another clause.
    static let stopWords: Set<String> = [
        "and", "or", "while", "during", "after", "before", "when", "as", "in", "at", "on", "by", "for", "with", "from", "that",
        "which", "who", "but", "since", "because", "near", "into", "until", "where", "said", "says", "if", "than",
    ]
    /// Nouns for people, so "captured a suspected militant" counts one and "captured a compound" does not.
    static let personNouns: Set<String> = [
        "insurgent", "militant", "fighter", "suspect", "man", "woman", "child", "boy", "girl", "civilian", "leader", "commander",
        "facilitator", "member", "soldier", "policeman", "officer", "individual", "person", "bomber", "gunman", "attacker",
        "terrorist", "rebel", "extremist", "villager", "guard", "emir", "financier", "courier", "trainer", "cleric", "official",
        "driver", "associate", "affiliate", "operative", "smuggler", "maker", "expert", "recruiter", "sub-commander", "deputy",
        "militiaman", "journalist", "student", "farmer", "resident", "worker", "contractor", "trooper", "marine", "sergeant",
        "supplier", "planner", "organizer", "organiser", "coordinator", "chief", "mullah", "specialist", "distributor", "builder",
        "emplacer", "trafficker", "dealer", "agent", "spy", "informant", "collaborator", "sympathizer", "supporter", "accomplice",
        "brother", "son", "father", "cousin", "nephew", "governor", "lieutenant", "gunner", "sniper", "instructor", "messenger",
        "bystander", "passer-by", "passerby", "passenger", "pilgrim", "worshipper", "youth", "deserter", "recruit", "robber", "thief",
        "gangster", "criminal",
        "mercenary", "hostage", "captive", "prisoner", "detainee", "kidnapper", "abductor", "assassin", "provider", "handler",
        "financer", "transporter", "mastermind", "ringleader", "bodyguard", "lookout", "scout", "doctor", "teacher", "engineer",
        "peacekeeper", "medic",
        "bandit", "shopper", "trader", "fisherman", "herder", "firefighter",
        "serviceman",
    ]
    /// Plural nouns for people: "detained suspected insurgents" holds at least two.
    static let pluralPersonNouns: Set<String> = [
        "insurgents", "militants", "fighters", "suspects", "peacekeepers", "medics", "men", "women", "children", "civilians", "leaders", "commanders",
        "facilitators", "members", "soldiers", "policemen", "officers", "individuals", "people", "persons", "bombers", "gunmen",
        "attackers", "terrorists", "rebels", "extremists", "villagers", "guards", "associates", "affiliates", "operatives",
        "smugglers", "couriers", "financiers", "militiamen", "troops", "students", "journalists", "workers", "residents",
        "protesters", "demonstrators", "detainees", "prisoners", "combatants", "sub-commanders", "emirs", "cell",
        "suppliers", "planners", "organizers", "organisers", "coordinators", "chiefs", "mullahs", "specialists", "distributors",
        "builders", "emplacers", "traffickers", "dealers", "agents", "spies", "informants", "collaborators", "sympathizers",
        "supporters", "accomplices", "brothers", "sons", "gunners", "snipers", "instructors", "messengers", "mercenaries",
        "hostages", "captives", "kidnappers", "abductors", "assassins", "providers", "handlers", "transporters", "bodyguards",
        "lookouts", "scouts", "doctors", "teachers", "engineers", "bystanders", "passers-by", "passersby", "passengers", "pilgrims",
        "worshippers", "youths", "deserters", "recruits", "robbers", "thieves", "gangsters", "criminals", "relatives", "guests",
        "commandos", "troopers", "paramilitaries", "loyalists", "bandits", "shoppers", "traders", "fishermen", "herders",
        "firefighters",
        "commandos", "troopers", "paramilitaries", "loyalists", "servicemen", "servicemembers", "marines",
    ]
    /// Singular nouns ending in "s" ("Taliban fighters" ends in s; "bus" does not count people but is harmless).
    static let singularS: Set<String> = ["boss", "witness"]

    static let insurgentWords: Set<String> = [
        "insurgent", "insurgents", "militant", "militants", "fighter", "fighters", "taliban", "extremist", "extremists",
        "terrorist", "terrorists", "rebel", "rebels", "gunman", "gunmen", "attacker", "attackers", "bomber", "bombers",
        "facilitator", "facilitators", "commander", "commanders", "leader", "leaders", "suspect", "suspects", "suspected",
        "enemy", "jihadists", "jihadist", "emir", "operatives", "operative", "haqqani", "al-qaeda", "isis", "fighters",
    ]
    static let civilianWords: Set<String> = [
        "civilian", "civilians", "villager", "villagers", "woman", "women", "child", "children", "boy", "boys", "girl", "girls",
        "bystander", "bystanders", "farmer", "farmers", "resident", "residents", "student", "students", "worker", "workers",
        "journalist", "journalists", "non-combatants", "noncombatants", "family", "worshippers", "passengers", "pilgrims",
        "shopper", "shoppers", "trader", "traders", "fisherman", "fishermen", "herder", "herders",
    ]
    static let securityWords: Set<String> = [
        "soldier", "soldiers", "troops", "police", "policemen", "policeman", "officer", "officers", "servicemember",
        "servicemembers", "service", "marines", "marine", "guard", "guards", "army", "ansf", "ana", "anp", "coalition", "isaf",
        "personnel", "security", "forces", "force", "patrolmen", "commandos", "militiamen", "sergeant", "troopers", "serviceman",
        "servicemen",
    ]

    static func victims<C: Collection>(_ words: C) -> Victims where C.Element == Word {
        var result = Victims.unknown
        for word in words {
            if civilianWords.contains(word.text) { return .civilians }
            if insurgentWords.contains(word.text) { result = .insurgents }
            if result == .unknown, securityWords.contains(word.text) { result = .securityForces }
        }
        return result
    }

    /// How force was used, from the words of the sentence.
    /// Every word that can start a method phrase; the others skip the switch below.
    static let methodStarts: Set<String> = [
        "aerial", "air", "air-strike", "air-strikes", "air-to-ground", "airstrike", "airstrike-", "airstrikes", "ambush", "ambushed",
        "artillery", "blast", "bombardment", "car-bomb", "clash", "clashed", "clashes", "drone", "drone-strike", "exchange", "exchanged",
        "explosion", "explosions", "firefight", "firefights", "gunbattle", "gunfight", "gunship", "gunships", "ied", "ieds", "improvised",
        "indirect", "landmine", "landmines", "mortar", "mortars", "opened", "precision", "precision-guided", "raid", "raided", "raids",
        "return", "returned", "returning", "roadside", "rocket", "rockets", "shelled", "shelling", "shells", "skirmish", "small",
        "small-arms", "suicide", "warplane", "warplanes",
    ]

    static func methods(in words: [Word]) -> Set<Method> {
        var result: Set<Method> = []
        for (index, word) in words.enumerated() where methodStarts.contains(word.text) {
            let next = index + 1 < words.count ? words[index + 1].text : ""
            let following = index + 2 < words.count ? words[index + 2].text : ""
            switch word.text {
            case "airstrike", "airstrikes", "air-strike", "air-strikes", "gunship", "gunships", "warplanes", "warplane",
                "precision-guided", "air-to-ground", "bombardment", "drone-strike", "airstrike-":
                result.insert(.airStrike)
            case "air" where ["strike", "strikes", "support", "weapons", "attack", "attacks", "raid", "raids", "force"].contains(next):
                result.insert(.airStrike)
            case "drone" where ["strike", "strikes", "attack", "attacks"].contains(next):
                result.insert(.airStrike)
            case "precision" where next == "guided" || next == "strike" || next == "strikes":
                result.insert(.airStrike)
            case "aerial" where ["bombardment", "attack", "attacks", "strike", "strikes", "bombing", "support"].contains(next):
                result.insert(.airStrike)
            case "firefight", "firefights", "gunfight", "gunbattle", "clashed", "clashes", "clash", "skirmish", "ambushed", "ambush":
                result.insert(.armedClash)
            case "exchange" where next == "of" && following == "fire", "exchanged" where next == "fire",
                "returned" where next == "fire", "returning" where next == "fire", "return" where next == "fire",
                "opened" where next == "fire", "small-arms" where next == "fire", "small" where next == "arms" && following == "fire":
                result.insert(.armedClash)
            case "ied", "ieds", "roadside", "suicide", "landmine", "landmines", "explosion", "explosions", "blast", "car-bomb":
                result.insert(.explosive)
            case "improvised" where next == "explosive":
                result.insert(.explosive)
            case "mortar", "mortars", "artillery", "shelling", "shelled", "rocket", "rockets", "shells":
                result.insert(.shelling)
            case "indirect" where next == "fire":
                result.insert(.shelling)
            case "raid", "raided", "raids":
                result.insert(.raid)
            default: break
            }
        }
        return result
    }
}
