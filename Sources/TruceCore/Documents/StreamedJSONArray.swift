import Foundation
public import TruceFormats

/// Writes a JSON document whose first member, in sorted key order, is an array, one item at a
/// time: the bytes are those ``JSONDocument/string(_:)`` gives for the whole document, but only
/// one item is in memory, so a listing of a million events or incidents stays small.
///
/// The document is `{"<key>": [items…], <the members of rest>}`; every key of `rest` must sort
/// after `key`, as `JSONDocument` sorts keys.
public struct StreamedJSONArray {
    private let key: String
    private let encoder: JSONEncoder
    private var count = 0

    /// A writer of a document whose array is the member `key`; it writes nothing until `append` or `finish`.
    public init(key: String) {
        self.key = key
        encoder = JSONDocument.encoder()
    }

    /// Writes `item` as the array's next element.
    public mutating func append(_ item: some Encodable, to sink: inout some ByteSink) throws {
        var text = count == 0 ? "{\n  \"\(key)\" : [\n" : ",\n"
        // An element sits two levels deep; strings never hold a raw line break, so each line but
        // the blank one inside an empty array or object is indented.
        let lines = String(decoding: try encoder.encode(item), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        text += lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        try sink.write(text)
        count += 1
    }

    /// Closes the array and writes the members of `rest` after it, and a final line break as `print` would.
    public mutating func finish(rest: some Encodable, to sink: inout some ByteSink) throws {
        var text = count == 0 ? "{\n  \"\(key)\" : [\n\n  ]" : "\n  ]"
        let members = String(decoding: try encoder.encode(rest), as: UTF8.self)
        // `members` is "{\n  …\n}", already indented one level, or "{\n\n}" when empty.
        text += members == "{\n\n}" ? "\n}" : ",\n" + members.dropFirst(2)
        try sink.write(text + "\n")
    }
}
