import Testing
import TruceModel

@testable import TruceCoder

/// How an article's later counts of the same people are told apart from new people: news states the
/// total first and tells its parts after.
@Suite struct RetellingTests {
    let coder = ArticleCoder()

    /// People held, counting only events that retell nothing earlier.
    func freshDetained(_ text: String) -> Int {
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2011-03-08"))
        return coder.code(article).events.filter { $0.repeats == nil }.compactMap(\.detained).reduce(0, +)
    }

    @Test func partsOfASummaryAreNotCountedAgain() {
        let text = """
            Forces detained a Taliban leader along with one suspected insurgent in Khost province yesterday. \
            The leader was detained after his brother identified him. \
            An additional suspected insurgent was detained after questioning at the scene.
            """
        #expect(freshDetained(text) == 2)
    }

    @Test func additionalPeopleAfterALoneLeaderAreNew() {
        let text = """
            Forces captured two Taliban facilitators in Nangarhar province yesterday. \
            The facilitators distributed weapons to insurgent fighters. \
            One additional suspected insurgent was detained.
            """
        #expect(freshDetained(text) == 3)
    }

    @Test func othersCountedWithSomeoneKnownRetellTheLead() {
        let text = """
            Forces detained four suspected insurgents in Paktiya province yesterday, including a Haqqani commander. \
            After questioning, the commander and three additional suspected insurgents were detained.
            """
        #expect(freshDetained(text) == 4)
    }

    @Test func alsoBeforeTheVerbMakesOnePersonNew() {
        let text = """
            Forces arrested a Haqqani leader in Khost province yesterday. \
            The security force also detained one suspected insurgent.
            """
        #expect(freshDetained(text) == 2)
    }

    @Test func aSeparateOperationIsNeverARetelling() {
        let text = """
            Forces detained three suspected insurgents in Helmand province yesterday. \
            In a separate operation in Helmand province, forces detained one suspected insurgent.
            """
        #expect(freshDetained(text) == 4)
    }

    @Test func othersAfterAKillingAreNotAdditionalDetentions() {
        let report = CasualtyFinder.report(in: "The combined forces engaged the threat, killing several insurgents and detaining several others.")
        #expect(report.detainedCount == 3)
        #expect(!report.detainedIsAdditional)
    }

    @Test func coordinatedSubjectsOfAPassiveBothCount() {
        let report = CasualtyFinder.report(in: "A Taliban leader and a suspected insurgent were captured by the security force.")
        #expect(report.detainedCount == 2)
    }

    @Test func aNameInsideTheNounPhraseStillCountsOnePerson() {
        let report = CasualtyFinder.report(in: "The force arrested an Islamic Movement of Uzbekistan (IMU) leader in Burkah district.")
        #expect(report.detainedCount == 1)
        #expect(CasualtyFinder.report(in: "The force arrested a Taliban weapons supplier.").detainedCount == 1)
    }

    @Test func lineSeparatorsEndSentences() {
        let article = ArticleCleaner.article(
            raw: "Forces killed two insurgents in Helmand province yesterday.\u{2028}\u{2028}The two insurgents were killed when they fired.",
            markup: .plain, origin: "test", source: nil, date: Day(iso: "2011-05-24"))
        let killed = coder.code(article).events.filter { $0.repeats == nil }.compactMap { $0.fatalities.best }.reduce(0, +)
        #expect(killed == 2)
    }

    @Test func aSecondVerbAfterAndIsNotAnotherObject() {
        let report = CasualtyFinder.report(in: "They began by killing insurgent fighters and freeing hostages.")
        #expect(report.fatalities?.low == 2)
    }

    @Test func aRegionMentionedInPassingDoesNotSplitTheStory() {
        let text = """
            Forces targeted an insurgent leader in Chora district, Uruzgan province yesterday.             Three insurgents were killed during the operation.             The leader commands several insurgent groups in Uruzgan and Kandahar provinces.             The insurgents were killed when they fired on the force.
            """
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2011-05-20"))
        let killed = coder.code(article).events.filter { $0.repeats == nil }.compactMap { $0.fatalities.best ?? $0.fatalities.low }
        #expect(killed.reduce(0, +) == 3)
    }

