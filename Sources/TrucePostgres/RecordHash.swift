/// The 64-bit FNV-1a hash of a record's fields that tells an unchanged re-import from a revision.
/// It is the SQLite store's content hash, field for field: a store copied from one backend to the
/// other must recognise the rows it already holds, so both must hash alike (a test checks it).
struct RecordHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String?) {
        guard var text else {
            mix(0x1e)  // nil and "" differ
            return mix(0x1f)
        }
        text.withUTF8 { bytes in
            for byte in bytes { mix(byte) }
        }
        mix(0x1f)
    }

    mutating func add(_ number: Int?) {
        guard let number else { return mix(0x1e) }
        var bits = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func add(_ number: Double?) { add(number.map { Int(bitPattern: UInt($0.bitPattern)) }) }

    @inline(__always) private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// As a `bigint`.
    var signed: Int64 { Int64(bitPattern: value) }
}
