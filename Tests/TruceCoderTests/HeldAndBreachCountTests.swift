import Testing
import TruceModel

@testable import TruceCoder

/// Counts a monitor tracks that no noun of their own names (issue 12 item 5): people held in custody are prisoners
/// held, and a truce breached N times is a count of violations. The sentences are written for these tests.
@Suite struct HeldAndBreachCountTests {
    private let published = Day(iso: "2025-03-20")!

    private func figures(_ sentence: String) -> [FoundFigure] {
        FigureFinder.figures(in: sentence, published: published)
    }

    private func only(_ sentence: String) throws -> FoundFigure {
        let found = figures(sentence)
        try #require(found.count == 1, "\(found)")
        return found[0]
    }

    @Test(arguments: [
        "The junta said it holds 640 opposition fighters in custody.",
        "Police are holding 350 people in detention, the ministry said.",
        "The militia still holds 85 soldiers as prisoners.",
        "Some 2,300 civilians remain behind bars.",
        "The junta detains 40 journalists.",
    ])
    func peopleHeldInCustodyArePrisonersHeld(sentence: String) throws {
        let held = try only(sentence)
        #expect(held.indicator == "prisoners_held", "\(sentence)")
        #expect(held.kind == .current && held.refersTo == ResolvedDate(day: published))
    }

    @Test func anArrestOrALevelIsNoCountHeld() {
        // "detained" tells an act: an arrest, counted on its event.
        #expect(figures("Troops detained 40 journalists on Monday.").isEmpty)
        // Holding without custody: a level of troops.
        #expect(figures("The base holds 2,000 troops.").map(\.indicator) == ["troops"])
        // Released from custody: a release.
        #expect(figures("The army released 120 prisoners held in custody.").map(\.indicator) == ["prisoners_released"])
    }

    @Test func aTruceBreachedNTimesIsACountOfViolations() throws {
        let since = try only("Observers said the militia had violated the ceasefire more than 40 times since March 2.")
        #expect(since.indicator == "ceasefire_violations" && since.value == 40 && since.kind == .current)
        // As a running total of the dead does, it adds up from the day "since" names to publication.
        #expect(since.refersTo?.earliest.iso == "2025-03-02" && since.refersTo?.latest == published)
        let week = try only("The rebels breached the truce 12 times last week.")
        #expect(week.indicator == "ceasefire_violations" && week.value == 12)
        #expect(week.refersTo?.earliest.iso == "2025-03-10" && week.refersTo?.latest.iso == "2025-03-16")
    }

    @Test func otherCountsOfTimesAreNoViolations() {
        #expect(figures("The envoy tried three times to reach the rebels.").isEmpty)
        #expect(figures("The rebels attacked the town 12 times.").isEmpty)
        // Denied, the breaches are not counted.
        #expect(figures("The army denied that it had breached the truce 30 times.").isEmpty)
    }

    @Test func breachesSinceTheTruceBeganCountFromItsDay() throws {
        // The truce told with its day earlier in the article gives the day the count starts from.
        let text =
            "KINSHASA, Congo (June 20, 2024) — The army and the rebels agreed to a truce on June 5. The rebels said the army had "
            + "breached the truce 25 times since it began."
        let coded = ArticleCoder().code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: nil))
        let breaches = try #require(coded.figures.first { $0.indicator == "ceasefire_violations" }, "\(coded.figures)")
        #expect(breaches.value == 25 && breaches.kind == .current)
        #expect(breaches.refersTo?.earliest.iso == "2024-06-05" && breaches.refersTo?.latest.iso == "2024-06-20")
        #expect(breaches.actor?.text == "army", "\(String(describing: breaches.actor))")
    }

    @Test func aStatementOfPeopleHeldIsAFigureNotAnEvent() throws {
        let text = "KINSHASA, Congo (June 20, 2024) — The ministry said it holds 900 militia fighters in custody."
        let coded = ArticleCoder().code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: nil))
        let held = try #require(coded.figures.first, "\(coded.figures)")
        #expect(held.indicator == "prisoners_held" && held.value == 900)
        #expect(held.actor?.text == "ministry")
        #expect(coded.events.isEmpty, "\(coded.events)")
    }
}

/// A claim's words start after the dateline (issue 12 item 6): the place, day and agency that open a report are the
/// reporter's, not the speaker's.
@Suite struct DatelineClaimTests {
    @Test(arguments: [
        "BUKAVU, Democratic Republic of Congo, March 3, 2025 (AFP) - ",
        "KADUGLI, Sudan, Feb. 9, 2025 - ",
        "BENI, March 3 (Reuters) - ",
    ])
    func aClaimsQuoteStartsAfterTheDateline(dateline: String) throws {
        let text = dateline + "Militia fighters burned a market in Kavumu on Sunday, residents said."
        let coded = ArticleCoder().code(ArticleCleaner.article(raw: text, markup: .plain, origin: "test", source: nil, date: Day(iso: "2025-03-03")))
        let claim = try #require(coded.claims.first, "\(coded.claims)")
        #expect(claim.quote == "Militia fighters burned a market in Kavumu on Sunday", "\(dateline)")
        #expect(claim.speaker == "residents")
        #expect(coded.events.allSatisfy { $0.span.start >= dateline.unicodeScalars.count }, "\(dateline)")
    }
}
