import TruceModel

/// One text with its human ACLED coding, to learn from.
public struct LabeledNote: Hashable, Sendable {
    public var text: String
    public var eventType: String
    public var subEventType: String

    public init(text: String, eventType: String, subEventType: String) {
        self.text = text
        self.eventType = eventType
        self.subEventType = subEventType
    }
}

/// Learns an `EventTypeModel` from coded notes.
///
/// ```swift
/// let model = try EventTypeTraining().train(notes)
/// let bytes = model.fileBytes()
/// ```
public struct EventTypeTraining: Sendable {
    /// The features of each view the model reads a text through (`EventTypeModel`); their scores are summed.
    public var views: [TextFeatures]
    /// Passes over the notes.
    public var epochs: Int
    /// The largest step of one update (PA-I's C).
    public var aggressiveness: Float
    /// Lets notes of rare classes step further: a class with n notes gets `(most / n) ^ balance` times the step
    /// (0: every class alike).
    public var balance: Float = 0
    /// The share of each classifier's weights that come from a twin trained on features scaled by their
    /// Naive-Bayes log-count ratios (NB-SVM; `LogCountRatios`); the rest from the classifier trained on
    /// the features as they are. 0: no twin.
    public var naiveBayesShare: Float = defaultNaiveBayesShare

    /// A quarter: the twin's counting helps the exports whose types are worded alike everywhere
    /// (shelling, riots) without costing those whose types are not (docs/coder/model.md).
    public static let defaultNaiveBayesShare: Float = 0.25
    /// NB-SVM's interpolation of the twin's weights toward their mean magnitude before its ratios are folded in.
    static let naiveBayesInterpolation: Float = 0.5

    /// The views a new model is trained with: character n-grams (`TextFeatures.default`) and words alone
    /// (`TextFeatures.words`).
    public static let defaultViews: [TextFeatures] = [.default, .words]

    /// - Precondition: `views` is not empty.
    public init(views: [TextFeatures] = Self.defaultViews, epochs: Int = 10, aggressiveness: Float = 0.5) {
        precondition(!views.isEmpty, "a model reads a text through at least one view")
        self.views = views
        self.epochs = epochs
        self.aggressiveness = aggressiveness
    }

    /// Training of a model with one view, read through `features`.
    public init(features: TextFeatures, epochs: Int = 10, aggressiveness: Float = 0.5) {
        self.init(views: [features], epochs: epochs, aggressiveness: aggressiveness)
    }

