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
    /// - an act dated to another day than the article's first act (its lead, the story it is written for: the day's
    ///   news in a statement, yesterday's raid in a press release) is more often history or another story's act told in
    ///   passing. (The publication day served before: right for statements, but in press releases, which report the
    ///   day before, it ranked the story's own acts low.)
    static func weighed(_ event: CodedEvent, lead: ResolvedDate?) -> CodedEvent {
        guard let type = event.acledEventType, !type.isEmpty else { return event }
        var factor = 1.0
        if family(of: type) != family(of: "Strategic developments") { factor *= 0.7 }
        if event.actor1 == nil { factor *= 0.85 }
        let counted = event.fatalities.low != nil || event.fatalities.best != nil || event.detained != nil
        if !counted { factor *= 0.85 }
        if let lead, event.date != lead { factor *= 0.75 }
        var weighed = event
        weighed.confidence = (event.confidence * factor * 100).rounded() / 100
        return weighed
    }
}
