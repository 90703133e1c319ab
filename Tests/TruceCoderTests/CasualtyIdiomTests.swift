import Testing

@testable import TruceCoder

/// Fixed phrases of news English that report a death or a detention without "killed" or "detained" (issue 12: counts
/// that carry to unseen releases). Every sentence here was written for this test.
@Suite struct CasualtyIdiomTests {
    func report(_ sentence: String) -> CasualtyReport { CasualtyFinder.report(in: sentence) }

    @Test func neutralisedPeopleAreKilledButNeutralisedThingsAreNot() {
        #expect(report("Troops neutralised eight bandits who attacked the village.").fatalities?.best == 8)
        #expect(report("Troops neutralised eight gunmen who attacked the village.").fatalities?.best == 8)
        #expect(report("Special forces neutralized a senior militant commander near the border.").fatalities?.best == 1)
        #expect(report("Four terrorists were neutralised in the operation, the army said.").fatalities?.best == 4)
        #expect(report("Engineers neutralized two roadside bombs on the highway.").killed.isEmpty)
        #expect(report("The explosive device was neutralised by a disposal team.").killed.isEmpty)
    }

    @Test func anOrdinalAfterACountIsOneMorePerson() {
        let split = report("Police shot dead two robbers and arrested a third near the bank.")
        #expect(split.detainedCount == 1)
        let captured = report("The patrol killed three fighters and captured a fourth.")
        #expect(captured.fatalities?.best == 3)
        #expect(captured.detainedCount == 1)
        // An ordinal that names a thing or a time is not a person.
        #expect(report("Soldiers captured a third of the town.").detained.isEmpty)
    }

    @Test func losingOnesLifeIsDying() {
        #expect(report("One firefighter lost his life in the blaze at the depot.").fatalities?.best == 1)
        #expect(report("Five pilgrims lost their lives when the bus was ambushed.").fatalities?.best == 5)
        #expect(report("Residents who lost their homes were given tents.").killed.isEmpty)
        #expect(report("The farmer lost his livestock to the raiders.").killed.isEmpty)
    }

    @Test func blowingOneselfUpIsDying() {
        #expect(report("A bomber blew himself up at the gate of the ministry.").fatalities?.best == 1)
        #expect(report("Two attackers blew themselves up inside the hotel lobby.").fatalities?.best == 2)
        #expect(report("Militants blew up a bridge on the main road.").killed.isEmpty)
    }

    @Test func theAttackerKilledWithHisVictimsCounts() {
        #expect(report("The bomber detonated his vest, killing himself and six shoppers.").fatalities?.best == 7)
        #expect(report("The gunman opened fire before killing himself.").fatalities?.best == 1)
    }

    @Test func takingPeoplePrisonerHoldsThem() {
        #expect(report("The rebels said they took 14 soldiers prisoner near the dam.").detainedCount == 14)
        #expect(report("Government troops took nine prisoners in the fighting.").detainedCount == 9)
        #expect(report("Two policemen were taken prisoner at the checkpoint.").detainedCount == 2)
        #expect(report("The prisoners took part in a hunger strike.").detained.isEmpty)
        #expect(report("The commander vowed to take prisoners at the front.").detained.isEmpty)
    }

    @Test func takingPeopleHostageOrCaptiveHoldsThem() {
        #expect(report("Gunmen took 20 hostages in a raid on the village.").detainedCount == 20)
        #expect(report("The militia took eleven aid workers hostage near the river.").detainedCount == 11)
        #expect(report("Three engineers were taken captive by the rebels on the road.").detainedCount == 3)
        #expect(report("Bandits took six travellers captive on the highway.").detainedCount == 6)
        #expect(report("Fighters seized 30 hostages at a school.").detainedCount == 30)
        #expect(report("Fighters seized 30 rifles at a school.").detained.isEmpty)
        #expect(report("Gunmen seized 12 villagers near the market.").detainedCount == 12)
        #expect(report("Three rifles were seized at the checkpoint.").detained.isEmpty)
        // Hostages named without their taking count no one held by this sentence.
        #expect(report("The families of the hostages took part in a march.").detained.isEmpty)
        #expect(report("It will take time to free the hostages, the envoy said.").detained.isEmpty)
    }

    @Test func takenIntoCustodyWithAPerfectIsActive() {
        #expect(report("Investigators said they had taken four men into custody after the shooting.").detainedCount == 4)
        #expect(report("A fifth suspect was taken into custody on Friday.").detainedCount == 1)
    }

    @Test func aPluralWhoCountsThePeopleBeforeIt() {
        #expect(report("The driver named three accomplices, who were later arrested in a raid.").detainedCount == 3)
        #expect(report("The convoy was escorted by two guards, who were killed in the ambush.").fatalities?.best == 2)
        // "who was" is one person, as before.
        #expect(report("Police questioned the owner, who was arrested at his shop.").detainedCount == 1)
    }

    @Test func shotDeadIsKilledInTheActiveToo() {
        #expect(report("Guards shot dead two intruders at the gate.").fatalities?.best == 2)
        #expect(report("Soldiers shot dead a gunman and arrested his accomplice.").fatalities?.best == 1)
        #expect(report("Three men were shot dead in the market.").fatalities?.best == 3)
        // The passive's "dead" is not followed by its victims: "three days" is a time.
        #expect(report("The two were shot dead three days ago.").fatalities?.best != 3)
    }

    @Test func anOrdinalPersonIsNewBesidePeopleToldBefore() {
        let fourth = report("A fourth suspect was detained at his home.")
        #expect(fourth.detainedCount == 1)
        #expect(fourth.detained.first?.isAdditional == true)
        #expect(report("A suspect was detained at his home.").detained.first?.isAdditional == false)
    }

    @Test func someOfTheWoundedWhoDiedAreNewDeaths() {
        let died = report("Two of the injured later died in hospital.")
        #expect(died.fatalities?.best == 2)
        #expect(died.killed.first?.refersBack == false)
        #expect(died.killed.first?.isAdditional == true)
        // Some of the people told before: counted, and marked as told.
        let retold = report("Three of the gunmen were killed by the guards.")
        #expect(retold.fatalities?.best == 3)
        #expect(retold.killed.first?.refersBack == true)
    }
}
