import Testing

@testable import TruceCoder

@Suite struct TextFeaturesTests {
    static let names = TextFeatures(bucketBits: 16, characterGrams: 2...5, shortNames: true)
    static let plain = TextFeatures(bucketBits: 16, characterGrams: 2...5, shortNames: false)

    /// The buckets two vectors share.
    static func shared(_ first: SparseVector, _ second: SparseVector) -> Int {
        Set(first.indices).intersection(second.indices).count
    }

    @Test func twoNotesThatDifferOnlyInAPlaceShareAllButThePlacesWord() {
        let kisumu = "On 3 May, police fired tear gas at traders protesting in Kisumu town."
        let garissa = "On 3 May, police fired tear gas at traders protesting in Garissa town."
        let withNames = (Self.names.vector(kisumu), Self.names.vector(garissa))
        // Each place gives its word alone: one bucket apart, whatever its spelling.
        #expect(withNames.0.count - Self.shared(withNames.0, withNames.1) == 1)
        let plain = (Self.plain.vector(kisumu), Self.plain.vector(garissa))
        #expect(plain.0.count - Self.shared(plain.0, plain.1) > 10)
    }

    @Test func aCapitalisedWordThatOpensASentenceIsAnOrdinaryWord() {
        for text in ["Protesters marched to the office.", "Gunmen attacked a bus. Soldiers arrived later. [size=no report]"] {
            #expect(Self.names.vector(text) == Self.plain.vector(text), "\(text)")
        }
    }

    @Test func aNameInsideASentenceGivesNoCharacterGrams() {
        let name = Self.names.vector("Fighters attacked Mandera.")
        let word = Self.names.vector("Fighters attacked mandera.")
        // The name: its word and the shared name feature; the word: its word and its n-grams.
        #expect(name.count < word.count - 10)
        #expect(Self.names.vector("Fighters attacked Mandera.") == Self.names.vector("Fighters attacked Mandera."))
    }

    /// A word gives its bias, its own word feature and exactly every n-gram of the word padded with spaces.
    @Test(arguments: ["ambush", "a", "militiamen"])
    func characterGramsAreEveryNGramOfThePaddedWord(word: String) {
        let features = TextFeatures(bucketBits: 20, characterGrams: 2...4, shortNames: false, cues: false)
        let mask = UInt64(features.buckets - 1)
        let padded = Array(" \(word) ".utf8)
        var expected: Set<Int32> = [
            Int32(truncatingIfNeeded: TextFeatures.seedBias & mask),
            Int32(truncatingIfNeeded: TextFeatures.hash(Array(word.utf8)[...], seed: TextFeatures.seedWord) & mask),
        ]
        for length in 2...4 where length <= padded.count {
            for start in 0...(padded.count - length) {
                let hash = TextFeatures.hash(padded[start..<(start + length)], seed: TextFeatures.seedCharacters)
                expected.insert(Int32(truncatingIfNeeded: hash & mask))
            }
        }
        #expect(Set(features.vector(word).indices) == expected)
    }

    @Test func wordsAloneGiveWordsBigramsAndCuesButNoCharacterGrams() {
        let words = TextFeatures(bucketBits: 16, characterGrams: nil, shortNames: true, cues: true)
        let grams = TextFeatures(bucketBits: 16, characterGrams: 2...5, shortNames: true, cues: true)
        let text = "Rioters pelted police with stones in Nakuru."
        let alone = Set(words.vector(text).indices)
        // Bias, six words, one name, its name feature, six bigrams, and the cue groups: far fewer than with n-grams.
        #expect(alone.count < 25)
        #expect(alone.isSubset(of: grams.vector(text).indices))
        #expect(grams.vector(text).count > 4 * alone.count)
        #expect(words.vector(text) == words.vector(text))
    }

    static let cues = TextFeatures(bucketBits: 16, characterGrams: 2...5, shortNames: true, cues: true)

    /// The buckets of `word` that only the cue words give.
    static func cueBuckets(_ word: String) -> Set<Int32> {
        let without = TextFeatures(bucketBits: 16, characterGrams: 2...5, shortNames: true, cues: false)
        return Set(cues.vector(word).indices).subtracting(without.vector(word).indices)
    }

    /// Two words of one group share its feature; a word of another group or of none does not have it.
    @Test(arguments: [
        ("pelted", "hurled", "marched"), ("stoning", "looters", "peacefully"), ("villagers", "farmers", "soldiers"),
        ("women", "men", "militants"), ("soldiers", "policemen", "civilians"), ("clashed", "ambushed", "abducted"),
        ("demonstrators", "rallied", "rioters"), ("dispersed", "teargas", "stoned"), ("killed", "bodies", "kidnapped"),
        ("kidnapped", "abducted", "killed"), ("raped", "sexual", "robbed"), ("shelled", "mortars", "clashed"), ("ied", "grenade", "gunmen"),
    ])
    func wordsOfOneGroupShareItsCue(word: String, synonym: String, other: String) {
        let cue = Self.cueBuckets(word)
        #expect(cue.count == 1, "\(word)")
        #expect(cue == Self.cueBuckets(synonym), "\(word) / \(synonym)")
        #expect(cue.isDisjoint(with: Self.cueBuckets(other)), "\(word) / \(other)")
    }

