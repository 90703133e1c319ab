public import TruceModel
import TruceStorage

extension TruceApp {
    /// The actor names in the store that map to no actor of `agreement` (or, when it is `nil`, of
    /// any agreement assessed with this store), with how many event sides name each.
    ///
    /// - Parameter dataset: only events of this data set (`acled`, `ucdp`, ...).
    /// - Throws: ``TruceError`` (`notFound`, parameter `agreement`) when no agreement is named and
    ///   none was ever assessed with this store.
    public func unmappedActors(of agreement: Agreement?, dataset: String? = nil) async throws -> UnmappedReport {
        let actors: [ActorDefinition]
        let label: String
        if let agreement {
            actors = agreement.actors
            label = agreement.id
        } else {
            actors = try await storage.registeredActors()
            label = "every agreement checked with this store"
            guard !actors.isEmpty else {
                throw TruceError(.notFound, "no agreement has been checked with this store yet: name one", parameter: "agreement")
            }
        }
        return UnmappedReport(agreement: label, actors: actors, counts: try await storage.actorNameCounts(dataset: dataset))
    }
}
