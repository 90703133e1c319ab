import Testing
import TruceCoder
import TruceModel

@Suite struct ModalityTests {
    /// The modality of `verb` (its first occurrence) in `sentence`.
    private func modality(_ sentence: String, verb: String) throws -> Modality {
        let bytes = Array(sentence.utf8)
        let needle = Array(verb.utf8)
        let start = try #require((0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle })
        return ModalityDetector.modality(of: sentence, verbRange: start..<(start + needle.count))
    }

    @Test(arguments: [
        ("Taliban fighters attacked a checkpoint in Helmand.", "attacked", Modality.done),
        ("The Taliban pledged to deny the use of Afghan soil to terrorists.", "deny", .promised),
        ("The United States promised to withdraw its forces.", "withdraw", .promised),
        ("Both sides agreed to release prisoners.", "release", .promised),
        ("The government committed to reduce violence.", "reduce", .promised),
        ("The United States will reduce its forces to 8,600.", "reduce", .promised),
        ("Kabul demanded that the Taliban stop attacks.", "stop", .demanded),
        ("The envoy called on both sides to halt fighting.", "halt", .demanded),
        ("He urged the group to free the hostages.", "free", .demanded),
        ("The Taliban denied carrying out the attack.", "carrying", .denied),
        ("The ministry rejected claims that its forces shelled the village.", "shelled", .denied),
        ("The deal could collapse if fighters attack cities.", "attack", .hypothetical),
        ("Officials fear the group would strike again.", "strike", .hypothetical),
        ("The army plans to withdraw from two bases.", "withdraw", .hypothetical),
        ("The commander intends to hand over the base.", "hand", .hypothetical),
        ("The militia threatened to attack the convoy.", "attack", .hypothetical),
        ("Trump does not want to kill millions of people.", "kill", .negated),
        ("The soldiers did not attack the village.", "attack", .negated),
        ("No civilians were killed in the raid.", "killed", .negated),
        ("The Taliban refrained from attacking cities.", "attacking", .negated),
        ("The group said it would not attack foreign troops.", "attack", .negated),
        ("Forces who did not give their names said the Taliban attacked the post.", "attacked", .done),
        ("The Taliban, who pledged to stop attacks, attacked a checkpoint on Tuesday.", "attacked a", .done),
        ("Pro-government militias burned the market.", "burned", .done),
        ("The talks have produced no agreement on the rules.", "produced", .negated),
        ("The search found nothing in the compound.", "found", .negated),
        ("The army no longer patrols the road.", "patrols", .negated),
        ("Armenian forces are to hand the district back to Azerbaijan.", "hand", .promised),
        ("A UN committee is to oversee the redeployment.", "oversee", .promised),
        ("The convoy was to arrive on Monday.", "arrive", .hypothetical),
        ("The Taliban pledged to release prisoners, reduce violence and open talks.", "reduce", .promised),
        ("The Taliban pledged to release prisoners, reduce violence and open talks.", "open", .promised),
        ("In Helmand, fighters attacked three checkpoints.", "attacked", .done),
    ])
    func modalityOfTheVerb(sentence: String, verb: String, expected: Modality) throws {
        #expect(try modality(sentence, verb: verb) == expected, "\(sentence)")
    }

    /// Obligation is not an act done (issue 12 item 4): "ought to", "needs to", "has to", "requires X to", an order.
    @Test(arguments: [
        ("The army ought to withdraw from the town.", "withdraw", Modality.demanded),
        ("The militia needs to release the prisoners it holds.", "release", .demanded),
        ("Each side has to pull back its heavy weapons.", "pull", .demanded),
        ("The plan requires the rebels to hand over their weapons.", "hand", .demanded),
        ("The general ordered his troops to shell the ridge.", "shell", .demanded),
        ("The general ordered air strikes on the ridge.", "air strikes", .demanded),
        ("The army has withdrawn from the town.", "withdrawn", .done),
        ("The needs of the displaced grew as militias burned the camp.", "burned", .done),
    ])
    func obligationIsNotAnActDone(sentence: String, verb: String, expected: Modality) throws {
        #expect(try modality(sentence, verb: verb) == expected, "\(sentence)")
    }

