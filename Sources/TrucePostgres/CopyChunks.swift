import NIOCore
import TruceFormats
import TruceStorage

/// An import's records encoded as `COPY` text, in chunks of about 1 MiB, by the thread that reads them:
/// wrapped in `PrefetchedSource`, parsing, encoding and the content hash all run on the reading thread,
/// and the COPY task only sends chunks. Each record was otherwise handed to the COPY task as a value,
/// copied there (a retain of each of an event's strings) and released there (as many again): with the
/// encoding, most of that task's work, which bounded the client (docs/postgres-performance.md).
///
/// The staging is used by the reading thread alone while the chunks are read: the caller must not touch
/// it until ``next()`` has returned nil (or thrown), which `PrefetchedSource` orders after the thread's
/// last use of it.
struct CopyChunks<Source: ImportSource, Staging: ImportStaging>: ImportSource where Staging.Value == Source.Value {
    /// Rows ready to send and how many records they hold.
    struct Chunk: Sendable {
        var rows: ByteBuffer
        var count: Int
    }

    private var source: Source
    private let staging: UncheckedStaging
    private let snapshot: Int64
    private let chunkBytes: Int
    private var writer = CopyRowWriter()
    private var ordinal = 0
    private var pending = 0

    /// The staging, handed to the reading thread, which alone uses it until the chunks end.
    private struct UncheckedStaging: @unchecked Sendable {
        let value: Staging
    }

    /// Encodes the records of `source` with `staging` for snapshot `snapshot`, `chunkBytes` bytes and more per chunk.
    init(_ source: Source, staging: Staging, snapshot: Int64, chunkBytes: Int = 1 << 20) {
        self.source = source
        self.staging = UncheckedStaging(value: staging)
        self.snapshot = snapshot
        self.chunkBytes = chunkBytes
    }

    /// The next chunk, or the next rejected record (the chunk being filled waits for the records after it); nil at the end.
    mutating func next() throws -> ParsedRow<Chunk>? {
        while let item = try source.next() {
            switch item {
            case .value(let record):
                ordinal += 1
                pending += 1
                staging.value.write(record, ordinal: ordinal, snapshot: snapshot, into: &writer)
                if writer.byteCount >= chunkBytes { return .value(take()) }
            case .rejected(let rejection):
                return .rejected(rejection)
            }
        }
        return pending > 0 ? .value(take()) : nil
    }

    private mutating func take() -> Chunk {
        let chunk = Chunk(rows: writer.buffer, count: pending)
        writer.clear()
        pending = 0
        return chunk
    }

    var bytesRead: Int { source.bytesRead }
    var totalBytes: Int { source.totalBytes }
    var notices: [String] { source.notices }
    var fileHash: String? { source.fileHash }
}
