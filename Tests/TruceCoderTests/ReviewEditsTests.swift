import Testing
import TruceCoder
import TruceModel

@Suite struct ReviewEditsTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    @Test(arguments: [
        ("date", "2020-02-30", "field 'date'"),
        ("date", "2020-03-05..2020-03-01", "field 'date'"),
        ("code", "19a", "field 'code'"),
        ("code", "19234", "field 'code'"),
        ("fatalities", "-1", "field 'fatalities'"),
        ("fatalities", "5..2", "field 'fatalities'"),
        ("modality", "likely", "field 'modality'"),
        ("event_type", " ", "field 'event_type'"),
        ("kind", "current", "field 'kind'"),
        ("nonsense", "1", "field 'nonsense'"),
    ])
    func aBadEventEditNamesItsField(_ field: String, _ value: String, _ expected: String) {
        var edits = ReviewEdits()
        #expect { try edits.set(field, to: value, kind: .event) } throws: { error in
            (error as? TruceError)?.message.hasPrefix(expected) == true
        }
        #expect(edits.isEmpty)
    }

    @Test func goodEditsAreKeptAndRead() throws {
        var edits = ReviewEdits()
        try edits.set("Date", to: " 2020-03 ", kind: .event)
        try edits.set(assignment: "fatalities=3..5", kind: .event)
        try edits.set(assignment: "actor2=", kind: .event)
        try edits.set(assignment: "modality=done", kind: .event)
        #expect(edits.date == ResolvedDate(earliest: Self.day("2020-03-01"), latest: Self.day("2020-03-31"), precision: .month))
        #expect(edits.fatalities == Fatalities(low: 3, best: 3, high: 5))
        #expect(edits.text("actor2") == .some(nil), "an empty value clears the field")
        #expect(edits.text("actor1") == nil, "an unedited field is nil")
        #expect(edits.modality == .done)
        #expect(ReviewEdits(stored: edits.values, kind: .event) == edits)

        var figure = ReviewEdits()
        try figure.set(assignment: "value=8600", kind: .figure)
        try figure.set(assignment: "kind=target", kind: .figure)
        #expect(figure.value == 8600 && figure.figureKind == .target)
        #expect { try figure.set(assignment: "value=lots", kind: .figure) } throws: { error in
            (error as? TruceError)?.message.hasPrefix("field 'value'") == true
        }
    }
}
