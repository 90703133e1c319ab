import Foundation
import Testing
import TruceModel
import TruceTestSupport

@testable import TruceFormats

/// Every reader reads an upload (bytes in memory) exactly as it reads the same bytes from a file:
/// the same rows, rejections, notices and file hash.
@Suite struct ReaderBytesTests {
    /// What one pass over a reader gives, to compare two passes whole.
    struct Reading<Value: Hashable & Sendable>: Equatable {
        var rows: [ParsedRow<Value>] = []
        var fileHash: String?
        var notices: [String] = []
    }

    static func readRows<Reader: RowReader>(_ reader: inout Reader) throws -> [ParsedRow<Reader.Value>] {
        var rows: [ParsedRow<Reader.Value>] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// A real export with a broken row appended, so that rejections are compared too.
    static func withBrokenRow(_ relative: String, row: String) throws -> (path: String, bytes: [UInt8]) {
        var bytes = try bytes(TestPaths.shared(relative))
        if bytes.last != 0x0A { bytes.append(0x0A) }
        bytes += Array(row.utf8)
        let name = URL(fileURLWithPath: relative).lastPathComponent
        let path = try Fixtures.write(bytes: bytes, name: name)
        return (path, bytes)
    }

    /// Reads the same content through `open(.path)` and `open(.bytes)` and returns both readings.
    static func bothWays<Reader: FileRowReader>(
        path: String, bytes: [UInt8], _ open: (_ fromBytes: Bool) throws -> Reader
    ) throws -> (path: Reading<Reader.Value>, bytes: Reading<Reader.Value>) where Reader.Value: Hashable {
        var fromPath = try open(false)
        var fromBytes = try open(true)
        let expected = Reading(rows: try readRows(&fromPath), fileHash: fromPath.fileHash, notices: fromPath.notices)
        let actual = Reading(rows: try readRows(&fromBytes), fileHash: fromBytes.fileHash, notices: fromBytes.notices)
        return (expected, actual)
    }

    @Test func acled() throws {
        let (path, bytes) = try Self.withBrokenRow("acled/acled_benin_2022_r_export.csv", row: "1,BEN,not,a,date\n")
        let read = try Self.bothWays(path: path, bytes: bytes) { try $0 ? ACLEDReader(bytes: bytes, name: path) : ACLEDReader(path: path) }
        #expect(read.path.rows.count > 100)
        #expect(read.path.rows.contains { $0.rejection != nil })
        #expect(read.bytes == read.path)
    }

    @Test func ucdp() throws {
        let (path, bytes) = try Self.withBrokenRow("ucdp/hdx_conflict_data_BGD.csv", row: "x,y,z\n")
        let read = try Self.bothWays(path: path, bytes: bytes) { try $0 ? UCDPReader(bytes: bytes, name: path) : UCDPReader(path: path) }
        #expect(read.path.rows.count > 100)
        #expect(read.bytes == read.path)
    }

    @Test func gdelt() throws {
        let (path, bytes) = try Self.withBrokenRow("gdelt/gdelt1_daily_sample_events.tsv", row: "1\t2\t3\n")
        let read = try Self.bothWays(path: path, bytes: bytes) { try $0 ? GDELTReader(bytes: bytes, name: path) : GDELTReader(path: path) }
        #expect(read.path.rows.count > 100)
        #expect(read.path.rows.contains { $0.rejection != nil })
        #expect(read.bytes == read.path)
    }

    @Test func observations() throws {
        let (path, bytes) = try Self.exampleWithBrokenRow("observations.csv", row: "obs-x,not a date,troops,USA,AFG,many,,src,,\n")
        let read = try Self.bothWays(path: path, bytes: bytes) { try $0 ? ObservationsCSV(bytes: bytes, name: path) : ObservationsCSV(path: path) }
        #expect(read.path.rows.contains { $0.value != nil } && read.path.rows.contains { $0.rejection != nil })
        #expect(read.bytes == read.path)
    }

    @Test func claims() throws {
        let (path, bytes) = try Self.exampleWithBrokenRow("claims.csv", row: "claim-x,yesterday,,,\n")
        let read = try Self.bothWays(path: path, bytes: bytes) { try $0 ? ClaimsCSV(bytes: bytes, name: path) : ClaimsCSV(path: path) }
        #expect(read.path.rows.contains { $0.value != nil } && read.path.rows.contains { $0.rejection != nil })
        #expect(read.bytes == read.path)
    }

    @Test func deletions() throws {
        let text = "event_id_cnty,deleted_timestamp\nAFG1,1583366400\n\"AFG2,1583366400\nAFG3,\n,1583366400\n"
        let path = try Fixtures.write(text, name: "deletions.csv")
        let bytes = Array(text.utf8)
        let read = try Self.bothWays(path: path, bytes: bytes) {
            try $0 ? ACLEDDeletionsCSV(bytes: bytes, name: path) : ACLEDDeletionsCSV(path: path)
        }
        #expect(read.path.rows.contains { $0.value != nil } && read.path.rows.contains { $0.rejection != nil })
        #expect(read.bytes == read.path)
    }

    /// Records that straddle reads: a tiny chunk size makes every record cross a chunk boundary.
    @Test func csvRecordsAcrossChunks() throws {
        let text = "a,b\n\"one, two\",\"three\n\"\"four\"\"\"\n\u{FEFF}x,y\r\nlast,\"open\n"
        let bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let path = try Fixtures.write(bytes: bytes, name: "chunks.csv")
        let fromPath = try CSVReader(path: path, chunkSize: 16)
        let fromBytes = try CSVReader(bytes: bytes, name: path, chunkSize: 16)
        var expected: [CSVRecord] = []
        var actual: [CSVRecord] = []
        while let record = try fromPath.next() { expected.append(record) }
        while let record = try fromBytes.next() { actual.append(record) }
        #expect(expected.count == 4)
        #expect(actual == expected)
        #expect(fromBytes.fileHash == fromPath.fileHash)
        #expect(fromBytes.totalBytes == bytes.count)
        #expect(fromBytes.bytesRead == bytes.count)
    }

    @Test func emptyBytesReadAsAnEmptyFile() throws {
        let path = try Fixtures.write(bytes: [], name: "empty.csv")
        let fromPath = try CSVReader(path: path)
        let fromBytes = try CSVReader(bytes: [], name: path)
        #expect(try fromPath.next() == nil)
        #expect(try fromBytes.next() == nil)
        #expect(fromBytes.fileHash == fromPath.fileHash)
        #expect(throws: TruceError.self) { try ACLEDReader(bytes: [], name: "upload.csv") }
    }

    static func exampleWithBrokenRow(_ file: String, row: String) throws -> (path: String, bytes: [UInt8]) {
        var bytes = try bytes(TestPaths.example(file))
        if bytes.last != 0x0A { bytes.append(0x0A) }
        bytes += Array(row.utf8)
        let path = try Fixtures.write(bytes: bytes, name: file)
        return (path, bytes)
    }
}

/// The readers under test: rows, and what they tell about the file once read.
protocol FileRowReader: RowReader {
    var fileHash: String? { get }
    var notices: [String] { get }
}

extension ACLEDReader: FileRowReader {}
extension UCDPReader: FileRowReader {}
extension GDELTReader: FileRowReader {}
extension EvidenceCSV: FileRowReader {}
