import Testing
import TruceFormats

@testable import TruceStore

@Suite struct JSONObjectWriterTests {
    /// Rows with different subsets of names, as GDELT's (empty cells left out), give the
    /// same text as sorting each row's own keys.
    @Test func rowsWithDifferentNamesAreWrittenSorted() {
        var writer = JSONObjectWriter()
        let rows: [[String: String]] = [
            ["b": "2", "a": "1"],
            ["c": "3", "a": "x\"y"],
            ["a": "1"],
            ["d": "4", "b": "2", "c": "3", "a": "0"],
            [:],
            ["Zeta": "z", "alpha": "α"],
            ["b": "line\nbreak"],
        ]
        for row in rows {
            #expect(writer.object(row) == JSONString.object(row))
        }
        #expect(writer.object(["c": "3", "a": "1"]) == #"{"a":"1","c":"3"}"#)
    }

    /// Keys that share their first 16 bytes, or are prefixes of one another, still sort byte by byte.
    @Test func longSharedPrefixesAndNonASCIIKeysSortByBytes() {
        var writer = JSONObjectWriter()
        let rows: [[String: String]] = [
            ["ActionGeo_ADM2Code": "2", "ActionGeo_ADM1Code": "1", "ActionGeo_ADM1": "0", "ActionGeo_CountryCode": "c"],
            ["abcdefghijklmnopq2": "2", "abcdefghijklmnopq1": "1", "abcdefghijklmnop": "0"],
            ["é": "1", "z": "2", "Z": "3", "": "4", "a\u{0}": "5", "a": "6"],
        ]
        for row in rows {
            #expect(writer.object(row) == JSONString.object(row))
        }
    }
}