    /// Trains on `notes`; the taxonomy is the (event type, sub-event type) pairs they contain.
    ///
    /// A note with an empty `subEventType` (an older export's row, whose event type is known but whose
    /// sub-event type is not) teaches the event-type classifier only, and only for event types that
    /// some note gives a sub-event type.
    ///
    /// - Throws: `TruceError(.invalidInput)` when the notes name fewer than two event types with a
    ///   sub-event type.
    public func train(_ notes: [LabeledNote]) throws -> EventTypeModel {
        let labeled = notes.filter { !$0.eventType.isEmpty && !$0.subEventType.isEmpty }
        var eventIndex: [String: Int] = [:]
        var pairIndex: [String: [String: Int]] = [:]
        var eventTypes: [String] = []
        var subEventTypes: [EventTypeModel.SubEventType] = []
        // Sorted names: the same notes in another order give the same model.
        for eventType in Set(labeled.map(\.eventType)).sorted() {
            eventIndex[eventType] = eventTypes.count
            eventTypes.append(eventType)
        }
        for pair in Set(labeled.map { [$0.eventType, $0.subEventType] }).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            pairIndex[pair[0], default: [:]][pair[1]] = subEventTypes.count
            subEventTypes.append(.init(eventType: eventIndex[pair[0]]!, name: pair[1]))
        }
        guard eventTypes.count >= 2 else {
            throw TruceError(
                .invalidInput,
                "the notes name \(eventTypes.count) event type\(eventTypes.count == 1 ? "" : "s") with a sub-event type; at least two are needed to learn from"
            )
        }
        let usable = notes.filter { eventIndex[$0.eventType] != nil && $0.text.contains { $0.isLetter } }
        let eventLabels = usable.map { eventIndex[$0.eventType]! }
        let withSubEvent = usable.indices.filter { !usable[$0].subEventType.isEmpty }
        let subLabels = withSubEvent.map { pairIndex[usable[$0].eventType]![usable[$0].subEventType]! }
        let trained = views.map { features -> EventTypeModel.View in
            var vectors = usable.map { features.vector($0.text) }
            let idf = Self.inverseDocumentFrequencies(vectors, buckets: features.buckets)
            for index in vectors.indices { Self.reweight(&vectors[index], by: idf) }
            let subVectors = withSubEvent.map { vectors[$0] }
            var eventTraining = LinearClassifierTraining(classes: eventTypes.count, buckets: features.buckets)
            eventTraining.epochs = epochs
            eventTraining.aggressiveness = aggressiveness
            var subTraining = LinearClassifierTraining(classes: subEventTypes.count, buckets: features.buckets)
            subTraining.epochs = epochs
            subTraining.aggressiveness = aggressiveness
            let eventClassifier = blended(eventTraining, vectors: vectors, labels: eventLabels)
            let subEventClassifier = blended(subTraining, vectors: subVectors, labels: subLabels)
            return EventTypeModel.View(features: features, idf: idf, eventClassifier: eventClassifier, subEventClassifier: subEventClassifier)
        }
        return EventTypeModel(eventTypes: eventTypes, subEventTypes: subEventTypes, views: trained, trainingNotes: usable.count)
    }

    /// The classifier `training` learns from the features, its weights mixed with those of its twin that
    /// reads them scaled by their log-count ratios (`naiveBayesShare`). Both are linear in the same features,
    /// so the mix is one classifier and codes as fast as either.
    func blended(_ training: LinearClassifierTraining, vectors: [SparseVector], labels: [Int]) -> LinearClassifier {
        var plain = training.train(vectors: vectors, labels: labels, classWeights: classWeights(labels, training.classes))
        guard naiveBayesShare > 0 else { return plain }
        let ratios = LogCountRatios().ratios(vectors, labels: labels, classes: training.classes, buckets: training.buckets)
        let counted = training.train(
            vectors: vectors, labels: labels, classWeights: classWeights(labels, training.classes), featureScales: ratios,
            interpolation: Self.naiveBayesInterpolation)
        let share = naiveBayesShare
        for index in plain.weights.indices { plain.weights[index] = share * counted.weights[index] + (1 - share) * plain.weights[index] }
        return plain
    }

    func classWeights(_ labels: [Int], _ classes: Int) -> [Float]? {
        guard balance > 0 else { return nil }
        var counts = [Int](repeating: 0, count: classes)
        for label in labels { counts[label] += 1 }
        let most = Float(counts.max() ?? 1)
        return counts.map { count in
            guard count > 0 else { return 1 }
            let ratio = most / Float(count)
            // ratio^balance without a pow: exp(balance · ln ratio), via the table's logarithm.
            return Float(SublinearFrequency.exponential(Double(balance) * SublinearFrequency.naturalLog(Double(ratio))))
        }
    }

    /// `ln((1 + n) / (1 + df)) + 1` per bucket: words every note has weigh least.
    static func inverseDocumentFrequencies(_ vectors: [SparseVector], buckets: Int) -> [Float] {
        var documents = [Int32](repeating: 0, count: buckets)
        for vector in vectors {
            for bucket in vector.indices { documents[Int(bucket)] += 1 }
        }
        let count = Double(vectors.count)
        return documents.map { Float(SublinearFrequency.naturalLog((1 + count) / (1 + Double($0))) + 1) }
    }

    /// The same vector as `TextFeatures.vector(_:weights:)` gives with these weights: scaling is undone by the norm.
    static func reweight(_ vector: inout SparseVector, by weights: [Float]) {
        var squares: Float = 0
        for position in vector.values.indices {
            vector.values[position] *= weights[Int(vector.indices[position])]
            squares += vector.values[position] * vector.values[position]
        }
        let scale = squares > 0 ? 1 / squares.squareRoot() : 0
        for position in vector.values.indices { vector.values[position] *= scale }
    }
}
