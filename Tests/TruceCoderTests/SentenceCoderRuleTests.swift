import Testing
import TruceCoder
import TruceModel

/// The coder's rules one at a time, on a small dictionary written here.
@Suite struct SentenceCoderRuleTests {
    static let coder: SentenceCoder = {
        var dictionaries = CoderDictionaries()
        do {
            try dictionaries.add(
                petrarchText: """
                    ARNOR [ARN]
                    GONDOR [GON]
                    +MINAS_TIRITH
                    ROHAN [ROH]
                    BREE [BRE]
                    THEODEN [ROH]
                    WHITE_TOWER [GONGOV]
                    """, file: "rules.actors.txt")
            try dictionaries.add(
                petrarchText: """
                    MINISTER [~GOV]
                    SOLDIER [~MIL]
                    OFFICIAL [~GOV]
                    MSF {} [NGO~]
                    """, file: "rules.agents.txt")
            try dictionaries.add(
                petrarchText: """
                    --- ATTACK [190] ---
                    ATTACK
                    --- URGE [020] ---
                    URGE
                    --- RESPOND [010] ---
                    RESPOND
                    --- SAY [010] ---
                    SAY {SAYS SAID SAYING}
                    --- DELAY [120] ---
                    DELAY
                    POSTPONE
                    - % * [120]
                    --- CONDEMN [111] ---
                    CONDEMN
                    --- PROMISE [030] ---
                    PROMISE
                    - * AID [033]
                    --- WARN [130] ---
                    WARN
                    - * (AT) ^ + [131]
                    """, file: "rules.verbs.txt")
        } catch {
            Issue.record("dictionaries: \(error)")
        }
        return SentenceCoder(dictionaries: dictionaries)
    }()

    func triples(_ sentence: String) -> Set<String> {
        Set(Self.coder.code(sentence).map { "\($0.source?.code ?? "-")>\($0.target?.code ?? "-") \($0.code)" })
    }

    @Test func aSubjectPronounStandsForTheEarlierSubject() {
        #expect(triples("Arnor said it attacked Gondor.") == ["ARN>GON 190", "ARN>GON 010"])
    }

    @Test func theObjectOfAnEarlierVerbAskedToActDoesNotAct() {
        #expect(triples("Arnor urged Gondor to respond to Rohan.") == ["ARN>GON 020"])
    }

    @Test func coordinatedVerbsShareTheirSubject() {
        #expect(
            triples("The Arnor minister condemned an attack by Gondor soldiers on Thursday and promised aid to Rohan.")
                == ["ARNGOV>GONMIL 111", "ARNGOV>ROH 033"])
    }

    @Test func aTrailingSpeakerIsNotTheObject() {
        #expect(triples("Arnor attacked Gondor villages last year, a Bree official said on Monday.") == ["ARN>GON 190"])
        #expect(triples("Rohan delayed the talks for a week, a Bree official said.").isEmpty)
    }

    @Test func compoundsActOnThemselvesOnlyWhenTheVerbAllowsIt() {
        #expect(triples("Arnor and Gondor have postponed their meeting.") == ["ARN>GON 120", "GON>ARN 120"])
        #expect(triples("Arnor and Gondor have attacked.").isEmpty)
    }

    @Test func listsWithCommasAndModifiersAreOneCompound() {
        #expect(triples("Evil Arnor, the awful Rohan, and good Bree attacked Gondor.") == ["ARN>GON 190", "ROH>GON 190", "BRE>GON 190"])
    }

    @Test func agentsBeforeAndAfterActors() {
        #expect(Self.coder.actors(in: "MSF Arnor soldiers").map(\.code) == ["NGOARNMIL"])
        #expect(Self.coder.actors(in: "the Arnor minister Theoden").map(\.code) == ["ARNGOV"])
        // The sector is not doubled: "White Tower officials" are GONGOV, not GONGOVGOV.
        #expect(Self.coder.actors(in: "White Tower officials").map(\.code) == ["GONGOV"])
    }

    @Test func severalAgentsShareOnePrepositionalPhrase() {
        #expect(
            Set(Self.coder.actors(in: "Soldiers and officials from Arnor and Rohan").map(\.code)) == ["ARNMIL", "ARNGOV", "ROHMIL", "ROHGOV"])
    }

    @Test func aPronounWithNoVerbBeforeItIsTheActorBeforeIt() {
        #expect(triples("In Arnor's view it attacked Gondor.").isEmpty)
        #expect(triples("Arnor, in a statement, it attacked Gondor.") == ["ARN>GON 190"])
    }

    @Test func aSkipInAPatternPassesOverOneNounPhrase() {
        #expect(triples("Arnor warned at the Gondor of Rohan.") == ["ARN>ROH 131"])
    }

    @Test func eachFloatingAfterItsActorsLeavesTheVerbAVerb() {
        #expect(triples("Arnor and Rohan each attacked Gondor.") == ["ARN>GON 190", "ROH>GON 190"])
        // Before a noun it is a determiner: "each attack" is no act.
        #expect(!triples("Arnor said each attack on Gondor was a crime.").contains { $0.hasSuffix(" 190") })
    }

    @Test func anAdjectiveUseIsNotAVerb() {
        #expect(triples("Arnor is very attack-minded toward Gondor.").isEmpty)
        #expect(triples("An attack on Gondor worried Arnor.").isEmpty)
    }
}
