/// One topic of the PA-X codebook that Truce turns into a provision stub: its
/// PA-X columns, the Truce kind that usually fits such a commitment, and the
/// keys an analyst has to fill.
///
/// PA-X codes *whether* an agreement addresses a topic (and sometimes how
/// deeply), not what exactly is promised, by whom or by when; the stub is a
/// reminder with the right shape, never a finished provision.
public struct PAXCategory: Hashable, Sendable, Identifiable {
    /// The stub's provision id (lowercase, `-`): `ceasefire`, `prisoner-release`.
    public let id: String
    /// The topic as PA-X names it: "Ceasefire", "Prisoner release".
    public let title: String
    /// The PA-X columns of the topic, the parent topic first.
    public let columns: [PAXColumn]
    /// The Truce provision that usually encodes such a commitment.
    public let stub: Stub
    /// What to encode, in a sentence for the comment above the stub.
    public let advice: String

    public init(id: String, title: String, columns: [PAXColumn], stub: Stub, advice: String) {
        self.id = id
        self.title = title
        self.columns = columns
        self.stub = stub
        self.advice = advice
    }

    /// The shape of the stub: which Truce kind, and what it is judged on.
    public enum Stub: Hashable, Sendable {
        /// Events matching a scope must not happen from the signing on. With
        /// `between`, the scope is violence between two sides; otherwise
        /// `actor1` acts against `actor2`.
        case prohibition(between: Bool, eventTypes: [String])
        /// An observed indicator must reach `>= FILL_NUMBER` by a due date.
        case obligation(indicator: String)
        /// An indicator must reach a value by a due date; `comparison` is `<=` or `>=`.
        case target(indicator: String, comparison: String)

        /// The Truce kind: `prohibition`, `obligation` or `target`.
        public var kind: String {
            switch self {
            case .prohibition: "prohibition"
            case .obligation: "obligation"
            case .target: "target"
            }
        }

        /// The keys of the stub an analyst must fill, for the comment above it.
        public var keysToFill: [String] {
            switch self {
            case .prohibition(let between, _): between ? ["text", "bound", "scope.between"] : ["text", "bound", "scope.actor1", "scope.actor2"]
            case .obligation: ["text", "bound", "due", "observation.actor", "observation.condition"]
            case .target: ["text", "bound", "due", "actor", "condition"]
            }
        }
    }
}

/// One column of the PA-X agreements CSV that codes a provision topic.
public struct PAXColumn: Hashable, Sendable {
    /// The column's name as PA-X spells it (`CeGen`).
    public let name: String
    /// What it codes, as the codebook labels it ("General commitments").
    public let label: String
    /// How presence is written in the column.
    public let scale: Scale
    /// Whether a non-zero value marks the topic as present. `ImSrc` (PA-X has
    /// a source for the text) is 1 in every row: it is shown, never counted.
    public let countsAsPresence: Bool

    public init(_ name: String, _ label: String, _ scale: Scale, countsAsPresence: Bool = true) {
        self.name = name
        self.label = label
        self.scale = scale
        self.countsAsPresence = countsAsPresence
    }

    /// PA-X writes presence in two ways.
    public enum Scale: Hashable, Sendable {
        /// 0 absent, 1 present (sub-topics, and topics without levels).
        case binary
        /// 0 absent, 1–3 present, higher values for more detailed provisions (parent topics).
        case ordinal

        /// The values a cell may hold.
        public var values: ClosedRange<Int> { self == .binary ? 0...1 : 0...3 }

        /// `0/1` or `0–3`, for comments.
        public var description: String { self == .binary ? "0/1" : "0-3" }
    }
}
