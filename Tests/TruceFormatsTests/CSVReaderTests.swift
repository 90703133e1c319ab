import Foundation
import Testing
import TruceFormats
import TruceModel

@Suite("CSVReader")
struct CSVReaderTests {
    private func records(
        _ path: String, delimiter: Unicode.Scalar = ",", encoding: TextEncodingChoice = .automatic, chunkSize: Int = 1 << 20
    )
        throws -> (records: [CSVRecord], reader: CSVReader)
    {
        let reader = try CSVReader(path: path, delimiter: delimiter, encoding: encoding, chunkSize: chunkSize)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return (records, reader)
    }

    @Test func quotedFieldsWithDelimitersQuotesAndNewlines() throws {
        let path = try Fixtures.write("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nplain,,\"\"\n")
        let (records, _) = try records(path)
        try #require(records.count == 3)
        #expect(records[1].fields == ["x, y", "say \"hi\"", "two\nlines"])
        #expect(records[2].fields == ["plain", "", ""])
        #expect(records.allSatisfy { $0.problem == nil })
    }

    @Test func lineNumbersCountNewlinesInsideQuotedFields() throws {
        let path = try Fixtures.write("h1,h2\n1,\"a\nb\nc\"\n2,x\n\n3,\"d\r\ne\"\r\n4,y\n")
        let (records, _) = try records(path)
        #expect(records.map(\.line) == [1, 2, 5, 7, 9])
        #expect(records.map { $0.fields[0] } == ["h1", "1", "2", "3", "4"])
        #expect(records[3].fields[1] == "d\r\ne")
    }

    @Test func crlfLineEndsAreNotPartOfFields() throws {
        let path = try Fixtures.write("a,b\r\n1,2\r\n\"3\",\"4\"\r\n")
        let (records, _) = try records(path)
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test func byteOrderMarkIsSkippedButHashed() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,name\n1,x\n".utf8)
        let (records, reader) = try records(try Fixtures.write(bytes: bytes))
        #expect(records.first?.fields == ["id", "name"])
        #expect(reader.bytesRead == bytes.count)
        #expect(reader.totalBytes == bytes.count)
    }

    @Test func lastLineWithoutNewline() throws {
        let (records, _) = try records(try Fixtures.write("a,b\n1,2\n3,\"4\""))
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(records.last?.line == 3)
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        let (records, _) = try records(try Fixtures.write("a,b\n\"x\"y,2\n"))
        #expect(records[1].fields == ["xy", "2"])
    }

    @Test func tabDelimiter() throws {
        let (records, _) = try records(try Fixtures.write("a\tb\n1,5\t\"x\ty\"\n"), delimiter: "\t")
        #expect(records[1].fields == ["1,5", "x\ty"])
    }

    @Test func unusableDelimiterIsRefused() throws {
        let path = try Fixtures.write("a\n")
        #expect(throws: TruceError.self) { try CSVReader(path: path, delimiter: "\"") }
    }

    @Test func missingFileIsAnErrorNamingIt() throws {
        let error = try #require(throws: TruceError.self) { try CSVReader(path: "/nonexistent/acled.csv") }
        #expect(error.code == .unreadableFile)
        #expect(error.description.contains("/nonexistent/acled.csv"))
    }

    @Test func unterminatedQuoteAtEndOfFileIsAMalformedRecord() throws {
        let path = try Fixtures.write("a,b\n1,2\n3,\"never closed\n4,5\n")
        let (records, reader) = try records(path)
        // Only the line with the quote is lost: the lines after it are read as records of their own.
        try #require(records.count == 4)
        #expect(records[1].problem == nil)
        let problem = try #require(records[2].problem)
        #expect(records[2].line == 3)
        #expect(problem.fieldIndex == 1)
        #expect(problem.message.contains("never closed"))
        #expect(records[3].fields == ["4", "5"] && records[3].problem == nil)
        #expect(reader.fileHash != nil)
    }

    @Test func nulBytesMakeTheRecordMalformedButNotItsNeighbours() throws {
        let bytes = Array("a,b\n1,2\n3,x".utf8) + [0] + Array("y\n5,6\n".utf8)
        let (records, _) = try records(try Fixtures.write(bytes: bytes))
        try #require(records.count == 4)
        #expect(records[1].problem == nil)
        #expect(records[2].problem?.fieldIndex == 1)
        #expect(records[2].problem?.message.contains("NUL") == true)
        #expect(records[3].problem == nil)
        #expect(records[3].fields == ["5", "6"])
    }

