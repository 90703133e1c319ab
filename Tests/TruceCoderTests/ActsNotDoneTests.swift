import Testing
import TruceModel

@testable import TruceCoder

/// Issue 12 items 2 and 4: what news English tells beside an act done — an order or an obligation, a habit, a relative
/// clause on an act already told, an air force named — and one act told twice on one day.
@Suite struct ActsNotDoneTests {
    let coder = ArticleCoder()

    func code(_ text: String, date: String = "2023-03-14") -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: date)))
    }

    /// Events ACLED would code: those with an ACLED type.
    func acts(_ result: CodingResult) -> [CodedEvent] { result.events.filter { !($0.acledEventType ?? "").isEmpty } }

    func violent(_ result: CodingResult) -> [CodedEvent] { acts(result).filter { EventKinds.isViolent($0.code) } }

    @Test(arguments: [
        "The general ordered strikes against rebel camps in Idlib.",
        "The mediators demanded that the militia release the prisoners.",
        "The agreement requires the rebels to withdraw from the town.",
        "The army ought to withdraw its forces from the border villages.",
        "Government forces must stop shelling the camps.",
    ])
    func aDemandedActIsNoActDone(text: String) {
        let result = code(text)
        #expect(acts(result).isEmpty, "\(text)")
        // It stays in the output for review, told as demanded.
        #expect(result.events.allSatisfy { $0.modality != .done || ($0.acledEventType ?? "").isEmpty }, "\(text)")
    }

    @Test func anOrderCarriedOutIsReportedByItsOwnVerb() {
        let result = code("The general ordered an offensive, and government forces shelled the town on Monday, killing 12 civilians.")
        let done = violent(result).filter { $0.modality == .done }
        #expect(done.count == 1)
        #expect(done.first?.fatalities.best == 12 || done.first?.fatalities.low == 12)
    }

    @Test(arguments: [
        "The rebels used to attack the convoys on this road.",
        "Government forces would shell the town every night.",
        "Before the truce, the militia would fire 30 rockets a day at the border towns.",
    ])
    func aHabitIsNoDatedAct(text: String) {
        #expect(violent(code(text)).isEmpty, "\(text)")
    }

    @Test func aHabitNeedsUsedToAfterItsDoerOrWouldWithARecurrence() {
        func habit(_ sentence: String, verb: String) -> Bool {
            let words = CasualtyWords.words(sentence)
            guard let range = words.first(where: { $0.text == verb })?.range else { return false }
            return ArticleCoding.tellsHabit(verbRange: range, words: words)
        }
        #expect(habit("Hamas used to attack the crossing", verb: "attack"))
        #expect(!habit("the rifles used to attack the convoy were seized", verb: "attack"))
        #expect(!habit("the rebels would attack if the talks failed", verb: "attack"))
        #expect(habit("the rebels would often attack at dawn", verb: "attack"))
        #expect(!violent(code("Government forces shelled the town on Monday night.")).isEmpty)
    }

    @Test func aRelativeClauseOnAnActToldBeforeAddsToThatAct() {
        let result = code(
            "Taliban fighters attacked a checkpoint in Kandahar on Monday. The attack, which killed 5 soldiers, was claimed by the Taliban.")
        let events = violent(result)
        #expect(events.count == 1)
        #expect(events.first?.fatalities.best == 5 || events.first?.fatalities.low == 5)
        let words = CasualtyWords.words("strikes that have killed 30 people")
        #expect(ArticleCoding.describesActNoun(verbRange: words[3].range, words: words))
        let other = CasualtyWords.words("the soldiers that killed 30 people")
        #expect(!ArticleCoding.describesActNoun(verbRange: other[3].range, words: other))
    }

    @Test func anAirForceNamedIsADoerNotAStrike() {
        #expect(violent(code("An air force spokesman said the talks would resume in Doha on Monday.")).isEmpty)
        #expect(!violent(code("On Monday, air force jets carried out an airstrike on rebel positions in Idlib.")).isEmpty)
    }

    @Test func aCountTalliesOnlyTheActsItStandsBefore() {
        let both = code("The dead were victims of army strikes on militant positions or of the dozens of rockets fired by the militants.")
        #expect(!violent(both).isEmpty)
        // A count of every act the sentence names is still a tally (`NewsPrecisionTests.aTallyOfActsIsAFigureNotAnEvent`).
        #expect(violent(code("The port has been hit by more than 40 attacks since the autumn.")).isEmpty)
    }

    @Test func oneActToldTwiceOnOneDayIsOneEvent() {
        let result = code(
            "Kenyan troops attacked al-Shabaab camps in Lamu on Sunday. On Sunday, Kenyan troops attacked al-Shabaab camps in Lamu, officials said.",
            date: "2023-03-14")
        #expect(violent(result).count == 1)
        // Other sides on the same day are another act.
        let two = code(
            "Kenyan troops attacked al-Shabaab camps in Lamu on Sunday. On Sunday, Somali troops attacked al-Shabaab camps in Lamu.",
            date: "2023-03-14")
        #expect(violent(two).count == 2)
    }
}

/// A wish, a hope or an aim is an intent, not an act: like a demand it keeps its CAMEO code and modality for review and
/// gets no ACLED type; a condition or a plan stays a foreseen act.
@Suite struct WishedActsTests {
    let coder = ArticleCoder()

    func acts(_ text: String) -> [CodedEvent] {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2023-03-14")))
            .events.filter { !($0.acledEventType ?? "").isEmpty }
    }

    @Test(arguments: [
        "The junta wants to deploy more troops to the northern border.",
        "Rebel leaders hope to sign a ceasefire with the government next month.",
        "The militia seeks to seize the airport in Goma.",
        "The army aims to retake the town from the insurgents.",
    ])
    func aWishIsNoAct(text: String) {
        #expect(acts(text).isEmpty, "\(text)")
    }

    @Test func aConditionStaysAForeseenAct() {
        let found = acts("If the rebels attack the town, the army will shell their positions.")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.modality != .done })
    }
}
