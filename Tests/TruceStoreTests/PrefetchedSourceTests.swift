import Foundation
import Testing
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

@Suite struct PrefetchedSourceTests {
    /// Counts up to `count`, then ends or fails.
    struct Counter: ImportSource {
        var count: Int
        var failAtEnd = false
        var produced = 0
        var bytesRead: Int { produced }
        var totalBytes: Int { count }
        var notices: [String] { produced == count ? ["done"] : [] }
        var fileHash: String? { produced == count ? "hash" : nil }

        mutating func next() throws -> ParsedRow<Int>? {
            guard produced < count else {
                if failAtEnd { throw TruceError(.unreadableFile, "gone") }
                return nil
            }
            produced += 1
            if produced % 7 == 0 {
                return .rejected(RowRejection(file: "f", line: produced, field: nil, message: "seven", rawRecord: ""))
            }
            return .value(produced)
        }
    }

    @Test(arguments: [0, 1, 511, 512, 513, 10_000])
    func rowsArriveInOrderWithTheSourcesFinalState(count: Int) throws {
        var direct = Counter(count: count)
        let (expected, expectedRejections) = try direct.readAll()
        var prefetched = PrefetchedSource(Counter(count: count), batchSize: 512, queueLength: 2)
        let (values, rejections) = try prefetched.readAll()
        #expect(values == expected)
        #expect(rejections.map(\.line) == expectedRejections.map(\.line))
        #expect(prefetched.bytesRead == count && prefetched.totalBytes == count)
        #expect(prefetched.notices == ["done"])
        #expect(prefetched.fileHash == "hash")
    }

    @Test func anErrorComesAfterTheRowsBeforeIt() throws {
        var prefetched = PrefetchedSource(Counter(count: 1_000, failAtEnd: true), batchSize: 64)
        var seen = 0
        #expect(throws: TruceError.self) {
            while try prefetched.next() != nil { seen += 1 }
        }
        #expect(seen == 1_000)
    }

    /// Rows read so far by a source on another thread.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    struct Endless: ImportSource {
        let tally: Tally
        var bytesRead: Int { 0 }
        var totalBytes: Int { 0 }
        var notices: [String] { [] }
        var fileHash: String? { nil }
        mutating func next() throws -> ParsedRow<Int>? {
            tally.add()
            return .value(1)
        }
    }

    @Test func droppingTheConsumerEarlyStopsTheReader() throws {
        let tally = Tally()
        do {
            var prefetched = PrefetchedSource(Endless(tally: tally), batchSize: 16, queueLength: 1)
            #expect(try prefetched.next() != nil)
        }
        Thread.sleep(forTimeInterval: 0.2)
        let stopped = tally.count
        Thread.sleep(forTimeInterval: 0.2)
        #expect(tally.count == stopped)
        #expect(stopped < 1_000)
    }
}

/// Rows the consumer has finished with are freed on the reading thread, which allocated them.
@Suite struct PrefetchedSourceRecyclingTests {
    /// Counts, per test run (`owner`), how many values were freed on the consuming thread.
    final class Tracked: @unchecked Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var consumers: [Int: pthread_t] = [:]
        nonisolated(unsafe) static var freedByConsumer: [Int: Int] = [:]
        let owner: Int
        init(owner: Int) { self.owner = owner }
        deinit {
            Self.lock.lock()
            if let consumer = Self.consumers[owner], pthread_equal(consumer, pthread_self()) != 0 {
                Self.freedByConsumer[owner, default: 0] += 1
            }
            Self.lock.unlock()
        }
    }

    struct Source: ImportSource {
        var remaining: Int
        let owner: Int
        var bytesRead: Int { 0 }
        var totalBytes: Int { 0 }
        var notices: [String] { [] }
        var fileHash: String? { nil }

        mutating func next() throws -> ParsedRow<Tracked>? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            return .value(Tracked(owner: owner))
        }
    }

    @Test func finishedBatchesAreFreedByTheReadingThread() throws {
        let owner = Int.random(in: 1..<Int.max)
        Tracked.lock.lock()
        Tracked.consumers[owner] = pthread_self()
        Tracked.lock.unlock()
        var read = 0
        do {
            var source = PrefetchedSource(Source(remaining: 10_000, owner: owner), batchSize: 64, queueLength: 2)
            while let row = try source.next() {
                if row.value != nil { read += 1 }
            }
        }
        Tracked.lock.lock()
        let freedHere = Tracked.freedByConsumer[owner] ?? 0
        Tracked.lock.unlock()
        #expect(read == 10_000)
        // Only the last few batches, handed back after the reader had finished, are freed here.
        #expect(freedHere <= 64 * 4, "\(freedHere) of 10,000 freed by the consumer")
    }
}
