import Testing
import TruceCoder

/// A word of the verb dictionary that a number, an ordinal, a determiner with its modifier, or a following
/// preposition shows to be a noun names acts; it does not report one.
@Suite struct NounOfActTests {
    func triples(_ sentence: String) -> Set<String> {
        Set(SentenceCoderRuleTests.coder.code(sentence).map { "\($0.source?.code ?? "-")>\($0.target?.code ?? "-") \($0.code)" })
    }

    func attacks(_ sentence: String) -> Bool { triples(sentence).contains { $0.hasSuffix(" 190") } }

    @Test func aCountedOrRankedActIsANoun() {
        #expect(!attacks("Arnor counted 27 attacks by Gondor since the truce."))
        #expect(!attacks("Rohan mourned the victims of the October 7th attack on Gondor."))
    }

    @Test func aDeterminerAndOneModifierMakeANoun() {
        #expect(!attacks("Gondor launched their largest attack to date on Arnor."))
        #expect(!attacks("Arnor authorized a precision attack that would remove Gondor from the battlefield."))
        #expect(!attacks("These targeted attacks send Gondor a message."))
        // A plural word between the determiner and the verb can be its subject.
        #expect(triples("The Gondor rebels attack Arnor.").contains("GON>ARN 190"))
    }

    @Test func aPluralActFollowedByAPrepositionIsANoun() {
        #expect(!attacks("Arnor will not tolerate attacks on Gondor."))
        #expect(!attacks("Rohan faces rocket attacks from Gondor."))
        // The verb's "-s" form takes its object directly.
        #expect(triples("Gondor attacks Arnor.").contains("GON>ARN 190"))
        #expect(triples("Gondor attacked Arnor on Monday.").contains("GON>ARN 190"))
    }
}

extension NounOfActTests {
    /// Before a verb's "-s" form, a singular noun after a determiner is its subject: "the agreement commits" is a
    /// verb, whose object is asked to act, not acting.
    @Test func aNounSubjectBeforeAnSFormLeavesTheVerb() {
        let coder = SentenceCoder(dictionaries: .builtIn, options: SentenceCoder.Options(requireDyad: false, includeNegated: true))
        #expect(!coder.code("The agreement commits the Taliban to fight al-Qaeda.").contains { $0.code.hasPrefix("19") })
    }
}
