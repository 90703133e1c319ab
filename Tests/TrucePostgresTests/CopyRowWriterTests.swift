import NIOCore
import Testing
import TruceModel
import TruceStorage

@testable import TrucePostgres

/// Numbers and days written digit by digit into the COPY buffer read as `String(value)` and `Day.iso`
/// spell them, and a day hashes as its text: rows hash alike on SQLite and PostgreSQL.
@Suite struct CopyRowWriterTests {
    static func written(_ fill: (inout CopyRowWriter) -> Void) -> (text: String, hash: Int64) {
        var row = CopyRowWriter()
        fill(&row)
        let hash = row.hash.signed
        return (String(buffer: row.buffer), hash)
    }

    @Test(arguments: [0, 7, -7, 10, 99, 100, -1_000_000, 1_600_000_000, Int.max, Int.min])
    func anIntegerIsWrittenAsItsDecimalText(_ value: Int) {
        #expect(Self.written { $0.integer(value) }.text == String(value))
        #expect(Self.written { $0.integer64(Int64(value)) }.text == String(value))
        var expected = ContentHash()
        expected.add(value)
        #expect(Self.written { $0.integer(value) }.hash == expected.signed)
    }

    @Test(arguments: ["2020-02-29", "1970-01-01", "0001-01-01", "0000-03-01", "9999-12-31", "1969-12-31", "2018-10-26"])
    func aDayIsWrittenAndHashedAsItsISOText(_ iso: String) throws {
        let day = try #require(Day(iso: iso))
        let written = Self.written { $0.day(day) }
        #expect(written.text == iso)
        #expect(written.hash == Self.written { $0.text(iso) }.hash)
    }

    /// Days outside four-digit years fall back on Day's own spelling.
    @Test(arguments: [-800_000, 3_000_000])
    func aDayOfAnotherWidthIsWrittenAsDaySpellsIt(_ ordinal: Int) {
        let day = Day(ordinal: ordinal)
        #expect(Self.written { $0.day(day) }.text == day.iso)
        #expect(Self.written { $0.day(day) }.hash == Self.written { $0.text(day.iso) }.hash)
    }

    @Test func fieldsAreSeparatedEscapedAndNullsMarked() {
        let written = Self.written { row in
            row.text("a\tb\\c\nd\re")
            row.text(nil)
            row.integer(nil)
            row.real(1.5)
            row.real(nil)
            row.endRow()
        }
        #expect(written.text == "a\\tb\\\\c\\nd\\re\t\\N\t\\N\t1.5\t\\N\n")
    }
}
