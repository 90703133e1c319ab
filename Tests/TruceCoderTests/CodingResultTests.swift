import Foundation
import Testing
import TruceCoder
import TruceModel

@Suite struct CodingResultTests {
    @Test func doneMapsToAnAssertedClaim() {
        #expect(Modality.done.claimSpelling == "asserted" && Modality(claimSpelling: "Asserted") == .done)
        #expect(Modality.promised.claimSpelling == "promised" && Modality(claimSpelling: "promised") == .promised)
        #expect(Modality(claimSpelling: "done") == .done && Modality(claimSpelling: "maybe") == nil)
    }

    @Test func aDeadlineFilesUnderItsFirstDayAndKeepsItsRange() throws {
        let july = ResolvedDate(earliest: try #require(Day(iso: "2020-07-01")), latest: Day(iso: "2020-07-31"), precision: .month)
        #expect(july.day.iso == "2020-07-01")
        #expect(!july.isSingleDay)
    }
}
