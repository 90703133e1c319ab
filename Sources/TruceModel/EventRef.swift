/// Names one event across data sets: its data set and the data set's own key.
///
/// Written `dataset:key` (`acled:MMR1234`, `ucdp:209980`) wherever Truce prints one.
public struct EventRef: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var dataset: String
    public var key: String

    public init(dataset: String, key: String) {
        self.dataset = dataset
        self.key = key
    }

    /// The reference of `event`.
    public init(_ event: Event) {
        self.init(dataset: event.dataset, key: event.key)
    }

    public static func < (lhs: EventRef, rhs: EventRef) -> Bool { (lhs.dataset, lhs.key) < (rhs.dataset, rhs.key) }

    public var description: String { "\(dataset):\(key)" }
}
