import Foundation
public import TruceFormats

/// Reads an import's rows on a second thread while the store writes them, so
/// that parsing and the store's writing (SQLite's, or the encoding of a
/// PostgreSQL COPY) use both cores of a machine instead of taking turns.
///
/// Rows cross in batches through a small bounded queue, so memory stays flat
/// however large the file; order, errors and the reader's final notices and
/// hash are kept as if the source were read in place.
public struct PrefetchedSource<Source: ImportSource>: ImportSource {
    private let handle: Handle
    private var batch: [ParsedRow<Source.Value>] = []
    private var position = 0
    private var finished = false

    /// Starts reading `source` on a new thread at once; the thread stops at the end of the source, at
    /// its first error, or when this value is dropped.
    ///
    /// - Parameters:
    ///   - batchSize: rows handed over at a time.
    ///   - queueLength: batches read ahead at most, which bounds the memory held.
    public init(_ source: Source, batchSize: Int = 512, queueLength: Int = 8) {
        let state = State(bytesRead: source.bytesRead, totalBytes: source.totalBytes, queueLength: queueLength)
        handle = Handle(state: state)
        let box = SourceBox(value: source)
        let thread = Thread {
            var source = box.value
            state.produce(from: &source, batchSize: batchSize)
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// The next row in the source's order; nil at its end. Waits for the reading thread when it is behind.
    ///
    /// - Throws: the source's error, after every row read before it.
    public mutating func next() throws -> ParsedRow<Source.Value>? {
        while position == batch.count {
            var spent: [ParsedRow<Source.Value>] = []
            swap(&spent, &batch)
            guard !finished, let next = try handle.state.take(returning: consume spent) else {
                finished = true
                return nil
            }
            batch = next
            position = 0
        }
        defer { position += 1 }
        return batch[position]
    }

    /// The bytes the reading thread has read so far (as of its last batch).
    public var bytesRead: Int { handle.state.snapshot.bytesRead }
    /// The source's size in bytes.
    public var totalBytes: Int { handle.state.snapshot.totalBytes }
    /// The source's notices, complete once ``next()`` has returned nil.
    public var notices: [String] { handle.state.snapshot.notices }
    /// The source's file hash, known once ``next()`` has returned nil.
    public var fileHash: String? { handle.state.snapshot.fileHash }

    /// Hands the source to the reading thread, which alone uses it from then on.
    private struct SourceBox: @unchecked Sendable {
        var value: Source
    }

    /// Stops the reading thread when the consumer goes away early (an import that failed).
    private final class Handle {
        let state: State
        init(state: State) { self.state = state }
        deinit { state.cancel() }
    }

    /// What the two threads share, behind one condition variable.
    private final class State: @unchecked Sendable {
        struct Snapshot {
            var bytesRead: Int
            var totalBytes: Int
            var notices: [String] = []
            var fileHash: String?
        }

        private let condition = NSCondition()
        private let queueLength: Int
        private var queue: [[ParsedRow<Source.Value>]] = []
        /// Batches the consumer has finished, handed back so that their rows are freed on
        /// the reading thread, which allocated them: freeing them on the writing thread cost
        /// it the frees and made the two threads contend for the allocator's lock.
        private var spent: [[ParsedRow<Source.Value>]] = []
        private var done = false
        private var cancelled = false
        private var failure: (any Error)?
        private var progress: Snapshot

        init(bytesRead: Int, totalBytes: Int, queueLength: Int) {
            self.progress = Snapshot(bytesRead: bytesRead, totalBytes: totalBytes)
            self.queueLength = queueLength
        }

        var snapshot: Snapshot {
            condition.lock()
            defer { condition.unlock() }
            return progress
        }

        func produce(from source: inout Source, batchSize: Int) {
            var batch: [ParsedRow<Source.Value>] = []
            batch.reserveCapacity(batchSize)
            do {
                while let row = try source.next() {
                    batch.append(row)
                    if batch.count == batchSize {
                        guard put(batch, source) else { return }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { guard put(batch, source) else { return } }
                finish(source, failure: nil)
            } catch {
                if !batch.isEmpty { _ = put(batch, source) }
                finish(source, failure: error)
            }
        }

        /// Waits for room; false when the consumer has gone.
        private func put(_ batch: [ParsedRow<Source.Value>], _ source: Source) -> Bool {
            var finished: [[ParsedRow<Source.Value>]] = []
            condition.lock()
            defer {
                condition.unlock()
                finished.removeAll()  // outside the lock, on this thread
            }
            while queue.count >= queueLength && !cancelled { condition.wait() }
            guard !cancelled else { return false }
            queue.append(batch)
            swap(&finished, &spent)
            progress.bytesRead = source.bytesRead
            condition.broadcast()
            return true
        }

        private func finish(_ source: Source, failure: (any Error)?) {
            condition.lock()
            defer { condition.unlock() }
            done = true
            self.failure = failure
            progress = Snapshot(bytesRead: source.bytesRead, totalBytes: source.totalBytes, notices: source.notices, fileHash: source.fileHash)
            condition.broadcast()
        }

        /// The next batch; nil at the end; the reader's error, in order, after the rows before it.
        /// `spent` is the batch the consumer has finished with, to be freed by the reading thread.
        func take(returning spent: consuming [ParsedRow<Source.Value>]) throws -> [ParsedRow<Source.Value>]? {
            condition.lock()
            defer { condition.unlock() }
            if !done && !spent.isEmpty { self.spent.append(consume spent) }
            while queue.isEmpty && !done { condition.wait() }
            if !queue.isEmpty {
                condition.broadcast()
                return queue.removeFirst()
            }
            if let failure { throw failure }
            return nil
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
