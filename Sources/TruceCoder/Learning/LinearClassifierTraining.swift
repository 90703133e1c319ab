/// Trains a `LinearClassifier` with the averaged multiclass passive-aggressive rule (PA-I).
///
/// For each example the true class must beat the best other class by a margin of 1;
/// when it does not, both classes move toward and away from the example by the
/// smallest step that would fix it (capped at `aggressiveness`). The weights returned
/// are the average over every step, which generalises like a regularised SVM.
/// Examples are visited in a new order each epoch from a fixed seed: the same data
/// gives the same model.
struct LinearClassifierTraining {
    let classes: Int
    let buckets: Int
    var aggressiveness: Float = 0.5
    var epochs = 10
    var seed: UInt64 = 0x7275_6365

    /// - Parameters:
    ///   - vectors: one unit-length feature vector per example.
    ///   - labels: each example's class, in `0..<classes`.
    ///   - classWeights: multiplies the step for examples of each class (rarer classes may step further).
    ///   - featureScales: when given (`buckets × classes`, feature-major), class c reads feature i as
    ///     `x_i · scale[i, c]`; the scales are folded into the returned weights, so scoring is unchanged.
    ///   - interpolation: with `featureScales`, each class's weights are moved toward their mean magnitude,
    ///     `(1 − β)·mean|w_c| + β·w_c`, before the scales are folded in (NB-SVM's interpolation; 1: none).
    func train(
        vectors: [SparseVector], labels: [Int], classWeights: [Float]? = nil, featureScales: [Float]? = nil, interpolation: Float = 1
    ) -> LinearClassifier {
        let classes = classes
        let scales = featureScales ?? []
        let scaled = featureScales != nil
        var weights = [Float](repeating: 0, count: buckets * classes)
        // The averaging trick: average = weights − accumulated / steps, with accumulated = Σ step·update.
        var accumulated = [Float](repeating: 0, count: buckets * classes)
        var steps: Float = 1
        var order = Array(vectors.indices)
        var random = SplitMix(seed: seed)
        weights.withUnsafeMutableBufferPointer { weights in
            accumulated.withUnsafeMutableBufferPointer { accumulated in
                var scores = [Float](repeating: 0, count: classes)
                for _ in 0..<epochs {
                    random.shuffle(&order)
                    for example in order {
                        let vector = vectors[example]
                        let truth = labels[example]
                        for index in 0..<classes { scores[index] = 0 }
                        for (position, bucket) in vector.indices.enumerated() {
                            let value = vector.values[position]
                            let row = Int(bucket) * classes
                            if scaled {
                                for index in 0..<classes { scores[index] += value * scales[row + index] * weights[row + index] }
                            } else {
                                for index in 0..<classes { scores[index] += value * weights[row + index] }
                            }
                        }
                        var rival = truth == 0 ? 1 : 0
                        for index in 0..<classes where index != truth && scores[index] > scores[rival] { rival = index }
                        let loss = 1 - (scores[truth] - scores[rival])
                        if loss > 0 {
                            // The squared length of the update: the truth's scaled vector and the rival's.
                            var squares: Float = 0
                            if scaled {
                                for (position, bucket) in vector.indices.enumerated() {
                                    let value = vector.values[position]
                                    let row = Int(bucket) * classes
                                    let truthScale = scales[row + truth]
                                    let rivalScale = scales[row + rival]
                                    squares += value * value * (truthScale * truthScale + rivalScale * rivalScale)
                                }
                            } else {
                                for value in vector.values { squares += value * value }
                                squares = 2 * max(squares, 1e-6)
                            }
                            let limit = aggressiveness * (classWeights?[truth] ?? 1)
                            let step = min(limit, loss / max(squares, 1e-6))
                            for (position, bucket) in vector.indices.enumerated() {
                                let row = Int(bucket) * classes
                                let change = step * vector.values[position]
                                let truthChange = scaled ? change * scales[row + truth] : change
                                let rivalChange = scaled ? change * scales[row + rival] : change
                                weights[row + truth] += truthChange
                                weights[row + rival] -= rivalChange
                                accumulated[row + truth] += steps * truthChange
                                accumulated[row + rival] -= steps * rivalChange
                            }
                        }
                        steps += 1
                    }
                }
                for index in 0..<weights.count { weights[index] -= accumulated[index] / steps }
                if scaled {
                    if interpolation < 1 {
                        var magnitudes = [Float](repeating: 0, count: classes)
                        for index in 0..<weights.count { magnitudes[index % classes] += abs(weights[index]) }
                        for index in 0..<weights.count {
                            weights[index] = (1 - interpolation) * magnitudes[index % classes] / Float(buckets) + interpolation * weights[index]
                        }
                    }
                    for index in 0..<weights.count { weights[index] *= scales[index] }
                }
            }
        }
        return LinearClassifier(classes: classes, buckets: buckets, weights: weights)
    }
}

/// A small, fast, seeded generator (SplitMix64), so training is reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func shuffle(_ values: inout [Int]) {
        values.shuffle(using: &self)
    }
}
