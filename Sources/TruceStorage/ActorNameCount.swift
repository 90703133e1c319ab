/// An actor name (and data-set code) as events name it, with how many event sides name it.
public struct ActorNameCount: Hashable, Sendable, Codable {
    public var name: String?
    public var code: String?
    /// Event sides (main or associated, either side) that name it.
    public var events: Int

    public init(name: String?, code: String?, events: Int) {
        self.name = name
        self.code = code
        self.events = events
    }
}
