import TruceEngine
public import TruceModel
public import TruceStorage

/// Which actor names of the data map to no actor of an agreement, with how many event sides
/// name them (`truce actors unmapped`).
public struct UnmappedReport: Encodable, Sendable {
    /// The agreement's id, or a phrase for every registered agreement.
    public var agreement: String
    /// The names no actor covers, most named first.
    public var unmapped: [ActorNameCount]
    /// How many distinct names some actor covers.
    public var mappedNames: Int
    /// How many distinct names no actor covers.
    public var unmappedNames: Int
    /// How many event sides name a covered name.
    public var mappedSides: Int
    /// How many event sides name an uncovered name.
    public var unmappedSides: Int

    /// Splits `counts` into names `actors` cover and names they do not.
    public init(agreement: String, actors: [ActorDefinition], counts: [ActorNameCount]) {
        let matcher = ActorMatcher(
            agreement: Agreement(id: agreement, title: agreement, signed: Day(ordinal: 0), parties: [], actors: actors, provisions: []))
        let (mapped, unmapped) = counts.reduce(into: ([ActorNameCount](), [ActorNameCount]())) { split, entry in
            if matcher.actors(on: EventActor(name: entry.name, code: entry.code)).isEmpty {
                split.1.append(entry)
            } else {
                split.0.append(entry)
            }
        }
        self.agreement = agreement
        self.unmapped = unmapped
        mappedNames = mapped.count
        unmappedNames = unmapped.count
        mappedSides = mapped.reduce(0) { $0 + $1.events }
        unmappedSides = unmapped.reduce(0) { $0 + $1.events }
    }

    enum CodingKeys: String, CodingKey {
        case agreement, unmapped
        case mappedNames = "mapped_names"
        case unmappedNames = "unmapped_names"
        case mappedSides = "mapped_sides"
        case unmappedSides = "unmapped_sides"
    }
}
