import Testing
import TruceModel

@testable import TruceCoder

/// Roles and modality the coder still got wrong (issue 12 items 4 and 6, twelfth session): a kind of act judged in law
/// is no act done, an aside in brackets or dashes between a subject and its verb is passed over, an act someone is
/// blamed or held responsible for is alleged, and people named by where they come from are still counted.
@Suite struct RolesAndModalityTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String = "2024-05-15") -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    func violent(_ result: CodingResult) -> [CodedEvent] { result.events.filter { EventKinds.isViolent($0.code) } }

    @Test(arguments: [
        "Deliberate attacks on relief convoys may constitute war crimes, the envoy said on Tuesday.",
        "Airstrikes on crowded markets could amount to crimes against humanity, a rights group said.",
        "Shelling of residential areas violates international humanitarian law.",
        "Indiscriminate bombings of towns would be unlawful, the commission warned.",
        "The envoy warned that raids targeting refugee camps may be considered war crimes.",
    ])
    func aKindOfActJudgedInLawIsNoActDone(text: String) {
        #expect(violent(code(text)).isEmpty, "\(text): \(violent(code(text)).map(\.code))")
    }

    @Test(arguments: [
        "Airstrikes on a crowded market killed 14 people on Sunday and could amount to war crimes, a rights group said.",
        "Militants attacked a relief convoy on Monday, the envoy said.",
    ])
    func actsToldInThePastAreStillActs(text: String) {
        #expect(!violent(code(text)).isEmpty, "\(text)")
    }

    @Test(arguments: [
        ("Attacks on peacekeepers may constitute war crimes.", true),
        ("Repeated raids on villages would be illegal.", true),
        ("The attacks on peacekeepers may constitute war crimes.", false),
        ("Their raids on villages would be illegal.", false),
        ("Three strikes on the port violated the truce.", false),
        ("Strikes on the port violated the truce.", false),
        ("Attacks on peacekeepers rose sharply last year.", false),
    ])
    func onlyABareKindJudgedInTheLawsPresentOrUnderAModal(text: String, judged: Bool) {
        #expect((ArticleCoding.kindOfActPredicate(CasualtyWords.words(text)) != nil) == judged, "\(text)")
    }

    @Test(arguments: [
        ("Houthi fighters (who had agreed to a truce in April) attacked a Saudi border post on Monday.", "YEM"),
        ("The Houthis — who control most of the north — attacked a Saudi border post on Monday.", "YEM"),
        ("The Houthis - who control most of the north - attacked a Saudi border post on Monday.", "YEM"),
        ("Taliban gunmen (some of them on motorbikes) attacked a police post in Kunduz on Monday.", "AFG"),
    ])
    func anAsideInBracketsOrDashesIsPassedOverToTheSubject(text: String, doer: String) throws {
        let act = try #require(violent(code(text)).first, "\(text)")
        #expect(act.actor1?.code?.hasPrefix(doer) == true, "\(text): \(String(describing: act.actor1))")
        #expect(act.date?.earliest == Day(iso: "2024-05-13"), "\(text)")
    }

    @Test(arguments: [
        "The army blamed the rebels for shelling a camp near the town on Sunday.",
        "Officials are blaming the rebels for ambushing a convoy near the border.",
    ])
    func anActSomeoneIsBlamedForIsAlleged(text: String) throws {
        let act = try #require(violent(code(text)).first, "\(text)")
        #expect(act.modality == .alleged, "\(text)")
    }

    @Test func responsibleAndBehindAccuseOnlyAfterHoldingOrBe() {
        #expect(ModalityDetector.modality(of: "The army held the rebels responsible for shelling the camp.", verb: "shelling") == .alleged)
        #expect(ModalityDetector.modality(of: "Police said the gang was behind attacking the bank.", verb: "attacking") == .alleged)
        // A man named by his act is no accusation of the act told after him.
        #expect(ModalityDetector.modality(of: "The man responsible for the plot attacked a guard.", verb: "attacked") == .done)
        #expect(ModalityDetector.modality(of: "Soldiers hiding behind a wall fired at the crowd.", verb: "fired") == .done)
    }

    @Test(arguments: [
        "The mission condemned the attack on its base on Friday, in which one peacekeeper from Nepal was killed.",
        "Two soldiers from the Second Battalion were killed in an ambush on Friday.",
    ])
    func peopleNamedByWhereTheyComeFromAreCounted(text: String) throws {
        let act = try #require(violent(code(text)).first, "\(text)")
        #expect(act.fatalities.best != nil && act.fatalities.best! >= 1, "\(text): \(act.fatalities)")
    }
}
