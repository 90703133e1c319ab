/// The signs one event with an ACLED type shows that it was read right (issue 12 item 7); each is true when it speaks
/// for the event. The article coder weighs them into the event's confidence (`ArticleCoding.ConfidenceWeights`), and
/// `ArticleCoder.codeWithConfidenceSigns(_:)` hands them out, so that the weights can be fitted again from the output
/// (`scripts/fit-confidence`).
public struct ConfidenceSigns: Hashable, Sendable {
    /// The rules' confidence before the signs: how the verb matched, where the date came from, sides and region named,
    /// the model's type within the verb's family.
    public var rules: Double
    /// Reported as done, not promised, demanded, denied or imagined.
    public var isDone: Bool
    /// Dated to one day, not to a week, a month or nothing.
    public var isDatedToADay: Bool
    /// Dated to the day of the article's first act with an ACLED type (the lead: the story it is written for).
    public var isOnTheLeadsDay: Bool
    /// Told with its outcome: people killed or held.
    public var isCounted: Bool
    /// A type of violence (Battles, Explosions/Remote violence, Violence against civilians), chosen among three close
    /// types, where a strategic development's type is fixed by its verb.
    public var isViolence: Bool
    /// Of the lead's kind: a detention in a story led by a detention, an armed act in one led by an armed act.
    public var isOfTheLeadsKind: Bool

    /// Signs as given (the tests state them by hand; the coder reads them from an event and its story's lead).
    public init(
        rules: Double, isDone: Bool, isDatedToADay: Bool, isOnTheLeadsDay: Bool, isCounted: Bool, isViolence: Bool, isOfTheLeadsKind: Bool
    ) {
        self.rules = rules
        self.isDone = isDone
        self.isDatedToADay = isDatedToADay
        self.isOnTheLeadsDay = isOnTheLeadsDay
        self.isCounted = isCounted
        self.isViolence = isViolence
        self.isOfTheLeadsKind = isOfTheLeadsKind
    }
}
