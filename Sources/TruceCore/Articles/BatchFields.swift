import Foundation
import TruceFormats
public import TruceModel

/// Which fields of a JSON Lines batch record hold the article's text, its id and its publication date.
public struct BatchFields: Hashable, Sendable {
    /// The field with the article's text (a string).
    public var text: String
    /// The field with the record's id (a string or an integer), copied to the output.
    public var id: String
    /// A field with the publication date (`YYYY-MM-DD`, or a timestamp starting with one).
    public var date: String?

    /// Fields as named; by default `text` and `id`, no date.
    public init(text: String = "text", id: String = "id", date: String? = nil) {
        self.text = text
        self.id = id
        self.date = date
    }

    /// One line's text, id (nil: the caller uses the line number) and publication date, or nil when
    /// it is not an object with a string text field.
    func record(_ line: UnsafeBufferPointer<UInt8>) -> (text: String, id: JSONValue?, date: Day?)? {
        let wanted = [text, id] + (date.map { [$0] } ?? [])
        // Most lines are plain objects the byte reader vouches for; the rest get JSONSerialization's exact reading.
        if let fields = JSONLineFields.read(line, fields: wanted), case .string(let body)? = fields[text] {
            let recordID: JSONValue? =
                switch fields[id] {
                case .string(let value)?: .string(value)
                case .int(let value)?: .int(value)
                case nil: nil
                }
            var recordDate: Day?
            if let date, case .string(let value)? = fields[date] { recordDate = Day(iso: value.prefix(10)) }
            return (body, recordID, recordDate)
        }
        let record = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
        guard let record, let body = record[text] as? String else { return nil }
        let recordID: JSONValue? =
            switch record[id] {
            case let value as String: .string(value)
            case let value as Int: .int(value)
            default: nil
            }
        let recordDate = date.flatMap { record[$0] as? String }.flatMap { Day(iso: $0.prefix(10)) }
        return (body, recordID, recordDate)
    }
}