    @Test func tenMegabyteFieldIsReadWhole() throws {
        let big = String(repeating: "abcdefghij", count: 1_000_000)
        let path = try Fixtures.write("a,b\n1,\"\(big)\"\n2,\(big)\n3,end\n")
        let (records, _) = try records(path, chunkSize: 64 * 1024)
        try #require(records.count == 4)
        #expect(records[1].fields[1].utf8.count == 10_000_000)
        #expect(records[2].fields[1] == big)
        #expect(records[3].fields == ["3", "end"])
        #expect(records[3].line == 4)
    }

    @Test func tinyChunksGiveTheSameRecords() throws {
        let text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nplain,,\"\"\n\"q\"\"\",z,9"
        let path = try Fixtures.write(text)
        let expected = try records(path).records
        for chunkSize in [16, 17, 23, 31] {
            #expect(try records(path, chunkSize: chunkSize).records == expected)
        }
        #expect(expected.count == 4)
    }

    @Test func sha256OfTheFileIsKnownAfterTheEnd() throws {
        // Expected value from `printf 'id,name\n1,"Kabul, Afghanistan"\n' | sha256sum`.
        let reader = try CSVReader(path: try Fixtures.write("id,name\n1,\"Kabul, Afghanistan\"\n"))
        #expect(reader.fileHash == nil)
        while try reader.next() != nil {}
        #expect(reader.fileHash == "aa5e202211a7dc60fd3fa196a7b946425c412a096f47df1728c91dc0498f911e")
        #expect(reader.bytesRead == reader.totalBytes)
    }

    @Test func emptyFileHasNoRecordsAndTheEmptyHash() throws {
        let (records, reader) = try records(try Fixtures.write(""))
        #expect(records.isEmpty)
        #expect(reader.fileHash == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func invalidUTF8FallsBackToWindows1252WithOneNotice() throws {
        // 0x92 is Windows-1252's right single quote, 0xE9 is é.
        let bytes = Array("a,b\n1,ok\n2,Darfur Students".utf8) + [0x92] + Array(" Association\n3,caf".utf8) + [0xE9] + [0x0A]
        let (records, reader) = try records(try Fixtures.write(bytes: bytes))
        #expect(records[2].fields[1] == "Darfur Students\u{2019} Association")
        #expect(records[3].fields[1] == "café")
        #expect(records.allSatisfy { $0.problem == nil })
        #expect(reader.notices == ["not valid UTF-8 at line 3: read as Windows-1252; name the encoding for the import to be explicit"])
    }

    @Test func strictUTF8MakesInvalidRowsMalformed() throws {
        let bytes = Array("a,b\n1,caf".utf8) + [0xE9] + Array("\n2,café\n".utf8)
        let (records, reader) = try records(try Fixtures.write(bytes: bytes), encoding: .utf8)
        #expect(records[1].problem?.fieldIndex == 1)
        #expect(records[1].problem?.message.contains("not valid UTF-8") == true)
        #expect(records[2].problem == nil)
        #expect(records[2].fields[1] == "café")
        #expect(reader.notices.isEmpty)
    }

    @Test func strictUTF8RefusesOverlongSurrogateAndOutOfRangeSequences() throws {
        let invalid: [[UInt8]] = [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF]]
        var bytes = Array("a\n".utf8)
        for sequence in invalid { bytes += Array("x".utf8) + sequence + [0x0A] }
        bytes += Array("ok \u{1F600} ü €\n".utf8)
        let (records, _) = try records(try Fixtures.write(bytes: bytes), encoding: .utf8)
        try #require(records.count == 7)
        #expect(records[1...5].allSatisfy { $0.problem != nil })
        #expect(records[6].problem == nil)
        #expect(records[6].fields == ["ok \u{1F600} ü €"])
    }

    @Test func forcedWindows1252ReadsEveryByteThatWay() throws {
        // As UTF-8 these two bytes would be "é"; as Windows-1252 they are "Ã©".
        let bytes = Array("a\n".utf8) + [0xC3, 0xA9, 0x80, 0x0A]
        let (records, reader) = try records(try Fixtures.write(bytes: bytes), encoding: .windows1252)
        #expect(records[1].fields == ["Ã©€"])
        #expect(reader.notices.isEmpty)
    }

    @Test func encodingChoiceNames() {
        #expect(TextEncodingChoice(name: "auto") == .automatic)
        #expect(TextEncodingChoice(name: "UTF-8") == .utf8)
        #expect(TextEncodingChoice(name: "utf8") == .utf8)
        #expect(TextEncodingChoice(name: "windows-1252") == .windows1252)
        #expect(TextEncodingChoice(name: "cp1252") == .windows1252)
        #expect(TextEncodingChoice(name: "latin-9") == nil)
    }
}
