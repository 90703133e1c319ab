import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceTestSupport

/// Files that used to lose rows without a word: every row must now be read, or rejected with its line.
@Suite("CSV: no silent loss")
struct CSVNoSilentLossTests {
    private func records(
        _ path: String, quoting: Bool = true, maxRecordBytes: Int = InputLimits.recordBytes, chunkSize: Int = 1 << 20
    )
        throws -> (records: [CSVRecord], reader: CSVReader)
    {
        let reader = try CSVReader(path: path, quoting: quoting, maxRecordBytes: maxRecordBytes, chunkSize: chunkSize)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return (records, reader)
    }

    @Test(arguments: [1 << 20, 5])
    func classicMacLineEndsReadLikeLineFeeds(chunkSize: Int) throws {
        let text = "a,b\n1,\"x\ny\"\n\n2,z\n"
        let (expected, _) = try records(try Fixtures.write(text))
        let mac = text.replacingOccurrences(of: "\n", with: "\r")
        let (records, _) = try records(try Fixtures.write(mac), chunkSize: chunkSize)
        #expect(records.map(\.line) == expected.map(\.line))
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records.map { $0.fields.map { $0.replacingOccurrences(of: "\r", with: "\n") } } == expected.map(\.fields))
        #expect(records.allSatisfy { $0.problem == nil })
    }

    @Test func classicMacACLEDFileReadsEveryRow() throws {
        let rows = (1...5).map { Fixtures.acledRow(key: "AFG\($0)") }
        let path = try Fixtures.write(([Fixtures.acledHeader] + rows).joined(separator: "\r") + "\r")
        var reader = try ACLEDReader(path: path)
        let (events, rejections) = try reader.readAll()
        #expect(events.map(\.key) == ["AFG1", "AFG2", "AFG3", "AFG4", "AFG5"])
        #expect(rejections.isEmpty)
    }

    @Test func aCutOffLastRowIsRejectedWithANotice() throws {
        let whole = Fixtures.acledRow(key: "AFG2")
        let cut = String(whole.prefix(whole.count / 2))
        let path = try Fixtures.write([Fixtures.acledHeader, Fixtures.acledRow(key: "AFG1"), cut].joined(separator: "\n"))
        var reader = try ACLEDReader(path: path)
        let (events, rejections) = try reader.readAll()
        #expect(events.map(\.key) == ["AFG1"])
        let rejection = try #require(rejections.first)
        #expect(rejection.line == 3)
        #expect(rejection.message.contains("cut off"))
        #expect(reader.notices.contains { $0.contains("line 3 is cut off") })
    }

    @Test func aShortLastRowEndingWithALineBreakIsNotATruncation() throws {
        let path = try Fixtures.write("a,b,c\n1,2\n")
        let reader = try CSVReader(path: path)
        reader.expectedFieldCount = 3
        var last: CSVRecord?
        while let record = try reader.next() { last = record }
        #expect(last?.fields == ["1", "2"])
        #expect(reader.currentRecordIsUnterminatedLastLine == false)
    }

    @Test func aStrayQuoteCostsOneLineNotTheRestOfTheFile() throws {
        let rows = (1...6).map { "r\($0),x\($0),\"quoted \($0)\"" }
        var lines = ["a,b,c"] + rows
        lines[2] = "r2,\"stray,oops"
        let path = try Fixtures.write(lines.joined(separator: "\n") + "\n")
        let reader = try CSVReader(path: path)
        reader.expectedFieldCount = 3
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        #expect(records.map(\.line) == [1, 2, 3, 4, 5, 6, 7])
        let bad = try #require(records.first { $0.problem != nil })
        #expect(bad.line == 3)
        #expect(bad.problem?.message.contains("stray quote") == true)
        #expect(records.filter { $0.problem == nil }.map { $0.fields[0] } == ["a", "r1", "r3", "r4", "r5", "r6"])
        #expect(reader.strayQuoteLines == 1)
        #expect(reader.notices.contains { $0.contains("stray quotes: 1 line") && $0.contains("line 3") })
    }

    @Test func aQuoteThatNeverClosesCostsOneLine() throws {
        let path = try Fixtures.write("a,b\n1,\"open\n2,y\n3,z\n")
        let (records, reader) = try records(path)
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records[1].problem != nil)
        #expect(records[2].fields == ["2", "y"] && records[3].fields == ["3", "z"])
        #expect(reader.strayQuoteLines == 1)
    }

    @Test func aGenuineMultiLineFieldIsStillOneRecord() throws {
        let reader = try CSVReader(path: try Fixtures.write("a,b\n1,\"two\nlines\"\n2,x\n"))
        reader.expectedFieldCount = 2
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        #expect(records.map(\.fields) == [["a", "b"], ["1", "two\nlines"], ["2", "x"]])
        #expect(reader.strayQuoteLines == 0)
    }

    @Test func withoutQuotingAQuoteIsText() throws {
        let (records, _) = try records(try Fixtures.write("a\t\"b\n\"c\td\n"), quoting: false)
        #expect(records.map(\.fields) == [["a\t\"b"], ["\"c\td"]])
    }

    @Test func gdeltRowsAfterAQuoteAreAllRead() throws {
        let path = TestPaths.shared("gdelt/20191024143000.export.CSV")
        var original = try GDELTReader(path: path)
        let expected = try original.readAll()
        // Put a quote at the start of a text cell of row 3: GDELT never quotes, so nothing may be lost.
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        var cells = lines[2].components(separatedBy: "\t")
        cells[6] = "\"" + cells[6]
        lines[2] = cells.joined(separator: "\t")
        var reader = try GDELTReader(path: try Fixtures.write(lines.joined(separator: "\n"), name: "quoted.export.CSV"))
        let (events, rejections) = try reader.readAll()
        #expect(events.count == expected.values.count)
        #expect(rejections.count == expected.rejections.count)
    }

    @Test func anOverlongLineIsSkippedAndQuotedShort() throws {
        let long = String(repeating: "x", count: 5000)
        let path = try Fixtures.write("a,b\n1,2\n\(long),3\n4,5\n")
        let reader = try CSVReader(path: path, maxRecordBytes: 1000, chunkSize: 64)
        var records: [CSVRecord] = []
        var texts: [String] = []
        while let record = try reader.next() {
            records.append(record)
            texts.append(reader.lastRecordText())
        }
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records[2].problem?.message.contains("longer than") == true)
        #expect(texts[2].utf8.count < 300)
        #expect(records[3].fields == ["4", "5"])
    }

    @Test func aFileThatNeverEndsItsFirstLineIsRefusedWithBoundedMemory() throws {
        // /dev/zero never ends: the reader must give up after its limit instead of growing forever.
        let error = try #require(throws: TruceError.self) { _ = try ACLEDReader(path: "/dev/zero") }
        #expect(error.message.contains("longer than"))
        #expect(error.description.utf8.count < 1000)
    }
}
