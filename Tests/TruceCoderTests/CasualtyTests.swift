import Testing

@testable import TruceCoder

@Suite struct CasualtyTests {
    func report(_ sentence: String) -> CasualtyReport { CasualtyFinder.report(in: sentence) }

    @Test func killedInBothVoices() {
        #expect(report("Security forces responded, killing one and wounding two others.").fatalities?.best == 1)
        #expect(report("Security forces responded, killing one and wounding two others.").woundedCount == 2)
        #expect(report("Initial reports indicate three insurgents have been killed.").fatalities?.best == 3)
        #expect(report("An insurgent was killed during the engagement.").fatalities?.best == 1)
        #expect(report("The final engagement resulted in ten insurgent deaths.").fatalities?.best == 10)
        #expect(report("At least 20 killed in the blast.").fatalities?.low == 20)
        #expect(report("The force killed the Taliban commander Fayez Jan and one additional insurgent.").fatalities?.best == 2)
    }

    @Test func detentions() {
        #expect(report("The force detained two suspected insurgents.").detainedCount == 2)
        #expect(report("Forces captured a suspected militant.").detainedCount == 1)
        #expect(report("The facilitator was taken into custody.").detainedCount == 1)
        #expect(report("They detained the targeted individual along with three of his associates.").detainedCount == 4)
        #expect(report("Afghan forces confirmed the arrest of Taliban leader Mullah Abdul Rahman.").detainedCount == 1)
        #expect(report("An Afghan security force detained suspected insurgents.").detainedCount == 2)
        #expect(report("The security force also detained two suspected insurgents.").detainedCount == 2)
        let several = report("Forces detained several suspected insurgents.")
        #expect((several.detainedCount ?? 0) >= 2)
    }

    @Test func aNumberCountsEveryNounItIsJoinedTo() {
        // The number quantifies both nouns; a second counted or determined noun adds its own people.
        #expect(report("Gunmen killed at least 20 soldiers and police officers.").fatalities?.low == 20)
        #expect(report("Troops killed two insurgents and a bomb maker.").fatalities?.best == 3)
        #expect(report("Troops killed two insurgents and three civilians.").fatalities?.best == 5)
    }

    @Test func participleBeforeItsSubject() {
        #expect(report("Also killed in the raid were four armed militants.").fatalities?.best == 4)
        #expect(report("The strike hit the convoy; also detained were two drivers.").detainedCount == 2)
        #expect(report("Also killed and wounded were unknown numbers.").fatalities == nil)
    }

    @Test func coordinatedPassive() {
        #expect(report("Two gunmen entered the compound and were killed.").fatalities?.best == 2)
        #expect(report("During the raid a suspected smuggler fled the house and was later detained.").detainedCount == 1)
        #expect(report("The convoy reached the town and was attacked.").isEmpty)
    }

    @Test func titleBeforeName() {
        #expect(report("Police killed rebel commander Omar Haidari near the bridge.").fatalities?.best == 1)
        #expect(report("Soldiers arrested militia leader Jonas Kabila on Monday.").detainedCount == 1)
        #expect(report("Soldiers arrested militia leader in the town.").detained.isEmpty)
        #expect(report("Police confirmed the capture of militia leader Jonas Kabila in the north.").detainedCount == 1)
        #expect(report("The clash ended in the killing of three of the gunmen.").fatalities?.best == 3)
    }

    @Test func notCounted() {
        #expect(report("Forces conducted a raid to capture a Taliban leader.").detained.isEmpty)
        #expect(report("Forces have detained more than 175 insurgents since January.").detained.isEmpty)
        #expect(report("Police have arrested or killed over 60 gang members since March.").killed.isEmpty)
        #expect(report("A separate security force patrolled the district.").isEmpty)
        #expect(report("The security force detained the suspected insurgents.").detainedRefersBack)
    }

    @Test func civiliansAndNone() {
        let none = report("Initial reports indicate no civilians were harmed in the airstrike.")
        #expect(none.killed.first?.isNone == true)
        #expect(none.killed.first?.victims == .civilians)
        #expect(none.methods.contains(.airStrike))
        #expect(report("Three civilian bodies were found.").civiliansKilled == 3)
        #expect(report("Two soldiers were killed.").killed.first?.victims == .securityForces)
    }

    @Test func repeatedActsAndMethods() {
        let acts = report("The Taliban carried out 43 attacks on checkpoints in Helmand.")
        #expect(acts.acts.first?.count == 43)
        #expect(acts.acts.first?.noun == "attacks")
        #expect(report("The patrol came under small-arms fire and returned fire.").methods.contains(.armedClash))
        #expect(report("A roadside bomb exploded.").methods.contains(.explosive))
    }

