import Testing

@testable import TruceCoder

@Suite struct LogCountRatiosTests {
    /// Bucket 0 is in every note of class 0 only, bucket 1 in every note of both classes, bucket 2 in none.
    static let vectors = (0..<6).map { index in
        index % 2 == 0
            ? SparseVector(indices: [0, 1], values: [0.8, 0.6])
            : SparseVector(indices: [1, 3], values: [0.6, 0.8])
    }
    static let labels = (0..<6).map { $0 % 2 }

    @Test func aFeatureOfOneClassOnlyWeighsForItAndAgainstTheOther() {
        let ratios = LogCountRatios().ratios(Self.vectors, labels: Self.labels, classes: 2, buckets: 4)
        #expect(ratios[0 * 2 + 0] > 0.5)
        #expect(ratios[0 * 2 + 1] < -0.5)
        #expect(ratios[3 * 2 + 1] > 0.5)
    }

    @Test func aFeatureEveryNoteHasOrNoneHasSaysNothing() {
        let ratios = LogCountRatios().ratios(Self.vectors, labels: Self.labels, classes: 2, buckets: 4)
        // Both classes have as many notes and features, so shared and absent features have ratio 0.
        for bucket in [1, 2] {
            for label in 0..<2 { #expect(abs(ratios[bucket * 2 + label]) < 1e-6) }
        }
    }

    @Test func scalesOfOneTrainTheSameClassifierAsNoScales() {
        let training = LinearClassifierTraining(classes: 2, buckets: 4)
        let plain = training.train(vectors: Self.vectors, labels: Self.labels)
        let scaled = training.train(vectors: Self.vectors, labels: Self.labels, featureScales: [Float](repeating: 1, count: 8))
        #expect(plain == scaled)
    }

    @Test func aFeatureScaledToZeroGetsNoWeightAndTheOthersStillDecide() {
        var scales = [Float](repeating: 1, count: 8)
        scales[1 * 2 + 0] = 0
        scales[1 * 2 + 1] = 0
        let classifier = LinearClassifierTraining(classes: 2, buckets: 4).train(
            vectors: Self.vectors, labels: Self.labels, featureScales: scales, interpolation: 0.5)
        #expect(classifier.weights[1 * 2 + 0] == 0 && classifier.weights[1 * 2 + 1] == 0)
        let first = classifier.scores(Self.vectors[0])
        let second = classifier.scores(Self.vectors[1])
        #expect(first[0] > first[1])
        #expect(second[1] > second[0])
    }

    @Test func theCountingTwinChangesTheWeightsButNotWhatASeparableRuleLearns() throws {
        var withoutTwin = EventTypeTraining(features: EventTypeModelTests.small, epochs: 5)
        withoutTwin.naiveBayesShare = 0
        let withTwin = EventTypeTraining(features: EventTypeModelTests.small, epochs: 5)
        #expect(withTwin.naiveBayesShare > 0)
        let plain = try withoutTwin.train(EventTypeModelTests.notes)
        let blended = try withTwin.train(EventTypeModelTests.notes)
        #expect(plain != blended)
        let text = "On 9 June, soldiers clashed with militants near Tombouctou; the fighting went on until dusk."
        #expect(plain.classify(text).subEventType == "Armed clash")
        #expect(blended.classify(text).subEventType == "Armed clash")
    }
}
