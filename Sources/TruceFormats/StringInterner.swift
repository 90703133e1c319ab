import Foundation

/// Reuses the String of a cell value seen recently in the same column.
///
/// ACLED repeats the same countries, actor names, event types and sources on
/// row after row. A String longer than 15 bytes lives on the heap, so building
/// it afresh per row costs an allocation, a copy and a UTF-8 check; handing out
/// the one built earlier costs a hash, a comparison and a retain. The time per
/// row is about the same either way, but a million events held in memory then
/// share one copy of each repeated name instead of a million.
///
/// Each column has a small direct-mapped table; a miss just replaces the slot.
final class StringInterner {
    /// Values shorter than this are small Strings stored inline: nothing to save.
    static let minimumLength = 16
    /// Longer values (notes) rarely repeat.
    static let maximumLength = 96
    private static let slotsPerColumn = 64

    private struct Entry {
        var hash: UInt64
        var string: String?
    }

    private let columns: Int
    private let entries: UnsafeMutablePointer<Entry>

    init(columns: Int) {
        self.columns = max(columns, 1)
        let count = self.columns * Self.slotsPerColumn
        entries = .allocate(capacity: count)
        entries.initialize(repeating: Entry(hash: 0, string: nil), count: count)
    }

    deinit {
        entries.deinitialize(count: columns * Self.slotsPerColumn)
        entries.deallocate()
    }

    /// Whether a value of this many bytes is worth looking up.
    @inline(__always)
    static func accepts(_ count: Int) -> Bool { count >= minimumLength && count <= maximumLength }

    /// The String for `bytes` (valid UTF-8) in `column`, reused when the slot holds the same bytes.
    func string(column: Int, utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard column < columns, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        // FNV-1a: cheap for short values and good enough to spread them over 64 slots.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let slot = entries + column * Self.slotsPerColumn + Int(hash & UInt64(Self.slotsPerColumn - 1))
        if slot.pointee.hash == hash, let existing = slot.pointee.string {
            let same = existing.utf8.withContiguousStorageIfAvailable { stored in
                stored.count == bytes.count && memcmp(stored.baseAddress!, base, bytes.count) == 0
            }
            if same == true { return existing }
        }
        let string = String(decoding: bytes, as: UTF8.self)
        slot.pointee = Entry(hash: hash, string: string)
        return string
    }
}
