import Foundation
public import TruceCoder
public import TruceFormats
import TruceModel

/// The coded notes of one ACLED export: each row's notes with its event type, sub-event type,
/// fatalities and country, for training and scoring the learned event types.
public struct ACLEDNotes: Sendable {
    /// One row's notes with ACLED's coding of them.
    public struct Note: Sendable {
        /// The notes with their event and sub-event type.
        public var labeled: LabeledNote
        /// ACLED's best fatality figure (0 when none).
        public var fatalities: Int
        /// The event's country.
        public var country: String
    }

    /// The export's name (a file name, not a path).
    public let name: String
    /// The rows with notes and a sub-event type, in file order.
    public private(set) var notes: [Note] = []
    /// Rows without notes or without a sub-event type (older exports have none).
    public private(set) var rowsWithoutCoding = 0
    /// The notes of rows that have notes but no sub-event type, in file order: text to adapt a model to, not to learn from.
    public private(set) var uncodedTexts: [String] = []
    /// Rows the ACLED reader rejected.
    public private(set) var rejectedRows = 0
    /// Every stored row's place names and notes, for the places a model learns (`PlaceCollector`).
    public private(set) var places = PlaceCollector()

    /// Reads every row of the export at `path`; rows that cannot be used are counted, never fatal.
    ///
    /// - Throws: ``TruceError`` naming the file when it cannot be read or is not an ACLED export.
    public init(path: String) throws {
        var reader = try ACLEDReader(path: path)
        try self.init(name: (path as NSString).lastPathComponent, reader: &reader)
    }

    /// Reads every row of an export held in memory, named `name`.
    public init(bytes: [UInt8], name: String) throws {
        var reader = try ACLEDReader(bytes: bytes, name: name)
        try self.init(name: name, reader: &reader)
    }

    private init(name: String, reader: inout ACLEDReader) throws {
        self.name = name
        while let row = try reader.next() {
            guard let event = row.value else {
                rejectedRows += 1
                continue
            }
            let location = event.location
            places.add(
                country: location.country, admin1: location.admin1, names: [location.admin2, location.admin3, location.place],
                notes: event.notes)
            guard let text = event.notes, !text.isEmpty, let subEvent = event.type.subEvent, !subEvent.isEmpty else {
                rowsWithoutCoding += 1
                if let text = event.notes, !text.isEmpty { uncodedTexts.append(text) }
                continue
            }
            notes.append(
                Note(
                    labeled: LabeledNote(text: text, eventType: event.type.event, subEventType: subEvent),
                    fatalities: event.fatalities.best ?? event.fatalities.low ?? 0, country: event.location.country))
        }
    }
}
