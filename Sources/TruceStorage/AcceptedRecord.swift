public import TruceModel

/// What accepting one cluster wrote.
public struct AcceptedRecord: Hashable, Sendable {
    /// The cluster accepted.
    public var cluster: Int64
    /// The event, claim or observation written, with its provenance.
    public var record: EvidenceRecord
    /// The snapshot the acceptance recorded.
    public var snapshot: Int64

    /// What accepting `cluster` wrote, in `snapshot`.
    public init(cluster: Int64, record: EvidenceRecord, snapshot: Int64) {
        self.cluster = cluster
        self.record = record
        self.snapshot = snapshot
    }
}
