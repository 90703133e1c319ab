import Testing
import TruceModel

@testable import TruceCoder

/// Issue 12 items 2, 4 and 6 (sixth session): what news English supposes, aims at or offers as a choice is no act; a
/// way of acting promised to go on has no day; words of the verb dictionary used as nouns report no act; victims named
/// as ACLED names them; troops committed are troops sent.
@Suite struct NewsEventsTests {
    let coder = ArticleCoder()

    func code(_ text: String) -> CodingResult {
        coder.code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2023-03-14")))
    }

    /// Events ACLED would code: those with an ACLED type.
    func acts(_ text: String) -> [CodedEvent] { code(text).events.filter { !($0.acledEventType ?? "").isEmpty } }

    func violent(_ text: String) -> [CodedEvent] { acts(text).filter { EventKinds.isViolent($0.code) } }

    /// Whether the verb `verb` of `sentence` is wished, aimed at or supposed, as the article coder asks.
    func supposed(_ sentence: String, verb: String) -> Bool {
        let words = CasualtyWords.words(sentence)
        guard let range = words.first(where: { $0.text == verb })?.range else { return false }
        return LexicalSentence(sentence).isWished(verbRange: range)
    }

    @Test func anIfClauseSupposesItsActAndTheMainClauseForeseesOne() {
        let sentence = "If the rebels attack the town again, the army will shell their positions."
        #expect(supposed(sentence, verb: "attack"))
        #expect(!supposed(sentence, verb: "shell"))
        #expect(supposed("Unless the militia withdraws from the bridge, talks will fail.", verb: "withdraws"))
        // The shelling the condition foresees stays an act to come with its type; the attack supposed has none.
        let found = acts(sentence)
        #expect(found.count == 1)
        #expect(found.first?.code.hasPrefix("19") == true)
        #expect(found.first?.modality == .promised)
        // A possibility without a condition stays a foreseen act.
        #expect(!supposed("The rebels would attack the town.", verb: "attack"))
    }

    @Test func anAimIsNoAct() {
        #expect(supposed("In an effort to retake the town, the army moved north.", verb: "retake"))
        #expect(supposed("The only way forward is to release the prisoners.", verb: "release"))
        #expect(supposed("Mediators will make another push with Egypt, Qatar and others to achieve a truce.", verb: "achieve"))
        // A plan stays an act foreseen ("plan" before "to" is the verb), and "the plan is to" an aim.
        #expect(!supposed("Afghan forces plan to attack insurgents in Helmand.", verb: "attack"))
        #expect(supposed("The plan is to attack the insurgents in Helmand.", verb: "attack"))
        // An obligation after "are to" is not an aim: it is promised.
        #expect(!supposed("The troops are to withdraw by Friday.", verb: "withdraw"))
        // The act beside the aim is reported.
        let found = violent("In an effort to retake the town, the army shelled rebel positions on Monday.")
        #expect(found.count == 1)
        #expect(found.first?.modality == .done)
    }

    @Test func theOptionsOfAChoiceAreNoActs() {
        #expect(acts("The government faced a choice: sign the deal or send more troops to fight the rebels.").isEmpty)
        #expect(acts("The president had two options—withdraw the garrison, or attack the rebels in the hills.").isEmpty)
        #expect(supposed("They faced a choice: sign the deal or attack the rebels.", verb: "attack"))
        // A colon after a noun of choice with no "or" opens no options.
        #expect(!supposed("There was one option left: the rebels attacked the post.", verb: "attacked"))
    }

    @Test func aPromiseToGoOnActingIsNoDatedAct() {
        #expect(violent("We will continue to conduct strikes against the militants.").isEmpty)
        #expect(violent("The government said it would continue to shell rebel positions.").isEmpty)
        // Going on told in the present or the past reports acts.
        #expect(!violent("The rebels continue to shell the town.").isEmpty)
        #expect(!violent("The rebels continued to attack the base on Monday.").isEmpty)
    }

    @Test(arguments: [
        "There will be no Kenyan troops deployed in the south.",
        "The army did not shell the town on Monday.",
        "The army denied shelling the town on Monday.",
    ])
    func anActNotDoneHasNoType(text: String) {
        let result = code(text)
        #expect(!result.events.isEmpty, "\(text)")
        // The act stays for review, told as not done; nothing of the sentence gets an ACLED type.
        #expect(result.events.contains { $0.modality == .negated || $0.modality == .denied }, "\(text)")
        #expect(result.events.allSatisfy { $0.acledEventType == nil }, "\(text)")
    }

    /// Whether the coder reads the last `verb` of `sentence` as a noun of act, not as a verb.
    func noun(_ sentence: String, verb: String) -> Bool {
        let words = CasualtyWords.words(sentence)
        guard let range = words.last(where: { $0.text == verb })?.range else { return false }
        return ArticleCoding.namesActAsNoun(verbRange: range, words: words)
    }

    @Test func anActWordAfterAAndItsModifiersIsANoun() {
        #expect(noun("the tunnels were prepared for a large-scale cross-border attack", verb: "attack"))
        #expect(noun("they killed a senior militia attack planner", verb: "attack"))
        #expect(!noun("a rebel unit will attack the town", verb: "attack"))
        #expect(!noun("a rebel unit attacks the town", verb: "attacks"))
        // Only a noun of act: a verb after a noun phrase stays a verb, however it is spelled.
        #expect(!noun("a State Department official said", verb: "said"))
        #expect(code("Talks will resume next week, a State Department official said.").events.contains { $0.code.hasPrefix("01") })
        #expect(violent("The tunnels were prepared for a large-scale cross-border attack.").isEmpty)
        #expect(!violent("A rebel unit will attack the town tomorrow.").isEmpty)
    }

