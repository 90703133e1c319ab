public import TruceModel

/// What accepting one cluster wrote.
public struct AcceptedRecord: Hashable, Sendable {
    public var cluster: Int64
    public var record: EvidenceRecord
    public var snapshot: Int64

    public init(cluster: Int64, record: EvidenceRecord, snapshot: Int64) {
        self.cluster = cluster
        self.record = record
        self.snapshot = snapshot
    }
}

