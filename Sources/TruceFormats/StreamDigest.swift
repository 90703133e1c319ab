import Crypto
import Foundation

/// The SHA-256 of bytes read in chunks, as lower-case hex: worked out where it was read for a small
/// input, on a thread of its own for a large one.
///
/// An import's reading thread parses, validates and encodes every row while the writing thread
/// stores them; on a two-core machine the reading thread is the slower of the two, and the file's
/// SHA-256 was about a sixteenth of its time. On its own thread the hash runs in the writing thread's
/// idle moments instead. Chunks are copied (the reader reuses its buffer) and at most
/// ``queuedChunks`` wait, so memory stays bounded when that thread falls behind.
final class StreamDigest {
    /// From this input size on, the hash runs on its own thread; below it a thread costs more than it saves.
    static let backgroundFromBytes = 32 << 20
    /// Chunks waiting to be hashed, at most, before the reader waits for the hashing thread.
    static let queuedChunks = 8

    private var inline: SHA256?
    private let background: Background?

    /// - Parameter expectedBytes: the input's size when known (0 otherwise), which decides where the hash runs.
    init(expectedBytes: Int) {
        if expectedBytes >= Self.backgroundFromBytes {
            inline = nil
            background = Background()
        } else {
            inline = SHA256()
            background = nil
        }
    }

    deinit { background?.close() }

    /// Adds `bytes`, which may be reused once this returns.
    func update(_ bytes: UnsafeRawBufferPointer) {
        if let background {
            background.add(Array(bytes))
        } else {
            inline?.update(bufferPointer: bytes)
        }
    }

    /// The digest of every byte added, in hex; waits for the hashing thread when there is one. Call once.
    func finish() -> String {
        if let background { return background.finish() }
        return CSVReader.hex(inline?.finalize() ?? SHA256().finalize())
    }

    /// The hashing thread and the chunks waiting for it, behind one condition variable.
    private final class Background: @unchecked Sendable {
        private let condition = NSCondition()
        private var queue: [[UInt8]] = []
        private var closed = false
        private var digest: String?

        init() {
            let thread = Thread { [self] in run() }
            thread.name = "truce-sha256"
            thread.start()
        }

        func add(_ chunk: [UInt8]) {
            condition.lock()
            defer { condition.unlock() }
            while queue.count >= StreamDigest.queuedChunks && !closed { condition.wait() }
            queue.append(chunk)
            condition.broadcast()
        }

        func finish() -> String {
            condition.lock()
            defer { condition.unlock() }
            closed = true
            condition.broadcast()
            while digest == nil { condition.wait() }
            return digest ?? ""
        }

        /// Lets the thread end, with whatever it was given, when the reader goes away before the end.
        func close() {
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }

        private func run() {
            var hasher = SHA256()
            while true {
                condition.lock()
                while queue.isEmpty && !closed { condition.wait() }
                let chunks = queue
                queue.removeAll(keepingCapacity: true)
                let last = closed && chunks.isEmpty
                condition.broadcast()
                condition.unlock()
                if last { break }
                for chunk in chunks { chunk.withUnsafeBytes { hasher.update(bufferPointer: $0) } }
            }
            let hex = CSVReader.hex(hasher.finalize())
            condition.lock()
            digest = hex
            condition.broadcast()
            condition.unlock()
        }
    }
}
