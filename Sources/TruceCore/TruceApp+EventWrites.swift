import Foundation
public import TruceFormats
public import TruceModel
public import TruceStorage

/// One value as an import source, so a single record goes through the same import as a file's rows.
struct SingleRecord<Value: Sendable>: ImportSource {
    var value: Value?

    mutating func next() throws -> ParsedRow<Value>? {
        defer { value = nil }
        return value.map { .value($0) }
    }

    var bytesRead: Int { value == nil ? 1 : 0 }
    var totalBytes: Int { 1 }
    var notices: [String] { [] }
    var fileHash: String? { nil }
}

extension TruceApp {
    /// The data set of events written by people through the API, apart from every imported data set.
    public static let manualDataset = "manual"
    /// The fields of an event written through the API; `date`, `event_type`, `actor1` and `country` are required.
    public static let eventFields = [
        "date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "place", "latitude", "longitude",
        "fatalities", "sources", "notes",
    ]
    /// The longest value of a field other than `notes`.
    public static let maximumEventFieldLength = 500
    /// The longest `notes`.
    public static let maximumEventNotesLength = 20_000

    /// Creates an event in the ``manualDataset`` data set (`key` nil, a fresh key is given), or changes
    /// the fields named in `fields` of the manual event `key` (an empty value clears an optional one).
    /// It is stored by the same import as a data set's rows, so the earlier version stays in the
    /// store's history; audited with the event before and after, in the write's own transaction.
    ///
    /// - Parameter fields: values by name, each one of ``eventFields``; `sources` separated by `;`.
    /// - Throws: ``TruceError`` (`invalidInput`) whose parameter names the field that is unknown, missing
    ///   or wrong; (`notFound`, parameter `key`) for a key no manual event has.
    public func writeEvent(key: String?, fields: [String: String], by actor: String) async throws -> RecordWrite {
        for name in fields.keys.sorted() where !Self.eventFields.contains(name) {
            throw TruceError(
                .invalidInput, "'\(name)' is not a field of an event; the fields are \(Self.eventFields.joined(separator: ", "))", parameter: name)
        }
        var before: Event?
        if let key {
            var found: Event?
            try await storage.forEachEvent(matching: EventFilter(dataset: Self.manualDataset), limit: nil) { if $0.key == key { found = $0 } }
            guard let found else {
                throw TruceError(.notFound, "no event '\(key)' was written through the API; only those can be edited here", parameter: "key")
            }
            before = found
        } else {
            for name in ["date", "event_type", "actor1", "country"] where (fields[name] ?? "").isEmpty {
                throw TruceError(.invalidInput, "'\(name)' is required", parameter: name)
            }
        }
        var event =
            before
            ?? Event(
                key: "manual-" + UUID().uuidString.prefix(13).lowercased().replacingOccurrences(of: "-", with: ""), dataset: Self.manualDataset,
                date: DateSpan(day: Day(ordinal: 0)), type: EventType(event: ""), actor1: EventActor(), location: Location(country: ""))
        for (name, raw) in fields.sorted(by: { $0.key < $1.key }) {
            try Self.set(name, to: raw.trimmingCharacters(in: .whitespacesAndNewlines), on: &event)
        }
        event.revision = Int(clock.now.timeIntervalSince1970)
        event.provenance = nil
        let action = before == nil ? "create" : "update"
        let audit = self.audit
        let (written, earlier) = (event, before)
        let report = try await storage.importEvents(
            from: SingleRecord(value: event), kind: Self.manualDataset, input: "api", importedAt: clock.timestamp, rejects: DiscardedRejects(),
            progress: { _ in },
            recording: { _ in try audit.entry(action, kind: "event", id: written.key, by: actor, before: earlier, after: written) })
        return RecordWrite(action: action, report: report, key: event.key)
    }

    /// Sets field `name` of `event` to `value`, checked.
    private static func set(_ name: String, to value: String, on event: inout Event) throws {
        let limit = name == "notes" ? maximumEventNotesLength : maximumEventFieldLength
        guard value.count <= limit else { throw TruceError(.invalidInput, "'\(name)' is at most \(limit) characters", parameter: name) }
        let optional = value.isEmpty ? nil : value
        func required() throws -> String {
            guard let optional else { throw TruceError(.invalidInput, "'\(name)' cannot be empty", parameter: name) }
            return optional
        }
        func coordinate(_ range: ClosedRange<Double>) throws -> Double? {
            guard let optional else { return nil }
            guard let number = Double(optional), range.contains(number) else {
                throw TruceError(
                    .invalidInput, "'\(name)' must be a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))", parameter: name)
            }
            return number
        }
        switch name {
        case "date":
            guard let day = Day(iso: try required()) else {
                throw TruceError(.invalidInput, "'date' must be a date written YYYY-MM-DD", parameter: name)
            }
            event.date = DateSpan(day: day)
        case "event_type": event.type.event = try required()
        case "sub_event_type": event.type.subEvent = optional
        case "actor1": event.actor1 = EventActor(name: try required())
        case "actor2": event.actor2 = EventActor(name: optional)
        case "country": event.location.country = try required()
        case "admin1": event.location.admin1 = optional
        case "admin2": event.location.admin2 = optional
        case "place": event.location.place = optional
        case "latitude": event.location.latitude = try coordinate(-90...90)
        case "longitude": event.location.longitude = try coordinate(-180...180)
        case "fatalities":
            guard let optional else {
                event.fatalities = Fatalities()
                return
            }
            guard let count = Int(optional), (0...1_000_000).contains(count) else {
                throw TruceError(.invalidInput, "'fatalities' must be a whole number from 0 to 1000000", parameter: name)
            }
            event.fatalities = Fatalities(exactly: count)
        case "sources": event.sources = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        default: event.notes = optional
        }
    }
}

extension TruceApp {
    /// Stores again the version of an event that the write audit entry `entry` replaced (an edit made
    /// through ``writeEvent(key:fields:by:)``), as a new revision; audited as a `restore`, in the write's own transaction.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`, parameter `entry`) when the entry is not about an event or
    ///   keeps no version before its write.
    @discardableResult
    public func restoreEvent(from entry: AuditEntry, by actor: String) async throws -> Event {
        guard entry.kind == "event" else {
            throw TruceError(.invalidInput, "audit entry \(entry.id) is about \(entry.kind.withIndefiniteArticle), not an event", parameter: "entry")
        }
        var event = try AuditTrail.decode(Event.self, from: entry.before, entry: entry)
        let current = try AuditTrail.decode(Event.self, from: entry.after, entry: entry)
        event.revision = max(Int(clock.now.timeIntervalSince1970), (current.revision ?? 0) + 1)
        let audit = self.audit
        let restored = event
        _ = try await storage.importEvents(
            from: SingleRecord(value: event), kind: event.dataset, input: "audit entry \(entry.id)", importedAt: clock.timestamp,
            rejects: DiscardedRejects(), progress: { _ in },
            recording: { _ in try audit.entry("restore", kind: "event", id: restored.key, by: actor, before: current, after: restored) })
        return event
    }
}
