/// A feature vector with few non-zero entries: parallel arrays of bucket indices and values.
public struct SparseVector: Hashable, Sendable {
    public var indices: [Int32]
    public var values: [Float]

    public init(indices: [Int32] = [], values: [Float] = []) {
        precondition(indices.count == values.count, "a sparse vector needs one value per index")
        self.indices = indices
        self.values = values
    }

    public var count: Int { indices.count }
}
