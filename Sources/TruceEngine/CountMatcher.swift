import TruceModel

/// Reported counts without a perpetrator ("1,200 ceasefire violations in the region on 15 February"):
/// which observations of a count indicator lie in a scope's area and a window. A count has no actors,
/// so only the scope's area applies — countries, provinces, districts, places and the exclusions
/// among them; a count has no coordinates, so a scope drawn on the map (`within`) holds none.
struct CountMatcher {
    let scope: EventScope

    /// Whether `observation`'s area is in the scope.
    func inArea(_ observation: Observation) -> Bool {
        guard scope.within == nil, Self.area(of: observation, fits: scope) else { return false }
        // An exclusion that names no area (actors, types) cannot apply to a count.
        return !scope.exclude.contains { exclusion in
            Self.hasArea(exclusion) && Self.area(of: observation, fits: exclusion)
        }
    }

    /// Whether the span the count was reported for (first to last day) lies in `from...to` as the
    /// scope's date certainty asks.
    func dateFits(_ observation: Observation, from: Day, to: Day) -> Bool {
        let first = observation.date
        let last = observation.certainDay
        switch scope.dates {
        case .certain: return first >= from && last <= to
        case .possible: return last >= from && first <= to
        }
    }

    private static func hasArea(_ scope: EventScope) -> Bool {
        !scope.countries.isEmpty || !scope.admin1.isEmpty || !scope.admin2.isEmpty || !scope.places.isEmpty
    }

    private static func area(of observation: Observation, fits scope: EventScope) -> Bool {
        func fits(_ wanted: [String], _ value: String?) -> Bool {
            wanted.isEmpty || value.map { value in wanted.contains { $0.lowercased() == value.lowercased() } } ?? false
        }
        return fits(scope.countries, observation.country) && fits(scope.admin1, observation.admin1)
            && fits(scope.admin2, observation.admin2) && fits(scope.places, observation.place)
    }
}
