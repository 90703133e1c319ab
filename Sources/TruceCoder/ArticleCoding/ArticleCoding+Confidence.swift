import TruceModel

/// What an event's confidence weighs besides how its verb matched (issue 12 item 7): signs, visible in the event and in
/// the article's first act, that an act was read right, so that a review queue sorted by confidence puts likely errors
/// last. The signs are combined by a logistic fit (`ConfidenceWeights.fitted`), so the confidence reads as the share of
/// events like it that were right on the gold set it was fitted on.
extension ArticleCoding {
    /// The article's first act with an ACLED type: the story it is written for (the day's news in a statement,
    /// yesterday's raid in a press release).
    struct StoryLead: Equatable {
        /// The lead's day. Taken again from the next typed act while it is nil, as the lead's day was before the fit.
        var date: ResolvedDate?
        /// Whether the lead is a detention (an arrest, an abduction) rather than an armed act; nil before any typed act.
        var isDetention: Bool?

        /// Takes the lead from the first of `events` with an ACLED type.
        mutating func note(_ events: [CodedEvent]) {
            guard let first = events.first(where: { !($0.acledEventType ?? "").isEmpty }) else { return }
            if date == nil { date = first.date }
            if isDetention == nil { isDetention = ArticleCoding.isDetention(first) }
        }
    }

    /// The weights of a logistic model of "the event was read right" over the signs.
    struct ConfidenceWeights: Equatable {
        var intercept: Double
        /// Per unit of the log-odds of the rules' confidence.
        var rules: Double
        var done: Double
        var datedToADay: Double
        var onTheLeadsDay: Double
        var counted: Double
        var violence: Double
        var otherKindThanLead: Double

        /// Fitted by `scripts/fit-confidence` (an L2 logistic regression, C = 1 as scikit-learn's default, written in
        /// `scripts/lib/logistic.py`) on the 583 events with an ACLED type of the even half of the ISAF releases
        /// (`scripts/eval-articles`' definition of a right event: done, dated the release's start date, in a province and
        /// of a kind the annotation names; 278 right), rounded to two decimals. Checked on the odd half (ROC AUC 0.869) and
        /// on the dev news file (0.806), neither seen by the fit; docs/coder/news.md gives the figures, the first fit's
        /// weights and the signs tried and left out. Run the script again after a rule changes which events are coded.
        static let fitted = ConfidenceWeights(
            intercept: -5.0, rules: 0.34, done: 0.34, datedToADay: 3.37, onTheLeadsDay: 1.95, counted: 0.87, violence: -1.08,
            otherKindThanLead: -1.47)

        /// The probability the weights give an event with `signs`.
        func probability(_ signs: ConfidenceSigns) -> Double {
            let rulesConfidence = min(max(signs.rules, 0.01), 0.99)
            var logit = intercept + rules * SublinearFrequency.naturalLog(rulesConfidence / (1 - rulesConfidence))
            if signs.isDone { logit += done }
            if signs.isDatedToADay { logit += datedToADay }
            if signs.isOnTheLeadsDay { logit += onTheLeadsDay }
            if signs.isCounted { logit += counted }
            if signs.isViolence { logit += violence }
            if !signs.isOfTheLeadsKind { logit += otherKindThanLead }
            return 1 / (1 + SublinearFrequency.exponential(-logit))
        }

        /// The probability as an event's confidence: rounded to hundredths, never below 0.01.
        func confidence(_ signs: ConfidenceSigns) -> Double { max((probability(signs) * 100).rounded() / 100, 0.01) }
    }

    /// `event` with its confidence replaced by the fitted probability that it was read right, given its `signs`; an event
    /// with no ACLED type (and so no signs) is left as it is. Rounded to hundredths, never below 0.01.
    static func weighed(_ event: CodedEvent, signs: ConfidenceSigns?) -> CodedEvent {
        guard let signs else { return event }
        var weighed = event
        weighed.confidence = ConfidenceWeights.fitted.confidence(signs)
        return weighed
    }

    /// The signs `event` shows in a story led by `lead`; nil for an event with no ACLED type, whose confidence stays
    /// the rules' own.
    static func signs(of event: CodedEvent, lead: StoryLead) -> ConfidenceSigns? {
        guard let type = event.acledEventType, !type.isEmpty else { return nil }
        return ConfidenceSigns(event, lead: lead)
    }

    /// Whether an event takes people (an arrest, a detention, an abduction) rather than fights or strikes: CAMEO 173,
    /// 1711 and 181, or anyone counted held.
    static func isDetention(_ event: CodedEvent) -> Bool {
        event.code.hasPrefix("173") || event.code.hasPrefix("1711") || event.code.hasPrefix("181") || (event.detained ?? 0) > 0
    }
}

extension ConfidenceSigns {
    /// The signs of `event` in a story led by `lead`.
    init(_ event: CodedEvent, lead: ArticleCoding.StoryLead) {
        rules = event.confidence
        isDone = event.modality == .done
        isDatedToADay = event.date?.precision == .day
        isOnTheLeadsDay = event.date == lead.date
        isCounted = event.fatalities.low != nil || event.fatalities.best != nil || event.detained != nil
        isViolence = event.acledEventType.map { ArticleCoding.family(of: $0) == 0 } ?? false
        isOfTheLeadsKind = lead.isDetention.map { $0 == ArticleCoding.isDetention(event) } ?? true
    }
}
