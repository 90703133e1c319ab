import TruceModel
import TruceStorage

/// What receives an event's column values, in ``EventWriter/columns`` order: a statement
/// binding them (``SQLiteBinder``) or a hash of them alone (``EventContentHasher``). Both walk
/// the same ``EventWriter/values(of:attributesJSON:snapshot:withKey:into:)``, so the hash a
/// reading thread works out is the one the writer would have.
protocol EventColumnSink {
    /// A text value; `hashed` false for the key and provenance, which are not content.
    mutating func text(_ value: String?, hashed: Bool)
    /// A day, as `YYYY-MM-DD`.
    mutating func day(_ day: Day)
    mutating func integer(_ value: Int?, hashed: Bool)
    mutating func real(_ value: Double?)
    /// The `content_hash` column: the hash of the content values before it.
    mutating func contentHash()
    /// A value that is never content (the snapshot's id).
    mutating func integer64(_ value: Int64)
}

extension EventColumnSink {
    mutating func text(_ value: String?) { text(value, hashed: true) }
    mutating func integer(_ value: Int?) { integer(value, hashed: true) }
}

/// The content hash of an event's values, without a statement.
struct EventContentHasher: EventColumnSink {
    private(set) var hash = ContentHash()

    mutating func text(_ value: String?, hashed: Bool) { if hashed { hash.add(value) } }
    mutating func day(_ day: Day) { day.withISOBytes { hash.add($0) } }
    mutating func integer(_ value: Int?, hashed: Bool) { if hashed { hash.add(value) } }
    mutating func real(_ value: Double?) { hash.add(value) }
    mutating func contentHash() {}
    mutating func integer64(_ value: Int64) {}
}

extension Day {
    /// Calls `body` with the day as the 10 bytes `YYYY-MM-DD`, formatted without building a String.
    @inline(__always)
    func withISOBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let (year, month, dayOfMonth) = (self.year, self.month, self.day)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { buffer in
            var y = year
            for i in stride(from: 3, through: 0, by: -1) {
                buffer[i] = UInt8(48 + y % 10)
                y /= 10
            }
            buffer[4] = 45
            buffer[5] = UInt8(48 + month / 10)
            buffer[6] = UInt8(48 + month % 10)
            buffer[7] = 45
            buffer[8] = UInt8(48 + dayOfMonth / 10)
            buffer[9] = UInt8(48 + dayOfMonth % 10)
            return body(UnsafeBufferPointer(buffer))
        }
    }
}
