import TruceModel

extension ArticleCoding {
    /// How much the rules' own ACLED event type adds to the model's score for that type: enough to
    /// settle a near tie (the training margin is 1), not to overrule a model that is sure.
    static let rulesPriorWeight: Float = 0.25

    /// With a learned model, an event's ACLED types are the model's reading of its sentence, leaning
    /// toward the type the rules gave (who was hit, who is armed, what was done).
    ///
    /// Only events the rules already placed in ACLED's scope are typed: a statement or a meeting
    /// (CAMEO 01–05, 10) is not offered an armed-conflict type, and an act by remote means keeps its type
    /// (the model may choose its sub-event type). The rules' facts stay as they are: actors, counts, fatalities
    /// and modality.
    func applyModel(to events: inout [CodedEvent], sentence: Sentence) {
        guard let model = coder.model else { return }
        var cache: [String: EventTypePrediction] = [:]
        for index in events.indices {
            guard let rulesType = events[index].acledEventType, !rulesType.isEmpty else { continue }
            let prediction =
                cache[rulesType]
                ?? model.classify(sentence.text, prior: EventTypePrior(eventType: rulesType, weight: Self.rulesPriorWeight))
            cache[rulesType] = prediction
            // The verb says what kind of act it is (violence, a demonstration, a strategic move); the model only
            // tells which type of that kind. A model that reads "strikes against targets" as a protest is outside
            // what the sentence's verb allows, and the rules' type stands, less sure.
            guard Self.family(of: prediction.eventType) == Self.family(of: rulesType) else {
                events[index].confidence = (events[index].confidence * 0.8 * 100).rounded() / 100
                continue
            }
            // ACLED types an act by remote means (a bomb, shells, rockets, an air strike) as an explosion or remote
            // violence whoever it hit: the model's reading of the victims does not make it a battle or violence against
            // civilians.
            if rulesType == Self.remoteViolence, prediction.eventType != rulesType { continue }
            events[index].acledEventType = prediction.eventType
            events[index].acledSubEventType = prediction.subEventType
        }
    }

    static let remoteViolence = "Explosions/Remote violence"

    /// ACLED's event types by the kind of act: political violence, demonstrations, and strategic developments.
    static func family(of eventType: String) -> Int {
        switch eventType {
        case "Battles", "Explosions/Remote violence", "Violence against civilians": return 0
        case "Protests", "Riots": return 1
        default: return 2
        }
    }
}