    /// An aside in brackets and a list of names do not end the clause the modal word governs; an opening place does.
    @Test(arguments: [
        ("The envoy called on the Sudan Liberation Army (SLA) to release the detainees.", "release", Modality.demanded),
        ("Mediators urged the militias—the Ansar (AM) and the Shabab (SH)—to stop the shelling.", "stop", .demanded),
        ("The envoy will work with Kenya, Uganda, Rwanda, and others to secure a truce.", "secure", .promised),
        (
            "The council called on the groups fighting in the east—the Allied Democratic Forces, the M23 rebels and the local militias—to lay down their weapons.",
            "lay", .demanded
        ),
        ("The council met on Monday — rebels shelled the town.", "shelled", .done),
        ("The ministers urged Chad, Niger and Mali to reopen the border crossing.", "reopen", .demanded),
        ("If talks fail in Goma, Kivu, rebels shelled the town.", "shelled", .done),
        ("In Kabul, Taliban fighters attacked a checkpoint.", "attacked", .done),
        ("Officials said that in Herat (western Afghanistan) insurgents attacked a post.", "attacked", .done),
    ])
    func asidesAndListsOfNamesDoNotEndTheClause(sentence: String, verb: String, expected: Modality) throws {
        #expect(try modality(sentence, verb: verb) == expected, "\(sentence)")
    }

    /// A bare verb opening the clause after a colon gives an aim or an instruction, not an act done; a clause with a
    /// subject after a colon reports as any other.
    @Test(arguments: [
        ("The mission had two goals: destroy the supply depots and free the captured villages.", "destroy", Modality.demanded),
        ("The mission had two goals: destroy the supply depots and free the captured villages.", "free", .demanded),
        ("Orders for the brigade: seize the bridge, hold the ridge, and shell the road.", "shell", .demanded),
        ("The Taliban pledged to release prisoners, reduce violence, and open talks.", "open", .promised),
        ("The statement was plain: the army attacked the town at dawn.", "attacked", .done),
        ("Two things happened: rebels attacked the post and troops fled.", "attacked", .done),
    ])
    func aBareVerbAfterAColonIsAnAimNotAnAct(sentence: String, verb: String, expected: Modality) throws {
        #expect(try modality(sentence, verb: verb) == expected, "\(sentence)")
    }

    /// An infinitive's governor is looked for further back than another verb's: a call, a pledge or a plan can stand
    /// twenty words before its "to".
    @Test(arguments: [
        (
            "I call on the belligerents responsible for the suffering of millions of people in the country's western provinces"
                + " to pull back their forces.", "pull", Modality.demanded
        ),
        (
            "The militia pledged during three days of talks with the elders of the districts around the besieged town to"
                + " release the hostages.", "release", .promised
        ),
        (
            "The belligerents responsible for the suffering of millions of people in the country's western provinces pulled"
                + " back their forces.", "pulled", .done
        ),
    ])
    func anInfinitivesGovernorIsFoundFarBack(sentence: String, verb: String, expected: Modality) throws {
        #expect(try modality(sentence, verb: verb) == expected, "\(sentence)")
    }

    @Test func aVerbGroupWithItsNegationIsNegated() throws {
        #expect(try modality("Fighters didn't attack the town.", verb: "didn't attack") == .negated)
    }

    @Test func outOfRangeOrEmptyIsDone() {
        #expect(ModalityDetector.modality(of: "", verbRange: 0..<0) == .done)
        #expect(ModalityDetector.modality(of: "They attacked.", verbRange: 500..<600) == .done)
    }
}

@Suite struct CountQualifierModalityTests {
    @Test func noFewerThanIsACountNotANegation() throws {
        let sentence = "The rebels launched no fewer than 43 attacks on checkpoints."
        let verb = try #require(sentence.utf8.firstRange(of: "launched".utf8))
        let start = sentence.utf8.distance(from: sentence.utf8.startIndex, to: verb.lowerBound)
        #expect(ModalityDetector.modality(of: sentence, verbRange: start..<(start + 8)) == .done)
        let count = try #require(NumberFinder.numbers(in: sentence).first)
        #expect(count.low == 43 && count.written == 43)
        let negated = "No more than two convoys were let through, and the rebels launched no attacks."
        let second = try #require(negated.utf8.firstRange(of: "launched".utf8))
        let at = negated.utf8.distance(from: negated.utf8.startIndex, to: second.lowerBound)
        #expect(ModalityDetector.modality(of: negated, verbRange: at..<(at + 8)) == .negated)
    }
}
