import Testing
import TruceModel

@testable import TruceCoder

/// Issue 12 item 2, precision: what news English tells that is not a new act, and one act told twice.
@Suite struct NewsPrecisionTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String = "2023-03-14") -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    func violent(_ result: CodingResult) -> [CodedEvent] { result.events.filter { EventKinds.isViolent($0.code) } }

    @Test func aFailureOrRefusalToHonourADealIsConductNotAnAct() {
        for text in [
            "The refusal of the junta and the rebels to respect the truce has prolonged the suffering in Darfur.",
            "Their failure to abide by the ceasefire worries the mediators.",
            "The government's continued unwillingness to honour the agreement was condemned.",
        ] {
            #expect(!code(text).events.contains { $0.code.hasPrefix("087") || $0.code.hasPrefix("057") }, "\(text)")
        }
        #expect(code("The rebels agreed to a ceasefire on Monday.").events.contains { $0.code.hasPrefix("0871") })
    }

    @Test func conductNounsAreFoundBeforeTheirToClause() {
        let sentence = "the failure of the army and the militia to abide by the truce"
        let words = CasualtyWords.words(sentence)
        let abide = words.first { $0.text == "abide" }!.range
        #expect(ArticleCoding.isConductOverTime(verbRange: abide, words: words))
        let other = "the army pledged to abide by the truce"
        let otherWords = CasualtyWords.words(other)
        #expect(!ArticleCoding.isConductOverTime(verbRange: otherWords.first { $0.text == "abide" }!.range, words: otherWords))
    }

    @Test func oneActToldInSeveralWordsOfASentenceIsOneEvent() {
        let result = code("On Tuesday, the air force conducted strikes against militant camps used by al-Shabaab in Jubaland.")
        #expect(violent(result).count == 1)
        let reversed = code("On Friday, Boko Haram launched its biggest attack this year, directly targeting army bases in Borno.")
        #expect(violent(reversed).count <= 1)
    }

    @Test func twoSidesActingOnDifferentPeopleStayTwoEvents() {
        let result = code("On Tuesday, Russian forces shelled Kharkiv. On Tuesday, Ukrainian troops attacked Russian positions near Bakhmut.")
        #expect(violent(result).count >= 2)
    }

    @Test func anActToldAgainWithoutADateIsTheSameEvent() {
        let result = code(
            "On Sunday, the United States carried out an airstrike in Somalia against al-Shabaab. "
                + "The precision strike hit a compound near Jilib after weeks of planning.",
            date: "2023-03-14")
        let strikes = result.events.filter { $0.acledSubEventType == "Air/drone strike" }
        #expect(strikes.count == 1)
        #expect(strikes.first?.date?.earliest == Day(iso: "2023-03-12"))
    }

    @Test func anActWithItsOwnDateIsANewEvent() {
        let result = code(
            "On Sunday, the air force bombed al-Shabaab camps in Somalia. On Tuesday, the air force bombed al-Shabaab camps again.",
            date: "2023-03-15")
        #expect(Set(violent(result).compactMap { $0.date?.earliest }).count == 2)
    }

    @Test func anAnniversaryRemembersAnActItDoesNotReportOne() {
        for text in [
            "Today marks two years of grief for the 300 villagers massacred in Tigray by the militia.",
            "It has been one year since 40 passengers were kidnapped by gunmen in Zamfara.",
            "On the anniversary of the bombing that killed 20 people, the families gathered in Kabul.",
        ] {
            #expect(!code(text).events.contains { EventKinds.isViolent($0.code) && $0.modality == .done }, "\(text)")
        }
        #expect(ArticleCoding.countsTimeSince(["we", "mark", "100", "days", "of", "captivity"]))
        let occasion = code("Gunmen opened fire on a crowd marking the anniversary of a leader's death in Kabul on Friday, killing 12 people.")
        #expect(occasion.events.contains { $0.fatalities.low == 12 || $0.fatalities.best == 12 })
        #expect(!ArticleCoding.countsTimeSince(["the", "talks", "lasted", "three", "days", "of", "hard", "bargaining"]))
    }

    @Test func historyToldFromSinceIsBackground() {
        #expect(!code("Since 2014, the group carries out attacks on villages in Borno.").events.contains { $0.modality == .done })
        #expect(code("Since Monday, militants have attacked three villages in Borno.").events.contains { EventKinds.isViolent($0.code) })
    }

    @Test func aParticiplesByPhraseNamesTheDoerNotTheVictim() {
        let result = code("Mourners buried the 30 Nigerian villagers massacred in Zamfara by Boko Haram on Sunday.")
        let event = result.events.first { EventKinds.isViolent($0.code) }
        #expect(event?.actor1?.text.contains("Boko") == true)
        #expect(event?.actor2?.text.contains("villagers") == true)
    }

    @Test func aParticipleAfterAPrepositionDescribesANoun() {
        let result = code("The deal allows the exit of wounded fighters and of injured civilians for treatment.")
        #expect(violent(result).isEmpty)
    }

    @Test func aGerundAfterANounOfChangeIsNoAct() {
        #expect(violent(code("Mediators secured a three-day pause in fighting around Khartoum.")).isEmpty)
        #expect(violent(code("The envoy called for a halt to shelling in Donetsk.")).isEmpty)
    }

    @Test func anIngAfterASuperlativeIsAnAdjective() {
        #expect(violent(code("The minister praised the finest fighting unit in the army.")).isEmpty)
    }

    @Test func demonstratingOrRallySomethingIsNoProtest() {
        #expect(!code("The government continues to demonstrate its commitment to the talks.").events.contains { $0.code.hasPrefix("14") })
        #expect(!code("The envoy worked to rally regional partners behind the plan.").events.contains { $0.code.hasPrefix("14") })
        #expect(code("Iranian students demonstrated in Tehran on Friday.").events.contains { $0.code.hasPrefix("14") })
    }

    @Test func aTallyOfActsIsAFigureNotAnEvent() {
        let result = code("Shipping in the region has been hit by more than 40 attacks since the autumn.")
        #expect(violent(result).isEmpty)
        let dated = code("On Monday, insurgents carried out 3 attacks on checkpoints in Helmand province, killing two police officers.")
        #expect(!violent(dated).isEmpty)
    }
}
