public import TruceModel

/// Where an event stands in the order every event list uses — by day, then data set, then key —
/// so that the next page of a list can start just after it, however many events came before.
public struct EventPosition: Hashable, Sendable {
    /// The event's recorded day.
    public var day: Day
    /// The data set it comes from.
    public var dataset: String
    /// Its key within the data set.
    public var key: String

    /// The position of `event`.
    public init(of event: Event) {
        self.init(day: event.date.day, dataset: event.dataset, key: event.key)
    }

    /// The position of the event of `dataset` and `key` recorded on `day`.
    public init(day: Day, dataset: String, key: String) {
        self.day = day
        self.dataset = dataset
        self.key = key
    }

    /// Whether an event at `self` comes after one at `other` in list order (keys and data sets
    /// compared by their UTF-8 bytes, as SQLite's default collation and PostgreSQL's `C` do).
    public func isAfter(_ other: EventPosition) -> Bool {
        if day != other.day { return day > other.day }
        if dataset != other.dataset { return !dataset.utf8.lexicographicallyPrecedes(other.dataset.utf8) }
        return other.key.utf8.lexicographicallyPrecedes(key.utf8)
    }
}
