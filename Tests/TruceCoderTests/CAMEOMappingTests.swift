import Testing
import TruceCoder

@Suite struct CAMEOMappingTests {
    @Test func fightingAndAssaultAreAssaultInPlover() {
        #expect(CAMEOMapping.plover(for: "190") == "ASSAULT")
        #expect(CAMEOMapping.plover(for: "1831") == "ASSAULT")
        #expect(CAMEOMapping.plover(for: "202") == "ASSAULT")
    }

    @Test func coercionProtestAndCooperationInPlover() {
        #expect(CAMEOMapping.plover(for: "173") == "COERCE")
        #expect(CAMEOMapping.plover(for: "1711") == "COERCE")
        #expect(CAMEOMapping.plover(for: "141") == "PROTEST")
        #expect(CAMEOMapping.plover(for: "057") == "AGREE")
        #expect(CAMEOMapping.plover(for: "0874") == "RETREAT")
        #expect(CAMEOMapping.plover(for: "040") == "CONSULT")
        #expect(CAMEOMapping.plover(for: "010") == nil)
    }

    @Test func acledTypesForViolence() {
        #expect(CAMEOMapping.acled(for: "195")! == ("Explosions/Remote violence", "Air/drone strike"))
        #expect(CAMEOMapping.acled(for: "1951")! == ("Explosions/Remote violence", "Air/drone strike"))
        #expect(CAMEOMapping.acled(for: "193")! == ("Battles", "Armed clash"))
        #expect(CAMEOMapping.acled(for: "194")! == ("Explosions/Remote violence", "Shelling/artillery/missile attack"))
        #expect(CAMEOMapping.acled(for: "1831")! == ("Explosions/Remote violence", "Suicide bomb"))
        #expect(CAMEOMapping.acled(for: "183")! == ("Explosions/Remote violence", "Remote explosive/landmine/IED"))
        #expect(CAMEOMapping.acled(for: "180")! == ("Violence against civilians", "Attack"))
        #expect(CAMEOMapping.acled(for: "181")! == ("Violence against civilians", "Abduction/forced disappearance"))
    }

    @Test func acledTypesForArrestsProtestsAndAgreements() {
        #expect(CAMEOMapping.acled(for: "173")! == ("Strategic developments", "Arrests"))
        #expect(CAMEOMapping.acled(for: "1711")! == ("Strategic developments", "Looting/property destruction"))
        #expect(CAMEOMapping.acled(for: "141")! == ("Protests", "Peaceful protest"))
        #expect(CAMEOMapping.acled(for: "145")! == ("Riots", "Violent demonstration"))
        #expect(CAMEOMapping.acled(for: "057")! == ("Strategic developments", "Agreement"))
    }

    @Test func verbalActsHaveNoAcledType() {
        #expect(CAMEOMapping.acled(for: "010") == nil)
        #expect(CAMEOMapping.acled(for: "112") == nil)
        #expect(CAMEOMapping.acled(for: "") == nil)
        #expect(CAMEOMapping.acled(for: "xx") == nil)
    }
}
