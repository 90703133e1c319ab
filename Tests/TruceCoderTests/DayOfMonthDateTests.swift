import Testing
import TruceCoder
import TruceModel

/// "on the 12th": a day of the month written without the month (issue 12: dates that carry to unseen releases).
/// Every sentence here was written for this test.
@Suite struct DayOfMonthDateTests {
    /// A Thursday.
    private let published = Day(iso: "2020-03-05")!

    private func days(_ sentence: String) -> [String] {
        DateFinder.dates(in: sentence, published: published).map(\.date.earliest.iso)
    }

    @Test func aBareDayIsThisMonthsWhenNotAfterPublication() {
        #expect(days("Rebels shelled the town on the 3rd, the governor said.") == ["2020-03-03"])
        #expect(days("The convoy was ambushed on the 5th near the pass.") == ["2020-03-05"])
    }

    @Test func aBareDayAfterPublicationIsLastMonthsForAnActDone() {
        #expect(days("Two soldiers were killed on the 28th when their patrol was hit.") == ["2020-02-28"])
    }

    @Test func aBareDayOfAnActToComeIsTheNextSuchDay() {
        #expect(days("The talks will resume on the 20th in Geneva.") == ["2020-03-20"])
        #expect(days("The envoy will arrive on the 2nd of next month.") == ["2020-04-02"])
    }

    @Test func theMonthMayBeNamedByItsDistanceFromNow() {
        #expect(days("He was arrested on the 14th of last month.") == ["2020-02-14"])
    }

    @Test func anOrdinalThatIsNotADayIsLeftAlone() {
        #expect(days("The fire started on the 12th floor of the hotel.").isEmpty)
        #expect(days("Soldiers of the 5th Battalion patrolled the market.").isEmpty)
        #expect(days("She finished 3rd in the race.").isEmpty)
    }
}
