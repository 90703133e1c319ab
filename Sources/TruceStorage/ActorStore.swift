public import TruceModel

/// The actors of agreements and the actor names of the data, for mapping one to the other.
public protocol ActorStore: Sendable {
    /// Records the agreement's actors, aliases and codes, replacing what was registered for it.
    func register(_ agreement: Agreement) async throws
    /// Whether the store holds exactly the agreement's actors, aliases and codes already.
    func isRegistered(_ agreement: Agreement) async throws -> Bool
    /// The actors of every registered agreement, merged by id, ordered by id.
    func registeredActors() async throws -> [ActorDefinition]
    /// Every actor name and code on either side of the stored events, main or associated,
    /// with the number of event sides naming it; most named first, then by name and code.
    func actorNameCounts(dataset: String?) async throws -> [ActorNameCount]
}
