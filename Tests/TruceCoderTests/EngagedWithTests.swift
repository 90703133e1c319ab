import Testing
import TruceCoder

/// "Engaged with" leaders and "engaged in" efforts are diplomacy; "engaged" an enemy, or engaged with a weapon,
/// is fighting.
@Suite struct EngagedWithTests {
    let coder = SentenceCoder(dictionaries: .builtIn, options: SentenceCoder.Options(requireDyad: false, includeNegated: true))

    func codes(_ sentence: String) -> [String] { coder.code(sentence).map(\.code) }

    @Test func engagedWithLeadersOrInEffortsIsNoFighting() {
        #expect(!codes("The United States will remain engaged with Israeli and Palestinian leaders.").contains { $0.hasPrefix("19") })
        #expect(!codes("Egypt is committed and engaged in efforts to advance peace in Yemen.").contains { $0.hasPrefix("19") })
    }

    @Test func engagingAnEnemyOrWithAWeaponIsFighting() {
        #expect(codes("Afghan forces engaged the Taliban near the checkpoint.").contains { $0.hasPrefix("19") })
        #expect(codes("Afghan forces engaged with an airstrike against the Taliban.").contains("195"))
    }
}
