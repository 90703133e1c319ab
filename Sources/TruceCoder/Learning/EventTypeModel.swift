/// ACLED event types and sub-event types learned from coded notes (`EventTypeTraining`).
///
/// Two linear classifiers read the same hashed features: one over event types, one
/// over sub-event types. A text gets the (event type, sub-event type) pair with the
/// highest summed score among the pairs the training data contained, so a sub-event
/// type is always one of its event type's own. A model has no I/O: it is written and
/// read as bytes (`EventTypeModel+File.swift`).
public struct EventTypeModel: Hashable, Sendable {
    /// One ACLED sub-event type under its event type.
    public struct SubEventType: Hashable, Sendable {
        /// Index into `eventTypes`.
        public var eventType: Int
        public var name: String

        public init(eventType: Int, name: String) {
            self.eventType = eventType
            self.name = name
        }
    }

    public let features: TextFeatures
    /// ACLED event types, e.g. "Battles", in the order of the event classifier's classes.
    public let eventTypes: [String]
    /// Sub-event types in the order of the sub-event classifier's classes.
    public let subEventTypes: [SubEventType]
    /// Each bucket's inverse document frequency in the training notes, `ln((1 + n) / (1 + df)) + 1`.
    let idf: [Float]
    let eventClassifier: LinearClassifier
    let subEventClassifier: LinearClassifier
    /// How many notes the model was trained on (documentation for whoever loads it).
    public let trainingNotes: Int
    /// How much the event-type classifier's score counts beside the sub-event type's.
    public var eventTypeWeight: Float = 1

    /// - Precondition: the classifiers' classes match the type lists and the features' bucket count.
    init(
        features: TextFeatures, eventTypes: [String], subEventTypes: [SubEventType], idf: [Float], eventClassifier: LinearClassifier,
        subEventClassifier: LinearClassifier, trainingNotes: Int
    ) {
        precondition(eventClassifier.classes == eventTypes.count && subEventClassifier.classes == subEventTypes.count)
        precondition(eventClassifier.buckets == features.buckets && subEventClassifier.buckets == features.buckets)
        precondition(subEventTypes.allSatisfy { eventTypes.indices.contains($0.eventType) } && idf.count == features.buckets)
        self.features = features
        self.eventTypes = eventTypes
        self.subEventTypes = subEventTypes
        self.idf = idf
        self.eventClassifier = eventClassifier
        self.subEventClassifier = subEventClassifier
        self.trainingNotes = trainingNotes
    }

    /// The most likely event and sub-event type of `text`.
    ///
    /// - Parameter prior: what the rules already know: an event type they are sure of
    ///   gets `prior.weight` added to its score (0 leaves the model alone).
    public func classify(_ text: String, prior: EventTypePrior? = nil) -> EventTypePrediction {
        let vector = features.vector(text, weights: idf)
        let eventScores = eventClassifier.scores(vector)
        let subScores = subEventClassifier.scores(vector)
        var best = 0
        var bestScore = -Float.infinity
        var second = -Float.infinity
        for (index, subEvent) in subEventTypes.enumerated() {
            var score = eventTypeWeight * eventScores[subEvent.eventType] + subScores[index]
            if let prior, eventTypes[subEvent.eventType] == prior.eventType { score += prior.weight }
            if score > bestScore {
                second = bestScore
                bestScore = score
                best = index
            } else if score > second {
                second = score
            }
        }
        let subEvent = subEventTypes[best]
        // The margin over the runner-up, squashed into 0…1: a margin of 1 (the training margin) is about 0.9.
        let margin = second.isFinite ? Double(bestScore - second) : 1
        let confidence = 1 - 1 / (1 + margin * margin * 9)
        return EventTypePrediction(
            eventType: eventTypes[subEvent.eventType], subEventType: subEvent.name, confidence: (confidence * 100).rounded() / 100)
    }
}

/// A learned ACLED coding of one text.
public struct EventTypePrediction: Hashable, Sendable {
    public var eventType: String
    public var subEventType: String
    /// 0…1, from how far the chosen pair's score is ahead of the next best.
    public var confidence: Double

    public init(eventType: String, subEventType: String, confidence: Double) {
        self.eventType = eventType
        self.subEventType = subEventType
        self.confidence = confidence
    }
}

/// What the rules know about an event's type, added to the model's scores.
public struct EventTypePrior: Hashable, Sendable {
    public var eventType: String
    public var weight: Float

    public init(eventType: String, weight: Float) {
        self.eventType = eventType
        self.weight = weight
    }
}
