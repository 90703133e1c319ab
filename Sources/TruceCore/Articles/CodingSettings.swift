public import TruceModel

/// How articles are coded: the dictionaries, agreement and model the coder uses, and what to
/// assume of articles that do not say it themselves. Plain values: paths, not open files.
public struct CodingSettings: Hashable, Sendable {
    /// PETRARCH-format dictionary files or folders added to the built-in dictionaries, in order.
    public var dictionaries: [String]
    /// An agreement YAML whose actors and aliases name the sides and whose indicators name figures.
    public var agreement: String?
    /// A model file of learned ACLED event types.
    public var model: String?
    /// The outlet of articles that do not name one.
    public var source: String?
    /// The publication day of articles whose metadata and dateline give none.
    public var date: Day?

    /// Settings as given; by default the built-in dictionaries, no agreement, no model.
    public init(dictionaries: [String] = [], agreement: String? = nil, model: String? = nil, source: String? = nil, date: Day? = nil) {
        self.dictionaries = dictionaries
        self.agreement = agreement
        self.model = model
        self.source = source
        self.date = date
    }
}
