import TruceModel

extension ArticleCoding {
    /// How much the rules' own ACLED event type adds to the model's score for that type: enough to
    /// settle a near tie (the training margin is 1), not to overrule a model that is sure.
    static let rulesPriorWeight: Float = 0.25

    /// With a learned model, an event's ACLED types are the model's reading of its sentence, leaning
    /// toward the type the rules gave (who was hit, who is armed, what was done).
    ///
    /// Only events the rules already placed in ACLED's scope are typed: a statement or a meeting
    /// (CAMEO 01–05, 10) is not offered an armed-conflict type. The rules' facts stay as they are:
    /// actors, counts, fatalities and modality.
    func applyModel(to events: inout [CodedEvent], sentence: Sentence) {
        guard let model = coder.model else { return }
        var cache: [String: EventTypePrediction] = [:]
        for index in events.indices {
            guard let rulesType = events[index].acledEventType, !rulesType.isEmpty else { continue }
            let prediction =
                cache[rulesType]
                ?? model.classify(sentence.text, prior: EventTypePrior(eventType: rulesType, weight: Self.rulesPriorWeight))
            cache[rulesType] = prediction
            events[index].acledEventType = prediction.eventType
            events[index].acledSubEventType = prediction.subEventType
        }
    }
}
