import Foundation
import Testing
import TruceFormats

/// The byte reader must answer exactly what JSONSerialization would for the lines it takes, and decline the rest.
@Suite struct JSONLineFieldsTests {
    static func read(_ line: String, _ fields: [String] = ["id", "text"]) -> [String: JSONLineFields.Value]? {
        Array(line.utf8).withUnsafeBufferPointer { JSONLineFields.read($0, fields: fields) }
    }

    @Test func plainObjectGivesItsWantedFields() {
        let fields = Self.read(#" {"id": "a-1", "n": [1, 2.5, {"x": null}], "ok": true, "text": "Two \"men\" held.\nAt 5\u00e9 \ud83d\ude00 \/"} "#)
        #expect(fields?["id"] == .string("a-1"))
        #expect(fields?["text"] == .string("Two \"men\" held.\nAt 5é 😀 /"))
        #expect(Self.read(#"{"id": -42, "text": ""}"#)?["id"] == .int(-42))
        #expect(Self.read(#"{"id": 0, "text": "x"}"#)?["id"] == .int(0))
        #expect(Self.read(#"{"text": "only"}"#) == ["text": .string("only")])
    }

    @Test(arguments: [
        #"{"id": 1, "text": "a",}"#, "\u{FEFF}{\"text\": \"a\"}", #"{"id": 1.0, "text": "a"}"#, #"{"id": true, "text": "a"}"#,
        #"{"id": 1e2, "text": "a"}"#, #"{"id": -0, "text": "a"}"#, #"{"id": 01, "text": "a"}"#, #"{"id": 1234567890123456789, "text": "a"}"#,
        #"{"text": "a", "text": "b"}"#, #"{"text": "\ud800"}"#, #"{"text": "\udc00\ud800"}"#, #"{"x": 1e400, "text": "a"}"#,
        #"{"x": .5, "text": "a"}"#, #"{"x": NaN, "text": "a"}"#, "{\"text\": \"a\tb\"}", #"{"text": "a"} x"#, #"["text"]"#, #"{"text": "a""#,
        #"{"text": "\x"}"#, String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func unusualLinesAreLeftToJSONSerialization(line: String) {
        #expect(Self.read(line) == nil, "\(line)")
    }

    @Test func invalidUTF8IsLeftToJSONSerialization() {
        let bytes: [UInt8] = Array(#"{"text": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)
        #expect(bytes.withUnsafeBufferPointer { JSONLineFields.read($0, fields: ["text"]) } == nil)
    }

    /// Where the reader answers, it agrees with JSONSerialization.
    @Test(arguments: [
        #"{"id": "r1", "text": "Kabul (Jan. 5) \u2014 \"quoted\" \\ back", "expected": {"min_killed": 2, "tags": ["a", ""]}}"#,
        #"{"id": 9223372036, "text": "\u00e9\u0301 combining"}"#, #"{"text": "\u0000 nul", "id": "\u005f"}"#,
    ])
    func agreesWithJSONSerialization(line: String) throws {
        let fields = try #require(Self.read(line))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(fields["text"] == .string(try #require(object["text"] as? String)))
        switch object["id"] {
        case let id as String: #expect(fields["id"] == .string(id))
        case let id as Int: #expect(fields["id"] == .int(id))
        default: #expect(fields["id"] == nil)
        }
    }

    @Test func bytesWriterMatchesTheStringWriter() {
        let value = JSONValue.object([
            .init("s", .string("a \"b\" \\ \n\r\t \u{01} é 😀")), .init("i", .int(Int.min)), .init("j", .int(-7)), .init("k", .int(0)),
            .init("n", .null), .init("b", .bool(false)), .init("d", .double(8600)), .init("r", .rounded(0.456, places: 2)),
            .init("a", .array([.int(Int.max), .string(nil), .object([])])),
        ])
        var bytes: [UInt8] = []
        value.write(into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == value.text)
        #expect(bytes == Array(value.text.utf8))
    }
}
