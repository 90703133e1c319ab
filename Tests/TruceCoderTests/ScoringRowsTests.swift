import Testing

@testable import TruceCoder

/// The coding layout of a view's classifiers must give exactly (bit for bit) the scores of the plain classifiers.
@Suite struct ScoringRowsTests {
    /// Weights from a small seeded generator: some rows all zero, some with one non-zero class, signs and magnitudes mixed.
    static func classifier(classes: Int, buckets: Int, seed: UInt64) -> LinearClassifier {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var weights = [Float](repeating: 0, count: classes * buckets)
        for bucket in 0..<buckets {
            switch next() % 4 {
            case 0: continue  // a bucket no note gave a weight
            case 1: weights[bucket * classes + Int(next() % UInt64(classes))] = Float(Int(next() % 2001) - 1000) / 37
            default:
                for index in 0..<classes { weights[bucket * classes + index] = Float(Int(next() % 2_000_001) - 1_000_000) * 1e-7 }
            }
        }
        return LinearClassifier(classes: classes, buckets: buckets, weights: weights)
    }

    @Test(arguments: [(6, 24), (1, 1), (8, 8), (9, 17), (3, 40)])
    func scoresAreExactlyThoseOfThePlainClassifiers(eventClasses: Int, subEventClasses: Int) {
        let buckets = 512
        let event = Self.classifier(classes: eventClasses, buckets: buckets, seed: 7)
        let subEvent = Self.classifier(classes: subEventClasses, buckets: buckets, seed: 11)
        let rows = ScoringRows(event: event, subEvent: subEvent)
        let features = TextFeatures(bucketBits: 9, characterGrams: 2...5, shortNames: true, cues: true, roles: true)
        let texts = [
            "", "!!!", "Gunmen attacked a village near Gao, killing 12 civilians; 3 others were wounded.",
            "Police dispersed protesters in Kisumu with tear gas. Several were arrested.",
            "Él mató à 5 personnes — ÉCOLE brûlée 🔥 on 4/3/2020", String(repeating: "shelling shelled shells ", count: 40),
        ]
        for text in texts {
            for weights: [Float]? in [nil, (0..<buckets).map { 1 + Float($0 % 13) / 3 }] {
                let vector = features.vector(text, weights: weights)
                let (eventScores, subEventScores) = rows.scores(vector)
                #expect(eventScores.map(\.bitPattern) == event.scores(vector).map(\.bitPattern), "\(text)")
                #expect(subEventScores.map(\.bitPattern) == subEvent.scores(vector).map(\.bitPattern), "\(text)")
            }
        }
    }

    @Test func rowsAllZeroInBothClassifiersAreNotKept() {
        let event = LinearClassifier(classes: 2, buckets: 4, weights: [0, 0, 1, 0, 0, 0, 0, 0])
        let subEvent = LinearClassifier(classes: 3, buckets: 4, weights: [0, 0, 0, 0, 0, 0, 0, 0, -2, 0, 0, 0])
        let rows = ScoringRows(event: event, subEvent: subEvent)
        #expect(rows.keptRows == 2)
        let vector = SparseVector(indices: [0, 1, 2, 3], values: [0.5, 0.25, 0.5, 0.5])
        let (eventScores, subEventScores) = rows.scores(vector)
        #expect(eventScores == [0.25, 0])
        #expect(subEventScores == [0, 0, -1])
    }
}
