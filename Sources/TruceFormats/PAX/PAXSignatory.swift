/// A signatory or third party that Truce picked out of PA-X's free text
/// (`Part`, `ThrdPart`): the name as written and an actor id for the skeleton.
public struct PAXSignatory: Hashable, Sendable {
    /// An actor id in upper snake case (`UNITED_STATES`, `TALIBAN`), unique within one skeleton.
    public var id: String
    /// The name as PA-X writes it, cleaned of list numbers and signature marks.
    public var name: String
    /// The name, and a short form the text gives ("… known as the Taliban" → `Taliban`).
    public var aliases: [String]

    public init(id: String, name: String, aliases: [String]) {
        self.id = id
        self.name = name
        self.aliases = aliases
    }
}
