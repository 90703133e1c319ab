import Foundation
import Testing
import TruceCore
import TruceFormats

/// A streamed listing must be byte for byte the document `JSONDocument` writes whole.
@Suite struct StreamedJSONArrayTests {
    struct Item: Encodable {
        var name: String
        var tags: [String]
        var nested: [String: Int]
        var empty: [Int]
    }

    struct Whole: Encodable {
        var items: [Item]
        var summary: [String: [String: Int]]
        var total: Int
    }

    struct Rest: Encodable {
        var summary: [String: [String: Int]]
        var total: Int
    }

    static let lists: [[Item]] = [
        [],
        [Item(name: "one \"quoted\"\nline / slash", tags: [], nested: [:], empty: [])],
        [Item(name: "a", tags: ["x", "y"], nested: ["b": 2, "a": 1], empty: []), Item(name: "é", tags: ["z"], nested: [:], empty: [])],
    ]

    @Test(arguments: lists.indices) func streamedIsTheWholeDocument(index: Int) throws {
        let items = Self.lists[index]
        let summary = ["counts": ["acled": 3, "ucdp": 1], "none": [:]]
        var sink = MemorySink()
        var list = StreamedJSONArray(key: "items")
        for item in items { try list.append(item, to: &sink) }
        try list.finish(rest: Rest(summary: summary, total: items.count), to: &sink)
        #expect(sink.text == (try JSONDocument.string(Whole(items: items, summary: summary, total: items.count))) + "\n")
    }

    @Test func aDocumentOfTheArrayAloneClosesAfterIt() throws {
        struct Alone: Encodable { var items: [Int] }
        struct Nothing: Encodable {}
        for items in [[], [1, 2]] {
            var sink = MemorySink()
            var list = StreamedJSONArray(key: "items")
            for item in items { try list.append(item, to: &sink) }
            try list.finish(rest: Nothing(), to: &sink)
            #expect(sink.text == (try JSONDocument.string(Alone(items: items))) + "\n")
        }
    }
}
