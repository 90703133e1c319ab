import Testing
import TruceModel

@testable import TruceCoder

/// With a learned model, the verb decides the kind of act (violence, demonstration, strategic development) and
/// the model only the type within that kind.
@Suite struct ModelTypeFamilyTests {
    @Test func theModelChoosesOnlyWithinTheVerbsKindOfAct() throws {
        let model = try EventTypeModelTests.trained()
        let coder = ArticleCoder(model: model)
        let article = ArticleCleaner.article(
            raw: "Soldiers attacked traders who protested peacefully against new taxes in Gao on Monday.", markup: .plain, origin: "test",
            source: nil, date: Day(iso: "2022-05-11"))
        // The same words alone read as a protest to this model.
        #expect(model.classify(article.text).eventType == "Protests")
        let violent = coder.code(article).events.filter { $0.code.hasPrefix("19") || $0.code.hasPrefix("18") }
        #expect(!violent.isEmpty)
        #expect(violent.allSatisfy { ["Battles", "Explosions/Remote violence", "Violence against civilians"].contains($0.acledEventType ?? "") })
    }

    @Test func anActByRemoteMeansStaysAnExplosionWhateverTheModelReads() throws {
        let model = try EventTypeModelTests.trained()
        let text = "Government troops shelled the rebels in the hills; fighting continued on Monday."
        // The same words alone read as a battle to this model.
        #expect(model.classify(text).eventType == "Battles")
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2022-05-11"))
        let shelled = ArticleCoder(model: model).code(article).events.filter { $0.code.hasPrefix("194") }
        #expect(!shelled.isEmpty)
        #expect(shelled.allSatisfy { $0.acledEventType == "Explosions/Remote violence" })
    }

    @Test func kindsOfActs() {
        #expect(ArticleCoding.family(of: "Battles") == ArticleCoding.family(of: "Violence against civilians"))
        #expect(ArticleCoding.family(of: "Protests") == ArticleCoding.family(of: "Riots"))
        #expect(ArticleCoding.family(of: "Protests") != ArticleCoding.family(of: "Battles"))
        #expect(ArticleCoding.family(of: "Strategic developments") != ArticleCoding.family(of: "Riots"))
    }
}
