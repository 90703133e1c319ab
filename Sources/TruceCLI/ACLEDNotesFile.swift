import Foundation
import TruceCoder
import TruceFormats
import TruceModel

/// The coded notes of one ACLED export: each row's notes with its event type, sub-event type,
/// fatalities and country, for training and scoring the learned event types.
struct ACLEDNotesFile {
    struct Note {
        var labeled: LabeledNote
        var fatalities: Int
        var country: String
    }

    let path: String
    var notes: [Note] = []
    /// Rows without notes or without a sub-event type (older exports have none).
    var rowsWithoutCoding = 0
    var rejectedRows = 0

    /// Reads every row of `path`; rows that cannot be used are counted, never fatal.
    ///
    /// - Throws: `TruceError` naming the file when it cannot be read or is not an ACLED export.
    init(path: String) throws {
        self.path = path
        var reader = try ACLEDReader(path: path)
        while let row = try reader.next() {
            guard let event = row.value else {
                rejectedRows += 1
                continue
            }
            guard let text = event.notes, !text.isEmpty, let subEvent = event.type.subEvent, !subEvent.isEmpty else {
                rowsWithoutCoding += 1
                continue
            }
            notes.append(
                Note(
                    labeled: LabeledNote(text: text, eventType: event.type.event, subEventType: subEvent),
                    fatalities: event.fatalities.best ?? event.fatalities.low ?? 0, country: event.location.country))
        }
    }

    var name: String { (path as NSString).lastPathComponent }
}
