import NIOCore
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceTestSupport

@testable import TrucePostgres

/// Records encoded in chunks on the reading thread are the rows the COPY task used to encode itself,
/// in order, each once; rejected records pass between the chunks; the staging sees every record.
@Suite struct CopyChunksTests {
    static let events = (1...50).map { Fixtures.event("C\($0)", "2020-03-\(String(format: "%02d", $0 % 28 + 1))", "Taliban") }

    static func rejection(_ line: Int) -> RowRejection {
        RowRejection(file: "events.csv", line: line, field: "event_date", message: "not a day", rawRecord: "x")
    }

    @Test(arguments: [1, 300, 1 << 20])
    func chunksHoldEveryRowInOrderWhateverTheirSize(_ chunkBytes: Int) throws {
        var rows: [ParsedRow<Event>] = Self.events.map { .value($0) }
        rows.insert(.rejected(Self.rejection(3)), at: 2)
        rows.append(.rejected(Self.rejection(60)))
        let staging = EventStaging()
        var chunks = CopyChunks(ListedRecords(rows), staging: staging, snapshot: 7, chunkBytes: chunkBytes)
        var sent = ByteBuffer()
        var counted = 0
        var rejected: [Int] = []
        while let item = try chunks.next() {
            switch item {
            case .value(let chunk):
                #expect(chunk.count > 0)
                counted += chunk.count
                var rows = chunk.rows
                sent.writeBuffer(&rows)
            case .rejected(let rejection): rejected.append(rejection.line)
            }
        }
        #expect(try chunks.next() == nil)
        var expected = CopyRowWriter()
        for (index, event) in Self.events.enumerated() {
            EventColumns.write(event, ordinal: index + 1, snapshot: 7, into: &expected)
        }
        #expect(counted == Self.events.count)
        #expect(rejected == [3, 60])
        #expect(String(buffer: sent) == String(buffer: expected.buffer))
        #expect(String(buffer: sent).split(separator: "\n").count == Self.events.count)
    }

    @Test func aReadingErrorComesAfterTheChunksBeforeIt() throws {
        var chunks = CopyChunks(
            ListedRecords(Self.events.map { .value($0) }, failAfter: 10), staging: EventStaging(), snapshot: 1, chunkBytes: 1)
        var counted = 0
        #expect(throws: ListedRecordsFailure.self) {
            while let item = try chunks.next() {
                if case .value(let chunk) = item { counted += chunk.count }
            }
        }
        #expect(counted == 10)
    }
}
