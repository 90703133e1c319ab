import Foundation
import Hummingbird

/// A JSON object of field values (a review edit, an event, an observation, a claim): strings, numbers
/// (kept as the text they print as) and null (clears the field).
struct JSONFieldValues {
    var values: [String: String]

    /// - Throws: ``ServerError`` (400, field `body` or the member) for malformed JSON, a body that is
    ///   not an object, or a member that is an array, an object or a boolean.
    init(json body: ByteBuffer) throws {
        let members: [String: Member]
        do {
            members = try JSONDecoder().decode([String: Member].self, from: Data(body.readableBytesView))
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw ServerError.invalid("body", "the body must be a JSON object of the fields to set")
        } catch {
            throw ServerError.invalid("body", "the body is not valid JSON; send an object of fields, e.g. {\"fatalities\": \"4\"}")
        }
        var values: [String: String] = [:]
        for (name, member) in members {
            guard let text = member.text else { throw ServerError.invalid(name, "'\(name)' must be a string, a number or null") }
            values[name] = text
        }
        self.values = values
    }

    /// One member: its text (a number as written, null as empty), or nil for a boolean, an array or an object.
    private struct Member: Decodable {
        var text: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                text = ""
            } else if let string = try? container.decode(String.self) {
                text = string
            } else if let whole = try? container.decode(Int.self) {
                text = String(whole)
            } else if let number = try? container.decode(Double.self), number.isFinite {
                text = String(number)
            } else {
                text = nil
            }
        }
    }
}
