/// An actor name (and data-set code) as events name it, with how many event sides name it.
public struct ActorNameCount: Hashable, Sendable, Codable {
    /// The name as events give it; nil when the sides carry only a code.
    public var name: String?
    /// The data-set actor code (`gdelt:AFGTAL`); nil when the sides carry none.
    public var code: String?
    /// Event sides (main or associated, either side) that name it.
    public var events: Int

    /// `events` sides naming `name` with `code`.
    public init(name: String?, code: String?, events: Int) {
        self.name = name
        self.code = code
        self.events = events
    }
}