    @Test func anActWardedOffIsNotDone() {
        #expect(noun("the navy is deterring militia attacks on shipping", verb: "attacks"))
        #expect(noun("air defences repelled the attack", verb: "attack"))
        #expect(!noun("soldiers intercepted and attacked a convoy", verb: "attacked"))
        #expect(violent("The navy is deterring militia attacks on shipping.").isEmpty)
    }

    @Test func victimsOfViolenceAgainstCiviliansAreCivilians() {
        let executed = violent("Militants executed four hostages in the village on Tuesday.")
        #expect(executed.count == 1)
        #expect(executed.first?.acledEventType == "Violence against civilians")
        #expect(executed.first?.actor2?.name == "Civilians")
        #expect(executed.first?.actor2?.text.contains("hostages") == true)
        // Fighting between armed sides keeps its sides' names.
        let fought = violent("Rebels attacked an army post in Goma on Monday.")
        #expect(!fought.isEmpty)
        #expect(fought.allSatisfy { $0.actor2?.name != "Civilians" })
    }

    @Test func troopsCommittedAreTroopsSent() {
        let committed = acts("Kenya committed 1,000 troops to the regional force on Monday.")
        #expect(committed.contains { $0.code == "150" && $0.actor1?.name == "Kenya" && $0.modality == .done })
        // Troops pledged are promised, not sent; committing to a truce is no deployment.
        #expect(!acts("Kenya pledged 1,000 troops to the mission.").contains { $0.code == "150" })
        #expect(!code("The government committed to a ceasefire with the rebels.").events.contains { $0.code == "150" })
    }

    @Test func anActNounsOriginOrParticipleOfDoingNamesItsDoer() {
        let launched = violent("The town was hit by rocket attacks launched by the rebels on Monday.")
        #expect(launched.count == 1)
        #expect(launched.first?.actor1?.name.lowercased().contains("rebel") == true)
        let from = violent("The army defended the town against rocket attacks from the rebels that have killed 12 civilians.")
        #expect(from.count == 1)
        #expect(from.first?.actor1?.name.lowercased().contains("rebel") == true)
        #expect(from.first?.actor2?.name == "Civilians")
        // "from" after a noun that is no act names no doer: the militants attacked, not Egypt.
        let aid = violent("The convoy carried aid from Egypt to Gaza after militants attacked the crossing on Monday.")
        #expect(aid.count == 1)
        #expect(aid.first?.actor1?.name.lowercased().contains("militant") == true)
    }

    @Test func takingLivesIsKilling() {
        let shelling = violent("Rebel shelling took the lives of five villagers in Kidal on Monday.")
        #expect(shelling.count == 1)
        #expect(shelling.first?.acledEventType == "Explosions/Remote violence")
        // Taking someone into custody stays an arrest.
        let custody = acts("Afghan forces took the suspect into custody in Kandahar on Monday.")
        #expect(custody.contains { EventKinds.isDetention($0.code) })
        #expect(!custody.contains { EventKinds.isViolent($0.code) })
    }

    @Test func fightingToldByItsOneMeansIsThatAct() {
        func coded(_ sentence: String, _ code: String = EventKinds.fighting) -> String {
            ArticleCoding.codedByMeans(code, words: CasualtyWords.words(sentence))
        }
        #expect(coded("rocket attacks from the rebels that have killed 12") == EventKinds.shelling)
        #expect(coded("rebel shelling took the lives of five villagers") == EventKinds.shelling)
        #expect(coded("drone strikes that killed three") == EventKinds.airStrike)
        // Two means: which act used which is not told.
        #expect(coded("rocket attacks and drone strikes that killed three") == EventKinds.fighting)
        // A means in the doer's name tells who acted, not how: "an air weapons team returned fire".
        #expect(coded("a coalition air weapons team returned fire, killing several insurgents") == EventKinds.fighting)
        // A specific code stays.
        #expect(coded("rocket attacks that killed 12", "1823") == "1823")
        let rockets = violent("The army defended the town against rocket attacks from the rebels that have killed 12 civilians.")
        #expect(rockets.first?.acledEventType == "Explosions/Remote violence")
    }

    @Test func anAttackOnUnarmedPeopleIsNoBattle() {
        let villagers = violent("Soldiers attacked villagers in the market on Monday.")
        #expect(villagers.count == 1)
        #expect(villagers.first?.acledEventType == "Violence against civilians")
        #expect(villagers.first?.actor2?.name == "Civilians")
        #expect(villagers.first?.actor2?.text == "villagers")
        let rebels = violent("Soldiers attacked rebels in the hills on Monday.")
        #expect(rebels.first?.acledEventType == "Battles")
    }

    @Test func anAimGovernsWhatItsInfinitiveGoverns() {
        let sentence = "Mediators will make another push to achieve a truce with the hostages released by Friday."
        #expect(supposed(sentence, verb: "released"))
        // Without a noun of aim the participle stays what its modal makes it.
        #expect(!supposed("The army will move to secure the town with the hostages released by Friday.", verb: "released"))
    }
}
