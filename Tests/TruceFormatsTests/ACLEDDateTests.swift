import Testing
import TruceFormats
import TruceModel

@Suite("ACLEDDate")
struct ACLEDDateTests {
    @Test(arguments: [
        ("2020-03-04", 2020, 3, 4),
        ("2020/03/04", 2020, 3, 4),
        ("4-Mar-20", 2020, 3, 4),
        ("04-Mar-2020", 2020, 3, 4),
        ("04-March-2020", 2020, 3, 4),
        ("01-January-2015", 2015, 1, 1),
        ("4 March 2020", 2020, 3, 4),
        ("28 December 2022", 2022, 12, 28),
        ("04/03/2020", 2020, 3, 4),
        ("29/12/2015", 2015, 12, 29),
        ("March 4, 2020", 2020, 3, 4),
        ("4-MAR-20", 2020, 3, 4),
        ("4 march 2020", 2020, 3, 4),
        ("  2020-03-04 ", 2020, 3, 4),
        ("9-May-20", 2020, 5, 9),
        ("29-Feb-2020", 2020, 2, 29),
    ])
    func layouts(text: String, year: Int, month: Int, day: Int) {
        #expect(ACLEDDate.parse(text) == Day(year: year, month: month, day: day), "\(text)")
    }

    @Test func twoDigitYearsPivotAt1970() {
        #expect(ACLEDDate.parse("1-Jan-00")?.year == 2000)
        #expect(ACLEDDate.parse("1-Jan-69")?.year == 2069)
        #expect(ACLEDDate.parse("1-Jan-70")?.year == 1970)
        #expect(ACLEDDate.parse("1-Jan-99")?.year == 1999)
        #expect(ACLEDDate.parse("31/12/97") == Day(year: 1997, month: 12, day: 31))
    }

    @Test(arguments: ["31/02/2020", "29-Feb-2021", "2020-02-30", "2020-13-01", "00/01/2020", "32 March 2020", "31-Apr-20"])
    func impossibleDatesAreNil(text: String) {
        #expect(ACLEDDate.parse(text) == nil, "\(text)")
    }

    @Test(arguments: ["", "NA", "abc", "4th March 2020", "4-Mrz-20", "2020-03", "4-Mar-2020-1", "1-Jan-100", "1/2/3/4", "March 2020"])
    func nonDatesAreNil(text: String) {
        #expect(ACLEDDate.parse(text) == nil, "\(text)")
    }
}
