import Testing
import TruceModel

@Suite struct DayTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("2020-02-29", 18_321), ("2000-03-01", 11_017), ("1969-12-31", -1), ("1900-03-01", -25_508),
    ])
    func ordinalsMatchTheCalendar(iso: String, ordinal: Int) throws {
        let day = try #require(Day(iso: iso))
        #expect(day.ordinal == ordinal)
        #expect(day.iso == iso)
        #expect(Day(ordinal: ordinal) == day)
    }

    @Test func everyDayOfFourCenturiesRoundTrips() {
        // 1900..2300 covers non-leap centuries and the 400-year leap rule.
        let start = Day(year: 1900, month: 1, day: 1)!.ordinal
        let end = Day(year: 2300, month: 12, day: 31)!.ordinal
        var previous: (Int, Int, Int)? = nil
        for ordinal in start...end {
            let day = Day(ordinal: ordinal)
            let again = Day(year: day.year, month: day.month, day: day.day)
            #expect(again == day)
            if let previous {
                let (y, m, d) = previous
                let sameMonth = day.year == y && day.month == m && day.day == d + 1
                let nextMonth = day.day == 1 && (day.month == m + 1 && day.year == y || day.month == 1 && m == 12 && day.year == y + 1)
                #expect(sameMonth || nextMonth)
            }
            previous = (day.year, day.month, day.day)
        }
    }

    @Test(arguments: ["2021-02-29", "2020-13-01", "2020-00-10", "2020-04-31", "2020-4-01", "20200401", "", "abcd-ef-gh"])
    func impossibleOrMalformedDatesAreRefused(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func leapYears() {
        #expect(Day.isLeap(2020))
        #expect(!Day.isLeap(1900))
        #expect(Day.isLeap(2000))
        #expect(!Day.isLeap(2021))
    }

    @Test func arithmetic() throws {
        let signed = try #require(Day(iso: "2020-02-29"))
        #expect(signed.adding(days: 135).iso == "2020-07-13")
        #expect(signed.adding(months: 14).iso == "2021-04-29")
        #expect(Day(iso: "2020-01-31")!.adding(months: 1).iso == "2020-02-29")
        #expect(Day(iso: "2020-03-31")!.adding(months: -1).iso == "2020-02-29")
        #expect(Day(iso: "2020-01-15")!.adding(months: -13).iso == "2018-12-15")
        #expect(signed.days(to: Day(iso: "2020-03-10")!) == 10)
        #expect(signed.firstOfMonth.iso == "2020-02-01")
        #expect(signed.lastOfMonth.iso == "2020-02-29")
    }

    @Test func acledPrecisionWidensTheSpan() throws {
        let day = try #require(Day(iso: "2020-03-15"))
        let exact = DateSpan.acled(day: day, timePrecision: 1)
        #expect(exact.earliest == day && exact.latest == day && exact.precision == .day)
        let week = DateSpan.acled(day: day, timePrecision: 2)
        #expect(week.earliest.iso == "2020-03-12" && week.latest.iso == "2020-03-18" && week.precision == .week)
        let month = DateSpan.acled(day: day, timePrecision: 3)
        #expect(month.earliest.iso == "2020-03-01" && month.latest.iso == "2020-03-31")
        #expect(month.possiblyWithin(Day(iso: "2020-03-30")!, Day(iso: "2020-04-02")!))
        #expect(!month.certainlyWithin(Day(iso: "2020-03-30")!, Day(iso: "2020-04-02")!))
        #expect(exact.certainlyWithin(day, day))
    }
}
