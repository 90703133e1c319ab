/// Naive-Bayes log-count ratios of hashed features, one per (feature, class), as NB-SVM uses them
/// (Wang & Manning 2012): how much more often a feature occurs in one class's notes than in the
/// others', as a logarithm. A linear classifier that reads each feature scaled by its class's ratio
/// starts from what counting says and learns what counting misses.
struct LogCountRatios {
    /// Added to every count (α), so that a feature seen in one class only has a finite ratio.
    var smoothing: Double = 1

    /// `r[bucket, c] = ln((α + p) / ‖α + p‖₁) − ln((α + q) / ‖α + q‖₁)`, feature-major (`bucket × classes + c`),
    /// where p counts the notes of class c that have the bucket and q the other notes that have it.
    func ratios(_ vectors: [SparseVector], labels: [Int], classes: Int, buckets: Int) -> [Float] {
        // Counts of notes, not sums of values: a feature's presence, as NB-SVM counts it (sums of TF-IDF values scored lower).
        var counts = [Double](repeating: 0, count: buckets * classes)
        var totals = [Double](repeating: 0, count: buckets)
        for (vector, label) in zip(vectors, labels) {
            for bucket in vector.indices {
                counts[Int(bucket) * classes + label] += 1
                totals[Int(bucket)] += 1
            }
        }
        var classTotals = [Double](repeating: 0, count: classes)
        for bucket in 0..<buckets {
            for label in 0..<classes { classTotals[label] += counts[bucket * classes + label] }
        }
        let all = classTotals.reduce(0, +)
        let spread = smoothing * Double(buckets)
        var ratios = [Float](repeating: 0, count: buckets * classes)
        for label in 0..<classes {
            let inClass = SublinearFrequency.naturalLog(spread + classTotals[label])
            let outside = SublinearFrequency.naturalLog(spread + all - classTotals[label])
            for bucket in 0..<buckets {
                let mine = counts[bucket * classes + label]
                let share = SublinearFrequency.naturalLog(smoothing + mine) - inClass
                let otherShare = SublinearFrequency.naturalLog(smoothing + totals[bucket] - mine) - outside
                ratios[bucket * classes + label] = Float(share - otherShare)
            }
        }
        return ratios
    }
}
