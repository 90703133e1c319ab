public import TruceModel

/// Tests events against an ``EventScope``, with the scope's actor ids resolved once.
public struct ScopeMatcher {
    public let scope: EventScope
    private let matcher: ActorMatcher
    private let actor1: Set<String>?
    private let actor2: Set<String>?
    private let between: (Set<String>, Set<String>)?
    private let eventTypes: Set<String>
    private let subEventTypes: Set<String>
    private let countries: Set<String>
    private let admin1: Set<String>
    private let admin2: Set<String>
    private let places: Set<String>
    private let exclusions: [ScopeMatcher]
    private let zone: ZoneMatcher?

    public init(scope: EventScope, matcher: ActorMatcher) {
        self.scope = scope
        self.matcher = matcher
        actor1 = scope.actor1.isEmpty ? nil : matcher.expand(scope.actor1)
        actor2 = scope.actor2.isEmpty ? nil : matcher.expand(scope.actor2)
        if scope.between.count == 2 {
            between = (matcher.expand(scope.between[0]), matcher.expand(scope.between[1]))
        } else {
            between = nil
        }
        eventTypes = Set(scope.eventTypes.map { $0.lowercased() })
        subEventTypes = Set(scope.subEventTypes.map { $0.lowercased() })
        countries = Set(scope.countries.map { $0.lowercased() })
        admin1 = Set(scope.admin1.map { $0.lowercased() })
        admin2 = Set(scope.admin2.map { $0.lowercased() })
        places = Set(scope.places.map { $0.lowercased() })
        exclusions = scope.exclude.map { ScopeMatcher(scope: $0, matcher: matcher) }
        zone = scope.within.map { ZoneMatcher(zone: $0) }
    }

    /// Whether `event` is in scope, ignoring dates.
    public func matches(_ event: Event) -> Bool {
        if !eventTypes.isEmpty, !eventTypes.contains(event.type.event.lowercased()) { return false }
        if !subEventTypes.isEmpty, !subEventTypes.contains((event.type.subEvent ?? "").lowercased()) { return false }
        if !countries.isEmpty, !countries.contains(event.location.country.lowercased()) { return false }
        if !admin1.isEmpty, !admin1.contains((event.location.admin1 ?? "").lowercased()) { return false }
        if !admin2.isEmpty, !admin2.contains((event.location.admin2 ?? "").lowercased()) { return false }
        if !places.isEmpty, !places.contains((event.location.place ?? "").lowercased()) { return false }
        if let zone, !zone.contains(event) { return false }
        if exclusions.contains(where: { $0.matches(event) }) { return false }
        if let minimum = scope.minFatalities, (event.fatalities.best ?? event.fatalities.low ?? 0) < minimum { return false }
        if actor1 == nil, actor2 == nil, between == nil { return true }
        let side1 = matcher.actors(on: event.actor1)
        let side2 = matcher.actors(on: event.actor2)
        if let actor1, side1.isDisjoint(with: actor1) { return false }
        if let actor2, side2.isDisjoint(with: actor2) { return false }
        if let (first, second) = between {
            let forward = !side1.isDisjoint(with: first) && !side2.isDisjoint(with: second)
            let backward = !side1.isDisjoint(with: second) && !side2.isDisjoint(with: first)
            if !forward && !backward { return false }
        }
        return true
    }

    /// What a source may filter by before ``matches(_:)`` decides: every event of `from...to`
    /// in scope passes it. A side named by `actor1` (or `actor2`) and `between` is narrowed by the former only.
    public func query(from: Day, to: Day) -> EventQuery {
        let either = between.map { $0.0.union($0.1) }
        return EventQuery(
            from: from, to: to, countries: scope.countries, eventTypes: scope.eventTypes, subEventTypes: scope.subEventTypes,
            admin1: scope.admin1, minFatalities: scope.minFatalities, side1: (actor1 ?? either).map(matcher.names(of:)),
            side2: (actor2 ?? either).map(matcher.names(of:)))
    }

    /// Whether `event`'s date lies in `from...to` as the scope's date certainty asks.
    public func dateFits(_ event: Event, from: Day, to: Day) -> Bool {
        switch scope.dates {
        case .certain: event.date.certainlyWithin(from, to)
        case .possible: event.date.possiblyWithin(from, to)
        }
    }
}
