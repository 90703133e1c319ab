public import TruceModel

/// A provision whose status became one that needs attention (violated, overdue, lapsed, disputed)
/// between two assessments of the same agreement, with the evidence behind the new status.
public struct StatusChange: Hashable, Sendable, Codable {
    /// How one reading of the provision stands after the change.
    public struct ReadingStatus: Hashable, Sendable, Codable {
        /// The reading's name (`text`, or a party's).
        public var reading: String
        /// The reading's status before, nil when the earlier assessment did not have it.
        public var from: Status?
        /// The reading's status after.
        public var to: Status
        /// Why, in words.
        public var reason: String
    }

    /// The agreement's id.
    public var agreement: String
    /// The provision's id.
    public var provision: String
    /// The provision's text.
    public var text: String
    /// The provision's status before.
    public var from: Status
    /// The provision's status after: one of ``alertingStatuses``.
    public var to: Status
    /// The day both assessments were made as of.
    public var asOf: Day
    /// Every reading, after the change.
    public var readings: [ReadingStatus]
    /// The evidence the new assessment cites that the earlier one did not; all it cites when nothing is new.
    public var evidence: [EvidenceItem]

    /// A change of every field given.
    public init(
        agreement: String, provision: String, text: String, from: Status, to: Status, asOf: Day, readings: [ReadingStatus],
        evidence: [EvidenceItem]
    ) {
        self.agreement = agreement
        self.provision = provision
        self.text = text
        self.from = from
        self.to = to
        self.asOf = asOf
        self.readings = readings
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case agreement, provision, text, from, to
        case asOf = "as_of"
        case readings, evidence
    }

    /// The statuses a change into deserves an alert.
    public static let alertingStatuses: Set<Status> = [.violated, .overdue, .lapsed, .disputed]

    /// The provisions of `after` whose status differs from `before` and is one of ``alertingStatuses``,
    /// in the agreement's order. Provisions missing from `before` count as changed from `pending`.
    public static func changes(from before: Assessment, to after: Assessment) -> [StatusChange] {
        after.provisions.compactMap { item in
            let earlier = before.provision(item.id)
            let from = earlier?.status ?? .pending
            guard from != item.status, alertingStatuses.contains(item.status) else { return nil }
            let cited = Set((earlier?.readings ?? []).flatMap { $0.evidence.map { "\($0.kind.rawValue):\($0.id)" } })
            var seen = Set<String>()
            let all = item.readings.flatMap(\.evidence).filter { seen.insert("\($0.kind.rawValue):\($0.id)").inserted }
            let fresh = all.filter { !cited.contains("\($0.kind.rawValue):\($0.id)") }
            let readings = item.readings.map { reading in
                ReadingStatus(reading: reading.reading, from: earlier?.reading(reading.reading)?.status, to: reading.status, reason: reading.reason)
            }
            return StatusChange(
                agreement: after.agreement, provision: item.id, text: item.text, from: from, to: item.status, asOf: after.asOf,
                readings: readings, evidence: fresh.isEmpty ? all : fresh)
        }
    }
}
