/// Names one event across data sets: its data set and the data set's own key.
///
/// Written `dataset:key` (`acled:MMR1234`, `ucdp:209980`) wherever Truce prints one.
public struct EventRef: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The data set the event comes from (`acled`, `ucdp`, ...).
    public var dataset: String
    /// The data set's own key for the event, unique within `dataset`.
    public var key: String

    /// The reference of the event `key` in `dataset`.
    public init(dataset: String, key: String) {
        self.dataset = dataset
        self.key = key
    }

    /// The reference of `event`.
    public init(_ event: Event) {
        self.init(dataset: event.dataset, key: event.key)
    }

    /// Orders by data set, then by key: the order Truce lists members in.
    public static func < (lhs: EventRef, rhs: EventRef) -> Bool { (lhs.dataset, lhs.key) < (rhs.dataset, rhs.key) }

    /// `dataset:key`, as Truce prints references.
    public var description: String { "\(dataset):\(key)" }
}
