/// One linear scorer per class over hashed features: `score(class) = w_class · x`.
///
/// Weights are stored feature-major (`weights[bucket * classes + class]`) so that
/// scoring a sparse vector reads one short contiguous row per feature.
public struct LinearClassifier: Hashable, Sendable {
    public let classes: Int
    public let buckets: Int
    public internal(set) var weights: [Float]

    /// - Precondition: `weights.count == buckets * classes`.
    public init(classes: Int, buckets: Int, weights: [Float]) {
        precondition(weights.count == buckets * classes, "a linear classifier needs buckets × classes weights")
        self.classes = classes
        self.buckets = buckets
        self.weights = weights
    }

    /// The score of every class for `vector`.
    public func scores(_ vector: SparseVector) -> [Float] {
        var scores = [Float](repeating: 0, count: classes)
        let classes = classes
        weights.withUnsafeBufferPointer { weights in
            scores.withUnsafeMutableBufferPointer { scores in
                for (position, bucket) in vector.indices.enumerated() {
                    let value = vector.values[position]
                    let row = Int(bucket) * classes
                    for index in 0..<classes { scores[index] += value * weights[row + index] }
                }
            }
        }
        return scores
    }
}
