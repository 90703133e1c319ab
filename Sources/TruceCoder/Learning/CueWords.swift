/// Groups of words that say the same thing about an event whatever country it happened in,
/// each read as one shared feature beside the words' own (`TextFeatures.cues`).
///
/// A note from a country the model never saw often uses a synonym the training notes did not
/// ("pelted" where they said "hurled stones"); the shared feature lets what was learnt from one
/// word carry to the others. The groups are the questions that decide ACLED's hardest
/// boundaries: did the crowd use violence (riot or protest), were those hit civilians or armed
/// men (attack or armed clash), was there fighting, did the police intervene, was anyone killed,
/// and which weapon was used.
enum CueWords {
    /// One group: its name, words matched as prefixes (at least four letters: "pelt" → "pelted"),
    /// and short words matched only whole ("men" is not "mention").
    struct Group {
        let name: String
        let stems: [String]
        let words: [String]
    }

    static let groups: [Group] = [
        Group(
            name: "crowd violence",
            stems: [
                "pelt", "hurl", "stone", "stoning", "torch", "ablaze", "burn", "loot", "vandal", "violen", "riot", "barricad", "smash", "machete",
                "lynch",
            ],
            words: ["mob", "mobs", "rock", "rocks"]),
        Group(
            name: "civilians",
            stems: [
                "civilian", "villager", "resident", "farmer", "herder", "woman", "women", "child", "student", "trader", "teacher", "passenger",
                "elder", "pastor", "imam", "traveler", "traveller", "motorist", "shepherd", "fisherm", "pedestrian",
            ],
            words: ["man", "men", "boy", "boys", "girl", "girls", "family"]),
        Group(
            name: "armed men",
            stems: [
                "soldier", "troop", "militant", "fighter", "militia", "policem", "gunm", "jihadi", "insurgent", "rebel", "terroris", "armed",
                "military", "patrol", "checkpoint", "convoy",
            ],
            words: ["army", "police", "forces"]),
        Group(
            name: "fighting",
            stems: [
                "clash", "exchang", "gunfight", "firefight", "battl", "fought", "repel", "repuls", "ambush", "retaliat", "overran", "overrun",
                "recaptur", "seiz", "captur",
            ],
            words: []),
        Group(
            name: "demonstration",
            stems: ["peaceful", "march", "demonstrat", "protest", "rally", "rallie", "petition", "boycott", "gather"],
            words: []),
        Group(
            name: "intervention",
            stems: ["dispers", "teargas", "baton", "rubber", "arrest", "detain"],
            words: ["tear", "cannon"]),
        Group(
            name: "death or injury",
            stems: ["kill", "dead", "death", "died", "bodies", "corpse", "fatalit", "injur", "wound", "behead", "execut"],
            words: ["body", "shot"]),
        Group(name: "abduction", stems: ["kidnap", "abduct", "hostage", "ransom", "disappear"], words: []),
        Group(name: "sexual violence", stems: ["rape", "sexual"], words: []),
        Group(
            name: "remote weapon",
            stems: ["shell", "artiller", "mortar", "rocket", "missile", "grenade", "airstrike", "drone", "bomb", "explos", "landmine", "blast"],
            words: ["ied", "ieds", "mine", "mines"]),
    ]

    /// The longest stem, in bytes: prefixes longer than this are not looked up.
    static let longestStem = groups.flatMap(\.stems).map(\.utf8.count).max() ?? 0

    /// Each group's feature hash, in `groups` order.
    static let groupFeatures: [UInt64] = groups.map { TextFeatures.hash(Array($0.name.utf8)[...], seed: TextFeatures.seedCue) }

    /// A group's index by the FNV-1a hash of a stem (any word it begins), and by that of a whole word.
    static let (stemTable, wordTable): (HashedWordTable, HashedWordTable) = {
        var stems: [UInt64: Int32] = [:]
        var words: [UInt64: Int32] = [:]
        for (index, group) in groups.enumerated() {
            for stem in group.stems { stems[prefixHash(Array(stem.utf8)[...])] = Int32(index) }
            for word in group.words { words[prefixHash(Array(word.utf8)[...])] = Int32(index) }
        }
        return (HashedWordTable(stems), HashedWordTable(words))
    }()

    /// FNV-1a of the bytes, unmixed, so a word's prefixes can be hashed one byte at a time.
    static func prefixHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    /// The cue features of one lower-cased word: at most one per group.
    static func features(of word: ArraySlice<UInt8>, into add: (UInt64) -> Void) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var found: Int32 = -1
        var offset = 0
        for byte in word {
            if offset == longestStem { break }
            hash = step(hash, byte)
            if offset >= 3 {
                let group = stemTable.value(hash)
                if group >= 0 && group != found {
                    add(groupFeatures[Int(group)])
                    found = group
                }
            }
            offset += 1
        }
        if word.count <= longestStem {
            let group = wordTable.value(hash)
            if group >= 0 && group != found { add(groupFeatures[Int(group)]) }
        }
    }
}
