/// The period and area that one import of events covers: where its silence means that nothing
/// happened, rather than that nobody looked. A data set's stated coverage, else the span of its rows.
public struct Coverage: Hashable, Sendable, Codable {
    /// The import (snapshot) it describes.
    public var snapshot: Int64
    /// The snapshot's source (`acled`, `ucdp`, …).
    public var source: String
    /// The first day covered.
    public var from: Day
    /// The last day covered (inclusive).
    public var to: Day
    /// The countries its rows name; any area when empty.
    public var countries: [String]

    /// The coverage of import `snapshot` from `source`: `from` through `to` in `countries` (any area when empty).
    public init(snapshot: Int64, source: String, from: Day, to: Day, countries: [String] = []) {
        self.snapshot = snapshot
        self.source = source
        self.from = from
        self.to = to
        self.countries = countries
    }

    /// Whether it covers any of `countries` (any area when `countries` is empty).
    public func covers(anyOf countries: [String]) -> Bool {
        guard !countries.isEmpty, !self.countries.isEmpty else { return true }
        let wanted = Set(countries.map { $0.lowercased() })
        return self.countries.contains { wanted.contains($0.lowercased()) }
    }
}
