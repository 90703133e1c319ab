import Testing

@testable import TruceCoder

/// The note's stem search reads a slice of the lower-cased note where it starts, and finds exactly what a
/// plain substring search finds.
@Suite struct NoteCoderSearchTests {
    static let text = "Gunmen KILLED two farmers; one Body was found. Police said the attackers fled. Lynching: none. ki"

    @Test func everySliceFindsWhatASubstringSearchFinds() {
        let lowered = Array(Self.text.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let stems = NoteCoder.deathStems + NoteCoder.singleKillings + [Array("ki".utf8), Array("i".utf8)]
        for start in stride(from: 0, to: lowered.count, by: 3) {
            for end in stride(from: start, through: lowered.count, by: 5) {
                let slice = lowered[start..<end]
                let plain = String(decoding: slice, as: UTF8.self)
                for stem in stems {
                    let expected = plain.contains(String(decoding: stem, as: UTF8.self))
                    #expect(NoteCoder.contains(lowered: slice, any: [stem]) == expected, "\(plain) / \(String(decoding: stem, as: UTF8.self))")
                }
            }
        }
    }

    @Test(arguments: [
        ("Villagers said gunmen KILLED three herders near the well.", 3),
        ("Two soldiers were KILLED in an ambush on the road.", 2),
        ("A trader was Lynched by a crowd at the market.", 1),
        ("Fatalities Coded As 4 after reports differed.", 4),
        ("The convoy was stopped; nobody was hurt.", 0),
    ])
    func fatalitiesAreReadInAnyCase(note: String, expected: Int) {
        #expect(NoteCoder.fatalities(in: note) == expected)
    }
}