    @Test func killedOrWoundedCountsNobodyCertainlyKilled() {
        // The count covers the hurt and the dead together: it supports no one killed.
        #expect(report("Fourteen soldiers were killed or wounded in the ambush.").killed.isEmpty)
        #expect(report("At least 12 people were injured or killed when the bus hit a mine.").killed.isEmpty)
        #expect(report("The shelling killed or injured 30 villagers.").killed.isEmpty)
        // A denial still records none killed, and a plain killing beside it still counts.
        #expect(report("No civilians were killed or injured during the operation.").fatalities?.best == 0)
        #expect(report("Two rebels were killed and four were wounded.").fatalities?.best == 2)
    }

    @Test func tookIntoCustodyHoldsItsObject() {
        #expect(report("Police took three men into custody after the riot.").detainedCount == 3)
        #expect(report("Soldiers searched the house before taking several youths into custody.").detainedCount == 3)
        #expect(report("Officers questioned the driver and took him into custody.").detainedCount == 1)
        // A purpose is not an act; a thing taken is not a person.
        #expect(report("The unit moved in to take the gang leader into custody.").detained.isEmpty)
        #expect(report("Investigators took the documents into custody.").detained.isEmpty)
    }

    @Test func turningOneselfInIsBeingHeld() {
        #expect(report("A wanted militia commander turned himself in to the police on Friday.").detainedCount == 1)
        #expect(report("Five gunmen turned themselves in at the army post.").detainedCount == 5)
        #expect(report("Several deserters turned themselves in.").detainedCount == 3)
        // Not a surrender: handing in a thing, or a plan to.
        #expect(report("The farmer turned his rifle in to the council.").detained.isEmpty)
        #expect(report("The fugitive agreed to turn himself in.").detained.isEmpty)
    }

    @Test func aPersonNounBeforeAnotherIsAModifier() {
        #expect(report("Troops killed an insurgent leader and two fighters in the raid.").fatalities?.best == 3)
        #expect(report("Police arrested a militant commander and his driver.").detainedCount == 2)
    }

    @Test func everyItemOfACommaListCounts() {
        #expect(report("Troops killed a rebel commander, his deputy and two fighters in the raid.").fatalities?.best == 4)
        #expect(report("Police arrested a smuggler, his driver and three other men at the border.").detainedCount == 5)
        #expect(report("Soldiers detained two gunmen, a bomb maker and a courier.").detainedCount == 4)
        // A comma that opens an attribution or another clause adds nobody.
        #expect(report("Soldiers killed a gunman, the police chief said.").fatalities?.best == 1)
        #expect(report("Police arrested a suspect, the second in a week, and seized a rifle.").detainedCount == 1)
    }

    @Test func anAsideNamingSomeOfThePeopleDoesNotReplaceTheCount() {
        #expect(report("Seven insurgents, including two commanders, were killed.").fatalities?.best == 7)
        #expect(report("Five people, among them two children, were killed in the blast.").fatalities?.best == 5)
        #expect(report("Soldiers killed seven insurgents, including two commanders.").fatalities?.best == 7)
        #expect(report("Eleven people, most of them children, were killed.").fatalities?.best == 11)
    }

    @Test func anAdverbBetweenBeAndTheParticiple() {
        #expect(report("During the operation, a civilian was accidentally killed.").fatalities?.best == 1)
        #expect(report("Two suspects were quickly arrested.").detainedCount == 2)
        #expect(report("A family was killed.").fatalities?.best == 1)
    }

    @Test func aPossessiveBeforeANumberCountsNewPeople() {
        let report = report("The airstrike killed a senior commander and his two bodyguards.")
        #expect(report.fatalities?.low == 3)
        #expect(report.fatalities?.best == 3)
    }

    @Test func bodiesOfCountsTheDead() {
        #expect(report("The bodies of six soldiers were recovered from the river.").fatalities?.best == 6)
        #expect(report("Villagers found the bodies of the two missing shepherds.").fatalities?.best == 2)
        #expect(report("The bodies of the victims were returned to their families.").killed.isEmpty)
        #expect(report("The airstrike resulted in the deaths of four insurgents.").fatalities?.best == 4)
    }

    @Test func morePeopleNouns() {
        #expect(report("The explosion killed the bomber and two passers-by.").fatalities?.best == 3)
        #expect(report("Gunmen kidnapped a passenger from the bus.").detainedCount == 1)
        #expect(report("Police detained youths after the clashes.").detainedCount == 2)
    }

    @Test func hugeInputReturns() {
        let long = String(repeating: "killed ", count: 100_000)
        #expect(report(long).killed.count < 100_000)
    }
}