    @Test func aNamedProvinceBeatsTheProvinceOfADistrictName() throws {
        let article = ArticleCleaner.article(
            raw: "Forces detained two suspected insurgents in Mata Khan district during an operation in Paktiya province yesterday.",
            markup: .plain, origin: "test", source: nil, date: Day(iso: "2010-09-24"))
        let detention = try #require(coder.code(article).events.first { $0.detained != nil })
        #expect(detention.location.admin1 == "Paktia")
    }

    @Test func aLaterReleasesDatelineDatesItsSectionAndIsNoPlace() throws {
        let text = """
            KABUL, Afghanistan (July 14, 2012) — Forces detained a Taliban leader in Wardak province today.

            KABUL, Afghanistan (July 16, 2012) — Forces killed two insurgents in Wardak province yesterday.
            """
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: nil)
        let killing = try #require(coder.code(article).events.first { $0.fatalities.best == 2 })
        #expect(killing.date?.earliest == Day(iso: "2012-07-15"))
        #expect(killing.location.admin1 == "Wardak")
        #expect(!coder.code(article).events.contains { $0.location.admin1 == "Kabul" })
    }

    @Test func aNamedPersonIsOnePerson() {
        #expect(CasualtyFinder.report(in: "A precision airstrike killed Rostum and his associate.").fatalities?.best == 2)
        #expect(CasualtyFinder.report(in: "The force killed Taliban leader, Mahjur, along with one other insurgent.").fatalities?.best == 2)
        // Groups, acronyms and months are not people.
        #expect(CasualtyFinder.report(in: "The leader planned and executed IED attacks.").fatalities == nil)
        #expect(CasualtyFinder.report(in: "Forces killed Taliban in the valley.").fatalities?.best != 1)
    }

    /// People killed, counting only events that retell nothing earlier.
    func freshKilled(_ text: String) -> Int {
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2011-10-06"))
        return coder.code(article).events.filter { $0.repeats == nil }.compactMap { $0.fatalities.best ?? $0.fatalities.low }.reduce(0, +)
    }

    @Test func civiliansKilledDoNotRetellAnInsurgentKilled() {
        let text = """
            A security force patrol killed a Taliban leader in Tagab district, Kapisa province, today.             One local child was killed during the operation.
            """
        #expect(freshKilled(text) == 2)
    }

    @Test func aDefinitePluralCountsThePeopleNumberedBefore() {
        let text = """
            A security force conducted an operation in Surobi district, Kabul province, today.             During the operation, the unit identified multiple armed insurgents.             The security force engaged and killed the insurgents.
            """
        #expect(freshKilled(text) == 3)
    }

    @Test func theOneOthersWereCountedAgainstIsNotARetellingOfThem() {
        let text = """
            A security force conducted a precision strike on a Taliban commander in Kunduz province today.             Several other insurgents were killed in the strike.             The police chief reports the commander was killed in the strike.
            """
        #expect(freshKilled(text) == 4)
    }

    @Test func aFloorInTheLeadYieldsToThePartsThatOutgrowIt() {
        let text = """
            Afghan and coalition forces targeted insurgent leaders, killing numerous insurgents in Burkah district, Baghlan province.             The security force engaged them, killing several.             The security force called in close air support, killing more than 10 insurgents.
            """
        #expect(freshKilled(text) == 14)
    }

    @Test func aRetellingHoldsNoMorePeopleThanWhatItRetells() {
        let text = """
            The joint force returned fire in Baghran district, Helmand province, today, killing four insurgents.             A group of 11 armed insurgents then approached the force.             Close air support fired on the approaching insurgents, killing all 11 insurgents.
            """
        #expect(freshKilled(text) == 15)
    }

    @Test func aCommanderAndTwoAdvisorsAreThree() {
        let report = CasualtyFinder.report(in: "A senior militant commander and two senior advisors were killed in a precision air strike.")
        #expect(report.fatalities?.best == 3)
        // Weapons joined to people are not people.
        let held = CasualtyFinder.report(in: "Multiple weapons were confiscated and several suspected insurgents were detained.")
        #expect(held.detainedCount == 3)
    }

    @Test func aLaterCountThatNamesTheLeadsPersonIncludesTheLead() {
        let text = """
            Afghan and coalition forces captured another Taliban facilitator in Kabul province yesterday.             After the compound was secured, the force detained the facilitator and one additional suspected insurgent.
            """
        #expect(freshDetained(text) == 2)
    }

    @Test func aParticipleAfterADeterminerReportsNoAct() {
        #expect(CasualtyFinder.report(in: "The arrested leader commanded Taliban fighters in the district.").detained.isEmpty)
        #expect(CasualtyFinder.report(in: "The patrol's fire resulted in the killing of several of the men.").fatalities?.low == 3)
    }

    @Test func thingsJoinedToPeopleAreNotPeople() {
        let report = CasualtyFinder.report(in: "The force detained several additional suspected Haqqani members and multiple AK-47s.")
        #expect(report.detainedCount == 3)
        #expect(CasualtyFinder.report(in: "Forces detained two suspects and three of their associates.").detainedCount == 5)
    }

    @Test func anExactCountOutgrowsAVagueSummary() {
        let text = """
            Afghan and coalition forces detained several suspected insurgents in Zabul province yesterday.             After initial questioning at the scene, the security force detained four suspected insurgents.
            """
        #expect(freshDetained(text) == 4)
    }

    @Test func aCountThatIncludesSomeoneToldBeforeIncludesTheLead() {
        let text = """
            In Logar province last night, a joint force detained a Taliban facilitator.             The security force searched a compound and detained two insurgents, one of whom was the focus of the search.
            """
        #expect(freshDetained(text) == 2)
        let including = """
            A security force captured a Haqqani facilitator in Khost province today.             Several individuals were detained during the operation, including the facilitator.
            """
        #expect(freshDetained(including) == 3)
    }

    @Test func theCaptureOfTheFacilitatorRetellsIt() {
        let text = """
            Forces detained a Taliban facilitator along with one suspected insurgent in Paktiya province yesterday.             With the capture of the Taliban facilitator yesterday, the force has removed a key financier.
            """
        #expect(freshDetained(text) == 2)
    }

    @Test func aPlaceInARelativeClauseIsNotWhereTheEventWas() throws {
        let text = """
            Security forces captured a Haqqani sub-commander during an operation in Khost province today.             The security force detained several insurgents including the commander, who was in charge of operations in Paktiya province.
            """
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2010-09-14"))
        let held = coder.code(article).events.filter { $0.detained != nil }
        #expect(held.allSatisfy { $0.location.admin1 == "Khost" })
        #expect(freshDetained(text) == 3)
    }

    @Test func ofBetweenCapitalisedWordsStaysInTheName() {
        let report = CasualtyFinder.report(in: "The force arrested a senior Islamic Movement of Uzbekistan (IMU) leader in Chahar Darah district.")
        #expect(report.detainedCount == 1)
    }

    @Test func aLongDescriptionBeforeThePersonStillCountsThem() {
        let report = CasualtyFinder.report(
            in: "A joint force captured a Taliban improvised explosive device facilitator and detained several suspected Taliban insurgents.")
        #expect(report.detainedCount == 4)
        // "Of several of the men" is counted by its number, not read as a bare plural.
        #expect(CasualtyFinder.report(in: "The patrol's fire resulted in the killing of several of the men.").fatalities?.low == 3)
    }

    @Test func aLeadOverSeveralRegionsIsRetoldInEachOfThem() {
        // The lead sums up two provinces; the paragraphs that follow tell each province's part of it.
        let text = """
            Police arrested more than 10 suspected smugglers in Kunar and Laghman provinces on Monday. \
            In Laghman province, officers detained more than 10 suspects during a search of a market. \
            The team detained 11 suspected smugglers after questioning them at the scene.
            """
        #expect(freshDetained(text) == 11)
        // A lead that names one region is not retold by another region's count.
        let apart = """
            Police arrested four suspected smugglers in Kunar province on Monday. \
            In Laghman province, officers detained four suspects during a search of a market.
            """
        #expect(freshDetained(apart) == 8)
    }

    @Test func othersInTheLeadsOwnListAreNotNewToTheStory() {
        // "Other" contrasts the suspects with the commander in the same list; "the suspects" later are those suspects.
        let text = """
            Police detained a gang leader, his deputy and several other suspects in Kunar province yesterday. \
            The suspects were detained after a search of the leader's house.
            """
        #expect(freshDetained(text) == 5)
    }
}