    @Test(arguments: ["mention", "many", "bodyguard", "sitting", "rockets", "minerals"])
    func shortWordsMatchOnlyWhole(word: String) {
        let civiliansOrCrowd = Self.cueBuckets("men").union(Self.cueBuckets("mob")).union(Self.cueBuckets("body")).union(Self.cueBuckets("rock"))
        #expect(Self.cueBuckets(word).isDisjoint(with: civiliansOrCrowd), "\(word)")
    }

    @Test func everyStemIsLongEnoughToBeAPrefix() {
        for group in CueWords.groups {
            #expect(group.stems.allSatisfy { $0.utf8.count >= 4 }, "\(group.name)")
        }
        for entries in Array(RoleWords.parties.values) + Array(RoleWords.acts.values) {
            #expect(entries.stems.allSatisfy { $0.utf8.count >= 4 }, "\(entries.stems)")
        }
    }

    /// The buckets of `text` that only the role features give.
    static func roleBuckets(_ text: String) -> Set<Int32> {
        let with = TextFeatures(bucketBits: 18, characterGrams: nil, shortNames: true, cues: true, roles: true)
        let without = TextFeatures(bucketBits: 18, characterGrams: nil, shortNames: true, cues: true, roles: false)
        return Set(with.vector(text).indices).subtracting(without.vector(text).indices)
    }

    /// The same act told in the active and the passive voice has the same agent and patient.
    @Test(arguments: [
        ("Gunmen killed three villagers.", "Three villagers were killed by gunmen."),
        ("Police dispersed the protesters.", "The protesters were dispersed by police."),
        ("Soldiers shot and killed a student.", "A student was shot by soldiers."),
    ])
    func theActiveAndThePassiveVoiceGiveTheSameRoles(active: String, passive: String) {
        #expect(Self.roleBuckets(active).count == 4)
        #expect(Self.roleBuckets(active) == Self.roleBuckets(passive))
    }

    /// Who was hit, who acted and what was done each change the roles: the boundaries between an attack
    /// and a clash, and between a violent crowd and one dispersed.
    @Test(arguments: [
        ("Gunmen killed three villagers.", "Gunmen killed three soldiers."),
        ("Gunmen attacked a military post.", "Gunmen clashed with a military post."),
        ("Protesters pelted the police.", "Police dispersed the protesters."),
        ("Villagers attacked the police.", "Soldiers attacked the police."),
    ])
    func aDifferentAgentPatientOrActGivesOtherRoles(first: String, second: String) {
        #expect(!Self.roleBuckets(first).isEmpty)
        #expect(Self.roleBuckets(first) != Self.roleBuckets(second))
    }

    @Test func aSentenceWithoutAnActHasNoRolesAndEachSentenceHasItsOwn() {
        #expect(Self.roleBuckets("Soldiers and villagers met at the market.").isEmpty)
        // The second sentence's act does not take the first sentence's party as its agent.
        #expect(Self.roleBuckets("Soldiers arrived. Villagers were killed.") == Self.roleBuckets("Villagers were killed."))
    }

    @Test(arguments: [
        ("rioters", RoleWords.Role.party(.crowd)), ("rioted", .act(.crowdViolence)), ("gendarmes", .party(.armed)), ("army", .party(.armed)),
        ("herdsmen", .party(.civilians)), ("clashed", .act(.fighting)), ("ambushed", .act(.harm)), ("teargassed", .act(.intervention)),
        ("were", .passive), ("by", .agentMarker),
    ])
    func wordsHaveTheirRoles(word: String, role: RoleWords.Role) {
        #expect(RoleWords.role(of: Array(word.utf8)[...]) == role)
    }

    @Test(arguments: ["postal", "campaign", "basement", "mention", "the", "armies"])
    func shortRoleWordsMatchOnlyWhole(word: String) {
        #expect(RoleWords.role(of: Array(word.utf8)[...]) == nil)
    }

    @Test func aHashedWordTableFindsWhatItHoldsAndNothingElse() {
        let entries = Dictionary(uniqueKeysWithValues: (1...200).map { (CueWords.prefixHash(Array("word\($0)".utf8)[...]), Int32($0)) })
        let table = HashedWordTable(entries)
        for (key, value) in entries { #expect(table.value(key) == value) }
        #expect(table.value(CueWords.prefixHash(Array("word0".utf8)[...])) == -1)
        #expect(table.value(CueWords.prefixHash(Array("word201".utf8)[...])) == -1)
    }
}
