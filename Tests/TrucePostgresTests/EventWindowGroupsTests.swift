import Testing
import TruceModel

@testable import TrucePostgres

/// Windows whose ranges of stated days overlap are read by one statement, windows apart by one each.
@Suite struct EventWindowGroupsTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    @Test func overlappingWindowsShareAGroupAndWindowsApartDoNot() {
        let days: [(from: Day?, to: Day?)] = [
            (Self.day("2020-02-26"), Self.day("2021-05-04")),
            (Self.day("2019-12-29"), Self.day("2020-03-02")),
            (Self.day("2015-01-01"), Self.day("2015-01-31")),
            (Self.day("2020-02-26"), Self.day("2021-05-04")),
            (Self.day("2021-05-05"), Self.day("2021-06-01")),
        ]
        // The fifth starts the day after the others end: apart, so the days between are not read twice.
        #expect(EventWindowGroups.overlapping(days) == [[2], [0, 1, 3], [4]])
    }

    @Test func aWindowInsideAnotherJoinsItEvenWhenItStartsAfterTheNextOneEnds() {
        let days: [(from: Day?, to: Day?)] = [
            (Self.day("2020-01-01"), Self.day("2020-12-31")),
            (Self.day("2020-02-01"), Self.day("2020-02-07")),
            (Self.day("2020-06-01"), Self.day("2020-06-07")),
        ]
        #expect(EventWindowGroups.overlapping(days) == [[0, 1, 2]])
    }

    @Test func anOpenEndReachesEveryLaterWindow() {
        let days: [(from: Day?, to: Day?)] = [
            (Self.day("2030-01-01"), Self.day("2030-01-02")),
            (nil, Self.day("2019-01-01")),
            (Self.day("2018-06-01"), nil),
            (Self.day("2010-01-01"), Self.day("2010-01-02")),
        ]
        // Sorted by first day, an open start first: 1, 3, 2, 0; 3 lies within 1, and 2 overlaps 1 and has no end.
        #expect(EventWindowGroups.overlapping(days) == [[0, 1, 2, 3]])
        #expect(EventWindowGroups.overlapping([(nil, nil)]) == [[0]])
        #expect(EventWindowGroups.overlapping([]) == [])
    }
}
