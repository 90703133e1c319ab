import Foundation
import Testing

@testable import TruceFormats

/// The file hash is the SHA-256 of every byte read, whether it is worked out on the reading thread
/// (small inputs) or on a thread of its own (large ones): snapshots record it, and a re-import is
/// recognised by it.
@Suite struct StreamDigestTests {
    /// Bytes that are not all alike, fed in chunks of uneven sizes, as a reader's refills are.
    static func chunks(total: Int) -> (all: [UInt8], chunks: [[UInt8]]) {
        var generator = SystemRandomNumberGenerator()
        let all = (0..<total).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var chunks: [[UInt8]] = []
        var start = 0
        var size = 1
        while start < all.count {
            let end = min(all.count, start + size)
            chunks.append(Array(all[start..<end]))
            start = end
            size = size * 3 + 7
        }
        return (all, chunks)
    }

    @Test(arguments: [0, StreamDigest.backgroundFromBytes])
    func chunksHashAsTheWholeDoes(expectedBytes: Int) {
        let (all, chunks) = Self.chunks(total: 3 << 20)
        let digest = StreamDigest(expectedBytes: expectedBytes)
        for chunk in chunks { chunk.withUnsafeBytes { digest.update($0) } }
        #expect(digest.finish() == ContentDigest.sha256(all))
    }

    /// More chunks than may wait at once: the reader waits for the hashing thread, and nothing is lost.
    @Test func manySmallChunksOnTheHashingThread() {
        let (all, _) = Self.chunks(total: 1 << 16)
        let digest = StreamDigest(expectedBytes: StreamDigest.backgroundFromBytes)
        var start = 0
        while start < all.count {
            let end = min(all.count, start + 100)
            all[start..<end].withUnsafeBytes { digest.update($0) }
            start = end
        }
        #expect(digest.finish() == ContentDigest.sha256(all))
    }

    @Test func nothingHashedIsTheDigestOfNoBytes() {
        #expect(StreamDigest(expectedBytes: StreamDigest.backgroundFromBytes).finish() == ContentDigest.sha256([]))
        #expect(StreamDigest(expectedBytes: 0).finish() == ContentDigest.sha256([]))
    }

    /// A reader dropped before its end lets its hashing thread go (this would hang if it did not finish).
    @Test func aDigestDroppedEarlyLetsItsThreadGo() {
        do {
            let digest = StreamDigest(expectedBytes: StreamDigest.backgroundFromBytes)
            [UInt8]([1, 2, 3]).withUnsafeBytes { digest.update($0) }
        }
        let next = StreamDigest(expectedBytes: StreamDigest.backgroundFromBytes)
        [UInt8]([4]).withUnsafeBytes { next.update($0) }
        #expect(next.finish() == ContentDigest.sha256([4]))
    }

    /// A CSV large enough to be hashed on its own thread gives the file hash of its bytes.
    @Test func aLargeCSVsFileHashIsItsSHA256() throws {
        let line = Array(("key," + String(repeating: "x", count: 1_000) + "\n").utf8)
        var bytes = Array("key,value\n".utf8)
        while bytes.count <= StreamDigest.backgroundFromBytes { bytes += line }
        let reader = try CSVReader(bytes: bytes, name: "large.csv")
        var records = 0
        while try reader.next() != nil { records += 1 }
        #expect(records == 1 + (bytes.count - 10) / line.count)
        #expect(reader.fileHash == ContentDigest.sha256(bytes))
    }
}
