extension EventTypeTraining {
    /// The share of the texts coded with each sub-event type that `train(_:adaptingTo:share:)` learns
    /// from, the most confident first.
    public static let defaultAdaptationShare = 0.5

    /// Trains on `notes`, then adapts the model to `unlabeled` texts — the reporting it is meant to
    /// code, whose human coding is not known or not used.
    ///
    /// A first model codes every unlabeled text. Of the texts coded with each (event type, sub-event
    /// type) pair, the `share` it is most confident of (ties kept) join the notes with that coding, and the
    /// model is trained again on both. Words of the new reporting that the notes never used ("pelted" where
    /// the notes said "hurled stones", a militia's local name) are learnt from the texts the first model was
    /// sure of and carry to those it was not. The share is taken per pair, not above one confidence, so
    /// that rare types, whose codings are less confident, are learnt from as well as common ones. No human
    /// coding of the unlabeled texts is read, so scoring a model adapted to an export's notes against that
    /// export's coding is fair.
    ///
    /// Training takes about twice as long as `train(_:)`. With no unlabeled text, or a `share` of 0, the
    /// model is exactly `train(notes)`'s.
    ///
    /// - Precondition: `share` is in 0…1.
    /// - Throws: what `train(_:)` throws.
    public func train(_ notes: [LabeledNote], adaptingTo unlabeled: [String], share: Double = defaultAdaptationShare) throws -> EventTypeModel {
        precondition((0...1).contains(share), "the share of texts learnt from is between 0 and 1")
        let first = try train(notes)
        guard share > 0, !unlabeled.isEmpty else { return first }
        let predictions = unlabeled.map { first.classify($0) }
        var confidences: [String: [Double]] = [:]
        for prediction in predictions { confidences[Self.pair(prediction), default: []].append(prediction.confidence) }
        // Each pair's least confidence still learnt from: the one at `share` of its texts, most confident first.
        let cut = confidences.mapValues { values -> Double in
            let sorted = values.sorted(by: >)
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
        }
        var learnt: [LabeledNote] = []
        for (text, prediction) in zip(unlabeled, predictions) where prediction.confidence >= cut[Self.pair(prediction)] ?? 1 {
            learnt.append(LabeledNote(text: text, eventType: prediction.eventType, subEventType: prediction.subEventType))
        }
        return try train(notes + learnt)
    }

    private static func pair(_ prediction: EventTypePrediction) -> String {
        prediction.eventType + "\u{1F}" + prediction.subEventType
    }
}
