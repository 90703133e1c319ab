import Foundation
import TruceFormats
import TruceModel
import TruceStorage

/// Reading a list of events page after page, each starting after the last event of the one before
/// (streamed exports): together the pages are the list, in its order, whatever their size.
extension StorageContract {
    static func pagesAfterAPositionContinueTheList(_ storage: any TruceStorage) async throws {
        // Several events a day, in two data sets, so pages end inside a day and between data sets.
        var events: [Event] = []
        for index in 1...23 {
            let iso = String(format: "2020-03-%02d", 1 + index / 4)
            events.append(event(String(format: "K%02d", index), iso, index % 3 == 0 ? "ISKP" : "Taliban", dataset: index % 2 == 0 ? "acled" : "ucdp"))
        }
        try await importEvents(events, into: storage)
        let filters = [
            EventFilter(), EventFilter(actor: "talib"), EventFilter(from: day("2020-03-02"), to: day("2020-03-05")), EventFilter(dataset: "ucdp"),
            EventFilter(actor: "nobody"),
        ]
        for filter in filters {
            let whole = try await storage.events(matching: filter, limit: nil, offset: 0).map(EventPosition.init(of:))
            for size in [1, 2, 5, 100] {
                var read: [EventPosition] = []
                var position: EventPosition?
                while true {
                    let page = try await storage.events(matching: filter, after: position, limit: size)
                    try require(page.count <= size, "a page of \(size) holds \(page.count) events: \(filter)")
                    read += page.map(EventPosition.init(of:))
                    guard page.count == size, let last = page.last else { break }
                    position = EventPosition(of: last)
                }
                try require(read == whole, "pages of \(size) after each last event read \(read.count) of \(whole.count), or out of order: \(filter)")
            }
        }
    }
}
