import Foundation
import Hummingbird
import TruceModel

/// A request's fields (its query, or a JSON object sent as its body), read with checks: each
/// bad value is a 400 naming its field.
struct QueryFields {
    private let values: [String: String]
    /// The longest text a field may be; longer is refused rather than searched.
    static let maximumTextLength = 200

    /// The fields of the request's query string.
    init(_ request: Request) {
        var values: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { values[String(name)] = String(value) }
        self.values = values
    }

    /// The fields of a JSON object: strings and whole numbers, each name one of `known`.
    ///
    /// - Throws: ``ServerError`` (400, field `body` or the offending member) for malformed JSON, a
    ///   body that is not an object, an unknown member or a value of another type.
    init(json body: ByteBuffer, known: Set<String>) throws {
        let members: [String: JSONField]
        do {
            members = try JSONDecoder().decode([String: JSONField].self, from: Data(body.readableBytesView))
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw ServerError.invalid("body", "the body must be a JSON object of filter fields")
        } catch {
            throw ServerError.invalid("body", "the body is not valid JSON; send an object such as {\"actor\": \"Taliban\", \"limit\": 20}")
        }
        var values: [String: String] = [:]
        for (name, value) in members {
            guard known.contains(name) else {
                throw ServerError.invalid(name, "unknown field '\(name)'; the fields are \(known.sorted().joined(separator: ", "))")
            }
            switch value {
            case .text(let text): values[name] = text
            case .number(let number): values[name] = String(number)
            case .null: continue
            case .other: throw Self.wrongType(name)
            }
        }
        self.values = values
    }

    private static func wrongType(_ name: String) -> ServerError {
        ServerError.invalid(name, "'\(name)' must be a string or a whole number")
    }

    /// A trimmed text field of at most `maximumLength` characters, nil when absent or empty.
    func text(_ name: String, maximumLength: Int = maximumTextLength) throws -> String? {
        guard let raw = values[name] else { return nil }
        let value = raw.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        guard value.count <= maximumLength else {
            throw ServerError.invalid(name, "'\(name)' is at most \(maximumLength) characters")
        }
        return value
    }

    /// A `YYYY-MM-DD` day, nil when absent or empty.
    func day(_ name: String) throws -> Day? {
        guard let value = try text(name) else { return nil }
        guard let day = Day(iso: value) else {
            throw ServerError.invalid(name, "'\(name)' must be a date written YYYY-MM-DD, e.g. 2020-03-03")
        }
        return day
    }

    /// A whole number in `range`, or `fallback` when absent or empty.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let value = try text(name) else { return fallback }
        guard let number = Int(value), range.contains(number) else {
            throw ServerError.invalid(name, "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}

/// One member of a JSON body of fields: a string, a whole number, null, or something else
/// (a fraction, a boolean, an array, an object), which no field takes.
private enum JSONField: Decodable {
    case text(String)
    case number(Int)
    case null
    case other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .other
        }
    }
}
