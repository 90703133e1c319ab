import Testing
import TruceCoder

/// After "against", "amid" or "despite" a word of the verb dictionary is a noun, not a reported act.
@Suite struct NounAfterPrepositionTests {
    func triples(_ sentence: String) -> Set<String> {
        Set(SentenceCoderRuleTests.coder.code(sentence).map { "\($0.source?.code ?? "-")>\($0.target?.code ?? "-") \($0.code)" })
    }

    @Test func aDefenceAgainstAttacksIsNoAttack() {
        #expect(!triples("Arnor has the right to defend itself against attacks from Gondor.").contains { $0.hasSuffix(" 190") })
        #expect(!triples("Rohan stood firm despite attacks by Gondor.").contains { $0.hasSuffix(" 190") })
        #expect(triples("Gondor attacked Arnor.").contains("GON>ARN 190"))
    }
}
