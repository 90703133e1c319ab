import Foundation
public import TruceFormats
public import TruceStorage

/// Records from a list as an import source, some of them rejections: lets a contract test feed
/// any backend exactly the rows it wants, with no file in between.
public struct ListedRecords<Value: Sendable>: ImportSource {
    public var rows: [ParsedRow<Value>]
    /// When set, reading fails with this error after that many rows: an input cut off mid-import.
    public var failAfter: Int?
    private var position = 0

    public init(_ rows: [ParsedRow<Value>], failAfter: Int? = nil) {
        self.rows = rows
        self.failAfter = failAfter
    }

    public init(values: [Value]) {
        self.init(values.map { .value($0) })
    }

    public mutating func next() throws -> ParsedRow<Value>? {
        if let failAfter, position >= failAfter { throw ListedRecordsFailure() }
        guard position < rows.count else { return nil }
        defer { position += 1 }
        return rows[position]
    }

    public var bytesRead: Int { position }
    public var totalBytes: Int { rows.count }
    public var notices: [String] { [] }
    public var fileHash: String? { "listed-\(rows.count)" }
}

/// The failure ``ListedRecords`` throws when told to fail.
public struct ListedRecordsFailure: Error {}

/// Keeps rejected rows in memory, per import, so a test can see what storage handed over.
public final class RejectsInMemory: RejectsDestination, @unchecked Sendable {
    // @unchecked: one import writes at a time in these tests; the lock guards the lists anyway.
    private let lock = NSLock()
    private var lists: [Int64: [RowRejection]] = [:]
    private var closed: Set<Int64> = []
    private var discarded: Set<Int64> = []

    public init() {}

    public func open(snapshot: Int64, input: String) throws -> any RejectedRowsWriter {
        Writer(owner: self, snapshot: snapshot)
    }

    /// The rows of each import that landed.
    public var landed: [Int64: [RowRejection]] { lock.withLock { lists.filter { closed.contains($0.key) } } }
    /// The snapshots whose lists were discarded because their import rolled back.
    public var discardedSnapshots: Set<Int64> { lock.withLock { discarded } }

    private final class Writer: RejectedRowsWriter {
        let owner: RejectsInMemory
        let snapshot: Int64
        init(owner: RejectsInMemory, snapshot: Int64) {
            self.owner = owner
            self.snapshot = snapshot
        }
        var location: String { "memory:\(snapshot)" }
        func append(_ rejection: RowRejection) throws { owner.lock.withLock { owner.lists[snapshot, default: []].append(rejection) } }
        func close() throws { _ = owner.lock.withLock { owner.closed.insert(snapshot) } }
        func discard() { _ = owner.lock.withLock { owner.discarded.insert(snapshot) } }
    }
}
