/// ACLED event types and sub-event types learned from coded notes (`EventTypeTraining`).
///
/// The model reads a text through one or more *views* — each its own hashed features (`TextFeatures`)
/// with its own two linear classifiers, one over event types, one over sub-event types — and averages
/// the views' scores. A text gets the (event type, sub-event type) pair with the highest
/// score among the pairs the training data contained, so a sub-event type is always one of its
/// event type's own. Views that read differently (character n-grams; whole words only) err on
/// different notes, so their average errs less than either. A model has no I/O: it is written and read
/// as bytes (`EventTypeModel+File.swift`).
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

    /// One way of reading a text: its features, their inverse document frequencies, and the
    /// event-type and sub-event-type classifiers trained on them.
    struct View: Hashable, Sendable {
        let features: TextFeatures
        /// Each bucket's inverse document frequency in the training notes, `ln((1 + n) / (1 + df)) + 1`.
        let idf: [Float]
        let eventClassifier: LinearClassifier
        let subEventClassifier: LinearClassifier
        /// Both classifiers laid out for coding (derived from them, so not compared).
        let rows: ScoringRows

        init(features: TextFeatures, idf: [Float], eventClassifier: LinearClassifier, subEventClassifier: LinearClassifier) {
            self.features = features
            self.idf = idf
            self.eventClassifier = eventClassifier
            self.subEventClassifier = subEventClassifier
            rows = ScoringRows(event: eventClassifier, subEvent: subEventClassifier)
        }

        static func == (left: View, right: View) -> Bool {
            left.features == right.features && left.idf == right.idf && left.eventClassifier == right.eventClassifier
                && left.subEventClassifier == right.subEventClassifier
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(features)
            hasher.combine(idf)
            hasher.combine(eventClassifier)
            hasher.combine(subEventClassifier)
        }
    }

    /// ACLED event types, e.g. "Battles", in the order of the event classifiers' classes.
    public let eventTypes: [String]
    /// Sub-event types in the order of the sub-event classifiers' classes.
    public let subEventTypes: [SubEventType]
    let views: [View]
    /// How many notes the model was trained on (documentation for whoever loads it).
    public let trainingNotes: Int
    /// How much the event-type classifiers' scores count beside the sub-event types'.
    public var eventTypeWeight: Float = 1
    /// Places learned from the exports the model was trained on, for the coder to look up after its gazetteer
    /// (none in a file before version 5).
    public var places = LearnedPlaces()

    /// The features of each view, in the order they are stored.
    public var features: [TextFeatures] { views.map(\.features) }

    /// - Precondition: at least one view; every view's classifiers match the type lists and its features' bucket count.
    init(eventTypes: [String], subEventTypes: [SubEventType], views: [View], trainingNotes: Int) {
        precondition(!views.isEmpty, "a model reads a text through at least one view")
        for view in views {
            precondition(view.eventClassifier.classes == eventTypes.count && view.subEventClassifier.classes == subEventTypes.count)
            precondition(view.eventClassifier.buckets == view.features.buckets && view.subEventClassifier.buckets == view.features.buckets)
            precondition(view.idf.count == view.features.buckets)
        }
        precondition(subEventTypes.allSatisfy { eventTypes.indices.contains($0.eventType) })
        self.eventTypes = eventTypes
        self.subEventTypes = subEventTypes
        self.views = views
        self.trainingNotes = trainingNotes
    }

    /// The most likely event and sub-event type of `text`.
    ///
    /// - Parameter prior: what the rules already know: an event type they are sure of
    ///   gets `prior.weight` added to its score (0 leaves the model alone).
    public func classify(_ text: String, prior: EventTypePrior? = nil) -> EventTypePrediction {
        let scores = pairScores(text)
        var best = 0
        var bestScore = -Float.infinity
        var second = -Float.infinity
        for (index, subEvent) in subEventTypes.enumerated() {
            var score = scores[index]
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

    /// The score of each (event type, sub-event type) pair for `text`, in `subEventTypes` order: the
    /// views' mean, so a margin means what it means in one view (and the rules' prior weighs the same).
    func pairScores(_ text: String) -> [Float] {
        var scores = [Float](repeating: 0, count: subEventTypes.count)
        for (view, vector) in zip(views, vectors(text)) {
            let (eventScores, subScores) = view.rows.scores(vector)
            for (index, subEvent) in subEventTypes.enumerated() {
                scores[index] += eventTypeWeight * eventScores[subEvent.eventType] + subScores[index]
            }
        }
        let share = 1 / Float(views.count)
        return scores.map { $0 * share }
    }
}

extension EventTypeModel {
    /// Each view's vector of `text`; two views that read words alike (a new model's) share one walk over it.
    func vectors(_ text: String) -> [SparseVector] {
        if views.count == 2, views[0].features.readsWordsLike(views[1].features) {
            let (first, second) = TextFeatures.vectors(text, (views[0].features, views[0].idf), (views[1].features, views[1].idf))
            return [first, second]
        }
        return views.map { $0.features.vector(text, weights: $0.idf) }
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
