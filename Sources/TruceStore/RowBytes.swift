/// Room for the text of one row, bound into a statement in place rather than copied by SQLite.
///
/// Binding text as `SQLITE_TRANSIENT` makes SQLite allocate, copy and free each value: for an
/// event's twenty-odd texts that is twenty-odd allocations per row on the writing thread, each
/// taking SQLite's allocator lock. Copied here instead, the bytes stay put until the row is
/// written, which is what `SQLITE_STATIC` asks: the statement is stepped before ``reset()``
/// lets the next row overwrite them, and SQLite reads a binding only when it is stepped.
final class RowBytes {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var used = 0

    init(capacity: Int = 1 << 16) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Forgets the previous row: call only once its statement has been stepped.
    func reset() { used = 0 }

    /// A copy of `bytes` that lasts until ``reset()``; nil when the row has no room left for them.
    func keep(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafePointer<UInt8>? {
        guard bytes.count <= capacity - used else { return nil }
        let start = base + used
        if let source = bytes.baseAddress { start.update(from: source, count: bytes.count) }
        used += bytes.count
        return UnsafePointer(start)
    }
}
