import TruceModel

/// What an event's confidence weighs besides how its verb matched (issue 12 item 7): signs, visible in the event,
/// that an act was read right, so that a review queue sorted by confidence puts likely errors last.
extension ArticleCoding {
    /// `event` with its confidence weighed by four general signs; each missing sign lowers it:
    /// - a type of violence (ACLED's Battles, Explosions/Remote violence, Violence against civilians) is chosen among
    ///   three close types, and more often wrongly than a strategic development, whose type its verb fixes (an
    ///   agreement, an arrest, a deployment);
    /// - an act told without its doer is less surely an act than one a named side did;
    /// - an act reported with its outcome (people killed or held) is told as a real act is;
    /// - an act dated to another day than publication is more often history or another story's act told in passing
    ///   than the day's news a report is written for.
    static func weighed(_ event: CodedEvent, published: Day?) -> CodedEvent {
        guard let type = event.acledEventType, !type.isEmpty else { return event }
        var factor = 1.0
        if family(of: type) != family(of: "Strategic developments") { factor *= 0.7 }
        if event.actor1 == nil { factor *= 0.85 }
        let counted = event.fatalities.low != nil || event.fatalities.best != nil || event.detained != nil
        if !counted { factor *= 0.85 }
        if let published, let date = event.date, date.earliest != published || date.latest != published { factor *= 0.75 }
        var weighed = event
        weighed.confidence = (event.confidence * factor * 100).rounded() / 100
        return weighed
    }
}
